"""What ties a report to its source: git, the content hash, the rule set's version."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from disclosurelint.report.model import Configuration
from disclosurelint.report.provenance import (
    NO_COMMIT,
    NO_GIT,
    NOT_A_REPOSITORY,
    configuration,
    content_hash,
    provenance,
)
from disclosurelint.report.ruleset import RULE_COUNT, RULESET_VERSION, compute
from disclosurelint.rules import builtin_rules, info
from tests.gates.gitrepo import commit_all, git, git_env, init
from tests.legal.common import entry


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository holding two declarations and a README, committed, as the working
    folder; git reads neither the user's nor the system's settings."""
    home = tmp_path / "home"
    home.mkdir()
    for key, value in git_env(home).items():
        if key.startswith("GIT_"):
            monkeypatch.setenv(key, value)
    for key in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):
        monkeypatch.delenv(key, raising=False)
    root = init(tmp_path / "privacy-lists")
    (root / "declarations").mkdir()
    (root / "declarations" / "a.yaml").write_text(entry("alpha"), encoding="utf-8")
    (root / "declarations" / "b.yaml").write_text(entry("beta"), encoding="utf-8")
    (root / "README.md").write_text("Lists\n", encoding="utf-8")
    commit_all(root, "Declare two partners")
    monkeypatch.chdir(root)
    return root


def head(root: Path) -> str:
    return git(root, "rev-parse", "HEAD").stdout.strip()


def test_the_commit_is_head_and_the_repository_its_top_folder(repo: Path) -> None:
    found = provenance(["declarations"])
    assert found.repository == "privacy-lists"
    assert found.commit == head(repo) and len(found.commit) == 40
    assert (found.note, found.dirty, found.changes) == (None, False, ())


def test_the_repository_is_found_from_a_subfolder(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo / "declarations")
    assert provenance(["a.yaml"]).repository == "privacy-lists"


def test_editing_a_declaration_makes_the_tree_dirty(repo: Path) -> None:
    path = repo / "declarations" / "a.yaml"
    path.write_text(entry("alpha", name="Other Co."), encoding="utf-8")
    found = provenance(["declarations"])
    assert found.dirty is True
    assert found.changes == (" M declarations/a.yaml",)
    assert found.commit == head(repo)
    commit_all(repo, "Rename the recipient")
    again = provenance(["declarations"])
    assert (again.dirty, again.commit) == (False, head(repo))


def test_a_new_untracked_declaration_makes_the_tree_dirty(repo: Path) -> None:
    (repo / "declarations" / "c.yaml").write_text(entry("gamma"), encoding="utf-8")
    assert provenance(["declarations"]).changes == ("?? declarations/c.yaml",)


def test_changes_outside_the_checked_paths_do_not_count(repo: Path) -> None:
    (repo / "README.md").write_text("Changed\n", encoding="utf-8")
    assert provenance(["declarations"]).dirty is False
    assert provenance(["declarations/a.yaml"]).dirty is False
    (repo / "declarations" / "b.yaml").write_text(entry("beta", name="B"), encoding="utf-8")
    assert provenance(["declarations/a.yaml"]).dirty is False
    assert provenance(["declarations/b.yaml"]).dirty is True


def test_a_repository_without_a_commit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = git_env(home)
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", env["GIT_CONFIG_GLOBAL"])
    root = init(tmp_path / "fresh", env)
    (root / "a.yaml").write_text(entry(), encoding="utf-8")
    found = provenance([root / "a.yaml"])
    assert (found.repository, found.commit, found.note) == ("fresh", None, NO_COMMIT)
    assert found.dirty is True


def test_outside_git_the_report_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    folder = tmp_path / "plain-folder"
    (folder / "declarations").mkdir(parents=True)
    monkeypatch.chdir(folder)
    found = provenance(["declarations"])
    assert found.repository == "plain-folder"
    assert (found.commit, found.note, found.dirty) == (None, NOT_A_REPOSITORY, None)
    assert provenance(["declarations"], fallback=tmp_path).repository == tmp_path.name


def test_without_git_the_report_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.chdir(tmp_path)
    found = provenance(["."])
    assert (found.commit, found.note, found.dirty) == (None, NO_GIT, None)


# -- hashes ------------------------------------------------------------------------------------


def test_the_content_hash_is_documented_arithmetic() -> None:
    files = [("b.yaml", b"id: b\n"), ("a.yaml", b"id: a\n")]
    expected = hashlib.sha256(b"a.yaml\x006\x00id: a\nb.yaml\x006\x00id: b\n").hexdigest()
    assert content_hash(files) == expected
    assert content_hash(reversed(files)) == expected  # the order given does not matter


def test_the_content_hash_changes_with_any_byte_or_name() -> None:
    base = content_hash([("a.yaml", b"id: a\n")])
    assert content_hash([("a.yaml", b"id: a \n")]) != base
    assert content_hash([("b.yaml", b"id: a\n")]) != base
    assert content_hash([("a.yaml", None)]) != content_hash([("a.yaml", b"")])
    # the length keeps a path and the next file's bytes from running together
    assert content_hash([("a", b"b\x001\x00c"), ("z", b"")]) != content_hash(
        [("a", b"b"), ("c", b"")]
    )


def test_the_configuration_is_named_with_its_hash(tmp_path: Path) -> None:
    config = tmp_path / ".disclosurelint.yaml"
    config.write_bytes(b"regimes: [pipl]\n")
    digest = hashlib.sha256(b"regimes: [pipl]\n").hexdigest()
    assert configuration(str(config)) == Configuration(str(config), digest)
    assert configuration(None) == Configuration(None, note="none found: the defaults")
    assert configuration(None, True) == Configuration(None, note="none: --isolated, the defaults")
    assert configuration(str(tmp_path / "gone.yaml")).sha256 is None


# -- the rule set's version --------------------------------------------------------------------


def test_the_ruleset_version_covers_every_rule_and_the_taxonomy() -> None:
    from disclosurelint.taxonomy.loader import DATA_FILE, resource_text

    # the built-in rules, whatever policy rules an earlier run in this process installed: a
    # report cites an organisation's policies with their own text
    rules = [info(rule) for rule in builtin_rules()]
    taxonomy = resource_text(DATA_FILE)
    assert compute(rules, taxonomy) == RULESET_VERSION
    assert RULESET_VERSION.startswith("rules-") and len(RULESET_VERSION) == len("rules-") + 16
    assert RULE_COUNT == len(rules) >= 40
    assert compute(reversed(rules), taxonomy) == RULESET_VERSION  # code order, not given order
    changed_doc = [replace(rules[0], doc=rules[0].doc + " "), *rules[1:]]
    assert compute(changed_doc, taxonomy) != RULESET_VERSION
    changed_articles = [replace(rules[0], articles=("PIPL Art. 1",)), *rules[1:]]
    assert compute(changed_articles, taxonomy) != RULESET_VERSION
    assert compute(rules[1:], taxonomy) != RULESET_VERSION
    assert compute(rules, taxonomy + "\n") != RULESET_VERSION


def test_the_ruleset_version_is_the_same_in_every_process() -> None:
    code = "from disclosurelint.report.ruleset import RULESET_VERSION; print(RULESET_VERSION)"
    shown = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert shown == RULESET_VERSION
