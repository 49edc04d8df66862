"""A mapping key is a list or a mapping.

## What it checks

YAML allows `? [a, b]: value`; declarations use only plain words as keys.

This check is made by the loader (`disclosurelint.load`); the rest of the file is still
checked.

## Why

Such keys cannot be expressed in JSON, so the entry cannot be validated or published.

## Failing example

```yaml
? [purpose, scenario]
: Provide the service.
```

## Passing example

```yaml
purpose: Provide the service.
```

## How to fix

Write each key as a single word.
"""

from __future__ import annotations

from disclosurelint.model import Finding, Severity, Span

CODE = "DL011"
NAME = "complex-key"
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
        "a key must be plain text, not a list or mapping",
        fix="Write the key as a single word, like `purpose`.",
        span=span,
    )
