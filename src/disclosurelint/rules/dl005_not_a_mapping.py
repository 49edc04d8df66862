"""The top level of the file is not a mapping of keys.

## What it checks

The file holds a list or a single value where a declaration (a mapping with `disclosure`, `id`,
`recipient`, ...) belongs.

This check is made by the loader (`disclosurelint.load`) before any other; a file with this
problem gets no further findings.

## Why

Only a mapping can carry the elements the law asks for.

## Failing example

```yaml
- camcard
- calendar
```

## How to fix

Start the file with `disclosure: 1` and the other keys.
"""

from __future__ import annotations

from disclosurelint.model import Finding, Severity, Span

CODE = "DL005"
NAME = "not-a-mapping"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "load"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "file"


def finding(kind: str, span: Span) -> Finding:
    """``kind``: what the top level is instead ("a single value", "a list")."""
    return Finding(
        (),
        f"the top level is {kind}; a declaration is a mapping of keys",
        fix="Start the file with `disclosure: 1` and the other keys.",
        span=span,
    )
