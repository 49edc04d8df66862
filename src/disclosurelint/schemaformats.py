"""What the schema's ``format`` and ``pattern`` keywords mean: one function per format, shared
by jsonschema (``disclosurelint.schema``), the generated fast check
(``disclosurelint._fastschema``) and the error interpreter (``disclosurelint.schemaerrors``), so
that all agree on what a URI or a date is; and a pattern read as JSON Schema reads it. A module
of its own, which imports none of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from functools import cache

from disclosurelint import urls


def _is_date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        return date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


FORMAT_CHECKS: Mapping[str, Callable[[object], bool]] = {
    "uri": urls.is_uri,
    "date": _is_date,
    "contact": urls.is_contact,
}


@cache
def ecma_pattern(regex: str) -> re.Pattern[str]:
    """``regex`` as JSON Schema reads a pattern (ECMA-262): ``$`` is the end of the text, where
    Python's ``re`` also lets it match before a final line break. Compiled once per pattern."""
    return re.compile(re.sub(r"(?<!\\)\$", r"\\Z", regex))
