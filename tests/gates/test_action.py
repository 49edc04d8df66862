"""The GitHub Action's shell steps, run locally with the environment GitHub gives them.

The composite action passes every input to its shell steps as an environment variable, so
the steps run unchanged here: the install step puts the action's package (a copy of this
checkout) into a fresh virtual environment, and the check step runs against a repository
with one clean and one incomplete declaration. The steps that need GitHub (setting up
Python, uploading SARIF) are checked for their wiring only.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import venv
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.gates.common import ROOT, check_jsonschema, copy_checkout, declaration, write
from tests.reporters.sample import validate_sarif

EXPRESSION = re.compile(r"^\$\{\{ (inputs\.([\w-]+)|steps\.python\.outputs\.python-path) \}\}$")


def _action() -> dict[str, Any]:
    action: dict[str, Any] = yaml.safe_load((ROOT / "action.yml").read_text("utf-8"))
    return action


def _step(name_or_id: str) -> dict[str, Any]:
    steps: list[dict[str, Any]] = _action()["runs"]["steps"]
    return next(s for s in steps if name_or_id in (s.get("id"), s.get("name")))


@dataclass(frozen=True)
class Runner:
    """What GitHub gives a composite step: its environment and a workspace."""

    action_path: Path
    python: Path
    base: Path

    def run(
        self, step: Mapping[str, Any], workspace: Path, **inputs: str
    ) -> tuple[subprocess.CompletedProcess[str], Path, dict[str, str]]:
        """Run one shell step; returns the process, the step summary file and the outputs."""
        defaults = {
            name: str(spec.get("default", "")) for name, spec in _action()["inputs"].items()
        }
        values = {**defaults, **{k.replace("_", "-"): v for k, v in inputs.items()}}
        env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "INPUT_"))}
        for key, expression in step.get("env", {}).items():
            match = EXPRESSION.match(expression)
            assert match, f"{key}: {expression} is not an input or the Python path"
            env[key] = values[match[2]] if match[2] else str(self.python)
        summary, outputs = self.base / "summary.md", self.base / "outputs.txt"
        summary.write_text("")
        outputs.write_text("")
        env.update(
            GITHUB_ACTIONS="true",
            GITHUB_WORKSPACE=str(workspace),
            GITHUB_ACTION_PATH=str(self.action_path),
            GITHUB_STEP_SUMMARY=str(summary),
            GITHUB_OUTPUT=str(outputs),
            RUNNER_TEMP=str(self.base),
        )
        assert step["shell"] == "bash"
        proc = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
            cwd=workspace,
            env=env,
            text=True,
            capture_output=True,
            check=False,
        )
        lines = outputs.read_text().splitlines()
        return proc, summary, dict(line.split("=", 1) for line in lines)


@pytest.fixture(scope="module")
def runner(tmp_path_factory: pytest.TempPathFactory) -> Runner:
    base = tmp_path_factory.mktemp("action")
    action_path = copy_checkout(base / "action", "action.yml")
    venv.create(base / "venv", with_pip=True)
    python = base / "venv" / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    run = Runner(action_path, python, base)
    installed, _, _ = run.run(_step("Install disclosurelint"), base)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return run


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    write(tmp_path, "declarations/welink/camcard.yaml", declaration("camcard"))
    write(tmp_path, "declarations/welink/calendar.yaml", declaration("calendar", purpose=None))
    write(tmp_path, ".github/workflows/ci.yml", "on: push\n")
    return tmp_path


def test_the_action_is_wired_as_documented() -> None:
    action = _action()
    assert action["runs"]["using"] == "composite"
    assert set(action["inputs"]) == {"paths", "args", "sarif-file", "python-version", "fail-on"}
    setup = _step("python")
    assert setup["uses"].startswith("actions/setup-python@")
    assert setup["with"]["python-version"] == "${{ inputs.python-version }}"
    assert '"$GITHUB_ACTION_PATH"' in _step("Install disclosurelint")["run"]
    upload = _step("Upload SARIF to code scanning")
    assert upload["uses"].startswith("github/codeql-action/upload-sarif@")
    assert upload["if"].startswith("always()")
    assert "${{" not in _step("check")["run"]  # inputs only through the environment
    assert action["outputs"]["exit-code"]["value"] == "${{ steps.check.outputs.exit-code }}"


def test_problems_become_annotations_a_summary_and_sarif(runner: Runner, workspace: Path) -> None:
    proc, summary, outputs = runner.run(_step("check"), workspace)
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.startswith(
        "::error file=declarations/welink/calendar.yaml,line=1,col=1,endLine=1,endColumn=13,"
        "title=DL201 purpose::the entry does not say why"
    )
    assert proc.stdout.count("\n") == 1
    text = summary.read_text()
    assert "**Failed** at `--fail-on warning`: 2 files checked" in text
    assert "| declarations/welink/calendar.yaml:1:1 | DL201 purpose | error |" in text
    assert outputs == {"sarif-file": "disclosurelint.sarif", "exit-code": "1"}
    sarif = json.loads((workspace / "disclosurelint.sarif").read_text())
    validate_sarif(sarif)
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]] == ["DL201"]


def test_inputs_choose_paths_threshold_and_extra_arguments(runner: Runner, workspace: Path) -> None:
    write(workspace, "more/extra.yaml", declaration("extra", purpose="TBD"))
    proc, summary, outputs = runner.run(
        _step("check"),
        workspace,
        paths="declarations/welink/camcard.yaml\nmore",
        args="--ignore DL401 -f junit:report.xml",
        sarif_file="",
        fail_on="error",
    )
    assert proc.returncode == 1, proc.stderr
    assert "::error file=more/extra.yaml,line=11,col=10," in proc.stdout
    assert "calendar" not in proc.stdout
    assert outputs == {"exit-code": "1"}  # no SARIF: nothing to upload
    assert not (workspace / "disclosurelint.sarif").exists()
    assert (workspace / "report.xml").read_text().count("<failure") == 1
    assert "more/extra.yaml:11:10" in summary.read_text()


@pytest.mark.parametrize(
    ("configured", "given", "code"),
    [("error", "", 0), ("info", "", 1), ("error", "warning", 1), ("", "", 1)],
)
def test_the_repository_configuration_decides_fail_on_unless_the_input_says(
    runner: Runner, workspace: Path, configured: str, given: str, code: int
) -> None:
    """A warning only: the repository's `fail-on` holds unless the workflow sets the input."""
    (workspace / "declarations/welink/calendar.yaml").unlink()
    write(workspace, "declarations/welink/extra.yaml", declaration("extra", purpose="TBD"))
    setting = f"fail-on: {configured}\n" if configured else ""
    write(workspace, ".disclosurelint.yaml", setting + "severity: {DL201: warning}\n")
    proc, summary, outputs = runner.run(_step("check"), workspace, fail_on=given)
    assert proc.returncode == code, proc.stdout + proc.stderr
    assert outputs["exit-code"] == str(code)
    threshold = given or configured or "warning"
    assert f"at `--fail-on {threshold}`" in summary.read_text()


def test_a_clean_run_passes(runner: Runner, workspace: Path) -> None:
    (workspace / "declarations/welink/calendar.yaml").unlink()
    proc, summary, outputs = runner.run(_step("check"), workspace)
    assert (proc.returncode, proc.stdout) == (0, "")
    assert "**Passed**" in summary.read_text()
    assert outputs["exit-code"] == "0"


def test_a_usage_error_exits_2_without_sarif(runner: Runner, workspace: Path) -> None:
    proc, _, outputs = runner.run(_step("check"), workspace, paths="no-such-folder")
    assert proc.returncode == 2
    assert "no-such-folder: no such file or folder" in proc.stderr
    assert outputs == {"exit-code": "2"}


@pytest.mark.parametrize(
    ("schema", "path"),
    [
        ("vendor.github-actions", "action.yml"),
        ("vendor.github-workflows", ".github/workflows/disclosures.yml"),
    ],
)
def test_action_and_workflow_match_the_published_schemas(schema: str, path: str) -> None:
    check_jsonschema(schema, ROOT / path)


def test_the_workflow_uses_this_action() -> None:
    workflow = yaml.safe_load((ROOT / ".github/workflows/disclosures.yml").read_text("utf-8"))
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    assert any(step.get("uses") == "./" for step in steps)
    (job,) = workflow["jobs"].values()
    assert job["permissions"]["security-events"] == "write"
