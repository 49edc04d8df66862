"""Paths and folders -> a sorted list of declaration files."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from disclosurelint.errors import UsageError

SUFFIXES = (".yaml", ".yml")
SKIP_DIRS = {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox"}


def display_path(path: Path, cwd: str | None = None) -> str:
    """The path as shown to the user: relative to the working folder when below it, with ``/``."""
    here = cwd or str(Path.cwd())
    absolute = os.path.normpath(os.path.join(here, path))  # noqa: PTH118 - string paths: cheap per file
    if absolute == here or absolute.startswith(here.rstrip(os.sep) + os.sep):
        return Path(os.path.relpath(absolute, here)).as_posix()
    return Path(absolute if path.is_absolute() else os.path.normpath(path)).as_posix()


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
    """Expand files and folders to declaration files, sorted and without duplicates.

    A file named explicitly is always checked (whatever its name); folders are searched for
    ``*.yaml`` and ``*.yml``. ``exclude`` globs match paths relative to ``root`` (the
    configuration's folder; the working folder when None). A path that does not exist is a
    :class:`UsageError`.
    """
    found: dict[str, Path] = {}
    here = str(Path.cwd())
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise UsageError(f"{raw}: no such file or folder")
        if path.is_file():
            found.setdefault(display_path(path, here), path)
            continue
        for folder, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
            for name in files:
                if not is_declaration_name(name):
                    continue
                file = Path(folder) / name
                shown = display_path(file, here)
                if not (exclude and _excluded(file, exclude, root)):
                    found.setdefault(shown, file)
    return [found[k] for k in sorted(found)]
