"""A table flattened to one cell per line, each row's name over a line naming its terms.

A processor page copied as text loses its table's borders: every cell is a line, and a row
is told only by its first two cells, the recipient's name over the name of the agreement it is
bound by, a link's words whose address is gone::

    SubprocessorPurposeDataLocation
    Northwind, Inc.
    Northwind DPA / SCCs
    Hosting and storage
      • Account data
    United States

A line is a row's name when the line below it begins with the name's first word and names a
DPA, standard contractual clauses or terms: the name is the recipient (name and company), its
terms line no entry and no policy. At least :data:`MIN_ROWS` such rows are needed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from disclosurelint.importer.prose import named_entry
from disclosurelint.importer.records import ImportedEntry

MIN_ROWS = 2
_TERMS = re.compile(r"\b(?:DPA|SCCs?|Terms|Data Processing (?:Addendum|Agreement))\b")
_MAX_WORDS = 8
# a line that is no name: a bullet, or a sentence
_NOT_A_NAME = re.compile(r"^\s*(?:[-*•·]|\d+[.)])|[:;!?]|[a-z]{3,}\.$")


def terms_rows(lines: Sequence[str]) -> list[ImportedEntry]:
    """An entry per row name over its terms line; empty when fewer than :data:`MIN_ROWS`."""
    entries: list[ImportedEntry] = []
    for at in range(len(lines) - 1):
        name, below = lines[at].strip(), lines[at + 1].strip()
        words = name.split()
        if (
            not words
            or len(words) > _MAX_WORDS
            or _NOT_A_NAME.search(name)
            or not _TERMS.search(below)
            or len(below.split()) > _MAX_WORDS
            or below.split()[0].rstrip(",") != words[0].rstrip(",")
            or _TERMS.search(name)
        ):
            continue
        entries.append(named_entry(name, at + 1, name, None))
    return entries if len(entries) >= MIN_ROWS else []
