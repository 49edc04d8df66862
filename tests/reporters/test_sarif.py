from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from jsonschema import ValidationError

from disclosurelint.formats.sarif import FINGERPRINT_KEY
from disclosurelint.model import Span
from tests.reporters.sample import (
    ERROR,
    EXPIRED_WAIVER,
    INLINE,
    WAIVED,
    render,
    sample_result,
    validate_sarif,
)


def _log() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(render("sarif"))
    return document


def test_output_is_valid_under_the_official_schema() -> None:
    validate_sarif(_log())


def test_the_schema_check_can_fail() -> None:
    broken = _log()
    broken["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(ValidationError):
        validate_sarif(broken)


def test_driver_describes_every_rule_that_ran() -> None:
    driver = _log()["runs"][0]["tool"]["driver"]
    assert driver["name"] == "disclosurelint"
    assert driver["informationUri"].startswith("https://")
    rules = {rule["id"]: rule for rule in driver["rules"]}
    assert set(rules) == set(sample_result().rules)
    purpose = rules["DL201"]
    assert purpose["name"] == "purpose"
    assert purpose["defaultConfiguration"] == {"level": "error"}
    assert "## Why" in purpose["fullDescription"]["text"]
    assert purpose["helpUri"] == "docs/rules/DL201.md"  # relative to the repository
    assert (Path(__file__).resolve().parents[2] / purpose["helpUri"]).is_file()
    assert "PIPL Art. 23" in purpose["properties"]["articles"]


def test_results_point_at_their_rule_and_region() -> None:
    log = _log()
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    results = log["runs"][0]["results"]
    assert len(results) == len(sample_result().problems)
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    first = results[0]
    assert first["level"] == "error"
    assert first["message"]["text"].startswith("50% done: purpose is missing")
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {
        "uri": "declarations/p/a%2Cb.yaml",
        "uriBaseId": "%SRCROOT%",
    }
    assert location["region"] == {"startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 14}
    levels = {
        r["ruleId"] + r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: r["level"]
        for r in results
    }
    assert levels["DL104declarations/p/a%2Cb.yaml"] == "warning"
    assert levels["DL205declarations/p/b.yaml"] == "note"


def test_waived_problems_are_accepted_suppressions_and_expired_ones_are_not() -> None:
    results = _log()["runs"][0]["results"]
    waived = next(r for r in results if "suppressions" in r)
    assert waived["partialFingerprints"] == _fingerprint_of(WAIVED)
    assert waived["suppressions"] == [
        {
            "kind": "inSource",
            "status": "accepted",
            "justification": "The list names the page | there is no URL; approved by "
            "legal@example.com; in force through 2099-12-31",
        }
    ]
    expired = next(
        r for r in results if r["partialFingerprints"] == _fingerprint_of(EXPIRED_WAIVER)
    )
    assert "suppressions" not in expired
    assert expired["properties"]["waiver"]["expired"] is True


def test_a_central_waiver_is_an_external_suppression() -> None:
    central = replace(WAIVED, waiver=replace(INLINE, source="waivers.yaml:3"))
    result = replace(sample_result(), problems=(central,))
    (entry,) = json.loads(render("sarif", result))["runs"][0]["results"]
    assert entry["suppressions"][0]["kind"] == "external"


def test_fingerprints_ignore_line_numbers_but_not_the_problem() -> None:
    moved = replace(ERROR, span=Span.at(40, 5, 3))
    assert _fingerprint_of(moved) == _fingerprint_of(ERROR)
    assert _fingerprint_of(replace(ERROR, message="other")) != _fingerprint_of(ERROR)
    assert _fingerprint_of(replace(ERROR, path="x.yaml")) != _fingerprint_of(ERROR)


def _fingerprint_of(problem: Any) -> dict[str, str]:
    result = replace(sample_result(), problems=(problem,))
    (entry,) = json.loads(render("sarif", result))["runs"][0]["results"]
    fingerprints: dict[str, str] = entry["partialFingerprints"]
    assert set(fingerprints) == {FINGERPRINT_KEY}
    return fingerprints
