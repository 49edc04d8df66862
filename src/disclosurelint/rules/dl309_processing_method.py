"""Under PIPL, the person must be told how another processor or an overseas recipient processes.

## What it checks

With the `pipl` regime enabled, `processing_method` (how the recipient processes the data:
stores, displays, analyses, ...) must say something, neither missing nor a placeholder, when
the recipient is another processor (`third_party`, `joint_controller`; PIPL Art. 23) or is
overseas, whatever its relationship (`recipient.country` or a `cross_border.destinations` entry
outside China, the home country being China; PIPL Art. 39). A recipient chosen at run time
owes it when chosen (DL205).

## Why

PIPL Art. 23 lists five things the person must be told before personal information is provided
to another processor: the recipient's name and contact, the purpose, the processing method
(处理方式) and the categories of personal information; Art. 39 lists the same for an overseas
recipient. The published lists of MIIT notice 2021 No. 292 have no column for it, which is why it
is easily forgotten. A statutory duty: the finding is an error.

## Failing example

```yaml
recipient:
  name: Shanghai Hehe Information Technology Co., Ltd.
  relationship: third_party
  contact: https://www.camcard.com/contact
processing_method: TBD
```

## Passing example

```yaml
recipient:
  name: Shanghai Hehe Information Technology Co., Ltd.
  relationship: third_party
  contact: https://www.camcard.com/contact
processing_method: Stores the card and shows it to the contacts the user shares it with.
```

## How to fix

Add `processing_method:` saying what the recipient does with the data (collects, stores, uses,
analyses, displays, passes on), in plain words.
"""

from __future__ import annotations

from collections.abc import Iterator

from disclosurelint.document import Document
from disclosurelint.model import Finding, RuleText, Severity
from disclosurelint.rules.base import RuleContext, missing_texts
from disclosurelint.rules.items import art_23_or_39

CODE = "DL309"
NAME = "processing-method"
SEVERITY = Severity.ERROR
ARTICLES = ("PIPL Art. 23", "PIPL Art. 39")
OPTIONS: dict[str, object] = {}
SCOPE = "document"
OWNS: tuple[str, ...] = ()


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    if "pipl" not in context.regimes:
        return
    why = art_23_or_39(document, context.home_country)
    if why is None:
        return
    for language, problem in missing_texts(document.mapping, "processing_method"):
        field = ".".join(("processing_method", *language))
        yield Finding(
            ("processing_method", *language) if problem != "missing" else (),
            f"the entry does not say how the recipient processes the data ({field} is "
            f"{problem}): the recipient is {why[0]}, and {why[1]} asks for the processing method",
            fix="Add `processing_method:` in plain words, e.g. `processing_method: Stores the card "
            "and shows it to the contacts the user shares it with.`",
        )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="处理方式",
        summary="依《个人信息保护法》，须告知个人其他个人信息处理者或境外接收方的处理方式。",
        checks=(
            "启用 `pipl` 法律制度时，接收方是其他个人信息处理者（`third_party`、`joint_controller`"
            "；《个人信息保护法》第二十三条），或位于境外，无论关系如何（`recipient.country` 或"
            " `cross_border.destinations` 中有中国以外的国家或地区，且本国为中国；《个人信息保护法"
            "》第三十九条）的，`processing_method`（接收方如何处理个人信息：存储、展示、分析等）必"
            "须有实际内容，不得缺失或为占位文字。运行时选择的接收方在选定时告知（DL205）。"
        ),
        why=(
            "《个人信息保护法》第二十三条列明了向其他个人信息处理者提供个人信息前须告知个人的事项："
            "接收方的名称或者姓名、联系方式、处理目的、处理方式和个人信息的种类；第三十九条对境外接"
            "收方作同样要求。工信部信管函〔2021〕292号所规定的清单没有“处理方式”一栏，因此容易被遗"
            "漏。这是法定义务：检查结果为错误。"
        ),
        fix=(
            "添加 `processing_method:`，用平实的语言写明接收方如何处理个人信息（收集、存储、使用、"
            "分析、展示、转交）。"
        ),
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
