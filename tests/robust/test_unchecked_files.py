"""A waiver excuses a problem in what was checked; it can never make a file that could not be
read pass the gate. Every load problem that leaves nothing checked, waived every way."""

from __future__ import annotations

import json

import pytest

from tests.conftest import Project

WAIVER = 'reason="Legacy file" approved-by="Legal" expires=2027-06-30'
# (code, file text after the waiver comment): each leaves no document to check
UNLOADED = [
    ("DL001", "disclosure: 1\nid: [alpha\n"),
    ("DL003", "\n"),
    ("DL004", "disclosure: 1\n---\ndisclosure: 1\n"),
    ("DL005", "- disclosure: 1\n"),
    (
        "DL009",
        "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        + "".join(
            f"{c}: &{c} [{', '.join(['*' + p] * 10)}]\n"
            for p, c in zip("abcdef", "bcdefg", strict=True)
        ),
    ),
]


@pytest.mark.parametrize(("code", "text"), UNLOADED, ids=[c for c, _ in UNLOADED])
@pytest.mark.parametrize("how", ["allow-file", "allow", "central"])
def test_a_waiver_cannot_make_an_unread_file_pass(
    project: Project, code: str, text: str, how: str
) -> None:
    if how == "central":
        project.write(
            "waivers.yaml",
            f"- file: declarations/a.yaml\n  code: {code}\n  reason: Legacy file\n"
            "  approved-by: Legal\n  expires: 2027-06-30\n",
        )
        project.write(".disclosurelint.yaml", "waivers:\n  file: waivers.yaml\n")
        project.write("declarations/a.yaml", text)
    else:
        project.write("declarations/a.yaml", f"# disclosurelint: {how} {code} {WAIVER}\n{text}")

    code_out, out, err = project.cli("check", "declarations", "-f", "json")

    problems = json.loads(out)["problems"]
    found = [p for p in problems if p["code"] == code]
    assert len(found) == 1, problems
    assert found[0]["waiver"] is None
    if how != "central":
        assert found[0]["message"].endswith(
            "; a waiver cannot excuse this: nothing in the file was checked"
        )
    assert (code_out, err) == (1, "")


def test_a_waiver_still_excuses_a_finding_in_a_file_that_was_read(project: Project) -> None:
    project.write(
        "declarations/a.yaml",
        f"# disclosurelint: allow-file DL002 {WAIVER}\n"
        "disclosure: 1\nid: alpha\nid: alpha\nrecipient:\n  name: A\n"
        "  relationship: entrusted_processor\nproduct: P\ndata:\n  - item: name\n"
        "purpose: Provide it.\nscenario: You use it.\nsharing_modes: [form]\n"
        "privacy_policy:\n  url: https://alpha-analytics.cn/privacy\n",
    )

    code, out, _ = project.cli("check", "declarations", "-f", "json")

    problems = json.loads(out)["problems"]
    assert [(p["code"], p["waiver"] is not None) for p in problems] == [("DL002", True)]
    assert code == 0
