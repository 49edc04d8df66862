"""Turn a published sharing list (text) into declaration files.

:mod:`.parse` reads the text into :class:`ImportedEntry` records (the published words, keyed by
canonical field names, with their source lines); :mod:`.build` turns each entry into a declaration
mapping in the format's key order; :mod:`.write` writes one YAML file per declaration. Only
:mod:`.write` needs ruamel.yaml, so it is imported on its own.
"""

from __future__ import annotations

from disclosurelint.importer.build import Declaration, build_declarations, slugify
from disclosurelint.importer.parse import FIELD_LABELS, ImportedEntry, parse_text

__all__ = [
    "FIELD_LABELS",
    "Declaration",
    "ImportedEntry",
    "build_declarations",
    "parse_text",
    "slugify",
]
