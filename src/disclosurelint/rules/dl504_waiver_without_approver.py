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

from disclosurelint.model import Finding, RuleText, Severity

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


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="豁免缺少批准人",
        summary="豁免未写明由谁批准，而配置要求写明。",
        checks=(
            "配置中有 `waivers: {require-approver: true}` 时，每项豁免（注释或集中条目）都须有"
            " `approved-by`。没有批准人的豁免不豁免任何问题。"
        ),
        why=(
            "对告知规则的例外是一项法律决定。写明作出决定的人，使审查人员或审计人员能够找到负责的人"
            "，也避免开发人员独自接受缺漏。"
        ),
        fix='添加 `approved-by="..."`，写明接受该例外的人员或岗位。',
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
