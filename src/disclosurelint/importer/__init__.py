"""Turn a published sharing list (text) into declaration files.

:mod:`.parse` reads the text into :class:`ImportedEntry` records (:mod:`.records`: the published
words, keyed by canonical field names, with their source lines); :mod:`.build` turns each entry
into a declaration mapping in the format's key order, and each folder's page (title,
introduction, entry order) into a product file; :mod:`.write` writes one YAML file per
declaration and per folder. Only :mod:`.write` needs ruamel.yaml, so it is imported on its own.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from disclosurelint.importer.build import (
        Declaration,
        ProductPage,
        build_declarations,
        build_products,
        slugify,
    )
    from disclosurelint.importer.parse import parse_page, parse_text
    from disclosurelint.importer.records import FIELD_LABELS, ImportedEntry, ImportedPage

# Imported when first used: the configuration reads only the label schema (``.labels``), and a
# `check` that loads it must not pay for the parser and its HTML and schema libraries.
_HOMES = {
    "Declaration": "build",
    "ProductPage": "build",
    "build_declarations": "build",
    "build_products": "build",
    "slugify": "build",
    "FIELD_LABELS": "records",
    "ImportedEntry": "records",
    "ImportedPage": "records",
    "parse_page": "parse",
    "parse_text": "parse",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)


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
