"""``check --changed-since REV`` in a real git repository."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest

from disclosurelint.cli import main
from tests.gates import gitrepo
from tests.gates.common import declaration, write


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = gitrepo.init(tmp_path / "repo")
    monkeypatch.chdir(root)
    for key, value in gitrepo.git_env(tmp_path).items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    write(root, "declarations/welink/camcard.yaml", declaration("camcard"))
    write(root, "declarations/welink/calendar.yaml", declaration("calendar", purpose=None))
    write(root, "declarations/welink/contacts.yaml", declaration("contacts"))
    write(root, "declarations/welink/_product.yaml", "product: 1\n")
    gitrepo.commit_all(root, "base")
    return root


def check(*args: str) -> tuple[int, str, str]:
    out, err = StringIO(), StringIO()
    code = main(["check", "-f", "concise", *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_nothing_changed_checks_nothing(repo: Path) -> None:
    """calendar.yaml lacks a purpose, but it has not changed since HEAD."""
    code, out, _ = check("--changed-since", "HEAD")
    assert (code, out) == (0, "")
    code, out, _ = check("--changed-since", "HEAD", "-f", "json:r.json")
    assert '"files_checked": 0' in (repo / "r.json").read_text()


def test_committed_staged_unstaged_and_untracked_changes_are_checked(repo: Path) -> None:
    base = gitrepo.git(repo, "rev-parse", "HEAD").stdout.strip()
    write(repo, "declarations/welink/committed.yaml", declaration("committed", purpose=None))
    gitrepo.commit_all(repo, "add one")
    write(repo, "declarations/welink/staged.yaml", declaration("staged", purpose=None))
    gitrepo.git(repo, "add", "declarations/welink/staged.yaml")
    write(repo, "declarations/welink/contacts.yaml", declaration("contacts", purpose=None))
    write(repo, "declarations/new/untracked.yaml", declaration("camcard"))
    write(repo, "notes/outside.yaml", declaration("outside", purpose=None))
    write(repo, "declarations/welink/_draft.yaml", "not: a declaration\n")
    (repo / "declarations/welink/camcard.yaml").unlink()  # deleted: nothing to check

    code, out, _ = check("--changed-since", base, "declarations")
    assert code == 1
    reported = sorted({line.split(":")[0] for line in out.splitlines()})
    assert reported == [
        "declarations/welink/committed.yaml",
        "declarations/welink/contacts.yaml",
        "declarations/welink/staged.yaml",
    ]
    assert "untracked.yaml" not in out  # its id no longer clashes: camcard.yaml was deleted


def test_other_declarations_are_context_for_duplicate_ids(repo: Path) -> None:
    write(repo, "declarations/other/copy.yaml", declaration("contacts"))
    code, out, _ = check("--changed-since", "HEAD")
    assert code == 1
    assert out == (
        "declarations/other/copy.yaml:2:5: DL401 [error] duplicate-id: id 'contacts' is also "
        "used by declarations/welink/contacts.yaml:2\n"
    )


def test_ignored_files_are_not_checked(repo: Path) -> None:
    write(repo, ".gitignore", "declarations/scratch/\n")
    write(repo, "declarations/scratch/wip.yaml", declaration("wip", purpose=None))
    assert check("--changed-since", "HEAD")[:2] == (0, "")


def test_works_from_a_subfolder(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(repo, "declarations/welink/new.yaml", declaration("new", purpose=None))
    monkeypatch.chdir(repo / "declarations")
    code, out, _ = check("--changed-since", "HEAD", "welink")
    assert code == 1 and out.startswith("welink/new.yaml:1:1: DL201")


def test_an_unknown_revision_is_a_usage_error(repo: Path) -> None:
    code, out, err = check("--changed-since", "no-such-branch")
    assert (code, out) == (2, "")
    assert (
        err == "disclosurelint: error: unknown git revision 'no-such-branch' (in a shallow "
        "clone, fetch it first)\n"
    )
    assert check("--changed-since", "--all")[0] == 2


def test_without_git_is_a_usage_error(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(repo / "no-bin"))
    assert check("--changed-since", "HEAD") == (
        2,
        "",
        "disclosurelint: error: git is not installed or not on PATH\n",
    )


def test_outside_a_repository_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outside = tmp_path / "plain"
    write(outside, "declarations/a.yaml", declaration("a"))
    monkeypatch.chdir(outside)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    code, out, err = check("--changed-since", "HEAD")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert err.endswith("is not inside a git repository\n")
