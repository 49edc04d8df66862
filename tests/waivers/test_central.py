"""The central waivers file, for declarations that are generated and carry no comments."""

from __future__ import annotations

import pytest

from tests.conftest import URL, Project, declaration, found, only, waived

CONFIG = "waivers:\n  file: policy/waivers.yaml\n"


def setup(project: Project, entries: str) -> None:
    project.write(".disclosurelint.yaml", CONFIG)
    project.write("policy/waivers.yaml", entries)
    project.write("declarations/generated/a.yaml", declaration("a"))
    project.write("declarations/b.yaml", declaration("b"))


def test_a_glob_and_a_json_path_prefix(project: Project) -> None:
    setup(
        project,
        "# file globs are relative to this file's folder\n"
        "- file: ../declarations/generated/*.yaml\n"
        "  json_path: $.privacy_policy\n"
        "  code: policy-url\n"
        "  reason: The generator has no policy link for app-store entries\n"
        "  approved-by: Legal\n"
        "  expires: 2027-06-30\n",
    )
    result = project.check()
    assert waived(result) == [("declarations/generated/a.yaml", 13, "DL204")]
    assert found(result) == [("declarations/b.yaml", 13, "DL204")]
    [waiver] = [p.waiver for p in result.problems if p.waiver]
    assert waiver is not None and waiver.source == "policy/waivers.yaml:2"
    assert (waiver.approved_by, waiver.expires) == ("Legal", "2027-06-30")


def test_a_json_path_that_does_not_match_excuses_nothing(project: Project) -> None:
    setup(
        project,
        "- file: ../declarations/generated/a.yaml\n"
        "  json_path: $.purpose\n"
        "  code: DL204\n"
        "  reason: Wrong place\n",
    )
    result = project.check()
    assert found(result) == [
        ("declarations/b.yaml", 13, "DL204"),
        ("declarations/generated/a.yaml", 13, "DL204"),
        ("policy/waivers.yaml", 1, "DL503"),
    ]
    assert "excuses nothing in the files it names" in only(result, "DL503").message


def test_an_entry_for_files_not_checked_is_not_judged(project: Project) -> None:
    setup(project, "- file: ../declarations/b.yaml\n  code: DL204\n  reason: Reviewed\n")
    result = project.check("declarations/generated")
    assert [p.code for p in result.active] == ["DL204"]


def test_an_entry_naming_a_missing_file_is_unused(project: Project) -> None:
    setup(project, "- file: ../declarations/gone.yaml\n  code: DL204\n  reason: Reviewed\n")
    result = project.check()
    assert ("policy/waivers.yaml", 1, "DL503") in found(result)


def test_expired_central_waiver(project: Project) -> None:
    setup(
        project,
        "- file: ../declarations/*\n  code: DL204\n  reason: Reviewed\n  expires: 2026-01-31\n",
    )
    result = project.check()
    assert found(result) == [
        ("declarations/b.yaml", 13, "DL204"),
        ("declarations/generated/a.yaml", 13, "DL204"),
        ("policy/waivers.yaml", 1, "DL502"),
    ]
    assert all(p.waiver is not None and p.waiver.expired for p in result.problems[:2])


MALFORMED = [
    ("- code: DL204\n  reason: r\n", "no `file`"),
    ("- file: x\n  reason: r\n", "no `code`"),
    ("- file: x\n  code: DL204\n", "no reason"),
    ("- file: x\n  code: DL204\n  reason: r\n  ticket: LEG-1\n", "unknown field `ticket`"),
    ("- file: x\n  code: DL2\n  reason: r\n", "'DL2' is a group of rules"),
    ("- file: x\n  code: DL204\n  reason: r\n  expires: soon\n", "expires=soon is not a date"),
    ("- file: x\n  code: DL204\n  reason: r\n  json_path: purpose\n", "does not start with `$`"),
    ("- file: x\n  code: [DL204]\n  reason: r\n", "`code` must be text"),
    ("- just a string\n", "an entry is a mapping"),
]


@pytest.mark.parametrize(("entries", "message"), MALFORMED)
def test_malformed_entries(project: Project, entries: str, message: str) -> None:
    setup(project, "# central waivers\n" + entries)
    result = project.check()
    problem = only(result, "DL501")
    assert (problem.path, problem.line) == ("policy/waivers.yaml", 2)
    assert message in problem.message
    assert len([p for p in result.active if p.code == "DL204"]) == 2


def test_policy_applies_to_central_entries(project: Project) -> None:
    project.write(".disclosurelint.yaml", CONFIG + "  require-approver: true\n  max-days: 30\n")
    project.write(
        "policy/waivers.yaml",
        "- file: ../declarations/*\n  code: DL204\n  reason: Reviewed\n  expires: 2027-06-30\n",
    )
    project.write("declarations/a.yaml", declaration("a"))
    result = project.check()
    assert found(result) == [
        ("declarations/a.yaml", 13, "DL204"),
        ("policy/waivers.yaml", 1, "DL504"),
        ("policy/waivers.yaml", 1, "DL505"),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [("- file: [unclosed\n", "YAML syntax error"), ("file: x\n", "a list of waivers")],
)
def test_an_unreadable_central_file_is_a_configuration_error(
    project: Project, text: str, message: str
) -> None:
    project.write(".disclosurelint.yaml", CONFIG)
    project.write("policy/waivers.yaml", text)
    project.write("declarations/a.yaml", declaration("a", policy=URL))
    code, _, err = project.cli("check")
    assert code == 2
    assert "policy/waivers.yaml:" in err and message in err
