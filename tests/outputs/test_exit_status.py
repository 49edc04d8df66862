"""Every output that states an outcome states the exit code the process returns."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.outputs.common import project, run


def _outcome(fmt: str, text: str) -> str:
    """What the output says about the run: "fail", "pass", or "exit 0 despite problems"."""
    if fmt == "json":
        document = json.loads(text)
        return "pass" if document["exit_code"] == 0 else "fail"
    if fmt == "sarif":
        code = json.loads(text)["runs"][0]["invocations"][0]["exitCode"]
        return "pass" if code == 0 else "fail"
    if fmt == "markdown":
        return "fail" if "**Failed**" in text else "pass"
    assert fmt == "text"
    return "fail" if "; fails at" in text else "pass"


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "markdown"])
@pytest.mark.parametrize("exit_zero", [False, True])
def test_the_stated_outcome_is_the_exit_code(fmt: str, exit_zero: bool, tmp_path: Path) -> None:
    root = project(tmp_path)
    result = run(["check", "-f", fmt, *(["--exit-zero"] if exit_zero else [])], root)
    assert result.code == (0 if exit_zero else 1)
    assert _outcome(fmt, result.out) == ("pass" if result.code == 0 else "fail")


def test_exit_zero_still_says_there_were_problems(tmp_path: Path) -> None:
    root = project(tmp_path)
    text = run(["check", "--exit-zero"], root).out
    assert "1 error" in text and "--exit-zero, exit code 0" in text
    markdown = run(["check", "-f", "markdown", "--exit-zero"], root).out
    assert "Problems found, not failing" in markdown
    document = json.loads(run(["check", "-f", "json", "--exit-zero"], root).out)
    assert document["summary"]["error"] == 1 and document["exit_zero"] is True


def test_junit_failures_follow_the_gate_not_exit_zero(tmp_path: Path) -> None:
    """JUnit states per-problem outcomes, not the exit code: a failing problem stays a failure."""
    root = project(tmp_path)
    xml = run(["check", "-f", "junit", "--exit-zero"], root).out
    assert ET.fromstring(xml).get("failures") == "1"
