"""Options given wrongly are refused with one line and exit 2, with a hint where one helps."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from tests.outputs.common import FORMATS, project, run

VALUE_OPTIONS = [
    "--select",
    "--extend-select",
    "--ignore",
    "--regime",
    "--config",
    "--context",
    "--changed-since",
    "--baseline",
    "--output",
    "--format",
]


@pytest.mark.parametrize("option", VALUE_OPTIONS)
@pytest.mark.parametrize("value", ["", " "])
def test_an_empty_value_is_refused_not_ignored(option: str, value: str, tmp_path: Path) -> None:
    result = run(["check", f"{option}={value}"], project(tmp_path))
    assert result.code == 2
    assert result.err.startswith("disclosurelint: error: argument ")
    assert option in result.err.splitlines()[0]
    assert "empty value" in result.err


@pytest.mark.parametrize("pair", list(itertools.combinations(FORMATS, 2)))
def test_two_formats_cannot_share_one_output_file(pair: tuple[str, str], tmp_path: Path) -> None:
    root = project(tmp_path)
    result = run(["check", "-f", pair[0], "-f", pair[1], "-o", "both.txt"], root)
    assert result.code == 2
    assert f"{pair[0]} and {pair[1]}" in result.err
    assert not (root / "both.txt").exists()


def test_one_format_with_its_own_file_and_one_for_dash_o_is_fine(tmp_path: Path) -> None:
    root = project(tmp_path)
    result = run(["check", "-f", "json", "-f", "sarif:x.sarif", "-o", "x.json"], root)
    assert result.code == 1
    assert json.loads((root / "x.json").read_text())["version"] == 1
    assert json.loads((root / "x.sarif").read_text())["version"] == "2.1.0"


def test_regime_all_means_every_regime_in_check_as_in_taxonomy(tmp_path: Path) -> None:
    root = project(tmp_path)
    document = json.loads(run(["check", "-f", "json", "--regime", "all"], root).out)
    assert document["regimes"] == ["pipl", "gb35273", "gdpr", "cpra"]
    named = json.loads(run(["check", "-f", "json", "--regime", "pipl,gb35273,gdpr,cpra"], root).out)
    assert named["problems"] == document["problems"]


@pytest.mark.parametrize(
    ("args", "suggestion"),
    [
        (["check", "--select", "DL2O4"], "did you mean DL204 (policy-url)?"),
        (["check", "--ignore", "polcy-url"], "did you mean DL204 (policy-url)?"),
        (["check", "--extend-select", "DL3O1"], "did you mean DL301"),
        (["explain", "polcy-url"], "did you mean DL204 (policy-url)?"),
        (["explain", "recipent-contact"], "did you mean DL305 (recipient-contact)?"),
        (["baseline", "b.json", "--select", "purpse"], "did you mean DL201 (purpose)?"),
    ],
)
def test_a_rule_typo_on_the_command_line_gets_a_suggestion(
    args: list[str], suggestion: str, tmp_path: Path
) -> None:
    result = run(args, project(tmp_path))
    assert result.code == 2
    assert suggestion in result.err and len(result.err.splitlines()) == 1


def test_a_rule_typo_in_a_waiver_gets_a_suggestion(tmp_path: Path) -> None:
    from tests.outputs.common import FAILING

    text = FAILING.replace(
        "purpose: TBD", '# disclosurelint: allow DL2O1 reason="later"\npurpose: TBD'
    )
    root = project(tmp_path, {"a.yaml": text})
    result = run(["check", "-f", "concise"], root)
    malformed = [line for line in result.out.splitlines() if "DL501" in line]
    assert malformed and "did you mean DL201 (purpose)?" in malformed[0]
