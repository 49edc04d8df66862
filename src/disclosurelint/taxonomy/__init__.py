"""The sensitive-data taxonomy: categories as data, their level per regime, and the matcher.

>>> from disclosurelint.taxonomy import load_taxonomy
>>> taxonomy = load_taxonomy()
>>> taxonomy.classify("ID card photo").categories
('id_document_image',)
>>> [s.level for s in taxonomy.categories["government_id"].sensitive_under(["pipl", "cpra"])]
['qualified', 'sensitive']

Importing this package is cheap: the YAML parser and jsonschema are loaded with the first taxonomy.
"""

from __future__ import annotations

from disclosurelint.taxonomy.extension import EXTENSION_SCHEMA
from disclosurelint.taxonomy.loader import load_taxonomy
from disclosurelint.taxonomy.records import (
    LEVELS,
    NOT_SENSITIVE,
    QUALIFIED,
    REGIMES,
    SENSITIVE,
    Category,
    Classification,
    Decision,
    Match,
    Override,
    RegimeStatus,
    Taxonomy,
    TaxonomyError,
    check_regimes,
)

__all__ = [
    "EXTENSION_SCHEMA",
    "LEVELS",
    "NOT_SENSITIVE",
    "QUALIFIED",
    "REGIMES",
    "SENSITIVE",
    "Category",
    "Classification",
    "Decision",
    "Match",
    "Override",
    "RegimeStatus",
    "Taxonomy",
    "TaxonomyError",
    "check_regimes",
    "load_taxonomy",
]
