"""Paths and folders -> a sorted list of declaration files."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path

from disclosurelint.errors import UsageError

SUFFIXES = (".yaml", ".yml")
SKIP_DIRS = {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox"}


def display_path(path: str | Path, cwd: str | None = None) -> str:
    """The path as shown to the user: relative to the working folder when below it, with ``/``.

    Called for every file of a folder outside the working folder: string arithmetic only, no
    path object (two of them per file cost about 6% of a cold check of such a folder).
    """
    text = os.fspath(path)
    if not os.path.isabs(text):  # noqa: PTH117 - per file: string tests are cheap
        plain = os.path.normpath(text)
        if plain != ".." and not plain.startswith(".." + os.sep):
            # below the working folder whatever it is: no need to know it
            return plain if os.sep == "/" else plain.replace(os.sep, "/")
    here = cwd or str(Path.cwd())
    absolute = os.path.normpath(os.path.join(here, text))  # noqa: PTH118 - string paths: cheap per file
    if absolute == here:
        return "."
    prefix = here.rstrip(os.sep) + os.sep
    if absolute.startswith(prefix):  # string arithmetic: relpath and Path cost more per file
        return absolute[len(prefix) :].replace(os.sep, "/")
    outside = absolute if os.path.isabs(text) else os.path.normpath(text)  # noqa: PTH117
    # a normalised path is its own POSIX form where the separator is already `/`
    return outside if os.sep == "/" else Path(outside).as_posix()


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


def _excluded(file: str, patterns: Sequence[str], root: str | None) -> bool:
    from disclosurelint.paths import path_matches, relative_to

    rel = relative_to(file, root)
    return any(path_matches(rel, p) for p in patterns)


def discover(
    paths: Iterable[str | Path], exclude: Sequence[str] = (), *, root: str | None = None
) -> list[Path]:
    """Expand files and folders to declaration files: :func:`discover_names`' files."""
    return [Path(file) for file, _ in discover_names(paths, exclude, root=root)]


def discover_shown(
    paths: Iterable[str | Path], exclude: Sequence[str] = (), *, root: str | None = None
) -> list[tuple[Path, str]]:
    """:func:`discover_names` with each file as a :class:`Path`."""
    return [(Path(file), shown) for file, shown in discover_names(paths, exclude, root=root)]


def discover_names(
    paths: Iterable[str | Path], exclude: Sequence[str] = (), *, root: str | None = None
) -> list[tuple[str, str]]:
    """Expand files and folders to declaration files, sorted and without duplicates.

    A file named explicitly is always checked (whatever its name); folders are searched for
    ``*.yaml`` and ``*.yml``. ``exclude`` globs match paths relative to ``root`` (the
    configuration's folder; the working folder when None). A path that does not exist is a
    :class:`UsageError`. Each file comes as found and as shown (:func:`display_path`), both
    plain strings: a listing of many thousand files builds no path object per file.
    """
    found: dict[str, str] = {}
    here = os.getcwd()  # noqa: PTH109 - a string, as every path here
    for raw in paths:
        path = Path(raw)
        top = str(path)  # normalised as before: no trailing separator, no "." parts
        if not os.path.lexists(top):
            raise UsageError(f"{raw}: no such file or folder")
        if not os.path.isdir(top) or _leaves_repository(path):  # noqa: PTH112
            # a file named explicitly (a FIFO or a link too: the loader says why it is not read)
            found.setdefault(display_path(path, here), top)
            continue
        prefix = display_path(path, here)
        # below a folder shown relative to the working folder (however it was named: an
        # absolute path below it too), a file is shown as the folder is, then its path inside
        # it; a folder above or beside the working folder may hold files shown either way
        below = not (prefix == ".." or prefix.startswith("../") or os.path.isabs(prefix))  # noqa: PTH117
        joint = "" if prefix == "." else prefix + "/"
        # Shown relative to the working folder, a file opens as named unless the name went
        # through `..` (after a symbolic link, `a/link/..` is not `a`): then it is kept as found.
        as_shown = below and ".." not in path.parts
        for file, rel in _walk(top):
            if exclude and _excluded(file, exclude, root):
                continue
            if below:
                shown = joint + rel if rel else prefix
                # one string when the file opens by the name it is shown by (the usual case,
                # a folder named by its absolute path too)
                found.setdefault(shown, shown if as_shown or shown == file else file)
            else:
                found.setdefault(display_path(file, here), file)
    return [(found[k], k) for k in sorted(found)]


def _leaves_repository(folder: Path) -> bool:
    real = Path(os.path.realpath(folder))
    top = Path(os.path.realpath(repository_root(folder)))
    return real != top and top not in real.parents


def _walk(top: str) -> Iterator[tuple[str, str]]:
    """Declaration files below ``top``, each as a path and as a path relative to ``top`` (with
    ``/``), in the order ``os.walk`` gives them. Linked folders are followed (once each) while
    they stay in the repository; a link that leaves it, and a folder that cannot be listed, are
    yielded themselves so that the loader reports them instead of skipping them in silence."""
    seen: set[str] = set()
    unlisted: list[tuple[str, str]] = []

    def visit(folder: str, rel: str) -> Iterator[tuple[str, str]]:
        real = os.path.realpath(folder)
        if real in seen:  # a link back to a folder already walked
            return
        seen.add(real)
        folders: list[tuple[str, os.DirEntry[str]]] = []
        files: list[str] = []  # names only: a folder of 100,000 files keeps no entry per file
        try:
            with os.scandir(folder) as listing:
                for entry in listing:
                    try:
                        is_dir = entry.is_dir()
                    except OSError:
                        is_dir = False
                    if is_dir:
                        folders.append((entry.name, entry))
                    elif is_declaration_name(entry.name):
                        files.append(entry.name)
        except OSError:
            unlisted.append((folder, rel))
            return
        kept: list[str] = []
        for name, entry in sorted(folders):
            if name in SKIP_DIRS or name.startswith("."):
                continue
            if entry.is_symlink() and _leaves_repository(Path(entry.path)):
                yield entry.path, rel + name
            else:
                kept.append(name)
        for name in files:
            yield _join(folder, name), rel + name
        for name in kept:
            yield from visit(_join(folder, name), rel + name + "/")

    yield from visit(top, "")
    for folder, rel in unlisted:
        yield folder, rel.rstrip("/")  # "": the folder itself


def _join(folder: str, name: str) -> str:
    """``folder/name`` as ``Path(folder) / name`` spells it (no ``./`` in front), as a string."""
    return name if folder == "." else os.path.join(folder, name)  # noqa: PTH118 - per file
