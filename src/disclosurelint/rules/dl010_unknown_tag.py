"""A value carries a YAML tag that is not a plain data type.

## What it checks

Tags such as `!!python/object`, `!!binary` or custom `!tags`. Nothing is ever constructed from a
tag; the value is treated as missing. The standard tags `!!str`, `!!int`, `!!float`, `!!bool`,
`!!null`, `!!seq` and `!!map` are accepted.

This check is made by the loader (`disclosurelint.load`); the rest of the file is still
checked.

## Why

Tags that construct objects are how unsafe YAML loading executes code; a declaration holds only
text, numbers, lists and mappings.

## Failing example

```yaml
purpose: !!python/object/apply:os.system [echo hi]
```

## Passing example

```yaml
purpose: Provide the service.
```

## How to fix

Remove the tag.
"""

from __future__ import annotations

from disclosurelint.model import Finding, Severity, Span

CODE = "DL010"
NAME = "unknown-tag"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "load"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "file"


def finding(tag: str, span: Span) -> Finding:
    return Finding(
        (),
        f"unknown tag `{tag}`: nothing is constructed from tags",
        fix="Remove the tag; declarations hold only text, numbers, lists and maps.",
        span=span,
    )
