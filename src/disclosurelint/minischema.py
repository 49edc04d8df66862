"""A yes/no JSON Schema check for the small schemas assembled at run time (the configuration's).

jsonschema takes longer to import than a whole small run; a valid configuration, the common
case, is recognised here without it, and jsonschema is imported only to describe the errors of
an invalid one. It understands the keywords the configuration schema uses and answers False
(so that jsonschema decides) for any other.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from disclosurelint.schemaformats import ecma_pattern

_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list, tuple),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}
_IGNORED = frozenset({"$schema", "title", "description", "$defs", "default", "examples"})


class _Unsure(Exception):
    """A keyword this checker does not know: let jsonschema decide."""


def valid(instance: Any, schema: Mapping[str, Any]) -> bool:
    """Whether ``instance`` satisfies ``schema``; False also when unsure."""
    try:
        return _check(instance, schema, schema)
    except (_Unsure, KeyError, TypeError, ValueError):  # a form this checker does not read
        return False


def _check(value: Any, schema: Mapping[str, Any], root: Mapping[str, Any]) -> bool:
    for keyword, expected in schema.items():
        if keyword in _IGNORED:
            continue
        if keyword == "$ref":
            target: Any = root
            for part in expected.removeprefix("#/").split("/"):
                target = target[part]
            if not _check(value, target, root):
                return False
        elif keyword == "anyOf":
            if not any(_check(value, option, root) for option in expected):
                return False
        elif keyword == "type":
            names = expected if isinstance(expected, list) else [expected]
            if not any(_is_type(value, name) for name in names):
                return False
        elif keyword == "enum":
            if value not in expected or any(
                isinstance(value, bool) != isinstance(e, bool) for e in expected if e == value
            ):
                return False
        elif keyword in ("minLength", "minItems"):
            if isinstance(value, (str, list, tuple)) and len(value) < expected:
                return False
        elif keyword == "minimum":
            if isinstance(value, (int, float)) and not isinstance(value, bool) and value < expected:
                return False
        elif keyword == "pattern":
            if isinstance(value, str) and not ecma_pattern(expected).search(value):
                return False
        elif keyword == "uniqueItems":
            if expected and isinstance(value, list) and len(set(map(repr, value))) != len(value):
                return False
        elif keyword == "required":
            if isinstance(value, dict) and any(key not in value for key in expected):
                return False
        elif keyword == "items":
            if isinstance(value, (list, tuple)) and not all(
                _check(v, expected, root) for v in value
            ):
                return False
        elif keyword in ("properties", "additionalProperties", "propertyNames"):
            if isinstance(value, dict) and not _object(value, keyword, schema, root):
                return False
        else:
            raise _Unsure(keyword)
    return True


def _is_type(value: Any, name: str) -> bool:
    if isinstance(value, bool):
        return name == "boolean"
    if name == "integer" and isinstance(value, float):
        return value.is_integer()  # 2020-12: `2.0` is an integer
    return isinstance(value, _TYPES[name])


def _object(value: dict[str, Any], keyword: str, schema: Mapping[str, Any], root: Any) -> bool:
    properties = schema.get("properties", {})
    if keyword == "properties":
        return all(_check(value[k], s, root) for k, s in properties.items() if k in value)
    if keyword == "propertyNames":
        return all(_check(k, schema["propertyNames"], root) for k in value)
    extra = schema["additionalProperties"]
    for key, item in value.items():
        if key in properties:
            continue
        if extra is False or (isinstance(extra, Mapping) and not _check(item, extra, root)):
            return False
    return True
