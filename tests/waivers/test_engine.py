"""Waivers applied by the engine: what they excuse, expiry, policy, unused ones, output."""

from __future__ import annotations

import json

import pytest

from disclosurelint.config import CommandLine
from disclosurelint.model import Severity
from tests.conftest import URL, Project, declaration, found, only, waived

ALLOW = '# disclosurelint: allow DL204 reason="The list gives no link" approved-by="Legal"'


def with_comment(line: int, comment: str, text: str | None = None) -> str:
    """``text`` (a declaration) with ``comment`` inserted as its own line before ``line``."""
    lines = (text or declaration()).splitlines(keepends=True)
    lines.insert(line - 1, comment + "\n")
    return "".join(lines)


def test_a_comment_on_the_line_excuses_it(project: Project) -> None:
    text = declaration().replace("details page.", f"details page.  {ALLOW}")
    project.write("declarations/a.yaml", text)
    result = project.check()
    assert found(result) == []
    assert waived(result) == [("declarations/a.yaml", 13, "DL204")]
    waiver = only(result, "DL204").waiver
    assert waiver is not None
    assert (waiver.reason, waiver.approved_by, waiver.source) == (
        "The list gives no link",
        "Legal",
        "declarations/a.yaml:13",
    )


def test_a_comment_above_excuses_the_next_line(project: Project) -> None:
    project.write("declarations/a.yaml", with_comment(13, "  " + ALLOW))
    result = project.check()
    assert found(result) == [] and waived(result) == [("declarations/a.yaml", 14, "DL204")]


def test_a_comment_two_lines_above_excuses_nothing(project: Project) -> None:
    project.write("declarations/a.yaml", with_comment(12, ALLOW))
    result = project.check()
    assert found(result) == [
        ("declarations/a.yaml", 12, "DL503"),
        ("declarations/a.yaml", 14, "DL204"),
    ]


def test_file_level_waiver(project: Project) -> None:
    comment = '# disclosurelint: allow-file policy-url reason="Generated from the app store"'
    project.write("declarations/a.yaml", comment + "\n" + declaration())
    result = project.check()
    assert found(result) == [] and len(waived(result)) == 1


def test_malformed_waiver_excuses_nothing(project: Project) -> None:
    project.write("declarations/a.yaml", with_comment(13, "  # disclosurelint: allow DL204"))
    result = project.check()
    assert found(result) == [
        ("declarations/a.yaml", 13, "DL501"),
        ("declarations/a.yaml", 14, "DL204"),
    ]
    assert only(result, "DL501").message.endswith('every waiver says why (reason="...")')


def test_waivers_do_not_excuse_other_codes(project: Project) -> None:
    comment = '# disclosurelint: allow DL201 reason="Purpose is reviewed elsewhere"'
    project.write("declarations/a.yaml", with_comment(13, "  " + comment))
    result = project.check()
    assert found(result) == [
        ("declarations/a.yaml", 13, "DL503"),
        ("declarations/a.yaml", 14, "DL204"),
    ]
    assert "the waiver for DL201 excuses nothing on line 14" in only(result, "DL503").message
    assert only(result, "DL503").severity is Severity.WARNING


def test_a_code_that_did_not_run_is_not_unused(project: Project) -> None:
    comment = '# disclosurelint: allow DL204,DL201 reason="Both reviewed"'
    project.write("declarations/a.yaml", with_comment(13, "  " + comment))
    assert found(project.check(cli=CommandLine(ignore=("DL201",)))) == []
    assert found(project.check(cli=CommandLine(select=("DL1",)))) == []
    unused = only(project.check(), "DL503")
    assert unused.message == "the waiver for DL201 excuses nothing on line 14"


# -- expiry, with an injectable clock --------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "expired"), [("2027-06-29", False), ("2027-06-30", False), ("2027-07-01", True)]
)
def test_expiry_is_inclusive(project: Project, today: str, expired: bool) -> None:
    comment = '  # disclosurelint: allow DL204 reason="No link published" expires=2027-06-30'
    project.write("declarations/a.yaml", with_comment(13, comment))
    result = project.check(today=today)
    problem = only(result, "DL204")
    assert problem.waiver is not None and problem.waiver.expired is expired
    assert problem.waived is not expired
    if expired:
        assert found(result) == [
            ("declarations/a.yaml", 13, "DL502"),
            ("declarations/a.yaml", 14, "DL204"),
        ]
        assert "held through 2027-06-30 and has expired" in only(result, "DL502").message
        assert "'No link published'" in only(result, "DL502").message
    else:
        assert found(result) == []


def test_an_expired_waiver_that_excuses_nothing_is_unused(project: Project) -> None:
    comment = '  # disclosurelint: allow DL204 reason="No link published" expires=2020-01-31'
    project.write("declarations/a.yaml", with_comment(13, comment, declaration(policy=URL)))
    assert [p.code for p in project.check().active] == ["DL503"]


# -- policy ------------------------------------------------------------------------------------


def test_require_approver(project: Project) -> None:
    project.write(".disclosurelint.yaml", "waivers:\n  require-approver: true\n")
    bare = '  # disclosurelint: allow DL204 reason="No link published"'
    project.write("declarations/a.yaml", with_comment(13, bare))
    project.write("declarations/b.yaml", with_comment(13, "  " + ALLOW, declaration("b")))
    result = project.check()
    assert found(result) == [
        ("declarations/a.yaml", 13, "DL504"),
        ("declarations/a.yaml", 14, "DL204"),
    ]
    assert waived(result) == [("declarations/b.yaml", 14, "DL204")]


@pytest.mark.parametrize(
    ("expires", "codes"),
    [("", ["DL505", "DL204"]), ("2027-11-29", []), ("2027-11-30", ["DL505", "DL204"])],
)
def test_max_days(project: Project, expires: str, codes: list[str]) -> None:
    project.write(".disclosurelint.yaml", "waivers:\n  max-days: 365\n")
    date = f" expires={expires}" if expires else ""
    comment = f'  # disclosurelint: allow DL204 reason="No link published"{date}'
    project.write("declarations/a.yaml", with_comment(13, comment))
    result = project.check(today="2026-11-29")
    assert [p.code for p in result.active] == codes
    if expires == "2027-11-30":
        assert "366 days ahead; the configuration allows at most 365" in result.active[0].message


# -- repository rules, workers, output ---------------------------------------------------------


def test_repository_rule_problems_are_waivable(project: Project) -> None:
    comment = '# disclosurelint: allow duplicate-id reason="Same partner, two products"'
    text = declaration("same", policy=URL).replace("id: same", f"id: same  {comment}")
    project.write("declarations/a.yaml", text)
    project.write("declarations/b.yaml", declaration("same", policy=URL))
    result = project.check()
    assert waived(result) == [("declarations/a.yaml", 2, "DL401")]
    assert found(result) == [("declarations/b.yaml", 2, "DL401")]


def test_waivers_work_in_worker_processes(project: Project) -> None:
    project.write(
        "waivers.yaml",
        "- file: declarations/c*.yaml\n  code: DL204\n  reason: Generated entries\n",
    )
    project.write(".disclosurelint.yaml", "waivers:\n  file: waivers.yaml\n")
    for n in range(450):
        if n % 2:  # waived by the central file
            project.write(f"declarations/c{n:03}.yaml", declaration(f"c{n:03}"))
        else:  # waived by its own comment
            text = with_comment(13, "  " + ALLOW, declaration(f"a{n:03}"))
            project.write(f"declarations/a{n:03}.yaml", text)
    result = project.check(jobs=2)
    assert found(result) == []
    assert len(waived(result)) == 450
    sources = [p.waiver.source for p in result.problems if p.waiver]
    assert sources.count("waivers.yaml:1") == 225
    assert sources[0] == "declarations/a000.yaml:13"


def test_waived_problems_stay_in_every_output(project: Project) -> None:
    comment = (
        '  # disclosurelint: allow DL204 reason="No link published" approved-by="Legal" '
        "expires=2027-06-30"
    )
    project.write("declarations/a.yaml", with_comment(13, comment))
    code, out, _ = project.cli("check", "-f", "json")
    document = json.loads(out)
    assert code == 0 and document["summary"]["waived"] == 1 and document["summary"]["error"] == 0
    [problem] = document["problems"]
    assert problem["waiver"] == {
        "reason": "No link published",
        "approved_by": "Legal",
        "expires": "2027-06-30",
        "source": "declarations/a.yaml:13",
        "expired": False,
    }
    code, out, _ = project.cli("check", "--no-source")
    assert code == 0
    assert 'waived: reason="No link published" approved-by="Legal" expires=2027-06-30' in out
    assert "(1 more waived); passes" in out


def test_files_without_the_marker_are_not_scanned(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    from disclosurelint import waivers

    def fail(*args: object, **kwargs: object) -> object:
        raise AssertionError("scanned a file without the marker")

    monkeypatch.setattr(waivers, "scan", fail)
    project.write("declarations/a.yaml", declaration())
    assert found(project.check()) == [("declarations/a.yaml", 13, "DL204")]
