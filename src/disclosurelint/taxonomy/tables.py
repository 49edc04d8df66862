"""The bundled taxonomy's phrase tables, made ahead of time.

A :class:`~disclosurelint.taxonomy.matcher.Matcher` starts by turning every phrase of every
category into its matching forms (normalised, each separator kept or dropped, head-noun
synonyms added) and sorting them by how they start: for the bundled taxonomy that is the
largest part of a one-file check's own work, and the same every time; reading
``categories.yaml`` itself comes next. ``matcher_tables.json`` holds both results (the data as
read, and the forms), written by ``tools/generate_matcher_tables.py`` (``make generate``).

The file records what it was made from: the texts of ``categories.yaml``, of the folding table
``traditional.json`` and of the matcher's own code. Where any of them differs here (the data
or the code edited and the file not regenerated), it is not used and the matcher builds its
tables from the phrases, as it does for a taxonomy extended by configuration: the tables save
time, never change a result. A test regenerates the file to prove it is current. Python's
Unicode tables differ between versions only for characters assigned since (Unicode keeps
normalisation and case folding of assigned characters stable), and the generator refuses a
phrase holding an unassigned character, so one file serves every supported Python.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Mapping
from functools import cache
from typing import Any

from disclosurelint.packagedata import read_text
from disclosurelint.taxonomy.records import Category, Classifier

TABLES_FILE = "matcher_tables.json"
_PACKAGE = "disclosurelint.taxonomy"
_MADE_FROM = ("categories.yaml", "traditional.json", "matcher.py")


def made_from() -> str:
    """What the tables of the bundled taxonomy depend on, as a short key."""
    return "; ".join(
        f"{name} {zlib.crc32(read_text(_PACKAGE, name).encode('utf-8')):08x}" for name in _MADE_FROM
    )


@cache
def bundled() -> Mapping[str, Any] | None:
    """The tables made ahead of time, or None when they are missing or were made from other
    data, code or Unicode tables than this installation's."""
    try:
        tables: dict[str, Any] = json.loads(read_text(_PACKAGE, TABLES_FILE))
        current = tables.get("made_from") == made_from()
    except (OSError, ValueError):
        return None
    return tables if current else None


def bundled_matcher(categories: Mapping[str, Category]) -> Classifier:
    """The matcher of the bundled categories: from the tables made ahead of time when they are
    current, else from the phrases."""
    from disclosurelint.taxonomy.matcher import Matcher

    return Matcher(categories, bundled())


def export(data: Mapping[str, Any], matcher: Any) -> dict[str, Any]:
    """``data`` (``categories.yaml`` as read) and the tables of ``matcher`` (built from its
    phrases), in the form :func:`bundled` reads: sorted, so that the file changes only where
    the phrases do."""
    return {
        "made_from": made_from(),
        "data": data,
        "entries": {
            key: [[entry.category, entry.phrase] for entry in entries]
            for key, entries in sorted(matcher._entries.items())
        },
        "forms": {key: sorted(forms) for key, forms in sorted(matcher._forms.items())},
        "crossing": sorted(matcher._rests),
    }


def text(tables: Mapping[str, Any]) -> str:
    """``tables`` as the committed file: one key per line, so that a diff shows what moved."""

    def block(name: str) -> str:
        rows = ",\n".join(
            f"{json.dumps(key, ensure_ascii=False)}: {json.dumps(value, ensure_ascii=False)}"
            for key, value in tables[name].items()
        )
        return f'"{name}": {{\n{rows}\n}}'

    made = json.dumps(tables["made_from"], ensure_ascii=False)
    data = json.dumps(tables["data"], ensure_ascii=False)
    crossing = json.dumps(tables["crossing"], ensure_ascii=False)
    return (
        f'{{"made_from": {made},\n"data": {data},\n{block("entries")},\n{block("forms")},\n'
        f'"crossing": {crossing}}}\n'
    )
