"""Validate declarations against the bundled JSON Schema; each error becomes a finding with a code.

The code follows the failing keyword (flake8 maps pyflakes messages to codes the same way). Messages
are written for a person: the key, what is wrong, and the property's own description as the fix.
Inside ``oneOf``/``anyOf`` the message names the branch closest to what was written.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from functools import cache, cached_property
from importlib import resources
from typing import Any

from disclosurelint import urls
from disclosurelint.model import Finding, JsonPath, Target, format_json_path

SCHEMA_FILE = "partner-disclosure.schema.json"
PRODUCT_SCHEMA_FILE = "product.schema.json"

CODES: Mapping[str, str] = {
    "required": "DL101",
    "additionalProperties": "DL102",
    "type": "DL103",
    "enum": "DL104",
    "const": "DL104",
    "pattern": "DL105",
    "format": "DL105",
    "minLength": "DL106",
    "maxLength": "DL106",
    "minItems": "DL106",
    "maxItems": "DL106",
    "minProperties": "DL106",
    "uniqueItems": "DL107",
    "oneOf": "DL108",
    "anyOf": "DL108",
    "not": "DL108",
}
OTHER_CODE = "DL108"

# What a missing disclosure element means to a reader of the published list.
MISSING_ELEMENT: Mapping[JsonPath, str] = {
    ("recipient",): "the entry does not say who receives the data",
    ("product",): "the entry does not name the recipient's product, SDK or mode of cooperation",
    ("data",): "the entry does not say which personal data the recipient receives",
    ("recipient", "relationship"): "the entry does not say how the recipient relates to us",
}

_TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a mapping of keys",
    "null": "empty",
}


def type_mismatch(expected: Any, value: Any) -> str:
    """``must be a list, not text``: a JSON Schema ``type`` failure in plain words."""
    words = " or ".join(
        _TYPE_WORDS.get(str(t), str(t))
        for t in (expected if isinstance(expected, list) else [expected])
    )
    return f"must be {words}, not {_type_word(value)}"


def _type_word(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "a mapping of keys"


@cache
def load_schema(name: str = SCHEMA_FILE) -> Mapping[str, Any]:
    """A bundled schema (the same file as in ``schema/`` in the repository); by default the
    declaration schema."""
    text = resources.files("disclosurelint.data").joinpath(name).read_text("utf-8")
    schema: Mapping[str, Any] = json.loads(text)
    return schema


def _is_date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        return date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


FORMAT_CHECKS: Mapping[str, Callable[[object], bool]] = {
    "uri": urls.is_uri,
    "date": _is_date,
    "contact": urls.is_contact,
}
FORMAT_WORDS = {
    "uri": "an absolute URL without spaces, quotes or hidden characters",
    "date": "a date written YYYY-MM-DD",
    "contact": "an e-mail address, a web address (http, https), a phone number or a postal address",
}


def _blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, (list, dict)) and not value


@cache
def ecma_validator() -> Any:
    """Draft 2020-12 with ``pattern`` read as JSON Schema defines it (ECMA-262).

    Python's ``re`` lets ``$`` match before a final line break, so plain jsonschema accepts
    ``country: "CN\\n"`` where the generated validator (and every ECMA engine) rejects it, and
    a value would pass with no finding at all: here ``$`` means the end of the text.
    """
    import re

    from jsonschema import Draft202012Validator, ValidationError, validators

    def pattern(validator: Any, regex: str, instance: Any, schema: Any) -> Iterator[Any]:
        ecma = re.sub(r"(?<!\\)\$", r"\\Z", regex)
        if isinstance(instance, str) and not re.search(ecma, instance):
            yield ValidationError(f"{instance!r} does not match {regex!r}")

    return validators.extend(Draft202012Validator, {"pattern": pattern})  # type: ignore[no-untyped-call]


def fast_valid(data: Any) -> bool:
    """True when the bundled schema accepts ``data``, decided without importing jsonschema.

    ``disclosurelint._fastschema`` is generated from the schema (tools/generate_fast_validator.py)
    and checks formats with the same functions as the full validator. Any doubt (an exception of
    any kind) answers False, which sends the document through jsonschema.
    """
    from disclosurelint import _fastschema

    try:
        _fastschema.validate(data, custom_formats=FORMAT_CHECKS)  # type: ignore[attr-defined]
    except Exception:
        return False
    return True


class SchemaValidator:
    """Validates plain data; built once per run.


    With the bundled schema, valid documents are recognised by :func:`fast_valid`; jsonschema is
    imported and built only for the first document that has an error, to report every error
    with its keyword and path. ``subject`` names the whole document in messages ("the
    declaration lacks ...").
    """

    def __init__(
        self,
        schema: Mapping[str, Any] | None = None,
        owned: Iterable[str] = (),
        subject: str = "the declaration",
    ) -> None:
        self._custom = schema is not None
        self.schema = schema if schema is not None else load_schema()
        self._owned = frozenset(owned)
        self._subject = subject

    @cached_property
    def _validator(self) -> Any:
        from jsonschema import FormatChecker

        checker = FormatChecker(formats=())
        for name, check in FORMAT_CHECKS.items():
            checker.checks(name)(check)
        return ecma_validator()(self.schema, format_checker=checker)

    def findings(
        self, data: Any, deferred: list[tuple[str, str, Finding]] | None = None
    ) -> Iterator[tuple[str, Finding]]:
        """``(code, finding)`` for every schema error, except what a completeness rule reports.

        The errors left to a rule (a key in its ``OWNS``) go to ``deferred`` as ``(key, code,
        finding)`` when it is given, so that the engine can still report them where the rule says
        nothing about that key: whatever the schema rejects is reported by someone.
        """
        if not self._custom and fast_valid(data):
            return
        # jsonschema repeats `required` per missing key, and a value can fail both `pattern`
        # and `format`: one problem per place and kind.
        # A value of the wrong type fails its other keywords too: report the type alone.
        seen: set[tuple[JsonPath, str]] = set()
        errors = list(self._validator.iter_errors(data))
        mistyped = {tuple(e.absolute_path) for e in errors if e.validator == "type"}
        converted = [
            triple
            for error in errors
            if error.validator == "type" or tuple(error.absolute_path) not in mistyped
            for triple in self._convert(error, data)
        ]
        # `recipent:` is one typo: the unknown key's "did you mean" also says what is missing
        renamed = {
            (f.path[:-1], f.details["rename_to"])
            for _, f, _ in converted
            if "rename_to" in f.details
        }
        for code, finding, owner in converted:
            if (finding.path, finding.details.get("missing")) in renamed:
                continue
            key = (finding.path, finding.message if code == "DL101" else code)
            if key in seen:
                continue
            seen.add(key)
            if owner is None:
                yield code, finding
            elif deferred is not None:
                deferred.append((owner, code, finding))

    # -- conversion -------------------------------------------------------------------------

    def _owned_by_rule(self, error: Any, key_path: JsonPath) -> bool:
        if not key_path or key_path[0] not in self._owned:
            return False
        if error.validator == "format":
            return True
        return _blank(error.instance)

    def _convert(self, error: Any, root: Any) -> Iterator[tuple[str, Finding, str | None]]:
        """``(code, finding, owner)``: the owned top-level key whose rule reports it, or None."""
        path: JsonPath = tuple(error.absolute_path)
        keyword = error.validator
        code = CODES.get(keyword, OTHER_CODE)
        if keyword == "required":
            for key in _missing(error):
                full = (*path, key)
                owned = self._owned_by_rule(error, full) or (not path and key in self._owned)
                yield code, self._required(path, key, error.schema), _owner(full, owned)
            return
        if keyword == "additionalProperties":
            yield from ((code, f, None) for f in self._unknown_keys(path, error))
            return
        owner = _owner(path, self._owned_by_rule(error, path))
        if keyword in ("oneOf", "anyOf"):
            yield code, self._branches(path, error), owner
            return
        if _names_a_language(error):
            yield code, _language_tag_finding(path, error), owner
            return
        fix = self._fix(error.schema)
        if keyword == "type" and not _is_text_schema(error.schema):
            from disclosurelint.typefix import type_fix

            fix = type_fix(path, error.validator_value, error.instance, error.schema) or fix
        finding = Finding(path, self._message(path, error), fix=fix, target=Target.VALUE)
        yield code, finding, owner

    def _required(self, path: JsonPath, key: str, schema: Mapping[str, Any]) -> Finding:
        prop = schema.get("properties", {}).get(key, {})
        where = self._subject if not path else f"`{_label(path)}`"
        fix = f"Add `{key}:`" + (f": {prop['description']}" if prop.get("description") else ".")
        meaning = MISSING_ELEMENT.get((*path, key)) if self._subject == "the declaration" else None
        missing = {"missing": key}
        if meaning:
            return Finding(path, f"{meaning} (`{key}` is missing)", fix=fix, details=missing)
        return Finding(path, f"{where} lacks the required key `{key}`", fix=fix, details=missing)

    def _unknown_keys(self, path: JsonPath, error: Any) -> Iterator[Finding]:
        known = list(error.schema.get("properties", {}))
        extras = [k for k in error.instance if k not in known]
        folded = {k.casefold(): k for k in known}
        for key in extras:
            close = _closest(str(key), folded)
            where = "" if not path else f" in `{_label(path)}`"
            if close:
                message = f"unknown key `{key}`{where}; did you mean `{close}`?"
                fix = f"Rename `{key}` to `{close}`."
                details = {"rename_to": close}
            else:
                message = f"unknown key `{key}`{where}"
                fix = "Remove it, or use one of: " + ", ".join(f"`{k}`" for k in known) + "."
                details = {}
            yield Finding((*path, key), message, fix=fix, target=Target.KEY, details=details)

    def _message(self, path: JsonPath, error: Any) -> str:
        keyword, value = error.validator, error.instance
        name = f"`{_label(path)}`" if path else self._subject
        if keyword == "type" and _is_text_schema(error.schema):
            return (
                f"{name} must be text, or a mapping of language tags to text "
                f"(`{{zh: ..., en: ...}}`), not {_type_word(value)}"
            )
        if keyword == "type":
            return f"{name} {type_mismatch(error.validator_value, value)}{_typed_key(value)}"
        if keyword == "minProperties" and _is_text_schema(error.schema):
            return f"{name} is an empty mapping: give the text, or its text in each language"
        if keyword == "enum":
            choices = [str(c) for c in error.validator_value]
            close = difflib.get_close_matches(str(value), choices, n=1, cutoff=0.6)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            return f"{name} is {value!r}, which is not one of: {', '.join(choices)}{hint}"
        if keyword == "const":
            return f"{name} must be {error.validator_value!r}, not {value!r}"
        if keyword == "pattern":
            return f"{name} {value!r} is not in the expected form"
        if keyword == "format":
            word = FORMAT_WORDS.get(error.validator_value, error.validator_value)
            return f"{name} {value!r} is not {word}"
        if keyword in ("minLength", "minItems", "minProperties"):
            return f"{name} is empty"
        if keyword in ("maxLength", "maxItems"):
            return f"{name} is too long (at most {error.validator_value})"
        if keyword == "uniqueItems":
            seen: set[str] = set()
            dupes: list[Any] = []
            for item in value:
                canonical = json.dumps(item, sort_keys=True)
                if canonical in seen:
                    dupes.append(item)
                seen.add(canonical)
            return f"{name} lists {', '.join(repr(d) for d in dupes)} more than once"
        if keyword == "not":
            return f"{name} has a combination of keys that is not allowed"
        return f"{name}: {error.message}"

    @staticmethod
    def _fix(schema: Mapping[str, Any]) -> str | None:
        desc = schema.get("description")
        return str(desc) if desc else None

    def _branches(self, path: JsonPath, error: Any) -> Finding:
        """Name the branch closest to what was written, and what it still lacks."""
        from disclosurelint.typefix import forms_fix

        branches: list[Mapping[str, Any]] = list(error.validator_value)
        titles = [str(b.get("title", f"form {i + 1}")) for i, b in enumerate(branches)]
        name = f"`{_label(path)}`" if path else self._subject
        by_branch: dict[int, list[Any]] = {}
        for sub in error.context or ():
            by_branch.setdefault(sub.relative_schema_path[0], []).append(sub)
        failing = [i for i in range(len(branches)) if i in by_branch]
        only_excluded = all(all(e.validator == "not" for e in by_branch[i]) for i in failing)
        if len(failing) < len(branches) - 1 or (failing and only_excluded):
            # Several forms match, or each fails only on a key that belongs to another form.
            mixed = (
                titles
                if only_excluded
                else [titles[i] for i in range(len(branches)) if i not in by_branch]
            )
            return Finding(
                path,
                f"{name} mixes more than one form ({' and '.join(mixed)}); keep the keys of one",
                fix=forms_fix(branches, titles, None, []) or self._fix(error.schema),
            )

        instance_keys = set(error.instance) if isinstance(error.instance, dict) else set()

        def distance(i: int) -> tuple[int, int, int, int]:
            errs = by_branch[i]
            type_miss = sum(1 for e in errs if e.validator == "type" and not e.relative_path)
            structural = sum(1 for e in errs if e.validator in ("not", "required"))
            mentioned = set(branches[i].get("required", ())) | set(
                branches[i].get("properties", {})
            )
            overlap = len(instance_keys & mentioned)  # keys written that belong to this form
            return (type_miss, -overlap, len(errs) + structural, -max(len(e.path) for e in errs))

        best = min(failing, key=distance)
        reasons: list[str] = []
        for sub in by_branch[best]:
            if sub.validator == "required":
                reasons.extend(
                    r for r in (f"lacks `{k}`" for k in _missing(sub)) if r not in reasons
                )
            elif sub.validator == "not":
                reasons.append("has a key this form does not allow")
            else:
                reasons.append(self._message(path + tuple(sub.relative_path), sub))
        forms = " or ".join(titles)
        missing = [
            k for sub in by_branch[best] if sub.validator == "required" for k in _missing(sub)
        ]
        return Finding(
            path,
            f"{name} matches none of its forms ({forms}); closest is "
            f"{titles[best]}, which {'; '.join(reasons)}",
            fix=forms_fix(branches, titles, best, missing)
            or str(branches[best].get("description") or self._fix(error.schema)),
            details={"missing": missing[0]} if len(missing) == 1 and len(reasons) == 1 else {},
        )


def _is_text_schema(schema: Any) -> bool:
    """Whether ``schema`` is the text-in-one-or-several-languages definition."""
    return (
        isinstance(schema, Mapping)
        and "propertyNames" in schema
        and "string" in schema.get("type", ())
    )


def _names_a_language(error: Any) -> bool:
    return "propertyNames" in error.absolute_schema_path and isinstance(error.instance, str)


def _language_tag_finding(path: JsonPath, error: Any) -> Finding:
    """A key of a language map that is not a BCP 47 tag, reported at the key."""
    where = f"`{_label(path)}`" if path else "the text"
    return Finding(
        (*path, error.instance),
        f"{where} has the key {error.instance!r}, which is not a language tag "
        "(BCP 47: `zh`, `zh-CN`, `en`, `en-GB`)",
        fix="Name the language with a BCP 47 tag: `zh` or `zh-CN` for Chinese, `en` for English.",
        target=Target.KEY,
    )


def _closest(key: str, folded: Mapping[str, str]) -> str | None:
    """The known key ``key`` most likely means: the same letters in another case (``ID``), or
    the closest spelling (``recipent``)."""
    exact = folded.get(key.casefold())
    if exact is not None:
        return exact
    close = difflib.get_close_matches(key.casefold(), list(folded), n=1, cutoff=0.6)
    return folded[close[0]] if close else None


def _owner(path: JsonPath, owned: bool) -> str | None:
    return str(path[0]) if owned and path else None


_FULL_WIDTH_KEY = re.compile(r"\s*([A-Za-z_]+)\s*\uff1a")


def _typed_key(value: Any) -> str:
    """A key typed with a full-width colon (U+FF1A) reads as text, not as a key: say so."""
    found = _FULL_WIDTH_KEY.match(value) if isinstance(value, str) else None
    if found is None:
        return ""
    return (
        f"; the full-width colon after `{found.group(1)}` (U+FF1A, typed in Chinese input mode) "
        "makes it text: write ':' and a space"
    )


def _missing(error: Any) -> list[str]:
    required = error.validator_value or []
    instance = error.instance if isinstance(error.instance, dict) else {}
    return [k for k in required if k not in instance]


def _label(path: JsonPath) -> str:
    return format_json_path(path)[2:] if path else ""
