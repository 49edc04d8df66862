"""Running the real command line in a folder of declarations, and what it printed."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr
from dataclasses import dataclass
from pathlib import Path

from disclosurelint.cli import main
from tests.common import BASE, merged

FORMATS = ("text", "concise", "json", "sarif", "junit", "github", "gitlab", "markdown")
TERMINAL_FORMATS = ("text", "concise", "github", "markdown")

# a declaration with one error (purpose) and one waived problem, so that every output has rows
FAILING = merged("purpose: TBD\n")


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


@contextmanager
def inside(folder: Path) -> Iterator[None]:
    previous = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(previous)


def run(args: list[str], cwd: Path) -> Run:
    out, err = io.StringIO(), io.StringIO()
    with inside(cwd), redirect_stderr(err):
        code = main(args, out=out, err=err)
    return Run(code, out.getvalue(), err.getvalue())


def project(root: Path, files: dict[str, str] | None = None) -> Path:
    """A folder with ``declarations/p/*.yaml`` (default: one failing declaration)."""
    for name, text in (files or {"a.yaml": FAILING}).items():
        path = root / "declarations" / "p" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


__all__ = ["BASE", "FAILING", "FORMATS", "TERMINAL_FORMATS", "Run", "project", "run"]
