"""Every entry says in which situation the data is shared.

## What it checks

`scenario` is present and says something: not missing, empty, whitespace only, or a placeholder
(`TBD`, `N/A`, `-`, `todo`, `see above`, `待定`, `无`). Each language of a scenario written in
several languages is read on its own (`scenario.zh`). A scenario of the wrong type is reported
by the schema stage (DL103) instead.

## Why

MIIT notice 2021 No. 292 makes "usage scenario" (使用场景) a column of the third-party sharing
list: a person must be able to tell when their data leaves the product. The notice
(工信部信管函 [2021] 292号) is a ministry notice on app lists, not a statute: PIPL Art. 23 does not
name the scenario. A missing scenario is therefore a warning when `pipl` or `gb35273` is enabled,
and only information under the other regimes; the option `severity-by-regime` changes that.

## Failing example

```yaml
scenario: "  "
```

## Passing example

```yaml
scenario: You share your cloud business card on WeLink to WeChat.
```

## How to fix

Describe the user action or situation that triggers the sharing ("You enable calendar
synchronization.").
"""

from __future__ import annotations

from collections.abc import Iterator

from disclosurelint.document import Document
from disclosurelint.model import Finding, RuleText, Severity
from disclosurelint.rules.base import RuleContext, missing_texts
from disclosurelint.rules.sources import OPTION, element_severity

CODE = "DL202"
NAME = "scenario"
SEVERITY = Severity.WARNING
ARTICLES = ("MIIT notice 2021 No. 292",)
OPTIONS: dict[str, object] = dict(OPTION)
# Required by a ministry notice on app lists (not a statute): a warning under the Chinese profiles.
_REQUIRED = {"pipl": Severity.WARNING, "gb35273": Severity.WARNING}
SCOPE = "document"
OWNS = ("scenario",)


_FIX = (
    "Add `scenario:` describing when the sharing happens, e.g. "
    "`scenario: You enable calendar synchronization.`"
)


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    for language, problem in missing_texts(document.mapping, "scenario"):
        field = ".".join(("scenario", *language))
        in_language = f"Write `{field}` in plain words, as the list in that language says it."
        yield Finding(
            ("scenario", *language) if problem != "missing" else (),
            f"the entry does not say in which situation the data is shared ({field} is {problem})",
            fix=in_language if language else _FIX,
            severity=element_severity(context, _REQUIRED),
        )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="使用场景",
        summary="每个条目都说明在何种情形下共享个人信息。",
        checks=(
            "`scenario` 存在且有实际内容：不缺失、不为空、不只有空白，也不是占位文字（`TBD`、`N/A`"
            "、`-`、`todo`、`see above`、`待定`、`无`）。以多种语言书写的使用场景逐一读取每种语言（"
            "`scenario.zh`）。类型错误的使用场景改由结构校验阶段报告（DL103）。"
        ),
        why=(
            "工信部信管函〔2021〕292号将“使用场景”列为第三方信息共享清单的一栏：个人应能知道其信息"
            "在何时离开产品。该通知是关于应用清单的部门通知，不是法律：《个人信息保护法》第二十三条"
            "并未列明使用场景。因此，启用 `pipl` 或 `gb35273` 时缺少使用场景为警告，在其他法律制度"
            "下仅为提示；`severity-by-regime` 选项可以调整。"
        ),
        fix="描述触发共享的用户操作或情形（“您开启日历同步时。”）。",
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
