"""A waiver has expired; the problem it excused counts again.

## What it checks

A waiver whose `expires` date has passed (the date itself is still valid) while the problem it
was written for is still there. The problem is shown with the expired waiver beside it, and
counts against the gate again.

## Why

A waiver records a decision made at one time, for reasons that may not last: a partner may
publish its policy, a contract may change. An expiry date makes someone look again; a gate that
kept honouring an expired waiver would make the date meaningless.

## Failing example

```yaml
privacy_policy:
  # disclosurelint: allow DL204 reason="The published list gives no link" expires=2020-01-31
  reference: See the app details page.
```

## Passing example

```yaml
privacy_policy:
  url: https://cc-dl.camcard.com/download/PP_CamCard_zh-cn_Android.html
```

## How to fix

Fix the problem the waiver excused; or, after a review, give the waiver a new `expires` date
(and a reason that is still true).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from disclosurelint.model import Finding, Severity

if TYPE_CHECKING:
    from disclosurelint.waivers import Directive

CODE = "DL502"
NAME = "expired-waiver"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "waiver"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "fragment"


def finding(directive: Directive, excused: Sequence[str]) -> Finding:
    """``directive`` has expired; it excused problems of the codes ``excused``, which count
    again."""
    held = validity(directive.expires, expired=True)
    return Finding(
        (),
        f"the waiver for {', '.join(excused)} {held} "
        f"(reason: {directive.reason!r}); the problem it excused counts again",
        fix="Fix the problem, or review the waiver and set a new expiry.",
        span=directive.span,
    )


def validity(expires: str | None, *, expired: bool) -> str:
    """How long a waiver holds, in the same words everywhere: its date is the last day it holds.

    ``in force through 2027-11-30``, ``held through 2025-01-31 and has expired``, ``in force,
    with no expiry date``.
    """
    if not expires:
        return "in force, with no expiry date"
    return f"held through {expires} and has expired" if expired else f"in force through {expires}"
