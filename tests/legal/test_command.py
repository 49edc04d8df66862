"""``disclosurelint report`` from the command line: files, exit codes, determinism, settings."""

from __future__ import annotations

import datetime
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from disclosurelint.commands import COMMANDS
from disclosurelint.commands import report as command
from disclosurelint.report.ruleset import RULESET_VERSION
from tests.conftest import Project
from tests.legal.common import DATE, ROOT, entry

NO_URL = "reference: See the app details page."


@pytest.fixture
def folder(project: Project, monkeypatch: pytest.MonkeyPatch) -> Project:
    """Two declarations outside any git repository, one of them with a problem."""
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(project.root.parent))
    project.write("declarations/a.yaml", entry("alpha"))
    project.write("declarations/b.yaml", entry("beta", name="Beta Inc.", policy=NO_URL))
    return project


def content_hash(text: str) -> str:
    match = re.search(r"Content hash \(SHA-256\)</th><td><span class=\"hash\">(\w+)<", text)
    assert match, "no content hash"
    return match[1]


def test_registered_as_a_command() -> None:
    assert "report" in COMMANDS
    assert command.NAME == "report" and command.HELP


def test_importing_the_command_loads_no_jinja2() -> None:
    code = (
        "import sys, disclosurelint.commands.report; "
        "print(sorted(m for m in sys.modules if m.startswith(('jinja2', 'disclosurelint.report'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_writes_the_report_and_exits_0_although_there_are_problems(folder: Project) -> None:
    code, out, err = folder.cli("report", "-o", "report.html", "--date", DATE)
    assert (code, err) == (0, "")
    assert out == "Wrote report.html: 2 declarations, 1 open problem, 0 waived.\n"
    html = (folder.root / "report.html").read_text("utf-8")
    assert html.count('<section class="partner"') == 2
    assert '<tr class="problem open" data-code="DL204">' in html
    assert "Unknown: not a git repository" in html
    assert f'<span class="hash">{RULESET_VERSION}</span>' in html
    # a failing check fails the gate, not the report
    assert folder.cli("check", "declarations")[0] == 1


def test_markdown_to_standard_output(folder: Project) -> None:
    code, out, _ = folder.cli("report", "declarations", "--format", "markdown", "--date", DATE)
    assert code == 0
    assert out.startswith("# Personal data shared with third parties\n")
    assert "| DL204 policy-url | warning | Open |" in out
    assert "| **Date** | 2026-11-29 |" in out


def test_two_runs_with_a_date_give_the_same_bytes(folder: Project) -> None:
    for fmt in ("html", "markdown"):
        folder.cli("report", "-f", fmt, "-o", "one", "--date", DATE)
        folder.cli("report", "-f", fmt, "-o", "two", "--date", DATE, "--jobs", "2")
        one, two = (folder.root / "one").read_bytes(), (folder.root / "two").read_bytes()
        assert one == two, fmt


def test_the_date_defaults_to_today(folder: Project) -> None:
    out = folder.cli("report", "-f", "markdown")[1]
    assert f"| **Date** | {datetime.date.today().isoformat()} |" in out


def test_changing_a_declaration_changes_the_content_hash(folder: Project) -> None:
    first = folder.cli("report", "--date", DATE)[1]
    folder.write("declarations/a.yaml", entry("alpha", name="Alpha Co."))
    second = folder.cli("report", "--date", DATE)[1]
    assert content_hash(first) != content_hash(second)
    folder.write("declarations/a.yaml", entry("alpha"))
    assert content_hash(folder.cli("report", "--date", DATE)[1]) == content_hash(first)


def test_only_the_date_differs_between_days(folder: Project) -> None:
    one = folder.cli("report", "-f", "markdown", "--date", "2026-11-29")[1]
    two = folder.cli("report", "-f", "markdown", "--date", "2026-11-30")[1]
    assert one.replace("2026-11-29", "2026-11-30") == two


def test_the_date_is_the_day_waivers_are_judged_on(folder: Project) -> None:
    waiver = f'# disclosurelint: allow DL204 reason="No link" expires=2026-12-31\n  {NO_URL}'
    folder.write("declarations/b.yaml", entry("beta", policy=waiver))
    before = folder.cli("report", "-f", "markdown", "--date", "2026-12-31")[1]
    after = folder.cli("report", "-f", "markdown", "--date", "2027-01-01")[1]
    assert "| In force through 2026-12-31 |" in before
    assert "**EXPIRED: it held through 2026-12-31; the problem counts again**" in after


def test_the_configuration_regimes_and_rules_are_honoured(folder: Project) -> None:
    folder.write(".disclosurelint.yaml", "regimes: [pipl, gdpr]\nignore: [DL204]\n")
    out = folder.cli("report", "-f", "markdown", "--date", DATE)[1]
    assert "| **Regimes** | PIPL, GDPR |" in out
    assert "| **Configuration** | `.disclosurelint.yaml`, SHA-256 `" in out
    assert "DL204" not in out
    out = folder.cli("report", "-f", "markdown", "--date", DATE, "--regime", "cpra")[1]
    assert "| **Regimes** | CPRA |" in out
    out = folder.cli("report", "-f", "markdown", "--date", DATE, "--isolated")[1]
    assert "| **Regimes** | PIPL, GB/T 35273-2020 |" in out and "DL204 policy-url" in out
    assert "| **Configuration** | none: --isolated, the defaults |" in out


def test_the_seed_report_names_its_commit(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(ROOT)
    out = tmp_path / "seed.md"
    from disclosurelint.cli import main

    assert main(["report", "-f", "markdown", "-o", str(out), "--date", DATE]) == 0
    text = out.read_text("utf-8")
    head = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    assert f"| **Commit** | `{head}` |" in text
    assert "| **Configuration** | `.disclosurelint.yaml`, SHA-256 `" in text
    assert text.count("| DL204 policy-url | warning | Waived |") == 4
    # scope, the product's controller and list, summary, five partners, rules, sign-off, files
    assert text.count("\n## ") == 2 + 1 + 5 + 3


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--date", "29/11/2026"], "--date '29/11/2026' is not a date (write it as YYYY-MM-DD)"),
        (["--date", "2026-02-30"], "--date '2026-02-30' is not a date"),
        (["--regime", "hipaa"], "unknown regime 'hipaa'"),
        (["--select", "DL999x"], "unknown rule 'DL999x'"),
        (["--config", "missing.yaml"], "missing.yaml: no such configuration file"),
        (["--config", "x.yaml", "--isolated"], "--config and --isolated cannot be used together"),
        (["--changed-since", "HEAD"], "a report describes every declaration"),
        (["nowhere"], "nowhere: no such file or folder"),
        (["empty"], "empty: no declarations (*.yaml, *.yml) to report on"),
        (["-o", "no/such/folder/r.html"], "no/such/folder/r.html: cannot write"),
        (["-f", "pdf"], "invalid choice: 'pdf'"),
    ],
)
def test_usage_errors_exit_2_with_one_line(folder: Project, argv: list[str], message: str) -> None:
    (folder.root / "empty").mkdir()
    code, out, err = folder.cli("report", *argv)
    assert (code, out) == (2, "")
    assert message in err and err.count("\n") == 1


def test_no_room_for_the_temporary_file_exits_2_with_one_line(
    folder: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the partners' sections wait in a temporary file until the summary above them is known
    monkeypatch.setattr(tempfile, "tempdir", str(folder.root / "no-such-folder"))
    code, out, err = folder.cli("report", "-o", "report.html", "--date", DATE)
    assert (code, out) == (2, "")
    assert "cannot write the report's temporary file (No such file or directory)" in err
    assert "set TMPDIR" in err and err.count("\n") == 1
    assert not (folder.root / "report.html").exists()


def test_a_configuration_that_does_not_validate_exits_2(folder: Project) -> None:
    folder.write(".disclosurelint.yaml", "regimes: [pipl]\nfail-on: sometimes\n")
    code, _, err = folder.cli("report", "--date", DATE)
    assert code == 2 and ".disclosurelint.yaml" in err


def test_html_without_jinja2_names_the_missing_package(
    folder: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "jinja2", None)
    code, out, err = folder.cli("report", "-o", "report.html")
    assert (code, out) == (2, "")
    assert err.startswith("disclosurelint: error: HTML output: this command needs the Python ")
    assert "package Jinja2" in err and len(err.splitlines()) == 1
    assert not (folder.root / "report.html").exists()
    assert folder.cli("report", "-f", "markdown", "--date", DATE)[0] == 0  # needs no Jinja2
