"""The file is binary, not text.

## What it checks

The file contains NUL bytes, so it is not a YAML text file at all (an image or an archive with a
`.yaml` name, or a path passed by mistake).

This check is made by the loader (`disclosurelint.load`) before any other; a file with this
problem gets no further findings.

## Why

A gate must say that it could not read a file, never skip it in silence.

## How to fix

Check that the path names a declaration.
"""

from __future__ import annotations

from disclosurelint.model import Finding, Severity, Span

CODE = "DL007"
NAME = "binary-file"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "load"
OWNS: tuple[str, ...] = ()
EXAMPLES = False  # the input cannot be shown as YAML text
EXAMPLE_KIND = "file"


def finding(line: int) -> Finding:
    return Finding(
        (),
        f"binary content (a NUL byte at line {line}); not a YAML text file",
        fix="Check that the path names a declaration, not a binary file.",
        span=Span.at(line, 1),
    )
