"""Usage errors end the run with exit 2 and one line, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.diff.common import Repo, run


def test_an_unknown_base(repo: Repo) -> None:
    assert run("no-such-branch") == (
        2,
        "",
        "disclosurelint: error: unknown git revision 'no-such-branch' (in a shallow clone, "
        "fetch it first)\n",
    )


def test_an_unknown_head_that_is_no_path_either(repo: Repo) -> None:
    code, out, err = run("HEAD", "no-such-branch")
    assert (code, out) == (2, "")
    assert err == (
        "disclosurelint: error: no-such-branch: no such file or folder, at either revision "
        "or on disk\n"
    )


def test_outside_a_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    outside = tmp_path / "plain"
    (outside / "declarations").mkdir(parents=True)
    monkeypatch.chdir(outside)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    code, out, err = run("HEAD")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert err.endswith("is not inside a git repository\n")


def test_without_git(repo: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(repo.root / "no-bin"))
    assert run("HEAD") == (2, "", "disclosurelint: error: git is not installed or not on PATH\n")


def test_a_path_outside_the_repository(repo: Repo, tmp_path: Path) -> None:
    code, _, err = run("HEAD", str(tmp_path))
    assert code == 2
    assert err == f"disclosurelint: error: {tmp_path}: outside the git repository {repo.root}\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-f", "sarif"], "argument -f/--format: invalid choice: 'sarif'"),
        (["--regime", "hipaa"], "unknown regime 'hipaa'"),
        (["--isolated", "--config", "x.yaml"], "--config and --isolated cannot be used together"),
    ],
)
def test_bad_options(repo: Repo, args: list[str], message: str) -> None:
    code, out, err = run("HEAD", *args)
    assert (code, out) == (2, "")
    assert message in err and err.count("\n") == 1
