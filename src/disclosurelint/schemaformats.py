"""What the schema's ``format`` keywords mean: one function per format, shared by jsonschema
(``disclosurelint.schema``) and the generated fast check (``disclosurelint._fastschema``), so
that both agree on what a URI or a date is. A module of its own, which imports neither of them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

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
