"""The file holds no declaration.

## What it checks

A file that is empty, or holds only comments, under a declarations folder.

This check is made by the loader (`disclosurelint.load`) before any other; a file with this
problem gets no further findings.

## Why

An empty entry is either unfinished work or a file to delete.

## Failing example

```yaml
# nothing here yet
```

## How to fix

Write the declaration, or delete the file.
"""

from __future__ import annotations

from disclosurelint.model import Finding, Severity, Span

CODE = "DL003"
NAME = "empty-file"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "load"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "file"


def finding(null_document: bool = False) -> Finding:
    """An empty file, or (``null_document``) one whose only document holds nothing."""
    what = "holds no data" if null_document else "is empty"
    return Finding(
        (),
        f"the file {what}: a declaration is a YAML mapping",
        fix="Write the declaration, or delete the file.",
        span=Span.at(1, 1),
    )
