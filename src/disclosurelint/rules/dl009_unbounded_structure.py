"""Aliases expand without bound, refer to themselves, or nesting is too deep.

## What it checks

YAML aliases (`*name`) that expand to more than 100,000 nodes (the "billion laughs" pattern), an
alias that contains itself, or nesting deeper than 64 levels. The file is not read further.

This check is made by the loader (`disclosurelint.load`) before any other; a file with this
problem gets no further findings.

## Why

Such input exhausts memory or time in every tool that reads it; a declaration never needs it.

## Failing example

```yaml
a: &a [x, x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
f: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
```

## How to fix

Remove the anchors and aliases; write the values out.
"""

from __future__ import annotations

from disclosurelint.model import Finding, Severity, Span

CODE = "DL009"
NAME = "unbounded-structure"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "load"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "file"


def too_deep(max_depth: int, span: Span | None = None) -> Finding:
    return Finding(
        (),
        f"nesting deeper than {max_depth} levels",
        fix="Flatten the structure; a declaration needs only a few levels.",
        span=span or Span.at(1, 1),
    )


def alias(what: str) -> Finding:
    """``what``: "refers to itself", or "expands to over N nodes"."""
    return Finding(
        (),
        f"an alias {what}; the file is not read further",
        fix="Remove the anchors and aliases (`&name`, `*name`).",
        span=Span.at(1, 1),
    )
