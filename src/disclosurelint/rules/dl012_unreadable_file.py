"""The file exists but could not be read.

## What it checks

The operating system refused to read the file (permissions, a broken link, a file removed during the
run).

This check is made by the loader (`disclosurelint.load`) before any other; a file with this
problem gets no further findings.

## Why

A gate must say that it could not read a file, never skip it in silence.

## How to fix

Check the file's permissions and that it still exists.
"""

from __future__ import annotations

from disclosurelint.model import Finding, Severity, Span

CODE = "DL012"
NAME = "unreadable-file"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "load"
OWNS: tuple[str, ...] = ()
EXAMPLES = False  # the input cannot be shown as YAML text
EXAMPLE_KIND = "file"


def finding(reason: str) -> Finding:
    return Finding((), f"the file could not be read: {reason}", span=Span.at(1, 1))
