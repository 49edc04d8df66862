"""Turn a published sharing list (text) into declaration files.

:mod:`.parse` reads the text into :class:`ImportedEntry` records: the published words, keyed by
canonical field names, with their source lines.
"""

from __future__ import annotations

from disclosurelint.importer.parse import FIELD_LABELS, ImportedEntry, parse_text

__all__ = ["FIELD_LABELS", "ImportedEntry", "parse_text"]
