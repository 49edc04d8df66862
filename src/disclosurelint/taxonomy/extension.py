"""The shape of a taxonomy extension, as a JSON Schema fragment the configuration schema embeds.

An extension is configuration, not code (``.disclosurelint.yaml``, key ``taxonomy:``)::

    categories:
      health:                      # a known id: extend it
        phrases_zh: [体检套餐]
      installed_apps:              # raise a level: an organisation stricter than the law
        regimes:
          pipl: {level: sensitive, article: "Internal policy P-7"}
      loyalty_tier:                # an unknown id: a new category
        label: Loyalty tier
        phrases_en: [loyalty tier, membership level]
        phrases_zh: [会员等级]

For a known id, phrases are added to the built-in ones, ``label``, ``description``, ``note``,
``minors`` and ``gdpr_class`` replace them, and each regime given replaces that regime's status.
A level may be raised, never lowered below the built-in one. A new category needs a ``label`` and at
least one phrase; regimes it leaves out are not sensitive.

The fragment has no ``$ref`` so that it can be embedded anywhere in another schema.
"""

from __future__ import annotations

from typing import Any

ID_PATTERN = "^[a-z][a-z0-9_]{1,62}$"

_TEXT: dict[str, Any] = {"type": "string", "minLength": 1, "pattern": "\\S"}


def _phrases(description: str) -> dict[str, Any]:
    return {"description": description, "type": "array", "items": dict(_TEXT), "uniqueItems": True}


REGIME_STATUS_SCHEMA: dict[str, Any] = {
    "description": (
        "How one regime treats the category; a qualified level needs its qualifier in plain words."
    ),
    "type": "object",
    "required": ["level", "article"],
    "additionalProperties": False,
    "properties": {
        "level": {"enum": ["sensitive", "qualified", "not_sensitive"]},
        "article": dict(_TEXT),
        "qualifier": dict(_TEXT),
    },
    "if": {"properties": {"level": {"const": "qualified"}}},
    "then": {"required": ["qualifier"]},
}

EXTENSION_SCHEMA: dict[str, Any] = {
    "title": "Taxonomy extension",
    "description": (
        "Adds phrasings to categories, adds categories, or raises a category's level for a regime."
        " A known id extends that category; an unknown id adds one (label and a phrase required)."
    ),
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "categories": {
            "type": "object",
            "propertyNames": {
                "description": "A category id: lower-case letters, digits and underscores.",
                "type": "string",
                "pattern": ID_PATTERN,
            },
            "additionalProperties": {
                "type": "object",
                "minProperties": 1,
                "additionalProperties": False,
                "properties": {
                    "label": dict(_TEXT),
                    "description": dict(_TEXT),
                    "phrases_en": _phrases("English phrasings to add."),
                    "phrases_zh": _phrases("Chinese phrasings to add."),
                    "exclude": _phrases("Phrases that look like the category but are not it."),
                    "regimes": {
                        "description": "Levels to set; each regime given replaces the built-in.",
                        "type": "object",
                        "additionalProperties": False,
                        "properties": dict.fromkeys(
                            ("pipl", "gb35273", "gdpr", "cpra"), REGIME_STATUS_SCHEMA
                        ),
                    },
                    "minors": {"type": "boolean"},
                    "gdpr_class": {"enum": ["special", "article_10", "ordinary"]},
                    "note": dict(_TEXT),
                },
            },
        }
    },
}
