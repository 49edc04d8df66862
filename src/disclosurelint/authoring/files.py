"""Rewriting files on disk: one place for reading, diffing and writing them back."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from disclosurelint.authoring.writer import RewriteError


@dataclass(frozen=True)
class Rewritten:
    """One file's text before and after, or the reason it was refused."""

    shown: str
    file: Path
    before: str
    after: str | None = None
    error: str | None = None

    @property
    def changed(self) -> bool:
        return self.after is not None and self.after != self.before

    def diff(self) -> str:
        if self.after is None:
            return ""
        return "".join(
            difflib.unified_diff(
                self.before.splitlines(keepends=True),
                self.after.splitlines(keepends=True),
                fromfile=f"a/{self.shown}",
                tofile=f"b/{self.shown}",
            )
        )

    def write(self) -> None:
        if self.changed and self.after is not None:
            self.file.write_text(self.after, encoding="utf-8", newline="")


def read_text(file: Path, shown: str) -> str:
    try:
        return file.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RewriteError(f"{shown}: not UTF-8 text ({exc.reason}); not rewritten") from None
    except OSError as exc:
        raise RewriteError(f"{shown}: cannot read the file: {exc.strerror or exc}") from None


def rewrite_file(file: Path, shown: str, how: Callable[[str, str], str]) -> Rewritten:
    """Apply ``how(text, shown)`` to a file's text; a :class:`RewriteError` becomes ``error``."""
    try:
        before = read_text(file, shown)
    except RewriteError as exc:
        return Rewritten(shown, file, "", error=str(exc))
    try:
        return Rewritten(shown, file, before, how(before, shown))
    except RewriteError as exc:
        return Rewritten(shown, file, before, error=str(exc))
