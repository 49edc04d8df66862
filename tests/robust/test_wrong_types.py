"""Every value of every wrong type in every field: no rule crashes, and whatever the schema rejects
is reported. Run through the command line on one folder of variants, as a user would."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Project
from tests.robust.documents import (
    CHOSEN,
    FULL,
    WRONG,
    dump,
    paths,
    replaced,
    schema_errors,
    top_key,
    uncovered,
)

FORM_KEYS = ("recipient", "privacy_policy")


def problems_by_file(out: str) -> dict[str, list[dict[str, Any]]]:
    """The JSON output's problems per file name."""
    found: dict[str, list[dict[str, Any]]] = {}
    for problem in json.loads(out)["problems"]:
        found.setdefault(Path(problem["path"]).name, []).append(problem)
    return found


@pytest.mark.parametrize("base", [FULL, CHOSEN], ids=["named", "chosen"])
def test_every_wrong_type_everywhere_is_reported_and_crashes_nothing(
    project: Project, base: dict[str, Any]
) -> None:
    variants: dict[str, Any] = {}
    # the other recipient form differs in `recipient` and `privacy_policy` only
    for path in (p for p in paths(base) if base is FULL or p[0] in FORM_KEYS):
        for n, value in enumerate(WRONG):
            name = "-".join(str(p) for p in path) + f"-{n}"
            own_id = base if path[:1] == ("id",) else {**base, "id": f"v{len(variants)}"}
            variants[name + ".yaml"] = replaced(own_id, path, value)
            project.write(f"declarations/{name}.yaml", dump(variants[name + ".yaml"]))

    code, out, err = project.cli(
        "check", "declarations", "-f", "json", "--regime", "pipl,gb35273,gdpr,cpra"
    )

    assert err == ""
    assert code == 1
    by_file = problems_by_file(out)
    crashed = [
        (f, p["message"]) for f, ps in by_file.items() for p in ps if "could not" in p["message"]
    ]
    assert crashed == []
    silent = {
        name: missed
        for name, document in variants.items()
        if (
            missed := uncovered(
                schema_errors(document), {top_key(p["json_path"]) for p in by_file.get(name, [])}
            )
        )
    }
    assert silent == {}
    assert len(variants) > (600 if base is FULL else 100)


def test_a_rule_switched_off_leaves_a_wrong_type_to_the_schema(project: Project) -> None:
    # a list (a mapping of language tags is text in several languages)
    project.write("declarations/a.yaml", dump(replaced(FULL, ("purpose",), ["why", "x"])))
    project.write("declarations/b.yaml", dump(replaced(FULL, ("purpose",), "")))

    code, out, _ = project.cli("check", "declarations", "-f", "json", "--ignore", "DL201")

    found = {(name, p["code"]) for name, ps in problems_by_file(out).items() for p in ps}
    assert ("a.yaml", "DL103") in found  # a list is not what DL201 exists to report
    assert not any(name == "b.yaml" and c in ("DL103", "DL106") for name, c in found)
    assert code == 1


def test_a_rule_that_fails_is_a_finding_and_the_other_files_are_still_checked(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    from disclosurelint.rules import dl201_purpose

    def broken(*_: object) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(dl201_purpose, "check", broken)
    project.write("declarations/a.yaml", dump(FULL))
    project.write("declarations/b.yaml", dump({**replaced(FULL, ("scenario",), "TBD"), "id": "b"}))

    code, out, err = project.cli("check", "declarations", "-f", "json", "--jobs", "1")

    found = {(Path(p["path"]).name, p["code"], p["message"]) for p in json.loads(out)["problems"]}
    assert (
        "a.yaml",
        "DL201",
        "DL201 could not check this file (RuntimeError: boom); nothing it covers is judged",
    ) in found
    assert any(f[:2] == ("b.yaml", "DL202") for f in found)
    assert (code, err) == (1, "")
