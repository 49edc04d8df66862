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

from disclosurelint.model import Severity

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
