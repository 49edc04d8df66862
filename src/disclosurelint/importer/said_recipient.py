"""What an entry's own words say about who receives the data.

A row or bullet may say in what it does that nothing reaches the service it names, or that the
product it names sends the data to its maker::

    DB-lookup      | Offline database, consulted locally; no visitor data is sent to it.
    Northwind Translate — the text you enter is sent to Northwind.

The first names no recipient: it is no entry. The second's recipient is the company its words
name, when the product's name begins with it: ``Northwind Translate`` keeps its name as the
product and ``Northwind`` becomes the company. A name that is a legal entity (``Northwind Labs,
Inc.``) is the company already: the words sending data to ``Northwind`` speak of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from disclosurelint.importer.names import LEGAL_ENTITY
from disclosurelint.importer.records import ImportedEntry

NO_DATA = re.compile(
    r"\bno (?:\w+ )?data (?:leaves|is sent|is shared|is transferred)|不會傳送|不会传送",
    re.IGNORECASE,
)
# "is sent to Northwind", "are shared with Northwind"
_SENT_TO = re.compile(
    r"\b(?:is|are)\s+(?:sent|shared|transmitted|passed|forwarded)\s+(?:to|with)\s+"
    r"(?P<who>[A-Z][\w&-]*(?:\.[\w&-]+)*)"
)


def said_recipients(entries: Sequence[ImportedEntry]) -> list[ImportedEntry]:
    """``entries`` without those whose words say nothing reaches them, each product named
    after the company its words (or those of another entry of the same name, the page's other
    language) send the data to given that company."""
    makers = dict(filter(None, (_maker(entry) for entry in entries)))
    return [_with_maker(entry, makers) for entry in entries if not _receives_nothing(entry)]


def _receives_nothing(entry: ImportedEntry) -> bool:
    return bool(NO_DATA.search(entry.fields.get("purpose", "")))


def _maker(entry: ImportedEntry) -> tuple[str, str] | None:
    """(the entry's product-like company, the maker its words send the data to)."""
    company = entry.fields.get("company", "")
    sent = _SENT_TO.search(entry.fields.get("purpose", ""))
    if sent is None or entry.fields.get("product") or not company.startswith(f"{sent['who']} "):
        return None
    if LEGAL_ENTITY.search(company):
        return None  # "Northwind Labs, Inc.": the company itself, not a product named after it
    return company, sent["who"]


def _with_maker(entry: ImportedEntry, makers: dict[str, str]) -> ImportedEntry:
    company = entry.fields.get("company", "")
    if company not in makers or entry.fields.get("product"):
        return entry
    line = entry.field_lines.get("company", entry.line)
    return replace(
        entry,
        fields={**entry.fields, "product": company, "company": makers[company]},
        field_lines={**entry.field_lines, "product": line},
        labels={**entry.labels, "product": entry.labels.get("company", ""), "company": "(sent to)"},
    )
