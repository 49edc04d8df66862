"""A recipient cell that gives the name a list knows a service by over its legal entity.

A table of sub-processors often writes each recipient as its short name in bold with, on the
line below, the legal entity behind it and the country it sits in::

    <td><b>Northwind</b><br /><span>Northwind Labs Ltd, Ireland</span></td>

The first line is the name; the legal entity without its country is the company
("Northwind Labs Ltd"). A cell whose second line names no legal entity, or whose first line
is one already, is read as it is.
"""

from __future__ import annotations

import re

from disclosurelint.importer.names import LEGAL_ENTITY

# ", United States", ", Ireland (Dublin)": a place after the legal entity, no more legal words
_PLACE = re.compile(r"^\s*,\s*[A-Z][\w.' -]*(?:\([^()]*\))?\s*$")
_MAX_NAME_WORDS = 5


def name_over_entity(value: str) -> tuple[str, str] | None:
    """The name and the company of a cell read as ``"Northwind; Northwind Labs Ltd, Ireland"``
    (its two lines joined with ``; ``): ``("Northwind", "Northwind Labs Ltd")``. None for any
    other cell."""
    parts = [part.strip() for part in value.split("; ")]
    if len(parts) != 2 or not all(parts):
        return None
    name, entity = parts
    if LEGAL_ENTITY.search(name) or len(name.split()) > _MAX_NAME_WORDS:
        return None
    ends = [match.end() for match in LEGAL_ENTITY.finditer(entity)]
    if not ends:
        return None
    rest = entity[ends[-1] :]
    if rest.strip() and not _PLACE.match(rest):
        return None
    return name, entity[: ends[-1]].strip()
