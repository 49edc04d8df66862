"""Turn a published sharing list (text) into declaration files.

:mod:`.parse` reads the text into :class:`ImportedEntry` records (the published words, keyed by
canonical field names, with their source lines); :mod:`.build` turns each entry into a declaration
mapping in the format's key order, and each folder's page (title, introduction, entry order) into
a product file; :mod:`.write` writes one YAML file per declaration and per folder. Only
:mod:`.write` needs ruamel.yaml, so it is imported on its own.
"""

from __future__ import annotations

from disclosurelint.importer.build import (
    Declaration,
    ProductPage,
    build_declarations,
    build_products,
    slugify,
)
from disclosurelint.importer.parse import (
    FIELD_LABELS,
    ImportedEntry,
    ImportedPage,
    parse_page,
    parse_text,
)

__all__ = [
    "FIELD_LABELS",
    "Declaration",
    "ImportedEntry",
    "ImportedPage",
    "ProductPage",
    "build_declarations",
    "build_products",
    "parse_page",
    "parse_text",
    "slugify",
]
