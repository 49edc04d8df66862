"""What the declaration schema says about a JSON path: its title, description, enum values, keys.

Hover, completion and the enum fixes all read the bundled schema through this one module.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from disclosurelint.model import JsonPath


@cache
def _schema() -> Mapping[str, Any]:
    from disclosurelint.schema import load_schema

    return load_schema()


def node(path: JsonPath) -> Mapping[str, Any] | None:
    """The schema of the value at ``path`` (an index of a list: its ``items``), or None."""
    current: Mapping[str, Any] = _schema()
    for part in path:
        if isinstance(part, int) or part == "*":
            items = current.get("items")
            if not isinstance(items, Mapping):
                return None
            current = items
        else:
            properties = current.get("properties")
            child = properties.get(part) if isinstance(properties, Mapping) else None
            if not isinstance(child, Mapping):
                return None
            current = child
    return current


def enum(path: JsonPath) -> tuple[str, ...]:
    """The allowed values at ``path`` (of a list: of its items), or ``()``."""
    schema = node(path)
    return _enum(schema) if schema is not None else ()


def _enum(schema: Mapping[str, Any]) -> tuple[str, ...]:
    """The values of ``enum``, of a list's ``items``, or of every branch of ``anyOf``/``oneOf``
    (a value that may be written as one or as a list, like ``cross_border.mechanism``)."""
    if "enum" in schema:
        return tuple(str(v) for v in schema["enum"])
    if isinstance(schema.get("items"), Mapping):
        return _enum(schema["items"])
    values: dict[str, None] = {}
    for key in ("anyOf", "oneOf"):
        for branch in schema.get(key, ()):
            if isinstance(branch, Mapping):
                values.update(dict.fromkeys(_enum(branch)))
    return tuple(values)


def keys(path: JsonPath) -> dict[str, Mapping[str, Any]]:
    """The keys a mapping at ``path`` may hold, with their schemas."""
    schema = node(path)
    properties = schema.get("properties") if schema else None
    if not isinstance(properties, Mapping):
        return {}
    return {k: v for k, v in properties.items() if isinstance(v, Mapping)}


def describe(path: JsonPath) -> str | None:
    """``**Title**`` and the description of ``path``, as Markdown; None when the schema has none."""
    schema = node(path)
    if not schema or "description" not in schema:
        return None
    title = schema.get("title")
    text = str(schema["description"])
    return f"**{title}**\n\n{text}" if title else text
