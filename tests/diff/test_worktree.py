"""Without HEAD, the working tree is compared: committed or not, staged or not, untracked too."""

from __future__ import annotations

import pytest

from tests.diff.common import CALENDAR, CAMCARD, Repo, partner, run, summary


def test_uncommitted_staged_and_untracked_edits(repo: Repo) -> None:
    repo.edit(CAMCARD, sharing_modes=["backend_api", "form"])  # not staged
    repo.edit(CALENDAR, data=[{"item": "meeting schedule"}, {"item": "location"}])
    repo.git("add", CALENDAR)  # staged
    repo.write("declarations/other/untracked.yaml", partner("untracked"))
    repo.write(".gitignore", "declarations/scratch/\n")
    repo.write("declarations/scratch/ignored.yaml", partner("ignored"))
    repo.write("declarations/welink/_draft.yaml", partner("draft"))
    repo.write("declarations/welink/notes.txt", "not a declaration\n")
    assert summary("HEAD") == [
        ("calendar", "sensitive-item-added", "data[location]", "raises-risk"),
        ("camcard", "sharing-mode-added", "sharing_modes", "raises-risk"),
        ("untracked", "partner-added", "partner", "raises-risk"),
        ("untracked", "review-changed", "review.owner", "neutral"),
        ("untracked", "review-changed", "review.last_reviewed", "neutral"),
    ]


def test_a_file_deleted_but_not_committed_is_a_removed_partner(repo: Repo) -> None:
    (repo.root / CALENDAR).unlink()
    assert summary("HEAD") == [("calendar", "partner-removed", "partner", "lowers-risk")]


def test_head_given_ignores_the_working_tree(repo: Repo) -> None:
    repo.edit(CAMCARD, purpose="Uncommitted.")
    assert summary("HEAD", "HEAD") == []
    assert [c[1] for c in summary("HEAD")] == ["purpose-changed"]


def test_paths_limit_the_comparison(repo: Repo) -> None:
    repo.edit(CAMCARD, purpose="Uncommitted.")
    repo.edit(CALENDAR, purpose="Uncommitted too.")
    assert [c[0] for c in summary("HEAD", CALENDAR)] == ["calendar"]
    assert [c[0] for c in summary("HEAD", "HEAD", CALENDAR)] == []
    assert [c[0] for c in summary("HEAD", "declarations")] == ["calendar", "camcard"]


def test_a_folder_deleted_in_the_working_tree_is_still_a_path(repo: Repo) -> None:
    repo.git("rm", "-q", "-r", "declarations/welink")
    assert [c[1] for c in summary("HEAD", "declarations/welink")] == ["partner-removed"] * 2


def test_from_a_subfolder(repo: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    repo.edit(CAMCARD, purpose="Uncommitted.")
    monkeypatch.chdir(repo.root / "declarations")
    assert [c[:2] for c in summary("HEAD", "welink")] == [("camcard", "purpose-changed")]
    out = run("HEAD", "welink")[1]
    assert "camcard (welink/camcard.yaml)" in out


def test_configured_paths_and_exclude(repo: Repo) -> None:
    repo.write(
        ".disclosurelint.yaml", "paths: [declarations/welink]\nexclude: ['*/calendar.yaml']\n"
    )
    repo.edit(CAMCARD, purpose="Uncommitted.")
    repo.edit(CALENDAR, purpose="Excluded.")
    repo.write("declarations/other/elsewhere.yaml", partner("elsewhere"))
    assert [c[:2] for c in summary("HEAD")] == [("camcard", "purpose-changed")]


def test_an_unreadable_file_that_did_not_change_is_not_reported(repo: Repo) -> None:
    repo.write("declarations/welink/broken.yaml", "id: broken\npurpose: [\n")
    repo.commit("a broken file, reported by check")
    assert summary("HEAD") == []
    repo.write("declarations/welink/broken.yaml", "id: broken\npurpose: [still\n")
    assert summary("HEAD") == [("broken", "file-unreadable", "file", "raises-risk")]
