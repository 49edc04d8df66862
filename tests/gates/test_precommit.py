"""The hook as another repository uses it: real git, real pre-commit, a real commit refused.

The hook repository is a temporary git repository holding this checkout's package files at one
commit (pre-commit needs a ``repo:`` it can clone and a ``rev:``); pip installs it into the
hook environment, fetching the dependencies from the package index. Every test of the module
shares one ``PRE_COMMIT_HOME``, so that environment is built once.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from disclosurelint.cli import main
from tests.gates import gitrepo
from tests.gates.common import copy_checkout, declaration, write


@dataclass(frozen=True)
class Hooks:
    env: dict[str, str]
    repo: Path
    rev: str
    work: Path

    def pre_commit(self, repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", *args],
            cwd=repo,
            env=self.env,
            text=True,
            capture_output=True,
            check=False,
        )

    def commit(self, repo: Path, message: str) -> subprocess.CompletedProcess[str]:
        """``git commit`` through the installed hook; stdout and stderr together."""
        return subprocess.run(
            ["git", *gitrepo.IDENTITY, "commit", "-m", message],
            cwd=repo,
            env=self.env,
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            check=False,
        )

    def project(self, name: str) -> Path:
        """A repository that uses the hook, with the hook installed."""
        repo = gitrepo.init(self.work / name, self.env)
        config = {
            "repos": [
                {"repo": str(self.repo), "rev": self.rev, "hooks": [{"id": "disclosurelint"}]}
            ]
        }
        write(repo, ".pre-commit-config.yaml", yaml.safe_dump(config, sort_keys=False))
        gitrepo.commit_all(repo, "use disclosurelint", self.env)
        installed = self.pre_commit(repo, "install")
        assert installed.returncode == 0, installed.stdout + installed.stderr
        return repo


@pytest.fixture(scope="module")
def hooks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hooks]:
    work = tmp_path_factory.mktemp("precommit")
    env = gitrepo.git_env(work)
    env["PRE_COMMIT_HOME"] = str(work / "pre-commit-home")
    env["PRE_COMMIT_COLOR"] = "never"
    hook_repo = copy_checkout(gitrepo.init(work / "hook-repo", env), ".pre-commit-hooks.yaml")
    rev = gitrepo.commit_all(hook_repo, "disclosurelint at test time", env)
    yield Hooks(env, hook_repo, rev, work)


def _head_count(repo: Path, env: dict[str, str]) -> int:
    return int(gitrepo.git(repo, "rev-list", "--count", "HEAD", env=env).stdout)


def test_a_declaration_without_purpose_is_refused_until_fixed(hooks: Hooks) -> None:
    repo = hooks.project("purpose")
    write(repo, "declarations/welink/camcard.yaml", declaration("camcard", purpose=None))
    gitrepo.git(repo, "add", "-A", env=hooks.env)

    refused = hooks.commit(repo, "add camcard")
    assert refused.returncode != 0, refused.stdout
    assert "declarations/welink/camcard.yaml:1:1: DL201 purpose:" in refused.stdout
    assert "Failed" in refused.stdout
    assert _head_count(repo, hooks.env) == 1

    write(repo, "declarations/welink/camcard.yaml", declaration("camcard"))
    write(repo, "declarations/welink/_product.yaml", "product: 1\nname: WeLink\n")
    gitrepo.git(repo, "add", "-A", env=hooks.env)
    accepted = hooks.commit(repo, "add camcard with its purpose")
    assert accepted.returncode == 0, accepted.stdout
    assert "disclosurelint" in accepted.stdout and "Passed" in accepted.stdout
    assert _head_count(repo, hooks.env) == 2


def test_a_new_file_reusing_a_committed_id_is_refused(hooks: Hooks) -> None:
    repo = hooks.project("duplicate")
    write(repo, "declarations/welink/camcard.yaml", declaration("camcard"))
    gitrepo.git(repo, "add", "-A", env=hooks.env)
    first = hooks.commit(repo, "add camcard")
    assert first.returncode == 0, first.stdout

    write(repo, "declarations/other/copy.yaml", declaration("camcard"))
    gitrepo.git(repo, "add", "declarations/other/copy.yaml", env=hooks.env)
    refused = hooks.commit(repo, "add a copy")
    assert refused.returncode != 0, refused.stdout
    assert (
        "declarations/other/copy.yaml:2:5: DL401 duplicate-id: id 'camcard' is also used by "
        "declarations/welink/camcard.yaml:2"
    ) in refused.stdout
    assert "declarations/welink/camcard.yaml:2:5" not in refused.stdout  # not staged: not shown


def test_the_repository_runs_its_own_hook_on_its_declarations(
    hooks: Hooks, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``.pre-commit-config.yaml`` (a local hook on the working tree's source) reports exactly
    what ``disclosurelint check`` reports on the repository's declarations."""
    repo = copy_checkout(
        gitrepo.init(hooks.work / "self", hooks.env), ".pre-commit-config.yaml", "declarations"
    )
    gitrepo.commit_all(repo, "snapshot", hooks.env)

    ran = hooks.pre_commit(repo, "run", "disclosurelint", "--all-files", "--verbose")
    monkeypatch.chdir(repo)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    expected = main(["check", "-f", "concise", "declarations"])
    heads = [line.split(" [")[0] for line in capsys.readouterr().out.splitlines()]
    assert ran.returncode == expected, ran.stdout + ran.stderr
    for head in heads:
        path, rest = head.split(": ", 1)
        assert f"{path}: {rest.split()[0]} " in ran.stdout
    assert ("Passed" if expected == 0 else "Failed") in ran.stdout


UMENG = """\
disclosure: 1
id: umeng
recipient:
  name: Umeng
  relationship: third_party
  contact: https://www.umeng.com/page/policy
product: Umeng analytics
sdks: [umeng-analytics]
data:
  - item: device identifiers
    category: device_id
purpose: Count how the app is used.
scenario: When you open the app.
sharing_modes: [sdk_on_device]
privacy_policy:
  url: https://www.umeng.com/page/policy
processing_method: Counts app starts and screens per device; reports aggregates to the app.
consent_evidence: {kind: separate, how: The first-start dialog names Umeng., where: Start dialog.}
"""


def test_a_manifest_that_adds_an_undeclared_sdk_is_refused(hooks: Hooks) -> None:
    """With `sdk-manifests` configured, staging only a build file runs the hook, and a new
    catalogued SDK that no declaration names stops the commit at the manifest's line."""
    repo = hooks.project("sdks")
    write(repo, ".disclosurelint.yaml", "sdk-manifests: [app/build.gradle]\n")
    write(repo, "declarations/welink/camcard.yaml", declaration("camcard"))
    write(repo, "app/build.gradle", "dependencies {\n}\n")
    gitrepo.git(repo, "add", "-A", env=hooks.env)
    assert hooks.commit(repo, "app and its list").returncode == 0

    write(
        repo,
        "app/build.gradle",
        "dependencies {\n    implementation 'com.umeng.umsdk:common:9.6.8'\n}\n",
    )
    gitrepo.git(repo, "add", "app/build.gradle", env=hooks.env)
    refused = hooks.commit(repo, "add analytics")
    assert refused.returncode != 0, refused.stdout
    assert "app/build.gradle:2:21: DL601 undeclared-sdk: Umeng U-App analytics" in refused.stdout
    assert _head_count(repo, hooks.env) == 2

    write(repo, "declarations/welink/umeng.yaml", UMENG)
    gitrepo.git(repo, "add", "-A", env=hooks.env)
    accepted = hooks.commit(repo, "add analytics and declare it")
    assert accepted.returncode == 0, accepted.stdout
    assert _head_count(repo, hooks.env) == 3
