"""A waiver does not say who approved it, and the configuration requires it.

## What it checks

With `waivers: {require-approver: true}` in the configuration, every waiver (comment or central
entry) needs `approved-by`. A waiver without one excuses nothing.

## Why

An exception to a disclosure rule is a legal decision. Naming who took it lets a reviewer or an
auditor ask the right person, and keeps a developer from accepting a gap alone.

## Failing example

```yaml
privacy_policy:
  # disclosurelint: allow DL204 reason="The published list gives no link"
  reference: See the app details page.
```

## Passing example

```yaml
privacy_policy:
  # disclosurelint: allow DL204 reason="The published list gives no link" approved-by="Legal"
  reference: See the app details page.
```

## How to fix

Add `approved-by="..."` naming the person or role who accepted the exception.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from disclosurelint.model import Finding, Severity

if TYPE_CHECKING:
    from disclosurelint.waivers import Directive

CODE = "DL504"
NAME = "waiver-without-approver"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "waiver"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_WAIVERS = {"require_approver": True}  # the examples run with this policy
EXAMPLE_KIND = "fragment"


def finding(directive: Directive) -> Finding:
    """``directive`` names no approver, which the configuration requires."""
    return Finding(
        (),
        f"the waiver for {directive.label} does not say who approved it; "
        "the configuration requires `approved-by`",
        fix='Add approved-by="..." naming the person or role who accepted it.',
        span=directive.span,
    )
