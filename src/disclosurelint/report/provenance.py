"""What ties a report to its source: the repository, the commit, uncommitted changes, hashes.

git is asked through the ``git`` command, only when a report is made: ``rev-parse
--show-toplevel`` for the repository, ``rev-parse HEAD`` for the commit and ``status
--porcelain`` limited to the checked paths for uncommitted changes (untracked files included).
Outside a repository, or without git, the report says so instead of failing.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from disclosurelint.report.model import Configuration, Provenance

NOT_A_REPOSITORY = "not a git repository"
NO_GIT = "git is not installed"
NO_COMMIT = "no commit yet"


def content_hash(files: Iterable[tuple[str, bytes | None]]) -> str:
    """SHA-256 over the files sorted by path: for each, the path (UTF-8), a NUL byte, the
    length in bytes (decimal), a NUL byte and the bytes. A file that could not be read counts
    with the length ``-1`` and no bytes."""
    digest = hashlib.sha256()
    for path, content in sorted(files, key=lambda pair: pair[0]):
        add_file(digest, path, content)
    return digest.hexdigest()


def add_file(digest: hashlib._Hash, path: str, content: bytes | None) -> None:
    """Add one file to a :func:`content_hash` taken file by file, in order of their paths."""
    size = -1 if content is None else len(content)
    digest.update(f"{path}\0{size}\0".encode())
    digest.update(content or b"")


def file_hash(content: bytes | None) -> str:
    """SHA-256 of one file's bytes; ``unreadable`` when it could not be read."""
    return "unreadable" if content is None else hashlib.sha256(content).hexdigest()


def _base(paths: Sequence[str | os.PathLike[str]]) -> Path:
    """The folder that holds every checked path."""
    folders = [Path(p).resolve() for p in paths] or [Path.cwd().resolve()]
    folders = [p if p.is_dir() else p.parent for p in folders]
    return Path(os.path.commonpath(folders)) if len(folders) > 1 else folders[0]


def provenance(
    paths: Sequence[str | os.PathLike[str]], fallback: str | os.PathLike[str] | None = None
) -> Provenance:
    """The repository the checked ``paths`` belong to, its commit, and whether they changed.

    Outside git, the repository is named after ``fallback`` (the configuration's folder), or
    the working folder when there is none.
    """
    from disclosurelint.errors import UsageError
    from disclosurelint.gitutil import GitError, git

    base = _base(paths)
    name = Path(fallback or Path.cwd()).resolve().name
    try:
        top = Path(git("rev-parse", "--show-toplevel", cwd=base).strip())
    except GitError as exc:  # not a repository, or one git refuses to read (its owner)
        note = NOT_A_REPOSITORY if NOT_A_REPOSITORY in str(exc) else str(exc)
        return Provenance(repository=name, commit=None, note=note)
    except UsageError:  # git itself is missing
        return Provenance(repository=name, commit=None, note=NO_GIT)
    try:
        commit: str | None = git("rev-parse", "--verify", "--quiet", "HEAD", cwd=top).strip()
    except GitError:
        commit = None
    specs = [str(Path(p).resolve()) for p in paths] or [str(base)]
    try:
        status = git("status", "--porcelain", "--untracked-files=all", "--", *specs, cwd=top)
    except GitError as exc:
        return Provenance(top.name, commit, note=str(exc))
    changes = tuple(line for line in status.splitlines() if line.strip())
    return Provenance(
        repository=top.name,
        commit=commit,
        note=None if commit else NO_COMMIT,
        dirty=bool(changes),
        changes=changes,
    )


NO_CONFIGURATION = Configuration(None, note="none found: the defaults")
ISOLATED = Configuration(None, note="none: --isolated, the defaults")


def configuration(source: str | None, isolated: bool = False) -> Configuration:
    """The configuration file the report honours, with its SHA-256, or why there is none."""
    if source is None:
        return ISOLATED if isolated else NO_CONFIGURATION
    try:
        digest: str | None = hashlib.sha256(Path(source).read_bytes()).hexdigest()
    except OSError:
        digest = None
    return Configuration(source, digest)
