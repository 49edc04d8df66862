"""A list given twice in one text, once in Chinese and once in English.

An app's policy file often holds the same policy in two languages (``policies.zh`` and
``policies.en``): the same SDKs, in the same order, with the same policy addresses, named once
in each language. They are one list: its entries are read once, by their Chinese names (the
names the Chinese lists of the same SDKs use), and the English half adds nothing.

A recipient written as a template placeholder (``${COMPANY_NAME}``) without a policy names no
one: it is the app's own contact section filled in at build time, not an entry.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from disclosurelint.importer.records import ImportedEntry
from disclosurelint.importer.unnamed import names_no_one

_CJK = re.compile(r"[\u3400-\u9fff]")
_BRACKETED = re.compile(r"[(\uff08][^)\uff09]*[)\uff09]")  # half- or full-width brackets
_PLACEHOLDER = re.compile(r"^\$\{\w+\}$|^\{\{\s*\w+\s*\}\}$")
_MIN_LINKED = 2  # policy addresses both halves must give, in the same order


def one_language(entries: Sequence[ImportedEntry]) -> list[ImportedEntry]:
    """``entries`` without placeholder recipients or rows that name no one
    (:mod:`.unnamed`), and without the English half of a list given in Chinese and English."""
    kept = [entry for entry in entries if not _placeholder(entry) and not names_no_one(entry)]
    chinese = [entry for entry in kept if _chinese(entry)]
    english = [entry for entry in kept if not _chinese(entry)]
    if len(chinese) != len(english) or len(chinese) + len(english) != len(kept):
        return kept
    linked = [_policy(entry) for entry in chinese]
    if sum(1 for url in linked if url) < _MIN_LINKED or linked != [
        _policy(entry) for entry in english
    ]:
        return kept
    return chinese


def _placeholder(entry: ImportedEntry) -> bool:
    company = entry.fields.get("company", "").strip()
    return bool(_PLACEHOLDER.match(company)) and not _policy(entry)


def _chinese(entry: ImportedEntry) -> bool:
    name = entry.fields.get("company") or entry.fields.get("product") or entry.title or ""
    return bool(_CJK.search(_BRACKETED.sub("", name)))


def _policy(entry: ImportedEntry) -> str | None:
    return entry.links.get("policy")
