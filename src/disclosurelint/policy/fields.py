"""The fields an expression names, checked against the declaration format before any run.

A misspelt field (``declaration.purpos``) would only show as an evaluation error on every
declaration; the type check (:mod:`disclosurelint.policy.typecheck`) takes a field it does not
know for one of unknown type, and this module names it instead. Each chain of fields read from
``declaration``, ``item`` (the elements of ``each: data``) or ``context`` is walked through the
declaration schema while it names a mapping: a name that the schema does not allow there is an
error at load time, with the closest name. A chain stops being checked where its value is not a
mapping (``declaration.purpose.contains(...)`` calls a method of a text).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

CONTEXT_FIELDS = ("today", "regimes", "home_country", "path", "product")
ITEM_COMPUTED = ("category", "categories", "sensitive", "regimes")  # computed per item

_CHAIN = re.compile(r"(?<![\w.])(declaration|item|context)((?:\s*\.\s*[A-Za-z_]\w*)+)")
_STRING = re.compile(r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*\"""")


@cache
def _schema() -> Mapping[str, Any]:
    from disclosurelint.schema import load_schema

    return load_schema()


def _resolve(node: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in node and isinstance(node["$ref"], str) and node["$ref"].startswith("#/"):
        target: Any = _schema()
        for part in node["$ref"][2:].split("/"):
            target = target.get(part, {}) if isinstance(target, Mapping) else {}
        node = target if isinstance(target, Mapping) else {}
    return node


def _fields(node: Mapping[str, Any]) -> tuple[str, ...] | None:
    """The names a mapping of this schema may hold; None when it is not a closed mapping (a
    text, a list, an open mapping) and names after it cannot be checked."""
    node = _resolve(node)
    if node.get("additionalProperties", True) is False and "properties" in node:
        return tuple(node["properties"])  # closed itself; its forms only choose what is required
    branches = [_resolve(b) for key in ("oneOf", "anyOf") for b in node.get(key, ())]
    if branches:
        found: list[str] = []
        for branch in branches:
            names = _fields(branch)
            if names is None:
                return None
            found.extend(names)
        return tuple(dict.fromkeys(found))
    if node.get("additionalProperties", True) is not False or "properties" not in node:
        return None
    return tuple(node["properties"])


def _child(node: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    node = _resolve(node)
    for branch in (node, *(_resolve(b) for k in ("oneOf", "anyOf") for b in node.get(k, ()))):
        found = branch.get("properties", {}).get(name)
        if isinstance(found, Mapping):
            return found
    return {}


def _blank_strings(source: str) -> str:
    """``source`` with its string literals blanked, so that words inside them are not fields."""
    return _STRING.sub(lambda m: '"' + " " * (len(m.group()) - 2) + '"', source)


def unknown_fields(source: str, each_data: bool) -> Iterator[tuple[str, int]]:
    """``(message, offset)`` for every field ``source`` names that the format does not have."""
    schema = _schema()
    for match in _CHAIN.finditer(_blank_strings(source)):
        root = match.group(1)
        names = [n.strip() for n in match.group(2).split(".")[1:]]
        offset = match.start(2)
        if root == "context":
            node: Mapping[str, Any] | None = None
            allowed: tuple[str, ...] | None = CONTEXT_FIELDS
        elif root == "item":
            if not each_data:
                continue
            node = _resolve(_child(schema, "data")).get("items", {})
            allowed = (*(_fields(node) or ()), *ITEM_COMPUTED)
        else:
            node = schema
            allowed = _fields(node)
        for name in names:
            position = source.index(name, offset)
            offset = position + len(name)
            if allowed is None:
                break
            if name not in allowed:
                close = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
                hint = f"; did you mean `{close[0]}`?" if close else ""
                where = f"`{root}`" if node is schema or root != "declaration" else "this field"
                yield f"unknown field `{name}` of {where} in the declaration format{hint}", position
                break
            if node is None:  # context fields are values, not mappings
                break
            node = _child(node, name)
            allowed = _fields(node)
