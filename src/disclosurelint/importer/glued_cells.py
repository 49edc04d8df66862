"""Tables whose cells lost their separators when the page was copied as text.

A table copied from a web page may come out one row a line with nothing between its cells::

    Sub-processorPurposeData processedLocation
    Northwind, Inc.File storageAccount dataUnited States
    Tallyho Labs, PBCAI modelPrompts, repliesUnited States

The header row tells it: column titles glued where one ends in a small letter and the next
begins with a capital, the first naming the recipient (sub-processor, vendor, provider, company).
Each row below it, up to a blank line, gives its recipient as the company it opens with: a name
ended by a legal form (``Inc.``, ``LLC``, ``PBC``, ``L.L.C.``), then its bracket (``(USA)``) and a
service joined by a dash when it has them; a row that opens with no company gives none.
"""

# ruff: noqa: RUF001  (dashes and full-width colons in published text are read on purpose)

from __future__ import annotations

import re
from collections.abc import Sequence

from disclosurelint.importer.named_items import NamedItem

# where two glued titles meet: a small letter, then a capital
_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])")
# the first column's title names who receives the data
_NAME_TITLE = re.compile(
    r"^(?:sub-?processors?|vendors?|providers?|service providers?|third part(?:y|ies)"
    r"|compan(?:y|ies)|names?|recipients?|processors?)$",
    re.IGNORECASE,
)
_MIN_TITLES = 3
_MAX_HEADER = 100
# a company at the row's start: its name and legal form, the next cell glued or after a space
_COMPANY = re.compile(
    r"^(?P<name>[A-Z0-9][^\n]{0,60}?,?\s(?:Inc|Ltd|LLC|L\.L\.C|PBC|GmbH|PLC|plc|SAS|SARL|AG|BV"
    r"|B\.V|Corp|Corporation|Limited|Pty Ltd|AB|Oy|ApS|S\.A|S\.L)\.?)(?=[A-Z]|\s|$)"
    r"(?P<bracket>\s*\([^()]{1,30}\))?"
)
# "— WhatsApp Business Platform": a service joined to the company by a dash, in capitals
_SERVICE = re.compile(r"^\s+[—–-]\s+(?P<words>(?:[A-Z0-9][\w.&'-]*\s+)+)")


def _header(line: str) -> bool:
    text = line.strip()
    if not text or len(text) > _MAX_HEADER or re.search(r"[|\t:：,;]", text):
        return False
    titles = _GLUE.split(text)
    return len(titles) >= _MIN_TITLES and bool(_NAME_TITLE.match(titles[0].strip()))


def _recipient(row: str) -> tuple[str, str] | None:
    """The recipient a row opens with and the rest of the row."""
    company = _COMPANY.match(row)
    if company is None:
        return None
    name, rest = company["name"] + (company["bracket"] or ""), row[company.end() :]
    service = _SERVICE.match(rest + " ")
    if service is not None:
        words = service["words"].split()
        after = (rest + " ")[service.end() :]
        if len(words) > 1 and after[:1].islower():  # the last capital opens the next cell
            words = words[:-1]
        name += " — " + " ".join(words)
        rest = rest[rest.index(words[-1]) + len(words[-1]) :]
    return name, rest.strip()


def glued_rows(lines: Sequence[str], start: int) -> list[NamedItem]:
    """The recipients of the tables with glued cells on ``lines`` (from ``start``): one item
    per row that opens with a company, its line and the rest of the row."""
    found: list[NamedItem] = []
    index = start
    while index < len(lines):
        if not _header(lines[index]):
            index += 1
            continue
        index += 1
        while index < len(lines) and lines[index].strip():
            row = lines[index].strip()
            recipient = _recipient(row)
            if recipient is not None:
                found.append(NamedItem(index, *recipient))
            index += 1
    return found
