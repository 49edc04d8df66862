"""Real git repositories for tests, isolated from the user's and the system's git settings."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

IDENTITY = (
    "-c",
    "user.name=Disclosure Tester",
    "-c",
    "user.email=tester@example.com",
    "-c",
    "init.defaultBranch=main",
    "-c",
    "commit.gpgsign=false",
)


def git_env(home: Path) -> dict[str, str]:
    """The environment minus anything that could make git or pre-commit behave differently."""
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT", "GITHUB_"))
    }
    empty = home / "gitconfig"
    empty.touch()
    env.update(
        GIT_CONFIG_GLOBAL=str(empty),
        GIT_CONFIG_NOSYSTEM="1",
        GIT_AUTHOR_NAME="Disclosure Tester",
        GIT_AUTHOR_EMAIL="tester@example.com",
        GIT_COMMITTER_NAME="Disclosure Tester",
        GIT_COMMITTER_EMAIL="tester@example.com",
    )
    return env


def git(
    repo: Path, *args: str, env: dict[str, str] | None = None, check: bool = True
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", *IDENTITY, *args], cwd=repo, env=env, text=True, capture_output=True, check=check
    )


def init(repo: Path, env: dict[str, str] | None = None) -> Path:
    repo.mkdir(parents=True, exist_ok=True)
    git(repo, "init", "-q", env=env)
    return repo


def commit_all(repo: Path, message: str, env: dict[str, str] | None = None) -> str:
    git(repo, "add", "-A", env=env)
    git(repo, "commit", "-q", "--no-verify", "-m", message, env=env)
    return git(repo, "rev-parse", "HEAD", env=env).stdout.strip()
