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

from disclosurelint.model import Finding, RuleText, Severity

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


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="豁免期限过长",
        summary="豁免的到期日晚于配置允许的期限，或没有到期日。",
        checks=(
            "配置中有 `waivers: {max-days: N}` 时，每项豁免都须有不晚于今天之后 N 天的 `expires` 日"
            "期。没有日期或日期更晚的豁免不豁免任何问题。"
        ),
        why=(
            "限定例外的持续时间，是组织确保每项例外都按其自定的周期被重新审视、而不是一经接受便被遗"
            "忘的方式。"
        ),
        fix="将 `expires=` 设为允许天数之内的日期，届时重新复核该豁免。",
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
