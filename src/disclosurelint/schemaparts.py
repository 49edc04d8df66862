"""The bundled schema narrowed to the top-level keys a declaration gets wrong.

A declaration the fast check refuses goes through jsonschema, which walks every key of it, the
valid ones too: about a millisecond a file. The schema's top level only types the mapping,
names its required and allowed keys and gives each key's own schema, so a key whose value its
own schema accepts adds no error: :func:`narrowed` puts an empty schema (its annotations kept)
in the place of each such key's, and jsonschema then gives the same errors, in the same order,
without walking what is valid. Whether a key's value is valid is asked of the fast check, with
the value put into the schema's own first example; the fast check never calls valid what is
not, and a key it is unsure of keeps its schema.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

# The top-level keywords under which each key's errors depend on that key's value alone
_PER_KEY = frozenset(
    {
        "$schema",
        "$id",
        "$defs",
        "$comment",
        "title",
        "description",
        "examples",
        "type",
        "required",
        "additionalProperties",
        "properties",
    }
)
_ANNOTATIONS = ("title", "description")


def template(schema: Mapping[str, Any], valid: Callable[[Any], bool]) -> dict[str, Any] | None:
    """The schema's first example when it is a mapping the fast check accepts, and the schema's
    top level lets each key be judged alone; else None (nothing is narrowed)."""
    if not schema.keys() <= _PER_KEY or not isinstance(schema.get("properties"), Mapping):
        return None
    examples = schema.get("examples")
    first = examples[0] if isinstance(examples, list) and examples else None
    if type(first) is not dict or not valid(first):
        return None
    return first


def valid_keys(
    data: dict[str, Any],
    schema: Mapping[str, Any],
    example: dict[str, Any],
    valid: Callable[[Any], bool],
) -> frozenset[str]:
    """The keys of ``data`` that the schema knows and whose values the fast check accepts."""
    known = schema["properties"]
    return frozenset(
        key for key, value in data.items() if key in known and valid({**example, key: value})
    )


def narrowed(schema: Mapping[str, Any], valid: frozenset[str]) -> dict[str, Any]:
    """``schema`` with an empty schema (annotations kept) for each key in ``valid``."""
    properties = {
        key: (
            {k: sub[k] for k in _ANNOTATIONS if k in sub}
            if key in valid and isinstance(sub, Mapping)
            else sub
        )
        for key, sub in schema["properties"].items()
    }
    return {**schema, "properties": properties}
