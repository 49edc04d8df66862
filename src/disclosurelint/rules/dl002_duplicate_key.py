"""A key appears twice in the same mapping.

## What it checks

Two occurrences of one key in one mapping. The finding is at the second occurrence and names the
line of the first. The first value is kept; the second is ignored.

This check is made by the loader (`disclosurelint.load`); the rest of the file is still
checked.

## Why

YAML libraries silently keep one of the two values, so what a reviewer reads and what is published
can differ.

## Failing example

```yaml
purpose: Provide the service.
purpose: Improve advertising.
```

## Passing example

```yaml
purpose: Provide the service.
```

## How to fix

Delete one of the two keys, or merge their values.
"""

from __future__ import annotations

from disclosurelint.model import Finding, Severity, Span

CODE = "DL002"
NAME = "duplicate-key"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "load"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "file"


def finding(name: str, first_line: int, span: Span) -> Finding:
    return Finding(
        (),
        f"duplicate key {name!r}: first defined at line {first_line}",
        fix="Keep one of the two keys; YAML keeps only one value.",
        span=span,
    )
