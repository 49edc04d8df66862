"""GitLab Code Quality: the fields GitLab documents as required, with their types."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from tests.reporters.sample import PROBLEMS, render, sample_result

SEVERITIES = {"info", "minor", "major", "critical", "blocker"}


def _issues(text: str | None = None) -> list[dict[str, Any]]:
    issues: list[dict[str, Any]] = json.loads(render("gitlab") if text is None else text)
    return issues


def test_every_issue_has_the_documented_fields() -> None:
    issues = _issues()
    assert len(issues) == len(PROBLEMS)
    for issue in issues:
        assert isinstance(issue["description"], str) and issue["description"]
        assert isinstance(issue["check_name"], str) and issue["check_name"].startswith("DL")
        assert isinstance(issue["fingerprint"], str) and len(issue["fingerprint"]) == 64
        assert issue["severity"] in SEVERITIES
        assert isinstance(issue["location"]["path"], str)
        assert isinstance(issue["location"]["lines"]["begin"], int)
    assert len({i["fingerprint"] for i in issues}) == len(issues)


def test_severity_mapping() -> None:
    by_key = {(i["check_name"], i["location"]["path"]): i for i in _issues()}
    assert by_key["DL201", "declarations/p/a,b.yaml"]["severity"] == "major"
    assert by_key["DL104", "declarations/p/a,b.yaml"]["severity"] == "minor"
    assert by_key["DL205", "declarations/p/b.yaml"]["severity"] == "info"
    waived = by_key["DL204", "declarations/p/b.yaml"]
    assert waived["severity"] == "info"
    assert waived["description"].endswith(
        "[waived: The list names the page | there is no URL; approved by legal@example.com; "
        "in force through 2099-12-31]"
    )
    assert by_key["DL204", "declarations/p/c.yaml"]["severity"] == "major"
    assert by_key["DL201", "declarations/p/a,b.yaml"]["location"]["lines"]["begin"] == 1


def test_unreadable_input_is_critical() -> None:
    first = sample_result().problems[0]
    broken = replace(first, code="DL001", name="yaml-syntax")
    (issue,) = _issues(render("gitlab", replace(sample_result(), problems=(broken,))))
    assert issue["severity"] == "critical"


def test_repeated_problems_keep_unique_fingerprints() -> None:
    first = sample_result().problems[0]
    twice = replace(sample_result(), problems=(first, first, first))
    prints = [i["fingerprint"] for i in _issues(render("gitlab", twice))]
    assert len(set(prints)) == 3
