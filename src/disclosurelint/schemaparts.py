"""The top-level keys of a declaration whose values are known valid, so that the errors of the
rest are found without walking them.

A declaration the fast check refuses is walked by :mod:`disclosurelint.schemaerrors`, which
would walk every key, the valid ones too. The schema's top level only types the mapping, names
its required and allowed keys and gives each key's own schema, so a key whose value its own
schema accepts adds no error: :func:`valid_keys` names those keys, and the interpreter skips
them and gives the same errors, in the same order. Whether a key's value is valid is asked of
the fast check, with the value put into the schema's own first example; the fast check never
calls valid what is not, and a key it is unsure of is walked.
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


def template(schema: Mapping[str, Any], valid: Callable[[Any], bool]) -> dict[str, Any] | None:
    """The schema's first example when it is a mapping the fast check accepts, and the schema's
    top level lets each key be judged alone; else None (every key is walked)."""
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
