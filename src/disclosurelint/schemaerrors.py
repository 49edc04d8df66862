"""The errors of a declaration the fast check refuses, found without jsonschema.

Importing jsonschema (with referencing, attrs, rpds and the draft metaschemas) and building its
validator costs about 70 ms, paid by every process that meets one invalid declaration: a
tenth of a 10,000-file run, half of a one-file check in a pre-commit hook. :class:`Interpreter`
walks a document through the JSON Schema keywords the bundled declaration schema uses and gives
the errors jsonschema's ``Draft202012Validator.iter_errors`` gives (with
:func:`disclosurelint.schema.ecma_validator`'s ``pattern`` and the format checks of
:mod:`disclosurelint.schemaformats`), as :class:`~disclosurelint.rules.base.SchemaError` records:

* in the same order: the keywords of each (sub)schema in the schema's own order, a ``$ref``
  where it stands among its siblings, ``properties`` in the schema's order, the keys
  ``additionalProperties`` judges in the order of the same set jsonschema builds;
* with the same keyword, value in the schema, value written, subschema, path in the document
  and path in the schema (``$ref`` adds nothing to it, as in jsonschema);
* with the errors of each form of a ``oneOf``/``anyOf`` as its ``context``, their paths
  relative to the value and their ``form`` the form's index;
* with jsonschema's own message text, as jsonschema 4.21 and later word it ("should be
  non-empty" for a ``minLength``, ``minItems`` or ``minProperties`` of 1; earlier versions said
  "is too short" and "does not have enough properties"). The declaration rules never show the
  text of these keywords (DL108 quotes it only for keywords no other rule words, which the
  bundled schema does not use), so the findings are the same with any jsonschema the package
  allows; a test compares the text too where the installed jsonschema words it so.

Equality (``enum``, ``const``, ``uniqueItems``) follows JSON Schema as jsonschema implements it:
``True`` is not ``1``, ``1`` is ``1.0``, lists and mappings compare item by item, and items are
unique when no two are equal, found by sorting where the items sort and pair by pair where
they do not.

A schema with any keyword outside that set (or a ``$ref`` other than ``#/$defs/NAME``, a
boolean ``false`` schema, an unknown type name, a ``$id`` below the root) raises
:class:`Unsupported` when the interpreter is built; :class:`disclosurelint.schema.SchemaValidator`
then uses jsonschema, as it does for any schema given to it (configuration, product files).
An exception while walking a document (a format check that fails on odd input) makes the
caller ask jsonschema too, so such a document is reported exactly as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from itertools import pairwise
from typing import Any, NamedTuple

from disclosurelint.rules.base import SchemaError
from disclosurelint.schemaformats import FORMAT_CHECKS, ecma_pattern

Path = tuple[Any, ...]
Errors = Iterator[SchemaError]

# Keywords jsonschema does not act on that the interpreter may meet (anywhere but $id: root only)
_ANNOTATIONS = frozenset(
    {"$schema", "$id", "$defs", "$comment", "title", "description", "examples", "default"}
)
_REF_PREFIX = "#/$defs/"


class Unsupported(Exception):
    """A schema this interpreter does not read: jsonschema reports its errors."""


def _is_object(value: Any) -> bool:
    return isinstance(value, dict)


def _is_array(value: Any) -> bool:
    return isinstance(value, list)


def _is_string(value: Any) -> bool:
    return isinstance(value, str)


def _is_boolean(value: Any) -> bool:
    return isinstance(value, bool)


def _is_null(value: Any) -> bool:
    return value is None


def _is_integer(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


def _is_number(value: Any) -> bool:
    import numbers  # only for a schema that asks for a number: not loaded in a usual run

    return not isinstance(value, bool) and isinstance(value, numbers.Number)


# Draft 2020-12's types as jsonschema checks them: a bool is no number, 2.0 is an integer
TYPES: Mapping[str, Callable[[Any], bool]] = {
    "object": _is_object,
    "array": _is_array,
    "string": _is_string,
    "boolean": _is_boolean,
    "null": _is_null,
    "integer": _is_integer,
    "number": _is_number,
}

_TRUE, _FALSE = object(), object()


def _distinct_bool(value: Any) -> Any:
    """``value``, with True and False replaced by markers equal to nothing else (not 1, 0)."""
    if value is True:
        return _TRUE
    if value is False:
        return _FALSE
    return value


def equal(one: Any, two: Any) -> bool:
    """JSON equality: booleans are not numbers, containers compare item by item."""
    if one is two:
        return True
    if isinstance(one, str) or isinstance(two, str):
        return bool(one == two)
    if isinstance(one, Sequence) and isinstance(two, Sequence):
        return len(one) == len(two) and all(equal(a, b) for a, b in zip(one, two, strict=True))
    if isinstance(one, Mapping) and isinstance(two, Mapping):
        return len(one) == len(two) and all(
            key in two and equal(value, two[key]) for key, value in one.items()
        )
    return bool(_distinct_bool(one) == _distinct_bool(two))


def unique(items: Sequence[Any]) -> bool:
    """No two items equal: neighbours compared once sorted, or every pair when the items do
    not sort (mixed types, mappings, booleans)."""
    marked = [_distinct_bool(item) for item in items]
    try:
        ordered = sorted(marked)
        return not any(equal(a, b) for a, b in pairwise(ordered))
    except (NotImplementedError, TypeError):
        seen: list[Any] = []
        for item in marked:
            if any(equal(earlier, item) for earlier in seen):
                return False
            seen.append(item)
        return True


def _empty_or_short(limit: int, short: str = "is too short") -> str:
    """How jsonschema words a value under a minimum length, items or properties of ``limit``."""
    return "should be non-empty" if limit == 1 else short


class Interpreter:
    """The errors of documents against one schema, read once (see the module's docstring)."""

    def __init__(self, schema: Mapping[str, Any]) -> None:
        self.schema = schema
        self._defs: Mapping[str, Any] = schema.get("$defs", {})
        _check(isinstance(self._defs, dict), "$defs that is not a mapping")
        self._keywords: dict[str, Callable[..., Errors]] = {
            "$ref": self._ref,
            "type": self._type,
            "enum": self._enum,
            "const": self._const,
            "required": self._required,
            "properties": self._properties,
            "additionalProperties": self._additional,
            "propertyNames": self._property_names,
            "minProperties": self._min_properties,
            "items": self._items,
            "minItems": self._min_items,
            "uniqueItems": self._unique_items,
            "minLength": self._min_length,
            "pattern": self._pattern,
            "format": self._format,
            "not": self._not,
            "oneOf": self._one_of,
            "anyOf": self._any_of,
        }
        self._read(schema, root=True)

    # -- the schema -------------------------------------------------------------------------

    def _read(self, schema: Any, root: bool = False) -> None:
        """Raise :class:`Unsupported` for anything in ``schema`` this interpreter does not know."""
        if schema is True:
            return
        if not isinstance(schema, dict):
            raise Unsupported(f"a schema that is not a mapping or true: {schema!r}")
        for keyword, value in schema.items():
            if keyword == "$id" and not root:
                raise Unsupported("$id below the root")
            if keyword in _ANNOTATIONS:
                continue
            if keyword not in self._keywords:
                raise Unsupported(f"keyword {keyword!r}")
            _SHAPES.get(keyword, _any_shape)(value)
            if keyword == "$ref":
                name = value.removeprefix(_REF_PREFIX)
                if not value.startswith(_REF_PREFIX) or "/" in name or "~" in name or "%" in name:
                    raise Unsupported(f"$ref {value!r}")
                if name not in self._defs:
                    raise Unsupported(f"$ref {value!r} names no definition")
        for sub in _subschemas(schema):
            self._read(sub)
        if root:
            for sub in self._defs.values():
                self._read(sub)

    # -- the document -----------------------------------------------------------------------

    def errors(self, document: Any, skip: frozenset[str] = frozenset()) -> list[SchemaError]:
        """Every error of ``document``, in jsonschema's order; ``skip``: top-level keys whose
        values are known valid, which are not walked."""
        return list(self._walk(document, self.schema, (), (), skip))

    def valid(self, value: Any, schema: Any) -> bool:
        return next(self._walk(value, schema, (), ()), None) is None

    def _walk(
        self, value: Any, schema: Any, path: Path, at: Path, skip: frozenset[str] = frozenset()
    ) -> Errors:
        if schema is True:
            return
        here = _Here(value, schema, path, at, skip)
        keywords = self._keywords
        for keyword, expected in schema.items():
            check = keywords.get(keyword)
            if check is not None:
                yield from check(expected, here)

    def _ref(self, ref: str, here: _Here) -> Errors:
        # jsonschema adds nothing to the schema path for a $ref
        target = self._defs[ref[len(_REF_PREFIX) :]]
        yield from self._walk(here.value, target, here.path, here.at)

    def _type(self, types: Any, here: _Here) -> Errors:
        names = [types] if isinstance(types, str) else types
        if not any(TYPES[name](here.value) for name in names):
            shown = ", ".join(repr(name) for name in names)
            yield here.error("type", types, f"{here.value!r} is not of type {shown}")

    def _enum(self, enum: Any, here: _Here) -> Errors:
        value = here.value
        if all(not equal(each, value) for each in enum):
            yield here.error("enum", enum, f"{value!r} is not one of {enum!r}")

    def _const(self, const: Any, here: _Here) -> Errors:
        if not equal(here.value, const):
            yield here.error("const", const, f"{const!r} was expected")

    def _required(self, required: Any, here: _Here) -> Errors:
        if isinstance(here.value, dict):
            for key in required:
                if key not in here.value:
                    yield here.error("required", required, f"{key!r} is a required property")

    def _properties(self, properties: Any, here: _Here) -> Errors:
        value, path, at, skip = here.value, here.path, here.at, here.skip
        if isinstance(value, dict):
            for key, sub in properties.items():
                if key in value and key not in skip:
                    yield from self._walk(value[key], sub, (*path, key), (*at, "properties", key))

    def _additional(self, extra: Any, here: _Here) -> Errors:
        value = here.value
        if not isinstance(value, dict):
            return
        known = here.schema.get("properties", {})
        # a set built as jsonschema builds it, so that its keys come in the same order
        extras = set(key for key in value if key not in known)  # noqa: C401
        if isinstance(extra, dict):
            at = (*here.at, "additionalProperties")
            for key in extras:
                # jsonschema leaves a key None out of the path (None means "no step" there)
                path = here.path if key is None else (*here.path, key)
                yield from self._walk(value[key], extra, path, at)
        elif not extra and extras:
            ordered = sorted(extras, key=str)
            verb = "was" if len(ordered) == 1 else "were"
            names = ", ".join(repr(key) for key in ordered)
            text = f"Additional properties are not allowed ({names} {verb} unexpected)"
            yield here.error("additionalProperties", extra, text)

    def _property_names(self, names: Any, here: _Here) -> Errors:
        if isinstance(here.value, dict):
            at = (*here.at, "propertyNames")
            for key in here.value:
                yield from self._walk(key, names, here.path, at)

    def _min_properties(self, limit: Any, here: _Here) -> Errors:
        if isinstance(here.value, dict) and len(here.value) < limit:
            words = _empty_or_short(limit, "does not have enough properties")
            yield here.error("minProperties", limit, f"{here.value!r} {words}")

    def _items(self, items: Any, here: _Here) -> Errors:
        if isinstance(here.value, list):
            at = (*here.at, "items")
            for index, item in enumerate(here.value):
                yield from self._walk(item, items, (*here.path, index), at)

    def _min_items(self, limit: Any, here: _Here) -> Errors:
        if isinstance(here.value, list) and len(here.value) < limit:
            yield here.error("minItems", limit, f"{here.value!r} {_empty_or_short(limit)}")

    def _unique_items(self, wanted: Any, here: _Here) -> Errors:
        if wanted and isinstance(here.value, list) and not unique(here.value):
            yield here.error("uniqueItems", wanted, f"{here.value!r} has non-unique elements")

    def _min_length(self, limit: Any, here: _Here) -> Errors:
        if isinstance(here.value, str) and len(here.value) < limit:
            yield here.error("minLength", limit, f"{here.value!r} {_empty_or_short(limit)}")

    def _pattern(self, regex: Any, here: _Here) -> Errors:
        value = here.value
        if isinstance(value, str) and not ecma_pattern(regex).search(value):
            yield here.error("pattern", regex, f"{value!r} does not match {regex!r}")

    def _format(self, name: Any, here: _Here) -> Errors:
        check = FORMAT_CHECKS.get(name)  # a format without a check is not checked
        if check is not None and not check(here.value):
            yield here.error("format", name, f"{here.value!r} is not a {name!r}")

    def _not(self, other: Any, here: _Here) -> Errors:
        if self.valid(here.value, other):
            text = f"{here.value!r} should not be valid under {other!r}"
            yield here.error("not", other, text)

    def _one_of(self, forms: Any, here: _Here) -> Errors:
        first, context = self._first_valid(forms, here.value)
        if first is None:
            yield _none_of("oneOf", forms, here, context)
            return
        more = [other for other in forms[first + 1 :] if self.valid(here.value, other)]
        if more:
            shown = ", ".join(repr(each) for each in (*more, forms[first]))
            yield here.error("oneOf", forms, f"{here.value!r} is valid under each of {shown}")

    def _any_of(self, forms: Any, here: _Here) -> Errors:
        first, context = self._first_valid(forms, here.value)
        if first is None:
            yield _none_of("anyOf", forms, here, context)

    def _first_valid(self, forms: Any, value: Any) -> tuple[int | None, list[SchemaError]]:
        """The index of the first form ``value`` is valid under (None: none), and the errors
        of the forms before it, each numbered by its form, paths relative to ``value``."""
        context: list[SchemaError] = []
        for index, form in enumerate(forms):
            errors = list(self._walk(value, form, (), (index,)))
            if not errors:
                return index, context
            context.extend(replace(error, form=index) for error in errors)
        return None, context


def _none_of(keyword: str, forms: Any, here: _Here, context: list[SchemaError]) -> SchemaError:
    """A ``oneOf`` or ``anyOf`` that no form of holds, with the errors of every form."""
    text = f"{here.value!r} is not valid under any of the given schemas"
    return replace(here.error(keyword, forms, text), context=tuple(context))


class _Here(NamedTuple):
    """Where the walk is: a value and the (sub)schema it is checked against."""

    value: Any
    schema: Mapping[str, Any]
    path: Path  # the keys and indexes to the value in the document
    at: Path  # the keys and indexes to the subschema in the schema
    skip: frozenset[str]  # keys of `properties` not walked

    def error(self, keyword: str, expected: Any, text: str) -> SchemaError:
        """The error of ``keyword`` (whose value in the schema is ``expected``) here."""
        return SchemaError(
            keyword=keyword,
            path=self.path,
            expected=expected,
            value=self.value,
            schema=self.schema,
            text=text,
            schema_path=(*self.at, keyword),
        )


def _subschemas(schema: Mapping[str, Any]) -> Iterator[Any]:
    for keyword in ("not", "items", "propertyNames"):
        if keyword in schema:
            yield schema[keyword]
    if isinstance(schema.get("additionalProperties"), dict):
        yield schema["additionalProperties"]
    yield from schema.get("properties", {}).values()
    yield from schema.get("oneOf", ())
    yield from schema.get("anyOf", ())


def _any_shape(value: Any) -> None:
    """Every value is read as jsonschema reads it."""


def _check(ok: bool, what: str) -> None:
    if not ok:
        raise Unsupported(what)


def _types(value: Any) -> None:
    names = [value] if isinstance(value, str) else value
    _check(isinstance(names, list) and all(n in TYPES for n in names), f"type {value!r}")


def _count(value: Any) -> None:
    _check(type(value) is int and value >= 0, f"a count of {value!r}")


def _forms(value: Any) -> None:
    _check(isinstance(value, list) and bool(value), f"forms {value!r}")


def _strings(value: Any) -> None:
    _check(isinstance(value, list) and all(isinstance(v, str) for v in value), f"{value!r}")


def _regex(value: Any) -> None:
    _check(isinstance(value, str), f"pattern {value!r}")
    ecma_pattern(value)  # an error here: jsonschema reports the schema


# What the value of each keyword must be for the interpreter to read it as jsonschema does
_SHAPES: Mapping[str, Callable[[Any], None]] = {
    "$ref": lambda v: _check(isinstance(v, str), f"$ref {v!r}"),
    "type": _types,
    "enum": lambda v: _check(isinstance(v, list), f"enum {v!r}"),
    "required": _strings,
    "properties": lambda v: _check(isinstance(v, dict), f"properties {v!r}"),
    "additionalProperties": lambda v: _check(isinstance(v, (bool, dict)), f"{v!r}"),
    "minProperties": _count,
    "minItems": _count,
    "minLength": _count,
    "uniqueItems": lambda v: _check(isinstance(v, bool), f"uniqueItems {v!r}"),
    "pattern": _regex,
    "format": lambda v: _check(isinstance(v, str), f"format {v!r}"),
    "oneOf": _forms,
    "anyOf": _forms,
}
