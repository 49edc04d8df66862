"""The little git disclosurelint needs, through the ``git`` command (imported only when used).

Every failure is a :class:`~disclosurelint.errors.UsageError` with one line saying what to do:
git missing, not inside a repository, or a revision git does not know.
"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from disclosurelint.errors import UsageError


class GitError(UsageError):
    """git ran and failed (as opposed to git not being there at all)."""


def git(*args: str, cwd: str | Path | None = None) -> str:
    """Run ``git ARGS`` and return its standard output as text; GitError when it fails."""
    return git_bytes(*args, cwd=cwd).decode("utf-8", "surrogateescape")


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


# -- reading declarations at a revision, without checking it out ----------------------------------


@dataclass(frozen=True)
class TreeFile:
    """A regular file of a commit's tree: its path from the repository's top, blob and size."""

    path: str
    blob: str
    size: int


def git_bytes(*args: str, cwd: str | Path | None = None, stdin: bytes | None = None) -> bytes:
    """Run ``git ARGS`` (feeding ``stdin``) and return its raw standard output."""
    try:
        proc = subprocess.run(
            ["git", *args], cwd=cwd, input=stdin, capture_output=True, check=False
        )
    except FileNotFoundError:
        raise UsageError("git is not installed or not on PATH") from None
    if proc.returncode != 0:
        stderr = proc.stderr.decode("utf-8", "replace").strip()
        raise GitError(f"git {args[0]} failed: {(stderr.splitlines() or ['no message'])[-1]}")
    return proc.stdout


def tree_files(commit: str, pathspecs: Sequence[str], cwd: str | Path) -> list[TreeFile]:
    """The regular files under ``pathspecs`` (relative to the top, taken literally) in ``commit``.

    Symbolic links and submodules are left out: they hold no declaration text.
    """
    raw = git_bytes(
        "--literal-pathspecs", "ls-tree", "-r", "-z", "-l", commit, "--", *pathspecs, cwd=cwd
    )
    found: dict[str, TreeFile] = {}
    for record in raw.split(b"\0"):
        if not record:
            continue
        meta, _, name = record.partition(b"\t")
        mode, kind, blob, size = meta.split()
        if kind != b"blob" or mode not in (b"100644", b"100755"):
            continue
        path = name.decode("utf-8", "surrogateescape")
        found[path] = TreeFile(path, blob.decode("ascii"), int(size))
    return [found[p] for p in sorted(found)]


def read_blobs(blobs: Sequence[str], cwd: str | Path) -> dict[str, bytes]:
    """The contents of ``blobs`` (object names), read in one ``git cat-file --batch``."""
    wanted = list(dict.fromkeys(blobs))
    if not wanted:
        return {}
    raw = git_bytes(
        "cat-file", "--batch", cwd=cwd, stdin="".join(f"{b}\n" for b in wanted).encode()
    )
    contents: dict[str, bytes] = {}
    at = 0
    for blob in wanted:
        end = raw.index(b"\n", at)
        header = raw[at:end].split()
        if len(header) != 3:  # "<name> missing"
            raise GitError(f"git cat-file failed: object {blob} is missing")
        size = int(header[2])
        contents[blob] = raw[end + 1 : end + 1 + size]
        at = end + 1 + size + 1
    return contents


def worktree_files(pathspecs: Sequence[str], cwd: str | Path) -> list[str]:
    """Files under ``pathspecs`` that ``git add -A`` would take: tracked or untracked and not
    ignored, as paths from the top (a tracked file deleted from disk is listed; check it)."""
    listed = git(
        "--literal-pathspecs",
        "ls-files",
        "-z",
        "--cached",
        "--others",
        "--exclude-standard",
        "--",
        *pathspecs,
        cwd=cwd,
    )
    return sorted({name for name in listed.split("\0") if name})
