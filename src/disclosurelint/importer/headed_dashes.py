"""Groups of ``Name — what it does`` bullets under headings, on a page about processors.

A small processor page often sorts its recipients by kind, one heading per kind, each over
bullets that name the recipient (by name, or only by its role) and say what it does::

    To run Acme we engage the sub-processors below.

    ## Infrastructure
    - Cloud hosting provider — application hosting (United States).
    - Northwind DB — encrypted storage (EU).

    ## Operations
    - Email delivery provider — transactional email (United States).

Every bullet of every group is an entry: the words before the dash name the recipient as the
list gives it. Read only where the page gives no other list, when a line above the first
group speaks of processors, third parties or services, and every bullet of a group is so
written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from disclosurelint.importer.labels import LabelTable, nfkc
from disclosurelint.importer.named_items import _DASHED, _INTRO, MIN_DASHED, NamedItem, _name

_HEADING = re.compile(r"^\s*#{1,6}\s+\S")
_BULLET = re.compile(r"^\s*[-*+•]\s+\S")


def headed_dashes(lines: Sequence[str], start: int, table: LabelTable) -> list[NamedItem]:
    """The dashed bullets of the groups under headings below a line on processors; empty
    when a group holds another kind of bullet or there are fewer than :data:`MIN_DASHED`."""
    first = next((at for at in range(start, len(lines)) if _HEADING.match(lines[at])), None)
    if first is None or not any(_INTRO.search(nfkc(line)) for line in lines[start:first]):
        return []
    found: list[NamedItem] = []
    for at in range(first, len(lines)):
        text = nfkc(lines[at])
        if not _BULLET.match(text):
            continue
        above = next((lines[i] for i in range(at - 1, start - 1, -1) if lines[i].strip()), "")
        bullet = _DASHED.match(text)
        name = _name(bullet["name"] or bullet["bold"], table) if bullet else None
        if name is None or not (_HEADING.match(above) or _BULLET.match(above)):
            return []  # a bullet of another kind, or one under a paragraph: no such groups
        found.append(NamedItem(at, name, bullet["rest"].strip() if bullet else ""))
    return found if len(found) >= MIN_DASHED else []
