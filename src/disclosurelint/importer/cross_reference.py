"""A table that only refers back to recipients listed above it: a summary ("Data Type |
Sub-Processors | Purpose") whose recipient cells name, one or several to a cell, recipients the
page has already given their own entry. Its rows say which of them receive what; they are no
further recipients."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from disclosurelint.importer.labels import nfkc
from disclosurelint.importer.records import ImportedEntry

# the names a cell lists: "Anthropic, OpenAI", "Slack and Microsoft Azure", "腾讯、阿里"
_LIST_SEPARATOR = re.compile(r"\s*(?:[,;\u3001\uff0c\uff1b]|\band\b|&)\s*", re.IGNORECASE)


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", nfkc(text).casefold()))


def _named(entry: ImportedEntry) -> str:
    return entry.fields.get("company") or entry.fields.get("product") or entry.title or ""


def _listed(cell: str) -> list[frozenset[str]]:
    return [words for part in _LIST_SEPARATOR.split(cell) if (words := _words(part))]


def _refers_back(cell: str, known: Iterable[frozenset[str]]) -> bool:
    """Every name the cell lists is written with words of one recipient listed above it
    ("Microsoft Azure" for "Microsoft Corporation (Azure)")."""
    names = _listed(cell)
    return bool(names) and all(any(name <= words for words in known) for name in names)


def without_cross_references(
    entries: Sequence[ImportedEntry], tables_of: Sequence[int | None]
) -> list[int]:
    """The positions of the entries to keep: all but the rows of a table whose every row names
    only recipients of entries above the table (outside it), with one row at least naming
    several. ``tables_of`` gives, entry by entry, the table it is a row of (None for none)."""
    dropped: set[int] = set()
    for table in {t for t in tables_of if t is not None}:
        rows = [at for at, t in enumerate(tables_of) if t == table]
        known = [
            _words(" ".join(entry.fields.get(name, "") for name in ("company", "product")))
            | _words(entry.title or "")
            for at, entry in enumerate(entries[: rows[0]])
            if tables_of[at] != table and _named(entry)
        ]
        cells = [_named(entries[at]) for at in rows]
        if (
            known
            and any(len(_listed(cell)) > 1 for cell in cells)
            and all(_refers_back(cell, known) for cell in cells)
        ):
            dropped.update(rows)
    return [at for at in range(len(entries)) if at not in dropped]


__all__ = ["without_cross_references"]
