"""The errors the interpreter finds are jsonschema's: the same records, in the same order, and
so the same findings; jsonschema decides whatever the interpreter does not read."""

from __future__ import annotations

import copy
import subprocess
import sys
from dataclasses import replace
from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclosurelint import schemaerrors
from disclosurelint.rules.base import SchemaError
from disclosurelint.schema import SchemaValidator, _record, fast_valid, load_schema
from disclosurelint.schemaerrors import Interpreter, Unsupported, equal, unique
from tests.robust import fuzzing
from tests.test_fast_schema import (
    EXTRA_KEYS,
    MAPS,
    ROOT,
    VALUES,
    _chosen_at_run_time,
    _full,
    _paths,
    _validator,
    documents,
)

OWNED = ("purpose", "scenario", "sharing_modes", "privacy_policy")
SOME = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def _interpreter() -> Interpreter:
    return Interpreter(load_schema())


@cache
def _same_wording() -> bool:
    """Whether the installed jsonschema words an empty value as the interpreter does (4.21 and
    later); with an older one the texts are not compared (no finding shows them)."""
    from jsonschema import Draft202012Validator

    error = next(Draft202012Validator({"minLength": 1}).iter_errors(""))
    return bool(error.message == "'' should be non-empty")


def _wordless(error: SchemaError) -> SchemaError:
    return replace(error, text="", context=tuple(map(_wordless, error.context)))


def _compared(errors: list[SchemaError]) -> list[SchemaError]:
    return errors if _same_wording() else [_wordless(e) for e in errors]


def jsonschemas(document: Any) -> list[SchemaError]:
    """jsonschema's errors of ``document`` (with the linter's pattern and formats) as records."""
    return [_record(e, tuple(e.absolute_path)) for e in _validator().iter_errors(document)]


def _findings(validator: SchemaValidator, data: Any) -> list[Any]:
    deferred: list[Any] = []
    return [*validator.findings(data, deferred), *deferred]


def _assert_same(document: Any) -> list[SchemaError]:
    """The interpreter's records of ``document``, with and without the keys known valid
    skipped, are jsonschema's; and so are the findings made of them."""
    expected = _compared(jsonschemas(document))
    assert _compared(_interpreter().errors(document)) == expected, document
    validator = SchemaValidator(owned=OWNED)
    assert _compared(validator.errors(document)) == expected, document
    whole = SchemaValidator(load_schema(), owned=OWNED)  # a schema given: jsonschema's
    assert _findings(validator, document) == _findings(whole, document), document
    return expected


def test_every_mutated_document_gets_jsonschemas_errors() -> None:
    interpreter = _interpreter()
    validator = SchemaValidator()
    invalid = 0
    for n, document in enumerate(documents()):
        expected = _compared(jsonschemas(document))
        invalid += bool(expected)
        assert _compared(interpreter.errors(document)) == expected, document
        if n % 3 == 0:  # the keys known valid skipped
            assert _compared(validator.errors(document)) == expected, document
    assert invalid > 7000


def test_the_findings_are_those_jsonschemas_errors_give() -> None:
    compared = 0
    for n, document in enumerate(documents()):
        if n % 7 or fast_valid(document):
            continue
        compared += 1
        _assert_same(document)
    assert compared > 1000


@st.composite
def _mutated(draw: st.DrawFn) -> Any:
    """A full declaration (of either recipient form) with one to four places changed: a wrong
    value, a language map, a key removed or one added."""
    base = _full()
    document = draw(st.sampled_from([base, _chosen_at_run_time(base)]))
    document = copy.deepcopy(document)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        path = draw(st.sampled_from([(), *_paths(document)]))
        parent = document
        for part in path[:-1]:
            parent = parent[part]
        node = parent[path[-1]] if path else document
        action = draw(st.sampled_from(["value", "value", "map", "remove", "add"]))
        if action == "add" and isinstance(node, dict):
            node[draw(st.sampled_from(EXTRA_KEYS))] = draw(st.sampled_from(VALUES))
        elif action == "remove" and path and isinstance(parent, dict):
            del parent[path[-1]]
        elif path:
            parent[path[-1]] = copy.deepcopy(
                draw(st.sampled_from(MAPS if action == "map" else VALUES))
            )
    return document


@SOME
@given(_mutated())
def test_declarations_wrong_in_several_places_get_jsonschemas_errors(document: Any) -> None:
    _assert_same(document)


@SOME
@given(fuzzing.documents())
def test_declarations_with_random_values_get_jsonschemas_errors(document: Any) -> None:
    _assert_same(document)


def test_the_forms_errors_are_numbered_and_relative() -> None:
    document = _full()
    document["recipient"] = {"relationship": "third_party", "name_source": ""}
    document["cross_border"]["mechanism"] = ["treaty", "nope", "treaty"]
    errors = _assert_same(document)
    forms = {e.keyword: e for e in errors if e.context}
    assert [(e.form, e.keyword, e.path) for e in forms["oneOf"].context] == [
        (0, "required", ()),
        (1, "required", ()),
    ]
    mechanism = forms["anyOf"]
    assert mechanism.path == ("cross_border", "mechanism")
    assert [(e.form, e.keyword, e.path) for e in mechanism.context] == [
        (0, "enum", ()),
        (1, "uniqueItems", ()),
        (1, "enum", (1,)),
    ]


def test_a_key_of_a_language_map_is_checked_under_property_names() -> None:
    document = {**_full(), "purpose": {"english": "x", "en": ""}}
    errors = _assert_same(document)
    assert [(e.keyword, e.path, e.schema_path) for e in errors] == [
        ("pattern", ("purpose",), ("properties", "purpose", "propertyNames", "pattern")),
        (
            "minLength",
            ("purpose", "en"),
            ("properties", "purpose", "additionalProperties", "minLength"),
        ),
    ]


def test_equality_is_json_equality() -> None:
    assert not equal(True, 1) and not equal(0, False) and equal(1, 1.0)
    assert equal([1, {"a": [True]}], [1.0, {"a": [True]}]) and not equal([1], [True])
    assert not equal({"a": 1}, {"b": 1}) and not equal("1", 1)
    assert unique([1, True, 0, False]) and not unique([[1], [1.0]])
    assert not unique([{"a": 1}, {"a": 1}]) and unique([{"a": 1}, {"a": True}])
    assert not unique(["b", "a", "b"]) and not unique([True, 2, True])


@pytest.mark.parametrize(
    ("schema", "words"),
    [
        ({"type": "string", "maxLength": 3}, "keyword 'maxLength'"),
        ({"allOf": [{"type": "string"}]}, "keyword 'allOf'"),
        ({"properties": {"a": {"$ref": "other.json#/x"}}}, "$ref 'other.json#/x'"),
        ({"properties": {"a": {"$ref": "#/$defs/missing"}}}, "names no definition"),
        ({"items": False}, "not a mapping or true"),
        ({"type": "decimal"}, "type 'decimal'"),
        ({"properties": {"a": {"$id": "https://example.com/a"}}}, "$id below the root"),
        ({"minLength": "1"}, "a count of '1'"),
    ],
)
def test_a_schema_the_interpreter_does_not_read_is_refused(
    schema: dict[str, Any], words: str
) -> None:
    with pytest.raises(Unsupported, match=words.replace("$", r"\$")):
        Interpreter(schema)


def test_a_schema_given_is_left_to_jsonschema() -> None:
    assert SchemaValidator(load_schema())._interpreter is None
    assert SchemaValidator()._interpreter is not None


def test_a_document_the_interpreter_fails_on_is_left_to_jsonschema(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fails(value: object) -> bool:
        raise ValueError(value)

    document = {**_full(), "id": "Not An Id", "review": {"last_reviewed": "someday"}}
    monkeypatch.setattr(schemaerrors, "FORMAT_CHECKS", {"date": fails})
    with pytest.raises(ValueError):
        _interpreter().errors(document)
    assert SchemaValidator().errors(document) == jsonschemas(document)


def _loaded_after_check(path: str) -> list[str]:
    probe = (
        "import sys\n"
        "from disclosurelint.cli import main\n"
        "try:\n"
        f"    main(['check', '--isolated', '--no-cache', '-q', {path!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in ('jsonschema', 'referencing') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert "DL10" in done.stdout  # the file has schema errors, and they were reported
    return [line for line in done.stdout.splitlines() if line.startswith("[")]


def test_checking_a_declaration_with_schema_errors_imports_no_jsonschema() -> None:
    assert _loaded_after_check("tests/examples/invalid/wrong-types.yaml") == ["[]"]


@pytest.mark.parametrize("document", [None, [], "x", 1, 1.0, True, {}])
def test_a_document_that_is_no_declaration_gets_jsonschemas_errors(document: Any) -> None:
    assert _assert_same(document)
