"""The declaration files of one side of a comparison: a git revision, or the working tree.

A revision is read with ``git ls-tree`` and one ``git cat-file --batch``, never by checking it
out. The working tree is what ``git add -A`` would take: tracked files and untracked ones that git
does not ignore, as they are on disk. Both sides are filtered alike: declaration names only
(``*.yaml``, ``*.yml``, not ``_*``), no hidden or tool folders, the configuration's ``exclude``.
"""

from __future__ import annotations

import abc
import hashlib
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from disclosurelint import gitutil
from disclosurelint.config import Settings
from disclosurelint.discover import SKIP_DIRS, display_path, is_declaration_name
from disclosurelint.document import Document
from disclosurelint.errors import UsageError
from disclosurelint.load import load_bytes, read_limited
from disclosurelint.paths import path_matches

_ID = re.compile(r"^id:[ \t]*[\"']?([a-z0-9][a-z0-9-]{0,62})[\"']?[ \t]*(?:#.*)?$", re.MULTILINE)


@dataclass(frozen=True)
class Entry:
    """One declaration file at one side, read.

    ``key`` is its path from the repository's top (how files at the same place are recognised),
    ``path`` how it is shown. A file that cannot be read has no ``document`` and a ``problem``;
    its ``id`` is then what its text seems to say, if anything.
    """

    key: str
    path: str
    id: str | None
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


class Side(abc.ABC):
    """The declaration files of one side, listed with the git object id of their bytes first,
    so that a file with the same bytes at the same place at both sides need not be read."""

    def __init__(self, repo: Repository, settings: Settings) -> None:
        self.repo, self.settings = repo, settings
        self.digests: dict[str, str] = {}  # key -> object id ("" when it cannot be read)

    @abc.abstractmethod
    def read(self, keys: Iterable[str]) -> tuple[Entry, ...]:
        """The files at ``keys``, read and parsed."""

    def _entry(self, key: str, raw: bytes | None, size: int) -> Entry:
        shown = self.repo.shown(key)
        limit = self.settings.max_file_size
        if raw is None:
            return Entry(key, shown, None, None, f"{size:,} bytes, over the {limit:,}-byte limit")
        document, issues, text = load_bytes(raw, shown, limit)
        if document is None:
            message = issues[0].finding.message if issues else "cannot be read"
            return Entry(key, shown, guess_id(text), None, message)
        ident = document.mapping.get("id")
        if not isinstance(ident, str) or not ident.strip():
            return Entry(key, shown, None, None, "no `id`: the partner cannot be matched")
        return Entry(key, shown, ident.strip(), document)


class RevisionSide(Side):
    """The declarations under ``paths`` in ``commit``."""

    def __init__(
        self, repo: Repository, commit: str, paths: Sequence[str], settings: Settings
    ) -> None:
        super().__init__(repo, settings)
        listed = gitutil.tree_files(commit, repo.pathspecs(paths), repo.top)
        self._files = {f.path: f for f in listed if _wanted(repo, f.path, settings)}
        self.digests = {key: f.blob for key, f in self._files.items()}

    def read(self, keys: Iterable[str]) -> tuple[Entry, ...]:
        files = [self._files[key] for key in keys]
        limit = self.settings.max_file_size
        contents = gitutil.read_blobs([f.blob for f in files if f.size <= limit], self.repo.top)
        return tuple(self._entry(f.path, contents.get(f.blob), f.size) for f in files)


class WorktreeSide(Side):
    """The declarations under ``paths`` in the working tree, committed or not."""

    def __init__(self, repo: Repository, paths: Sequence[str], settings: Settings) -> None:
        super().__init__(repo, settings)
        self._raw: dict[str, tuple[bytes | None, int]] = {}
        self._problems: dict[str, str] = {}
        for key in gitutil.worktree_files(repo.pathspecs(paths), repo.top):
            if _wanted(repo, key, settings):
                self._list(key, repo.top / key)

    def _list(self, key: str, file: Path) -> None:
        try:
            if not file.exists() and not file.is_symlink():
                return  # deleted, not yet committed
            raw, refused = read_limited(file, self.settings.max_file_size)
            if refused is not None and refused.code != "DL008":  # a FIFO, a link outside
                self.digests[key] = ""
                self._problems[key] = refused.finding.message
                return
            size = file.stat().st_size
            self.digests[key] = blob_id(file, size) if raw is None else blob_id_of(raw)
            self._raw[key] = (raw, size)
        except OSError as exc:
            self.digests[key] = ""
            self._problems[key] = f"cannot be read: {exc.strerror or exc}"

    def read(self, keys: Iterable[str]) -> tuple[Entry, ...]:
        entries = []
        for key in keys:
            if key in self._problems:
                entries.append(Entry(key, self.repo.shown(key), None, None, self._problems[key]))
            else:
                entries.append(self._entry(key, *self._raw[key]))
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


def guess_id(text: str | None) -> str | None:
    """The ``id:`` line of a file whose YAML cannot be read, so it still meets its other side."""
    found = _ID.findall(text or "")
    return found[0] if len(found) == 1 else None
