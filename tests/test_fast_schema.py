"""The generated fast validator agrees with jsonschema on every document, and is current."""

from __future__ import annotations

import copy
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import FormatChecker

from disclosurelint import schema
from disclosurelint.schema import FORMAT_CHECKS, ecma_validator, load_schema
from tests.common import BASE

ROOT = Path(__file__).resolve().parent.parent
# Put at every place of the documents below: wrong types at every depth, neighbours of the
# constants and enums (True is not 1, 1 is 1.0), texts the patterns and formats must refuse.
VALUES: list[Any] = [
    None,
    "",
    " ",
    "x",
    "1",
    0,
    1,
    1.0,
    2,
    2.0,
    -1,
    1.5,
    True,
    False,
    [],
    {},
    ["x"],
    [None],
    [1, 1],
    [1, 1.0],
    [1, True],
    [0, False],
    [None, None],
    [[], []],
    [{}, {}],
    ["x", "x"],
    {"a": 1},
    {"en": "x"},
    "https://partner.cn/p",
    "http://x",
    "javascript:alert(1)",
    "privacy@partner.cn",
    "2026-13-01",
    "2026-02-30",
    "2026-11-01",
    "2026-11-01\n",
    "CN",
    "CN\n",
    "cn",
    "third_party",
    "Third_party",
    "third_party ",
    "other",
    "backend_api",
    "separate",
    "cac_standard_contract",
    ["backend_api"],
    ["backend_api", "backend_api"],
    ["nope"],
    ["cac_standard_contract", "standard_contractual_clauses"],
    ["cac_standard_contract", "cac_standard_contract"],
    ["SG", "US"],
    "Cam Card",
    "a" * 70,
]
# Values for the places that hold text: language maps, good and bad.
MAPS: list[Any] = [
    {"zh": "提供服务。", "en": "Provide the service."},
    {"zh-Hans-CN": "x", "EN-gb": "x", "yue": "x", "es-419": "x"},
    {"zh_CN": "x"},
    {"english": "x"},
    {"en\n": "x"},
    {"": "x"},
    {1: "x"},
    {True: "x"},
    {"en": ""},
    {"en": " "},
    {"en": 1},
    {"en": None},
    {"en": ["x"]},
    {"en": {"zh": "x"}},
    {"en": "x", "zh": ""},
]
# Keys added to every mapping: unknown ones, a language tag, keys that are not text.
EXTRA_KEYS: list[Any] = ["extra", "en", 1, True, None, "name", "selected_by", "kind"]


@cache
def _validator() -> Any:
    checker = FormatChecker(formats=())
    for name, check in FORMAT_CHECKS.items():
        checker.checks(name)(check)
    return ecma_validator()(load_schema(), format_checker=checker)


def full_valid(data: Any) -> bool:
    """What jsonschema says, with the pattern and formats the linter gives it."""
    return not any(True for _ in _validator().iter_errors(data))


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*prefix, key)
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield (*prefix, i)
            yield from _paths(value, (*prefix, i))


def _mappings(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(node, dict):
        yield prefix
    for path in _paths(node, prefix):
        value = _get(node, path[len(prefix) :])
        if isinstance(value, dict):
            yield path


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        doc = doc[part]
    return doc


def _set(doc: Any, path: tuple[Any, ...], value: Any, delete: bool = False) -> Any:
    new = copy.deepcopy(doc)
    node = _get(new, path[:-1])
    if delete:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return new


def _full() -> dict[str, Any]:
    """A declaration with every optional part, some of its text as language maps."""
    base: dict[str, Any] = yaml.safe_load(BASE)
    base["recipient"]["country"] = "CN"
    base["purpose"] = {"zh": "提供云名片服务。", "en": "Provide the cloud business card service."}
    base["review"] = {"owner": "Legal", "last_reviewed": "2026-11-01", "ticket": "LEG-1"}
    base["cross_border"] = {
        "destinations": ["SG"],
        "mechanism": "cac_standard_contract",
        "note": {"en": "Stored in Singapore."},
        "justification": "The hotel abroad needs the guest's name.",
        "rights_exercise": "Write to privacy@example.com.",
    }
    base["data"][0].update(
        {
            "category": "name",
            "consent": "separate",
            "optional": True,
            "justification": {"necessity": "n", "impact": {"en": "i"}},
        }
    )
    base["sdks"] = ["umeng-analytics", "com.umeng.umsdk:common"]
    base["legal_basis"] = {
        "pipl": "consent",
        "gdpr": "contract",
        "gdpr_special_category": "explicit_consent",
        "gdpr_criminal_data": "authorised_by_law",
    }
    base["wording"] = {"sharing_modes": "background API transmission", "data": {"en": "d"}}
    base["entrustment_agreement"] = {"reference": "DPA-1", "date": "2026-03-01"}
    base["impact_assessment"] = {"reference": "PIPIA-1", "date": "2026-02-15"}
    base["security_measures"] = "TLS in transit."
    base["retention"] = "30 days."
    base["data_note"] = "Such as the name."
    base["sharing_mode_note"] = {"en": "By e-mail."}
    return base


def _chosen_at_run_time(base: dict[str, Any]) -> dict[str, Any]:
    """``base`` whose recipient is chosen at run time (the other branch of its oneOf), with
    several transfer mechanisms (the other branch of their anyOf)."""
    doc = copy.deepcopy(base)
    doc["recipient"] = {
        "selected_by": "administrator_or_user",
        "name_source": {"en": "the third-party web page"},
        "relationship": "third_party",
    }
    doc["cross_border"]["mechanism"] = ["cac_standard_contract", "standard_contractual_clauses"]
    doc["privacy_policy"] = {"reference": "See the app details page."}
    return doc


def _recipients() -> Iterator[dict[str, Any]]:
    """Recipients for each way the oneOf (and the nots in it) can go."""
    named = {"name": "Partner Co., Ltd.", "relationship": "third_party"}
    chosen = {"selected_by": "user", "relationship": "third_party"}
    yield named
    yield chosen
    yield {"relationship": "third_party"}  # neither form
    yield {**named, "selected_by": "user"}  # both forms
    yield {**named, "name_source": "the web page"}
    yield {**chosen, "name_source": "the web page"}
    yield {**chosen, "name": {"en": "Partner"}}
    yield {**chosen, "selected_by": "nobody"}
    yield {**named, "name": ""}
    yield {**named, "name": None}


def _mutations(base: dict[str, Any]) -> Iterator[Any]:
    yield base
    for path in list(_paths(base)):
        if isinstance(path[-1], str):
            yield _set(base, path, None, delete=True)
        for value in VALUES:
            yield _set(base, path, value)
        if isinstance(_get(base, path), (str, dict)):
            for value in MAPS:
                yield _set(base, path, value)
    for path in list(_mappings(base)):
        for key in EXTRA_KEYS:
            doc = copy.deepcopy(base)
            _get(doc, path)[key] = "x"
            yield doc


def documents() -> Iterator[Any]:
    base = _full()
    yield from _mutations(base)
    yield from _mutations(_chosen_at_run_time(base))
    for recipient in _recipients():
        yield _set(base, ("recipient",), recipient)
    for file in sorted(ROOT.glob("declarations/**/*.yaml")) + sorted(
        (ROOT / "tests" / "examples").glob("*/*.yaml")
    ):
        if not file.name.startswith("_"):
            try:
                yield yaml.load(file.read_text("utf-8"), Loader=yaml.BaseLoader)
                yield yaml.safe_load(file.read_text("utf-8"))
            except yaml.YAMLError:
                continue


def _checks() -> dict[str, Any]:
    """The generated check as a module, and the copy mypyc compiled at install where there is
    one (the one :func:`fast_valid` uses then); with ``DISCLOSURELINT_REQUIRE_COMPILED=1`` a
    missing compiled copy fails the run."""
    from disclosurelint import _fastschema
    from disclosurelint.compiled import compiled

    built = compiled("_fastschema")
    if os.environ.get("DISCLOSURELINT_REQUIRE_COMPILED") == "1":
        assert built is not None, "the compiled schema check was not built: see setup.py's warning"
    return {"pure": _fastschema.validate} | ({"compiled": built.validate} if built else {})


def test_the_check_in_use_is_the_compiled_one_where_it_was_built() -> None:
    assert schema._fast_validator() is CHECKS.get("compiled", CHECKS["pure"])


CHECKS = _checks()


def _guarded(validate: Any) -> Any:
    """``validate`` as :func:`fast_valid` calls it: an exception means not sure."""

    def check(doc: Any) -> bool:
        try:
            return bool(validate(doc))
        except Exception:
            return False

    return check


@pytest.mark.parametrize("check", sorted(CHECKS))
def test_fast_validator_agrees_with_jsonschema(check: str) -> None:
    """Never valid where jsonschema finds an error; and, on these documents, never unsure."""
    wrongly_valid, wrongly_invalid = [], []
    count = valid = 0
    validate = _guarded(CHECKS[check])
    for doc in documents():
        count += 1
        fast, full = validate(doc), full_valid(doc)
        valid += full
        if fast and not full:
            wrongly_valid.append(doc)
        elif full and not fast:
            wrongly_invalid.append(doc)
    assert count > 1000
    assert 100 < valid < count - 1000  # both answers are well represented
    assert wrongly_valid == []
    assert wrongly_invalid == []


def test_the_check_answers_a_bool_and_reads_no_jsonschema() -> None:
    code = "import sys; from disclosurelint.schema import fast_valid; "
    code += "print(fast_valid({}), fast_valid([]), 'jsonschema' in sys.modules)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.split() == ["False", "False", "False"]


# Keywords and values the declaration schema does not use (yet), which the generator supports.
SYNTHETIC: dict[str, Any] = {
    "type": "object",
    "required": ["count"],
    "properties": {
        "count": {"type": "integer"},
        "ratio": {"type": ["number", "null"]},
        "level": {"enum": [1, 2.5, True, None, "high"]},
        "flag": {"const": False},
        "tags": {"type": "array", "uniqueItems": True},
        "none": {"type": "array", "items": False},
        "both": {"allOf": [{"minLength": 2}, {"pattern": "^a"}]},
        "either": {"not": {"type": "string"}, "minProperties": 2},
        "mixed": {"type": ["string", "array", "object"], "minLength": 2, "minItems": 2},
        "long": {"type": "string", "anyOf": [{"type": ["object", "array"]}, {"minLength": 3}]},
        "whole": {"allOf": [{"type": "integer"}, {"type": ["number", "null"]}]},
    },
    "additionalProperties": {"type": "boolean"},
}


def _generated(schema: dict[str, Any]) -> Any:
    from tools.generate_fast_validator import Generator

    namespace: dict[str, Any] = {}
    code = Generator(FORMAT_CHECKS, "disclosurelint.schemaformats").module(schema, "")
    exec(compile(code, "<generated>", "exec"), namespace)
    return namespace["validate"]


def test_the_generator_keeps_the_contract_beyond_the_declaration_schema() -> None:
    validate = _generated(SYNTHETIC)
    validator = ecma_validator()(SYNTHETIC)
    base = {"count": 1}
    docs = [_set(base, (key,), value) for key in SYNTHETIC["properties"] for value in VALUES]
    docs += [_set(base, ("count",), None, delete=True), _set(base, ("other",), True)]
    answers = [(validate(doc), not any(True for _ in validator.iter_errors(doc))) for doc in docs]
    assert [doc for doc, (fast, full) in zip(docs, answers, strict=True) if fast and not full] == []
    unsure = [doc for doc, (fast, full) in zip(docs, answers, strict=True) if full and not fast]
    # only a list of other items than strings is not sure to be unique
    assert all(any(type(tag) is not str for tag in doc.get("tags", [""])) for doc in unsure)
    assert len(unsure) < 10 < sum(fast for fast, _ in answers)


@pytest.mark.parametrize(
    ("schema", "words"),
    [
        ({"type": "integer", "maximum": 10}, "does not support 'maximum'"),
        ({"properties": {"a": {"$ref": "other.json"}}}, "does not support '$ref'"),
        ({"type": "string", "format": "email"}, "format 'email' has no check"),
        ({"enum": [[1, 2]]}, "only strings, finite numbers, booleans and null"),
        ({"type": "decimal"}, "unknown type 'decimal'"),
    ],
)
def test_a_schema_the_generator_cannot_check_stops_it(schema: dict[str, Any], words: str) -> None:
    from tools.generate_fast_validator import Generator, UnsupportedSchema

    with pytest.raises(UnsupportedSchema, match=re.escape(words)):
        Generator(FORMAT_CHECKS, "disclosurelint.schemaformats").module(schema, "")


def test_generated_module_is_current() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "generate_fast_validator.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr


def _configs() -> Iterator[Any]:
    base: dict[str, Any] = {
        "paths": ["declarations"],
        "exclude": ["**/draft-*"],
        "select": ["DL2", "purpose"],
        "ignore": ["DL205"],
        "extend-select": ["DL3"],
        "severity": {"DL305": "info"},
        "rules": {"DL204": {}},
        "regimes": ["pipl", "gdpr"],
        "home-country": "CN",
        "fail-on": "error",
        "max-file-size": 2048,
        "per-path": [
            {
                "files": ["declarations/legacy/**"],
                "ignore": ["DL3"],
                "severity": {"policy-url": "warning"},
            }
        ],
        "waivers": {"require-approver": True, "max-days": 365},
        "taxonomy": {"categories": {}},
    }
    yield base
    for path in list(_paths(base)):
        if isinstance(path[-1], str):
            yield _set(base, path, None, delete=True)
        for value in VALUES:
            yield _set(base, path, value)
    for key in ("bogus", "DL999", "purpse"):
        yield _set(base, ("severity", key), "info")
        yield _set(base, ("rules", key), {})


def test_fast_configuration_check_agrees_with_jsonschema() -> None:
    from disclosurelint.config_file import config_schema
    from disclosurelint.config_file import fast_valid as fast_config_valid

    validator = ecma_validator()(config_schema())
    disagreements = [
        c
        for c in _configs()
        if fast_config_valid(c) != (not any(True for _ in validator.iter_errors(c)))
    ]
    assert disagreements == []
