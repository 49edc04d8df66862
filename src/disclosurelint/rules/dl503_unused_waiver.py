"""A waiver excuses nothing: the problem it was written for is gone, or it is in the wrong place.

## What it checks

A waiver comment whose line (or file) has no problem of the codes it names, and a central
waiver that matches checked files but none of their problems. Codes of rules that did not run
(not selected, or ignored for the file) are not held against a waiver.

## Why

A stale waiver is a standing permission: when the problem comes back, it is silently excused
by a decision made about something else. Removing it keeps every exception current.

## Failing example

```yaml
privacy_policy:
  # disclosurelint: allow DL204 reason="The published list gives no link"
  url: https://cc-dl.camcard.com/download/PP_CamCard_zh-cn_Android.html
```

## Passing example

```yaml
privacy_policy:
  url: https://cc-dl.camcard.com/download/PP_CamCard_zh-cn_Android.html
```

## How to fix

Remove the waiver, or the codes in it that no longer apply. If it is meant for a problem on
another line, move it onto that line or the line above it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from disclosurelint.model import Finding, RuleText, Severity

if TYPE_CHECKING:
    from disclosurelint.waivers import Directive

CODE = "DL503"
NAME = "unused-waiver"
SEVERITY = Severity.WARNING
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "waiver"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "fragment"


def finding(directive: Directive, unused: Sequence[str]) -> Finding:
    """``directive`` excused no problem of the codes ``unused`` where it applies."""
    if directive.central:
        where = f"in the files it names ({directive.pattern})"
    elif directive.line is None:
        where = "in this file"
    else:
        where = f"on line {directive.line}" if directive.line else "(no line follows it)"
    return Finding(
        (),
        f"the waiver for {', '.join(unused)} excuses nothing {where}",
        fix="Remove the waiver, or the codes in it that no longer apply.",
        span=directive.span,
    )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="未使用的豁免",
        summary="豁免没有豁免任何问题：它针对的问题已消失，或其位置不对。",
        checks=(
            "豁免注释所在行（或文件）没有其所列代码的问题，或集中豁免与所检查的文件匹配却不对应其中"
            "任何问题。未运行的规则（未选择，或对该文件忽略）的代码不计为豁免的问题。"
        ),
        why=(
            "过时的豁免是一项长期许可：问题再次出现时，会被针对其他事项所作的决定悄悄豁免。删除它可"
            "以使每项例外都保持有效。"
        ),
        fix=(
            "删除该豁免，或删除其中不再适用的代码。如果它针对的是另一行的问题，将其移到该行或该行的"
            "上一行。"
        ),
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
