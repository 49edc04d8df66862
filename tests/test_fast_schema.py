"""The generated fast validator agrees with jsonschema on every document, and is current."""

from __future__ import annotations

import copy
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, FormatChecker

from disclosurelint.schema import FORMAT_CHECKS, fast_valid, load_schema
from tests.common import BASE

ROOT = Path(__file__).resolve().parent.parent
VALUES: list[Any] = [
    None,
    "",
    " ",
    "x",
    0,
    1,
    2,
    -1,
    1.5,
    True,
    False,
    [],
    {},
    ["x"],
    [None],
    {"a": 1},
    "https://partner.cn/p",
    "http://x",
    "2026-13-01",
    "2026-11-01",
    "CN",
    "cn",
    "third_party",
    "other",
    "backend_api",
    ["backend_api"],
    ["backend_api", "backend_api"],
    ["nope"],
    "Cam Card",
    "a" * 70,
]


def full_valid(data: Any) -> bool:
    checker = FormatChecker(formats=())
    for name, check in FORMAT_CHECKS.items():
        checker.checks(name)(check)
    validator = Draft202012Validator(load_schema(), format_checker=checker)
    return not any(True for _ in validator.iter_errors(data))


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*prefix, key)
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield (*prefix, i)
            yield from _paths(value, (*prefix, i))


def _set(doc: Any, path: tuple[Any, ...], value: Any, delete: bool = False) -> Any:
    new = copy.deepcopy(doc)
    node = new
    for part in path[:-1]:
        node = node[part]
    if delete:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return new


def documents() -> Iterator[Any]:
    base = yaml.safe_load(BASE)
    base["recipient"]["country"] = "CN"
    base["review"] = {"owner": "Legal", "last_reviewed": "2026-11-01", "ticket": "LEG-1"}
    base["cross_border"] = {"destinations": ["SG"], "mechanism": "cac_standard_contract"}
    base["data"][0].update(
        {
            "category": "name",
            "consent": "separate",
            "optional": True,
            "justification": {"necessity": "n", "impact": "i"},
        }
    )
    yield base
    for path in list(_paths(base)):
        if isinstance(path[-1], str):
            yield _set(base, path, None, delete=True)
        for value in VALUES:
            yield _set(base, path, value)
    for key in ("selected_by", "name_source", "extra"):
        yield _set(base, ("recipient", key), "user")
    yield _set(base, ("wording",), {"data": "x", "bogus": "y"})
    for file in sorted(ROOT.glob("declarations/**/*.yaml")) + sorted(
        (ROOT / "tests" / "examples").glob("*/*.yaml")
    ):
        if not file.name.startswith("_"):
            try:
                yield yaml.load(file.read_text("utf-8"), Loader=yaml.BaseLoader)
                yield yaml.safe_load(file.read_text("utf-8"))
            except yaml.YAMLError:
                continue


def test_fast_validator_agrees_with_jsonschema() -> None:
    disagreements = []
    count = 0
    for doc in documents():
        count += 1
        if fast_valid(doc) != full_valid(doc):
            disagreements.append(doc)
    assert count > 1000
    assert disagreements == []


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

    validator = Draft202012Validator(config_schema())
    disagreements = [
        c
        for c in _configs()
        if fast_config_valid(c) != (not any(True for _ in validator.iter_errors(c)))
    ]
    assert disagreements == []
