"""Baseline entries and report fingerprints name list elements by their content, so inserting,
removing or reordering other elements neither shows old problems as new nor reopens alerts."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclosurelint.baseline import anchor
from tests.common import merged
from tests.outputs.common import project, run

SENSITIVE = "ID card number"  # unjustified sensitive data: a problem on its list element
ORDINARY = ["name", "telephone number", "email address", "job title", "company name", "nickname"]


def _declaration(items: list[str]) -> str:
    lines = "\n".join(f"  - item: {item}" for item in items)
    return merged(f"data:\n{lines}\n")


def _sensitive(document: dict[str, object]) -> list[dict[str, object]]:
    problems = document["problems"]
    assert isinstance(problems, list)
    return [p for p in problems if "ID card" in json.dumps(p)]


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    before=st.lists(st.sampled_from(ORDINARY), max_size=3, unique=True),
    inserted=st.lists(st.sampled_from(ORDINARY), min_size=1, max_size=3, unique=True),
    where=st.integers(min_value=0, max_value=4),
)
def test_inserting_items_keeps_old_problems_old_and_alerts_closed(
    before: list[str], inserted: list[str], where: int, tmp_path_factory: object
) -> None:
    root: Path = tmp_path_factory.mktemp("anchors")  # type: ignore[attr-defined]
    items = [*before, SENSITIVE]
    project(root, {"a.yaml": _declaration(items)})
    assert run(["baseline", "baseline.json"], root).code == 0
    sarif_before = json.loads(run(["check", "-f", "sarif"], root).out)
    gitlab_before = json.loads(run(["check", "-f", "gitlab"], root).out)

    position = min(where, len(items))
    changed = [*items[:position], *[i for i in inserted if i not in items], *items[position:]]
    (root / "declarations" / "p" / "a.yaml").write_text(_declaration(changed), encoding="utf-8")

    hidden = json.loads(run(["check", "-f", "json", "--baseline", "baseline.json"], root).out)
    assert _sensitive(hidden) == [], "an old problem came back as new"
    assert hidden["summary"]["hidden"] >= 1

    def prints(sarif: dict[str, object]) -> set[str]:
        results = sarif["runs"][0]["results"]  # type: ignore[index]
        return {r["partialFingerprints"]["disclosurelint/v1"] for r in results}

    after = json.loads(run(["check", "-f", "sarif"], root).out)
    assert prints(sarif_before) <= prints(after)
    gitlab_after = json.loads(run(["check", "-f", "gitlab"], root).out)
    assert {i["fingerprint"] for i in gitlab_before} <= {i["fingerprint"] for i in gitlab_after}


def test_the_baseline_file_says_which_element_in_words(tmp_path: Path) -> None:
    project(tmp_path, {"a.yaml": _declaration(["name", SENSITIVE])})
    run(["baseline", "baseline.json"], tmp_path)
    entries = json.loads((tmp_path / "baseline.json").read_text())["problems"]
    paths = {e["json_path"] for e in entries if e["code"] == "DL301"}
    assert paths and all("[?(@.item=='ID card number')]" in p for p in paths)


def test_a_changed_value_is_a_new_problem(tmp_path: Path) -> None:
    project(tmp_path, {"a.yaml": _declaration([SENSITIVE])})
    run(["baseline", "baseline.json"], tmp_path)
    file = tmp_path / "declarations" / "p" / "a.yaml"
    file.write_text(_declaration(["ID card photo"]), encoding="utf-8")
    result = json.loads(run(["check", "-f", "json", "--baseline", "baseline.json"], tmp_path).out)
    assert any("ID card photo" in json.dumps(p) for p in result["problems"])


def test_a_version_1_baseline_still_matches_by_position(tmp_path: Path) -> None:
    project(tmp_path, {"a.yaml": _declaration(["name", SENSITIVE])})
    run(["baseline", "baseline.json"], tmp_path)
    document = json.loads((tmp_path / "baseline.json").read_text())
    for entry in document["problems"]:  # as version 1 wrote them: positions
        entry["json_path"] = entry["json_path"].replace("[?(@.item=='ID card number')]", "[1]")
    document["version"] = 1
    (tmp_path / "old.json").write_text(json.dumps(document), encoding="utf-8")
    result = json.loads(run(["check", "-f", "json", "--baseline", "old.json"], tmp_path).out)
    assert _sensitive(result) == [] and result["summary"]["hidden"] >= 1


def test_equal_elements_are_told_apart_by_their_order() -> None:
    data = {"modes": ["form", "form", {"x": 1}], "data": [{"item": "a'b"}]}
    assert anchor(data, ("modes", 0)) == "$.modes[?(@=='form')]"
    assert anchor(data, ("modes", 1)) == "$.modes[?(@=='form')][1]"
    assert anchor(data, ("modes", 2)).startswith("$.modes[?(@#")
    assert anchor(data, ("data", 0, "item")) == "$.data[?(@.item=='a\\'b')].item"
    assert anchor(data, ("data", 5, "item")) == "$.data[5].item"  # past the data: a position


def test_a_file_name_that_is_not_utf8_is_matched_as_written(tmp_path: Path) -> None:
    import os

    project(tmp_path, {os.fsdecode(b"caf\xe9.yaml"): _declaration([SENSITIVE])})
    assert run(["baseline", "baseline.json"], tmp_path).code == 0
    (tmp_path / "baseline.json").read_bytes().decode("utf-8")  # valid UTF-8
    result = json.loads(run(["check", "-f", "json", "--baseline", "baseline.json"], tmp_path).out)
    assert result["problems"] == [] and result["summary"]["hidden"] >= 1
    assert result["notes"] == []  # nothing stale
