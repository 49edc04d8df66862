"""The file holds more than one YAML document.

## What it checks

A `---` separator starts a second document. One file holds one declaration, so that ids, reviews and
waivers map to files.

This check is made by the loader (`disclosurelint.load`) before any other; a file with this
problem gets no further findings.

## Why

Several entries in one file hide each other from reviews and from the repository-wide checks.

## Failing example

```yaml
id: camcard
---
id: calendar
```

## How to fix

Move each document into a file of its own.
"""

from __future__ import annotations

from disclosurelint.model import Finding, Severity, Span

CODE = "DL004"
NAME = "multiple-documents"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "load"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "file"


def finding(span: Span) -> Finding:
    return Finding(
        (),
        "a second YAML document starts here: one file holds one declaration",
        fix="Move each document after `---` into its own file.",
        span=span,
    )
