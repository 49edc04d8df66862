"""Shared by the rendering tests: run the command line, and compare pages by paragraphs."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

from disclosurelint.cli import main

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "corpus"
LISTS = ROOT / "tests" / "data" / "import"  # lists written for the tests, in published layouts
SEED = CORPUS / "welink-information-shared-with-third-parties.txt"
WELINK = ROOT / "declarations" / "welink"


def run(*args: str | Path) -> tuple[int, str, str]:
    """``disclosurelint ARGS``: the exit status, standard output and standard error."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main([str(arg) for arg in args], out, err)
    return code, out.getvalue(), err.getvalue()


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a page, each with its runs of spaces and newlines collapsed."""
    return [" ".join(block.split()) for block in re.split(r"\n\s*\n", text) if block.strip()]
