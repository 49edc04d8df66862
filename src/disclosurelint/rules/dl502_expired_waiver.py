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

from disclosurelint.model import Finding, RuleText, Severity

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


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="豁免已过期",
        summary="豁免已过期；它所豁免的问题重新计入。",
        checks=(
            "豁免的 `expires` 日期已过（日期本身仍然有效），而它针对的问题仍然存在。该问题与已过期"
            "的豁免一并显示，并重新计入检查门槛。"
        ),
        why=(
            "豁免记录的是某一时点、基于某些理由作出的决定，这些理由未必长久成立：合作方可能公布其隐"
            "私政策，合同可能变更。到期日促使有人重新审视；如果检查门槛继续认可已过期的豁免，到期日"
            "就失去了意义。"
        ),
        fix=(
            "纠正该豁免所针对的问题；或经复核后，为豁免设定新的 `expires` 日期（并写明仍然成立的理"
            "由）。"
        ),
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
