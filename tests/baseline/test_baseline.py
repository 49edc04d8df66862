"""Baselines: accept today's problems, keep matching when lines move, drop fixed ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from disclosurelint import __version__
from disclosurelint.baseline import VERSION, fingerprint, read
from tests.conftest import URL, Project, declaration, found


def two_problems() -> str:
    """A declaration with DL204 (line 13) and DL201 (a placeholder purpose, line 9)."""
    return declaration(purpose="TBD")


@pytest.fixture
def adopted(project: Project) -> Project:
    project.write("declarations/a.yaml", two_problems())
    project.write("declarations/b.yaml", declaration("b"))
    code, out, _ = project.cli("baseline", "baseline.json")
    assert code == 0
    assert out == "Wrote 3 problems from 2 files to baseline.json.\n"
    return project


def test_the_file_is_sorted_stable_and_versioned(adopted: Project) -> None:
    first = (adopted.root / "baseline.json").read_text()
    document = json.loads(first)
    assert document["version"] == 2
    assert document["tool"] == {"name": "disclosurelint", "version": __version__}
    keys = [(e["path"], e["code"], e["json_path"]) for e in document["problems"]]
    assert keys == [
        ("declarations/a.yaml", "DL201", "$.purpose"),
        ("declarations/a.yaml", "DL204", "$.privacy_policy.reference"),
        ("declarations/b.yaml", "DL204", "$.privacy_policy.reference"),
    ]
    assert all("line" not in e for e in document["problems"])
    adopted.cli("baseline", "baseline.json")
    assert (adopted.root / "baseline.json").read_text() == first


def test_check_hides_what_the_baseline_records(adopted: Project) -> None:
    code, out, _ = adopted.cli("check", "--baseline", "baseline.json", "--no-source")
    assert code == 0
    assert out == "All clear: 2 files checked, no problems (3 hidden by the baseline).\n"
    code, out, _ = adopted.cli("check", "--baseline", "baseline.json", "-f", "json")
    assert json.loads(out)["summary"]["hidden"] == 3


def test_inserted_lines_keep_matching(adopted: Project) -> None:
    text = "# A comment added later\n# and another\n" + two_problems().replace(
        "data:\n", "retention: Two years.\ndata:\n"
    )
    adopted.write("declarations/a.yaml", text)
    result = adopted.check(baseline="baseline.json")
    assert found(result) == [] and result.hidden == 3 and result.notes == ()


def test_a_fixed_problem_drops_out_and_its_entry_is_stale(adopted: Project) -> None:
    adopted.write("declarations/a.yaml", declaration(purpose="TBD", policy=URL))
    result = adopted.check(baseline="baseline.json")
    assert found(result) == [] and result.hidden == 2
    assert len(result.notes) == 1
    assert result.notes[0].startswith("1 baseline entry in baseline.json no longer matches")
    code, out, _ = adopted.cli("check", "--baseline", "baseline.json", "--no-source")
    assert code == 0 and "note: 1 baseline entry" in out
    adopted.cli("baseline", "baseline.json")
    assert len(read(Path("baseline.json"))) == 2


def test_a_changed_value_is_a_new_problem(adopted: Project) -> None:
    adopted.write("declarations/b.yaml", declaration("b", policy="reference: Ask the vendor."))
    result = adopted.check(baseline="baseline.json")
    assert found(result) == [("declarations/b.yaml", 13, "DL204")]
    assert result.hidden == 2
    assert "1 baseline entry" in result.notes[0]


def test_new_problems_are_shown(adopted: Project) -> None:
    adopted.write("declarations/c.yaml", declaration("c"))
    code, _, _ = adopted.cli("check", "--baseline", "baseline.json")
    assert code == 1
    assert found(adopted.check(baseline="baseline.json")) == [("declarations/c.yaml", 13, "DL204")]


def test_entries_for_files_not_checked_are_not_stale(adopted: Project) -> None:
    result = adopted.check("declarations/b.yaml", baseline="baseline.json")
    assert result.hidden == 1 and result.notes == ()


def test_paths_are_relative_to_the_baseline_file(
    adopted: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(adopted.root / "declarations")
    code, out, _ = adopted.cli("check", ".", "--baseline", "../baseline.json", "--no-source")
    assert code == 0, out


def test_waived_problems_are_not_recorded(project: Project) -> None:
    comment = '  # disclosurelint: allow DL204 reason="No link published"\n'
    lines = declaration().splitlines(keepends=True)
    project.write("declarations/a.yaml", "".join([*lines[:12], comment, *lines[12:]]))
    code, out, _ = project.cli("baseline", "baseline.json")
    assert code == 0 and "1 waived problems are not recorded" in out
    assert read(Path("baseline.json")) == (VERSION, ())


@pytest.mark.parametrize(
    ("text", "message"),
    [(None, "no such baseline file"), ("{", "not a baseline file"), ('{"version": 9}', "version")],
)
def test_an_unusable_baseline_is_a_usage_error(
    project: Project, text: str | None, message: str
) -> None:
    project.write("declarations/a.yaml", declaration())
    if text is not None:
        project.write("baseline.json", text)
    code, _, err = project.cli("check", "--baseline", "baseline.json")
    assert code == 2 and message in err


def test_fingerprints() -> None:
    data = {"privacy_policy": {"reference": "x"}, "data": [{"item": "name"}]}
    same = {"data": [{"item": "name"}], "privacy_policy": {"reference": "x"}}
    assert fingerprint(data, ("privacy_policy",), "m") == fingerprint(
        same, ("privacy_policy",), "n"
    )
    assert fingerprint(data, ("data", 0), "m") != fingerprint(data, ("data", 1), "m")
    # no value at the path (a missing key): the same whatever the message says
    assert fingerprint(data, ("purpose",), "purpose is missing") == fingerprint(
        same, ("purpose",), "add `purpose:`"
    )
    # about the whole file: the message decides, with its numbers masked
    assert fingerprint(data, (), "first defined at line 3") == fingerprint(
        None, (), "first defined at line 9"
    )
    assert fingerprint(data, (), "syntax error") != fingerprint(data, (), "bad encoding")
