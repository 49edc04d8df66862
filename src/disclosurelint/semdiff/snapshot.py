"""The declaration files of one side of a comparison: a git revision, or the working tree.

A revision is read with ``git ls-tree`` and one ``git cat-file --batch``, never by checking it
out. The working tree is what ``git add -A`` would take: tracked files and untracked ones that git
does not ignore, as they are on disk. Both sides are filtered alike: declaration names only
(``*.yaml``, ``*.yml``, not ``_*``), no hidden or tool folders, the configuration's ``exclude``.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from disclosurelint import gitutil
from disclosurelint.config import Settings, path_matches
from disclosurelint.discover import SKIP_DIRS, display_path, is_declaration_name
from disclosurelint.document import Document
from disclosurelint.errors import UsageError
from disclosurelint.load import load_bytes

_ID = re.compile(r"^id:[ \t]*[\"']?([a-z0-9][a-z0-9-]{0,62})[\"']?[ \t]*(?:#.*)?$", re.MULTILINE)


@dataclass(frozen=True)
class Entry:
    """One declaration file at one side.

    ``key`` is its path from the repository's top (how files at the same place are recognised),
    ``path`` how it is shown. A file that cannot be read has no ``document`` and a ``problem``;
    its ``id`` is then what its text seems to say, if anything.
    """

    key: str
    path: str
    id: str | None
    digest: str
    document: Document | None
    problem: str | None = None


@dataclass(frozen=True)
class Repository:
    """Where git runs (the top of the working tree) and where paths are shown from."""

    top: Path
    cwd: Path

    @classmethod
    def here(cls) -> Repository:
        cwd = Path.cwd().resolve()
        return cls(gitutil.toplevel(cwd).resolve(), cwd)

    def pathspecs(self, paths: Iterable[str]) -> list[str]:
        """The paths (relative to the working folder) as paths from the top."""
        specs = []
        for raw in paths:
            absolute = (self.cwd / raw).resolve()
            rel = os.path.relpath(absolute, self.top)
            if rel == ".." or rel.startswith(".." + os.sep):
                raise UsageError(f"{raw}: outside the git repository {self.top}")
            specs.append(Path(rel).as_posix())
        return specs

    def shown(self, key: str) -> str:
        return display_path(self.top / key, str(self.cwd))


def check_paths(repo: Repository, paths: Sequence[str], commits: Sequence[str]) -> None:
    """UsageError for a path that is neither on disk nor in any of ``commits`` (a typo would
    otherwise compare nothing with nothing, and pass)."""
    for path in paths:
        if Path(path).exists():
            continue
        specs = repo.pathspecs([path])
        if not any(gitutil.tree_files(commit, specs, repo.top) for commit in commits):
            raise UsageError(f"{path}: no such file or folder, at either revision or on disk")


def read_revision(
    repo: Repository, commit: str, paths: Sequence[str], settings: Settings
) -> tuple[Entry, ...]:
    """The declarations under ``paths`` in ``commit``."""
    files = [
        f
        for f in gitutil.tree_files(commit, repo.pathspecs(paths), repo.top)
        if _wanted(repo, f.path, settings)
    ]
    small = [f.blob for f in files if f.size <= settings.max_file_size]
    contents = gitutil.read_blobs(small, repo.top)
    return tuple(
        _entry(repo, f.path, contents.get(f.blob), settings, size=f.size, digest=f.blob)
        for f in files
    )


def read_worktree(repo: Repository, paths: Sequence[str], settings: Settings) -> tuple[Entry, ...]:
    """The declarations under ``paths`` in the working tree, committed or not."""
    entries = []
    for key in gitutil.worktree_files(repo.pathspecs(paths), repo.top):
        if not _wanted(repo, key, settings):
            continue
        file = repo.top / key
        try:
            if not file.is_file():
                continue  # deleted, not yet committed
            size = file.stat().st_size
            raw = file.read_bytes() if size <= settings.max_file_size else None
            digest = blob_id(file, size) if raw is None else blob_id_of(raw)
        except OSError as exc:
            entries.append(_unreadable(repo, key, f"cannot be read: {exc.strerror or exc}"))
            continue
        entries.append(_entry(repo, key, raw, settings, size=size, digest=digest))
    return tuple(entries)


def blob_id_of(raw: bytes) -> str:
    """The object id git gives these bytes, so that an unchanged file is equal at both sides."""
    return hashlib.sha1(b"blob %d\0" % len(raw) + raw, usedforsecurity=False).hexdigest()


def blob_id(file: Path, size: int) -> str:
    """:func:`blob_id_of` a file too large to hold in memory, read in pieces."""
    digest = hashlib.sha1(b"blob %d\0" % size, usedforsecurity=False)
    with file.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _wanted(repo: Repository, key: str, settings: Settings) -> bool:
    parts = key.split("/")
    if not is_declaration_name(parts[-1]):
        return False
    if any(p in SKIP_DIRS or p.startswith(".") for p in parts[:-1]):
        return False
    if settings.exclude:
        rel = settings.relative(repo.top / key, str(repo.cwd))
        return not any(path_matches(rel, pattern) for pattern in settings.exclude)
    return True


def _entry(
    repo: Repository, key: str, raw: bytes | None, settings: Settings, *, size: int, digest: str
) -> Entry:
    shown = repo.shown(key)
    if raw is None:
        limit = settings.max_file_size
        return _unreadable(repo, key, f"{size:,} bytes, over the {limit:,}-byte limit", digest)
    document, issues, text = load_bytes(raw, shown, settings.max_file_size)
    if document is None:
        message = issues[0].finding.message if issues else "cannot be read"
        return Entry(key, shown, guess_id(text), digest, None, message)
    ident = document.mapping.get("id")
    if not isinstance(ident, str) or not ident.strip():
        return Entry(key, shown, None, digest, None, "no `id`: the partner cannot be matched")
    return Entry(key, shown, ident.strip(), digest, document)


def _unreadable(repo: Repository, key: str, problem: str, digest: str = "") -> Entry:
    return Entry(key, repo.shown(key), None, digest, None, problem)


def guess_id(text: str | None) -> str | None:
    """The ``id:`` line of a file whose YAML cannot be read, so it still meets its other side."""
    found = _ID.findall(text or "")
    return found[0] if len(found) == 1 else None
