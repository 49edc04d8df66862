"""A waiver expires later than the configuration allows, or never.

## What it checks

With `waivers: {max-days: N}` in the configuration, every waiver needs an `expires` date at
most N days after today. A waiver without a date, or with a later one, excuses nothing.

## Why

A cap on how long an exception lasts is how an organisation makes sure that each one is looked
at again, on a schedule it chose, rather than accepted once and forgotten.

## Failing example

```yaml
privacy_policy:
  # disclosurelint: allow DL204 reason="The published list gives no link" expires=2099-12-31
  reference: See the app details page.
```

## Passing example

```yaml
privacy_policy:
  # disclosurelint: allow DL204 reason="The published list gives no link" expires=2027-06-30
  reference: See the app details page.
```

## How to fix

Set `expires=` to a date within the allowed number of days; review the waiver again then.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from disclosurelint.model import Finding, Severity

if TYPE_CHECKING:
    from disclosurelint.waivers import Directive

CODE = "DL505"
NAME = "waiver-expiry-too-far"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "waiver"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_WAIVERS = {"max_days": 365}  # the examples run with this policy
EXAMPLE_KIND = "fragment"


def finding(directive: Directive, max_days: int, today: date) -> Finding | None:
    """A finding when ``directive`` has no expiry, or one more than ``max_days`` after
    ``today``; None when its expiry is within the limit."""
    if directive.expires is None:
        message = (
            f"the waiver for {directive.label} has no expiry; the configuration requires "
            f"one within {max_days} days"
        )
    else:
        ahead = (date.fromisoformat(directive.expires) - today).days
        if ahead <= max_days:
            return None
        message = (
            f"the waiver for {directive.label} expires {directive.expires}, {ahead} days "
            f"ahead; the configuration allows at most {max_days}"
        )
    fix = f"Set expires= to a date at most {max_days} days from today."
    return Finding((), message, fix=fix, span=directive.span)
