"""The command line, called as ``main([...])``: exit codes, formats, selection, colour."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from disclosurelint import cli
from disclosurelint.cli import main
from tests.common import BASE, merged


def run(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(args, out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    folder = tmp_path / "declarations" / "app"
    folder.mkdir(parents=True)
    (folder / "good.yaml").write_text(BASE.replace("id: camcard", "id: good"))
    (folder / "gap.yaml").write_text(merged("purpose: TBD"))
    return tmp_path


def test_default_path_is_declarations_and_text_is_ruff_like(tree: Path) -> None:
    code, out, _ = run(["check", "--color", "never"])
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == (
        "declarations/app/gap.yaml:15:10: DL201 purpose: the entry does not say "
        "why the recipient receives the data (purpose is a placeholder ('TBD'))"
    )
    assert lines[1:4] == ["   |", "15 | purpose: TBD", "   |          ^^^"]
    assert lines[4].startswith("   = help: Add `purpose:`")
    assert lines[-1] == "Checked 2 files: 1 error, 0 warnings, 0 info; fails at --fail-on warning."


def test_clean_run_exits_zero(tree: Path) -> None:
    code, out, _ = run(["check", "declarations/app/good.yaml"])
    assert code == 0 and "All clear: 1 file checked" in out


def test_missing_path_is_a_one_line_usage_error(tree: Path) -> None:
    code, out, err = run(["check", "nowhere"])
    assert code == 2 and out == ""
    assert err == "disclosurelint: error: nowhere: no such file or folder\n"


@pytest.mark.parametrize(
    "args",
    [
        ["check", "--format", "yaml"],
        ["check", "--fail-on", "fatal"],
        ["explain", "DL999"],
        ["check", "--select", "DL9"],
        ["check", "--regime", "hipaa"],
        ["frobnicate"],
        ["check", "--jobs", "0"],
        ["check", "-f", "text", "-f", "json"],
    ],
)
def test_usage_errors_exit_two_without_traceback(tree: Path, args: list[str]) -> None:
    code, _, err = run(args)
    assert code == 2
    assert err.startswith("disclosurelint: error: ") and "Traceback" not in err


def test_no_arguments_prints_help_and_exits_two() -> None:
    code, out, _ = run([])
    assert code == 2 and "usage: disclosurelint" in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("disclosurelint 0.")


def test_json_output_is_the_documented_structure(tree: Path) -> None:
    code, out, _ = run(["check", "--format", "json"])
    document = json.loads(out)
    assert code == 1 and document["version"] == 1 and document["files_checked"] == 2
    assert document["summary"] == {"error": 1, "warning": 0, "info": 0, "waived": 0, "hidden": 0}
    [problem] = document["problems"]
    assert problem == {
        "path": "declarations/app/gap.yaml",
        "line": 15,
        "column": 10,
        "end_line": 15,
        "end_column": 13,
        "code": "DL201",
        "name": "purpose",
        "severity": "error",
        "message": problem["message"],
        "json_path": "$.purpose",
        "fix": problem["fix"],
        "waiver": None,
    }


def test_format_to_file_beside_the_terminal_text(tree: Path) -> None:
    code, out, _ = run(["check", "-f", "text", "-f", "json:problems.json"])
    assert code == 1 and "DL201 purpose" in out
    assert json.loads((tree / "problems.json").read_text())["problems"][0]["code"] == "DL201"


def test_output_option_writes_a_file(tree: Path) -> None:
    code, out, _ = run(["check", "--output", "report.txt"])
    assert code == 1 and out == ""
    written = (tree / "report.txt").read_text()
    assert "DL201" in written and "\x1b[" not in written


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        (["--select", "DL2"], 1),
        (["--select", "scenario"], 0),
        (["--ignore", "purpose"], 0),
        (["--ignore", "DL201", "--extend-select", "DL201"], 0),
        (["--exit-zero"], 0),
        (["--select", "DL1,DL202"], 0),
        (["--ignore", "DL2"], 0),
    ],
)
def test_selection_by_code_name_and_prefix(tree: Path, flags: list[str], expected: int) -> None:
    assert run(["check", *flags])[0] == expected


def test_info_never_fails_unless_asked(tree: Path) -> None:
    (tree / "declarations" / "app" / "gap.yaml").unlink()
    (tree / "declarations" / "app" / "runtime.yaml").write_text(
        merged(
            "recipient:\n  selected_by: user\n  name_source: the mini program page\n"
            "  relationship: third_party"
        ).replace("id: camcard", "id: runtime")
    )
    code, out, _ = run(["check"])
    assert code == 0 and "DL205 recipient-chosen-at-runtime" in out and "[info]" in out
    assert run(["check", "--fail-on", "info"])[0] == 1


@pytest.mark.parametrize(
    ("env", "flag", "colored"),
    [
        ({}, "auto", False),
        ({"FORCE_COLOR": "1"}, "auto", True),
        ({"NO_COLOR": "1", "FORCE_COLOR": "1"}, "auto", False),
        ({"NO_COLOR": "1"}, "always", True),
        ({}, "never", False),
    ],
)
def test_colour_honours_no_color_and_force_color(
    tree: Path, monkeypatch: pytest.MonkeyPatch, env: dict[str, str], flag: str, colored: bool
) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    _, out, _ = run(["check", "--color", flag])
    assert ("\x1b[" in out) is colored


def test_statistics_counts_per_rule(tree: Path) -> None:
    _, out, _ = run(["check", "--statistics", "--no-source"])
    assert "    1  DL201  purpose" in out


def test_rules_lists_every_rule(tree: Path) -> None:
    code, out, _ = run(["rules"])
    assert code == 0
    assert any(line.startswith("DL204  policy-url") for line in out.splitlines())
    code, out, _ = run(["rules", "--format", "json"])
    listed = {r["code"]: (r["name"], r["severity"]) for r in json.loads(out)}
    assert listed["DL201"] == ("purpose", "error") and listed["DL205"][1] == "info"


@pytest.mark.parametrize("key", ["DL204", "dl204", "policy-url"])
def test_explain_by_code_or_name(key: str) -> None:
    code, out, _ = run(["explain", key])
    assert code == 0
    assert out.startswith("DL204 policy-url (error)")
    assert "## Why" in out and "MIIT notice 2023 No. 26" in out and "## How to fix" in out


def test_an_empty_run_says_it_found_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.txt").write_text("not a declaration")
    code, out, _ = run(["check"])
    assert code == 0 and "0 files checked" in out
    assert (
        capsys.readouterr().err == "disclosurelint: warning: no declaration files found under .\n"
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "--help"],
        ["check", "--no-such-option"],
        ["check", "--format"],
        ["report", "--help"],
        ["--version"],
        ["--help"],
        ["chekc"],
    ],
)
def test_the_parser_of_one_command_parses_as_the_whole_command_line(
    argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # a run builds only the parser of the command it names: what it prints must not change
    def run() -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out):
            code = cli.main(argv, out=out, err=err)
        return code, out.getvalue(), err.getvalue()

    alone = run()
    monkeypatch.setattr(cli, "_named_command", lambda _args: None)
    assert alone == run()
