"""Helpers for the SDK tests: write manifests, read them, run the command line."""

from __future__ import annotations

import io
from pathlib import Path

from disclosurelint.cli import main
from disclosurelint.sdks import inventory, load_catalogue
from disclosurelint.sdks.inventory import read_manifest

UMENG_LEGAL = "\u53cb\u76df\u540c\u6b23\uff08\u5317\u4eac\uff09\u79d1\u6280\u6709\u9650\u516c\u53f8"
"""Umeng's legal name as its policy writes it, with full-width brackets."""


def write(root: Path, relative: str, text: str) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def deps(root: Path, relative: str, text: str) -> list[tuple[str, int, int]]:
    """(coordinate, line, column) of every dependency the reader finds in one manifest."""
    path = write(root, relative, text)
    read = read_manifest(path, relative)
    assert not [e for e in read.errors if not e.partial], read.errors
    return [(d.coordinate, d.line, d.column) for d in read.dependencies]


def found(root: Path, *relative: str) -> list[tuple[str, int, str | None]]:
    """(coordinate, line, catalogue id) of a scan of the named manifests, as the inventory."""
    result = inventory([root / r for r in relative], load_catalogue(), cwd=str(root))
    return [
        (f.dependency.coordinate, f.dependency.line, f.sdk.id if f.sdk else None)
        for f in result.found
    ]


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()
