"""Plain words for the declared facts that the published list does not print, in English.

The seven parts of the published list keep their labels and words from
:mod:`disclosurelint.render.words`; the other fields of a declaration (relationship, legal basis,
transfer mechanism, consent) are enumerations, said in words a reader outside the project
understands, after the schema's own descriptions. The words themselves, in every language the
report is written in, are messages of :mod:`.catalogue`; these tables are their English, for the
exports that read them.
"""

from __future__ import annotations

from collections.abc import Mapping

from disclosurelint.report.catalogue import MESSAGES


def _english(prefix: str) -> Mapping[str, str]:
    start = prefix + "."
    return {
        key[len(start) :]: text["en"] for key, text in MESSAGES.items() if key.startswith(start)
    }


NOT_STATED = MESSAGES["not_stated"]["en"]

LABELS: Mapping[str, str] = _english("label")
"""Labels of the declared facts beyond the published list's seven, in report order."""

RELATIONSHIPS: Mapping[str, str] = _english("relationship")
"""Short names, for the summary."""

RELATIONSHIP_MEANINGS: Mapping[str, str] = _english("meaning")
PIPL_BASES: Mapping[str, str] = _english("pipl_basis")
GDPR_BASES: Mapping[str, str] = _english("gdpr_basis")
GDPR_SPECIAL: Mapping[str, str] = _english("gdpr_special")
GDPR_CRIMINAL: Mapping[str, str] = _english("gdpr_criminal")
CONSENTS: Mapping[str, str] = _english("consent")


def word(table: Mapping[str, str], value: object) -> str:
    """``value``'s words in ``table``; an unknown value as written; nothing as "Not stated"."""
    if value is None or value == "":
        return NOT_STATED
    return table.get(str(value), str(value))


def plural(count: int, singular: str, many: str | None = None) -> str:
    """``1 partner``, ``2 partners``."""
    return f"{count} {singular if count == 1 else many or singular + 's'}"
