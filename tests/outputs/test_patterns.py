"""A value the schema's pattern refuses is refused whatever validator reads it: in JSON Schema
``$`` is the end of the text, so a final line break ("CN\\n") is not a country code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.common import BASE, merged
from tests.outputs.common import project, run

FIELDS = {
    "id": ("id: camcard", "id: {value}", "camcard"),
    "recipient.country": (
        "  relationship: third_party",
        "  relationship: third_party\n  country: {value}",
        "CN",
    ),
    "data.category": ("  - item: name", "  - item: name\n    category: {value}", "name"),
}


@pytest.mark.parametrize("field", sorted(FIELDS))
@pytest.mark.parametrize("tail", ["\n", "\r\n"])
def test_a_final_line_break_does_not_pass_a_pattern(field: str, tail: str, tmp_path: Path) -> None:
    anchor, replacement, valid = FIELDS[field]
    good = BASE.replace(anchor, replacement.format(value=json.dumps(valid)))
    bad = BASE.replace(anchor, replacement.format(value=json.dumps(valid + tail)))
    root = project(tmp_path, {"good.yaml": good, "bad.yaml": bad})
    document = json.loads(run(["check", "-f", "json", "--select", "DL1"], root).out)
    paths = {p["path"].rsplit("/", 1)[-1] for p in document["problems"]}
    assert paths == {"bad.yaml"}


@pytest.mark.parametrize(
    "fragment",
    [
        'cross_border:\n  destinations: ["US\\n"]\n  mechanism: standard_contract\n',
        'review:\n  owner: Legal\n  last_reviewed: "2026-11-01\\n"\n',
    ],
)
def test_nested_patterns_too(fragment: str, tmp_path: Path) -> None:
    root = project(tmp_path, {"bad.yaml": merged(fragment)})
    document = json.loads(run(["check", "-f", "json", "--select", "DL1"], root).out)
    assert document["problems"], "a pattern passed a value with a final line break"


@pytest.mark.parametrize("value", ['"CN\\n"', '"CN\\r\\n"', '"cn"', '"CHN"'])
def test_home_country_is_a_two_letter_code_and_nothing_more(value: str, tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / ".disclosurelint.yaml").write_text(f"home-country: {value}\n", encoding="utf-8")
    result = run(["check"], root)
    assert result.code == 2
    assert result.err.startswith("disclosurelint: error: .disclosurelint.yaml:1:15: ")
    assert "home-country" in result.err and len(result.err.splitlines()) == 1


def test_a_pyproject_that_is_not_utf8_is_an_error_not_silence(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / "pyproject.toml").write_bytes(b"[tool.disclosurelint]\nfail-on = 'error'\n# \xff\n")
    result = run(["check"], root)
    assert result.code == 2
    assert result.err.startswith("disclosurelint: error: pyproject.toml: not UTF-8")


def test_a_pyproject_that_does_not_mention_the_tool_is_passed_over(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / "pyproject.toml").write_bytes(b"[tool.other]\nx = '\xff'\n")
    assert run(["check"], root).code == 1  # the failing declaration, checked with defaults


@pytest.mark.parametrize("depth", [3000])
def test_deeply_nested_configuration_and_baseline_are_errors(depth: int, tmp_path: Path) -> None:
    root = project(tmp_path)
    nested = "[" * depth + "]" * depth
    (root / "pyproject.toml").write_text(f"[tool.disclosurelint]\nregimes = {nested}\n")
    result = run(["check"], root)
    assert result.code == 2 and "nested too deeply" in result.err
    (root / "pyproject.toml").unlink()
    (root / "b.json").write_text('{"version": 2, "problems": ' + "[" * 100000 + "]" * 100000 + "}")
    result = run(["check", "--baseline", "b.json"], root)
    assert result.code == 2 and "nested too deeply" in result.err


@pytest.mark.parametrize("where", ["config", "command line"])
def test_a_path_the_system_refuses_is_one_line(where: str, tmp_path: Path) -> None:
    root = project(tmp_path)
    long = "a" * 100_000
    if where == "config":
        (root / ".disclosurelint.yaml").write_text(f"paths: [{long}]\n", encoding="utf-8")
    result = run(["check", *([long] if where == "command line" else [])], root)
    assert result.code == 2
    assert len(result.err.splitlines()) == 1 and len(result.err) < 400
    assert "internal error" not in result.err
