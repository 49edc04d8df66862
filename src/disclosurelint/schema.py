"""Validate declarations against the bundled JSON Schema; each error becomes a finding with a code.

The code follows the failing keyword (flake8 maps pyflakes messages to codes the same way): each
DL1xx rule names its ``KEYWORDS``, and this stage hands it the error as a
:class:`~disclosurelint.rules.base.SchemaError`. The rule writes the message and the fix (the
key, what is wrong, and the property's own description); this module only validates, keeps one
finding per place and kind, and leaves to a completeness rule what that rule reports itself.

The bundled schema's errors are found without jsonschema, whose import and set-up cost about
70 ms: a valid declaration is recognised by the generated fast check (:func:`fast_valid`), and
the errors of any other are found by :mod:`disclosurelint.schemaerrors`, which gives the records
jsonschema's ``iter_errors`` would give, in its order (a test holds the two equal on generated
documents). jsonschema itself checks a schema given to :class:`SchemaValidator` (a product
file's) and a document the interpreter is unsure of.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache, cached_property
from typing import TYPE_CHECKING, Any

from disclosurelint import schemaformats, schemaparts
from disclosurelint.model import Finding, JsonPath, Target
from disclosurelint.packagedata import read_text
from disclosurelint.rules import dl101_missing_key as dl101
from disclosurelint.rules import dl102_unknown_key as dl102
from disclosurelint.rules import dl103_wrong_type as dl103
from disclosurelint.rules import dl104_invalid_value as dl104
from disclosurelint.rules import dl105_invalid_format as dl105
from disclosurelint.rules import dl106_empty_value as dl106
from disclosurelint.rules import dl107_duplicate_item as dl107
from disclosurelint.rules import dl108_no_matching_form as dl108
from disclosurelint.rules.base import SchemaError, described, label

if TYPE_CHECKING:
    from disclosurelint.schemaerrors import Interpreter

SCHEMA_FILE = "partner-disclosure.schema.json"
PRODUCT_SCHEMA_FILE = "product.schema.json"

# Each keyword's error is reported by the rule that names the keyword in its KEYWORDS.
CODES: Mapping[str, str] = {
    keyword: rule.CODE
    for rule in (dl101, dl102, dl103, dl104, dl105, dl106, dl107, dl108)
    for keyword in rule.KEYWORDS
}
OTHER_CODE = dl108.CODE

# How each rule words an error of its keyword; any other keyword is worded by DL108.
MESSAGES: Mapping[str, Callable[[str, SchemaError], str]] = {
    **dict.fromkeys(dl103.KEYWORDS, dl103.message),
    **dict.fromkeys(dl104.KEYWORDS, dl104.message),
    **dict.fromkeys(dl105.KEYWORDS, dl105.message),
    **dict.fromkeys(dl106.KEYWORDS, dl106.message),
    **dict.fromkeys(dl107.KEYWORDS, dl107.message),
}
# The fix of a rule that knows better than the field's description.
FIXES: Mapping[str, Callable[[SchemaError], str | None]] = dict.fromkeys(dl103.KEYWORDS, dl103.fix)


@cache
def load_schema(name: str = SCHEMA_FILE) -> Mapping[str, Any]:
    """A bundled schema (the same file as in ``schema/`` in the repository); by default the
    declaration schema."""
    text = read_text("disclosurelint.data", name)
    schema: Mapping[str, Any] = json.loads(text)
    return schema


# What each `format` means, shared with the generated fast check (see disclosurelint.schemaformats).
FORMAT_CHECKS: Mapping[str, Callable[[object], bool]] = schemaformats.FORMAT_CHECKS


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
    from jsonschema import Draft202012Validator, ValidationError, validators

    def pattern(validator: Any, regex: str, instance: Any, schema: Any) -> Iterator[Any]:
        if isinstance(instance, str) and not schemaformats.ecma_pattern(regex).search(instance):
            yield ValidationError(f"{instance!r} does not match {regex!r}")

    return validators.extend(Draft202012Validator, {"pattern": pattern})  # type: ignore[no-untyped-call]


def fast_valid(data: Any) -> bool:
    """True when the bundled schema accepts ``data``, decided without importing jsonschema.

    ``disclosurelint._fastschema`` is generated from the schema (tools/generate_fast_validator.py)
    and checks formats with the same functions as the full validator; it answers False when
    unsure, and so does an exception of any kind (a format check that fails on odd input), which
    sends the document through jsonschema.
    """
    try:
        return _fast_validator()(data)
    except Exception:
        return False


@cache
def _fast_validator() -> Callable[[Any], bool]:
    """The generated check, imported on first use (an import statement in :func:`fast_valid`
    would run importlib's from-list handling for every file): the copy mypyc compiled at
    install while it is current (:mod:`disclosurelint.compiled`), else the module itself."""
    from disclosurelint.compiled import compiled

    copy = compiled("_fastschema")
    if copy is not None:
        validate: Callable[[Any], bool] = copy.validate
        return validate
    from disclosurelint import _fastschema

    pure: Callable[[Any], bool] = _fastschema.validate
    return pure


class SchemaValidator:
    """Validates plain data; built once per run.

    With the bundled schema, valid documents are recognised by :func:`fast_valid`, and the
    errors of the others are found by :class:`disclosurelint.schemaerrors.Interpreter`, the same
    records jsonschema would give: jsonschema is imported and built only for a schema given here
    (the configuration's, a product file's), or for a document the interpreter is unsure of.
    ``subject`` names the whole document in messages ("the declaration lacks ...").
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

    @cached_property
    def _interpreter(self) -> Interpreter | None:
        """The bundled schema's interpreter; None for a schema given to this validator."""
        if self._custom:
            return None
        from disclosurelint.schemaerrors import Interpreter, Unsupported

        try:
            return Interpreter(self.schema)
        except Unsupported:
            return None

    @cached_property
    def _example(self) -> dict[str, Any] | None:
        return None if self._custom else schemaparts.template(self.schema, fast_valid)

    def _valid_keys(self, data: Any) -> frozenset[str]:
        """The top-level keys of ``data`` whose values are known valid
        (:mod:`disclosurelint.schemaparts`): the interpreter need not walk them."""
        example = self._example
        if example is None or type(data) is not dict:
            return frozenset()
        return schemaparts.valid_keys(data, self.schema, example, fast_valid)

    def errors(self, data: Any) -> list[SchemaError]:
        """Every error of ``data`` against the schema, as jsonschema's ``iter_errors`` gives
        them, in its order."""
        interpreter = self._interpreter
        if interpreter is not None:
            try:
                return interpreter.errors(data, self._valid_keys(data))
            except Exception:  # unsure (a format check failing on odd input): jsonschema says
                pass
        return [_record(e, tuple(e.absolute_path)) for e in self._validator.iter_errors(data)]

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
        errors = self.errors(data)
        mistyped = {e.path for e in errors if e.keyword == "type"}
        converted = [
            triple
            for error in errors
            if error.keyword == "type" or error.path not in mistyped
            for triple in self._convert(error)
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
            key = (finding.path, finding.message if code == dl101.CODE else code)
            if key in seen:
                continue
            seen.add(key)
            if owner is None:
                yield code, finding
            elif deferred is not None:
                deferred.append((owner, code, finding))

    # -- conversion -------------------------------------------------------------------------

    def _owned_by_rule(self, error: SchemaError, key_path: JsonPath) -> bool:
        if not key_path or key_path[0] not in self._owned:
            return False
        if error.keyword == "format":
            return True
        return _blank(error.value)

    def _convert(self, found: SchemaError) -> Iterator[tuple[str, Finding, str | None]]:
        """``(code, finding, owner)``: the owned top-level key whose rule reports it, or None."""
        path, keyword = found.path, found.keyword
        code = CODES.get(keyword, OTHER_CODE)
        if keyword == "required":
            for key in found.missing:
                full = (*path, key)
                owned = self._owned_by_rule(found, full) or (not path and key in self._owned)
                finding = dl101.finding(path, key, found.schema, self._subject)
                yield code, finding, _owner(full, owned)
            return
        if keyword == "additionalProperties":
            yield from ((code, f, None) for f in dl102.findings(found))
            return
        owner = _owner(path, self._owned_by_rule(found, path))
        if keyword in ("oneOf", "anyOf"):
            yield code, dl108.finding(found, self._name(path), self._message), owner
            return
        if "propertyNames" in found.schema_path and isinstance(found.value, str):
            # a key of a language map that is not a language tag: reported at the key
            yield code, dl105.language_tag_finding(path, found.value, self._name(path)), owner
            return
        fix = FIXES.get(keyword, _described)(found)
        yield code, Finding(path, self._message(path, found), fix=fix, target=Target.VALUE), owner

    def _name(self, path: JsonPath) -> str:
        return f"`{label(path)}`" if path else self._subject

    def _message(self, path: JsonPath, error: SchemaError) -> str:
        return MESSAGES.get(error.keyword, dl108.message)(self._name(path), error)


def _record(error: Any, path: JsonPath, form: int = 0) -> SchemaError:
    """A jsonschema error as the rules receive it; the errors of each form inside it (``oneOf``,
    ``anyOf``) with the form's index and their paths relative to it."""
    return SchemaError(
        keyword=str(error.validator),
        path=path,
        expected=error.validator_value,
        value=error.instance,
        schema=error.schema if isinstance(error.schema, Mapping) else {},
        text=str(error.message),
        form=form,
        context=tuple(
            _record(sub, tuple(sub.relative_path), sub.relative_schema_path[0])
            for sub in error.context or ()
        ),
        schema_path=tuple(error.relative_schema_path),
    )


def _described(error: SchemaError) -> str | None:
    return described(error.schema)


def _owner(path: JsonPath, owned: bool) -> str | None:
    return str(path[0]) if owned and path else None
