"""The declarations a report describes: their bytes, their data, and what the check found.

Files are found exactly as ``disclosurelint check`` finds them (the same paths, configuration
and excludes) and checked by the same engine, so the report and the gate never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from disclosurelint.config import Settings
from disclosurelint.document import Document
from disclosurelint.model import Result


@dataclass(frozen=True)
class Source:
    """One checked declaration file: its path as shown, its bytes and its loaded document."""

    path: str
    content: bytes | None  # None when the file could not be read
    document: Document | None  # None when it is not YAML the loader can read


def read_source(file: Path, shown: str, max_size: int) -> Source:
    """The file's bytes and document (left unread, like the check, when it is too large)."""
    from disclosurelint.load import load_bytes, read_limited

    try:
        content, _ = read_limited(file, max_size)  # never a FIFO, a device or a link outside
    except OSError:
        return Source(shown, None, None)
    document = load_bytes(content, shown, max_size)[0] if content is not None else None
    return Source(shown, content, document)


def checked(
    paths: Sequence[str | Path],
    settings: Settings,
    *,
    context: Sequence[str | Path] = (),
    jobs: int | None = None,
) -> tuple[tuple[tuple[Path, str], ...], Result]:
    """Every declaration under ``paths`` with its path as shown, and the result of checking them.

    A :class:`~disclosurelint.errors.UsageError` when a path does not exist or there is no
    declaration to report on: a report on nothing would read as a clean bill.
    """
    from disclosurelint.api import check_paths

    files = declarations(paths, settings)
    # the texts the check keeps to show source lines: a report shows none, so they go at once
    result = replace(check_paths(paths, settings, context=context, jobs=jobs), sources={})
    return files, result


def declarations(paths: Sequence[str | Path], settings: Settings) -> tuple[tuple[Path, str], ...]:
    """Every declaration under ``paths``, with its path as shown, found as ``check`` finds
    them; a :class:`~disclosurelint.errors.UsageError` when there is none."""
    from disclosurelint.discover import discover_shown

    files = discover_shown(paths, settings.exclude, root=settings.root)
    if not files:
        from disclosurelint.errors import UsageError

        shown = ", ".join(str(p) for p in paths)
        raise UsageError(f"{shown}: no declarations (*.yaml, *.yml) to report on")
    return tuple(files)


def collect(
    paths: Sequence[str | Path],
    settings: Settings,
    *,
    context: Sequence[str | Path] = (),
    jobs: int | None = None,
) -> tuple[tuple[Source, ...], Result]:
    """Every declaration under ``paths``, read, and the result of checking them (see
    :func:`checked`)."""
    files, result = checked(paths, settings, context=context, jobs=jobs)
    sources = tuple(read_source(file, shown, settings.max_file_size) for file, shown in files)
    return sources, result


def read_products(paths: Iterable[str]) -> tuple[tuple[str, Mapping[str, Any]], ...]:
    """``_product.yaml`` of every folder that holds a checked declaration (``paths``, as shown),
    read as YAML.

    The report shows the controller, app and published list it declares; a file that cannot be
    read gives an empty mapping (the report then says each fact is not stated; `render`
    validates the file).
    """
    from disclosurelint.load import load_file

    folders = dict.fromkeys(str(Path(path).parent) for path in paths)
    found: list[tuple[str, Mapping[str, Any]]] = []
    for folder in folders:
        path = Path(folder) / "_product.yaml"
        if not path.is_file():
            continue
        try:
            document = load_file(path, str(path), 1 << 20)[0]
        except OSError:
            document = None
        data = document.data if document is not None else None
        found.append((folder, data if isinstance(data, Mapping) else {}))
    return tuple(found)
