"""Paths and folders -> a sorted list of declaration files."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path

from disclosurelint.errors import UsageError

SUFFIXES = (".yaml", ".yml")
SKIP_DIRS = {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox"}


def display_path(path: Path, cwd: str | None = None) -> str:
    """The path as shown to the user: relative to the working folder when below it, with ``/``."""
    text = os.fspath(path)
    if not os.path.isabs(text):  # noqa: PTH117 - per file: string tests are cheap
        plain = os.path.normpath(text)
        if plain != ".." and not plain.startswith(".." + os.sep):
            # below the working folder whatever it is: no need to know it
            return plain if os.sep == "/" else plain.replace(os.sep, "/")
    here = cwd or str(Path.cwd())
    absolute = os.path.normpath(os.path.join(here, path))  # noqa: PTH118 - string paths: cheap per file
    if absolute == here:
        return "."
    prefix = here.rstrip(os.sep) + os.sep
    if absolute.startswith(prefix):  # string arithmetic: relpath and Path cost more per file
        return absolute[len(prefix) :].replace(os.sep, "/")
    return Path(absolute if path.is_absolute() else os.path.normpath(path)).as_posix()


def repository_root(path: Path) -> Path:
    """The repository ``path`` belongs to: the nearest folder above it holding ``.git``; else the
    working folder when ``path`` is below it; else ``path``'s own folder."""
    here = Path.cwd()
    return _root(Path(os.path.normpath(os.path.join(here, path))), here)  # noqa: PTH118


@lru_cache(maxsize=256)
def _root(absolute: Path, here: Path) -> Path:
    for folder in (absolute, *absolute.parents):
        if (folder / ".git").exists():
            return folder
    if here == absolute or here in absolute.parents:
        return here
    return absolute if absolute.is_dir() else absolute.parent


def is_declaration_name(name: str) -> bool:
    """Declarations are ``*.yaml``/``*.yml`` in any case (``.YAML`` too); ``_product.yaml`` and
    other ``_*`` files are not."""
    return name.lower().endswith(SUFFIXES) and not name.startswith((".", "_"))


def _excluded(file: Path, patterns: Sequence[str], root: str | None) -> bool:
    from disclosurelint.paths import path_matches, relative_to

    rel = relative_to(file, root)
    return any(path_matches(rel, p) for p in patterns)


def discover(
    paths: Iterable[str | Path], exclude: Sequence[str] = (), *, root: str | None = None
) -> list[Path]:
    """Expand files and folders to declaration files: :func:`discover_shown`'s files."""
    return [file for file, _ in discover_shown(paths, exclude, root=root)]


def discover_shown(
    paths: Iterable[str | Path], exclude: Sequence[str] = (), *, root: str | None = None
) -> list[tuple[Path, str]]:
    """Expand files and folders to declaration files, sorted and without duplicates.

    A file named explicitly is always checked (whatever its name); folders are searched for
    ``*.yaml`` and ``*.yml``. ``exclude`` globs match paths relative to ``root`` (the
    configuration's folder; the working folder when None). A path that does not exist is a
    :class:`UsageError`. Each file comes with its name as shown (:func:`display_path`).
    """
    found: dict[str, Path] = {}
    here = str(Path.cwd())
    for raw in paths:
        path = Path(raw)
        if not path.exists() and not path.is_symlink():
            raise UsageError(f"{raw}: no such file or folder")
        if not path.is_dir() or _leaves_repository(path):
            # a file named explicitly (a FIFO or a link too: the loader says why it is not read)
            found.setdefault(display_path(path, here), path)
            continue
        for file in _walk(path):
            if not (exclude and _excluded(file, exclude, root)):
                found.setdefault(display_path(file, here), file)
    return [(found[k], k) for k in sorted(found)]


def _leaves_repository(folder: Path) -> bool:
    real = Path(os.path.realpath(folder))
    top = Path(os.path.realpath(repository_root(folder)))
    return real != top and top not in real.parents


def _walk(top: Path) -> Iterator[Path]:
    """Declaration files below ``top``. Linked folders are followed (once each) while they stay in
    the repository; a link that leaves it, and a folder that cannot be listed, are yielded
    themselves so that the loader reports them instead of skipping them in silence."""
    seen: set[str] = set()
    unlisted: list[OSError] = []
    for folder, dirs, files in os.walk(top, followlinks=True, onerror=unlisted.append):
        real = os.path.realpath(folder)
        if real in seen:  # a link back to a folder already walked
            dirs[:] = []
            continue
        seen.add(real)
        kept = []
        for name in sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith(".")):
            sub = Path(folder) / name
            if sub.is_symlink() and _leaves_repository(sub):
                yield sub
            else:
                kept.append(name)
        dirs[:] = kept
        for name in files:
            if is_declaration_name(name):
                yield Path(folder) / name
    for error in unlisted:
        if error.filename:
            yield Path(error.filename)
