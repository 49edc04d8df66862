"""The little git the checker needs, through the ``git`` command (imported only when used).

Every failure is a :class:`~disclosurelint.errors.UsageError` with one line saying what to do:
git missing, not inside a repository, or a revision git does not know.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from disclosurelint.errors import UsageError


class GitError(UsageError):
    """git ran and failed (as opposed to git not being there at all)."""


def git(*args: str, cwd: str | Path | None = None) -> str:
    """Run ``git ARGS`` and return its standard output; GitError when it fails."""
    try:
        proc = subprocess.run(
            ["git", *args],
            cwd=cwd,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="surrogateescape",
            check=False,
        )
    except FileNotFoundError:
        raise UsageError("git is not installed or not on PATH") from None
    if proc.returncode != 0:
        detail = (proc.stderr.strip().splitlines() or ["no message"])[-1]
        raise GitError(f"git {args[0]} failed: {detail}")
    return proc.stdout


def toplevel(cwd: str | Path | None = None) -> Path:
    """The root of the working tree that holds ``cwd``."""
    try:
        return Path(git("rev-parse", "--show-toplevel", cwd=cwd).strip())
    except GitError:
        where = Path(cwd or ".").resolve()
        raise UsageError(f"{where} is not inside a git repository") from None


def resolve_revision(rev: str, cwd: str | Path | None = None) -> str:
    """The commit ``rev`` names (a branch, tag, sha, ``HEAD~2``, ``origin/main``)."""
    if rev.startswith("-"):
        raise UsageError(f"unknown git revision {rev!r}")
    try:
        return git("rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}", cwd=cwd).strip()
    except GitError:
        raise UsageError(
            f"unknown git revision {rev!r} (in a shallow clone, fetch it first)"
        ) from None


def changed_files(rev: str, cwd: str | Path | None = None) -> set[Path]:
    """Files added, copied, modified or renamed since ``rev`` (working tree included), and
    untracked files that are not ignored; as resolved absolute paths.
    """
    top = toplevel(cwd)
    commit = resolve_revision(rev, cwd)
    diff = git(
        "diff", "--name-only", "--diff-filter=ACMR", "-z", "--no-renames", commit, "--", cwd=top
    )
    untracked = git("ls-files", "--others", "--exclude-standard", "-z", cwd=top)
    names = [n for n in (diff + untracked).split("\0") if n]
    return {(top / name).resolve() for name in names}
