"""The list cannot name the recipient: it is chosen at run time, and Art. 23 is owed then.

## What it checks

An entry whose `recipient` gives `selected_by` (the administrator or the user chooses the
company, as in an app store of mini programs) instead of `name`. The list cannot name the
company, but PIPL Art. 23 still applies to every such recipient: this `info` finding says what
is still owed and when, at the moment the recipient is selected: its name and contact, the
purpose, the processing method and the categories of personal information, and (where consent
is the basis) the person's separate consent. `name_source` should say where that happens.

## Why

PIPL Art. 23 asks, before personal information is provided to another processor, that the person
be told the recipient's name, contact, purpose, processing method and categories, and give
separate consent. Nothing in it exempts a recipient chosen at run time; only the moment moves:
the published list cannot give the name, so the selection screen must.

## Failing example

```yaml
recipient:
  selected_by: administrator_or_user
  name_source: the third-party web page
  relationship: third_party
```

## Passing example

```yaml
recipient:
  name: Shanghai Hehe Information Technology Co., Ltd.
  relationship: third_party
  contact: https://www.camcard.com/contact
```

## How to fix

Make sure the selection screen (`name_source`) shows the recipient's name, contact, purpose,
processing method and data categories and asks for separate consent before the first sharing;
the finding is information for the reviewer, and stays in the report.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from disclosurelint.document import Document
from disclosurelint.model import Finding, RuleText, Severity
from disclosurelint.rules.base import RuleContext, text_of

CODE = "DL205"
NAME = "recipient-chosen-at-runtime"
SEVERITY = Severity.INFO
ARTICLES = ("PIPL Art. 23",)
OPTIONS: dict[str, object] = {}
SCOPE = "document"
OWNS: tuple[str, ...] = ()

_WHO = {
    "administrator": "the administrator",
    "user": "the user",
    "administrator_or_user": "the administrator or the user",
}


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    recipient = document.mapping.get("recipient")
    if not isinstance(recipient, Mapping) or "name" in recipient:
        return
    selected_by = recipient.get("selected_by")
    if not isinstance(selected_by, str) or selected_by not in _WHO:
        return
    source = text_of(recipient.get("name_source"))
    where = (
        f"; its name is shown on {source}"
        if source
        else "; `name_source` does not say where its name is shown"
    )
    yield Finding(
        ("recipient", "selected_by"),
        f"the list cannot name this recipient: {_WHO[selected_by]} chooses it{where}. "
        "PIPL Art. 23 is still owed at the moment of selection: the recipient's name, contact, "
        "purpose, processing method and data categories, and separate consent where consent is "
        "the basis",
        fix="Check that the selection screen shows these and asks for separate consent"
        if source
        else "Add `name_source:` saying where a reader finds the company's name and the other "
        "Art. 23 elements.",
    )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="运行时选择的接收方",
        summary="清单无法写明接收方：接收方在运行时选择，第二十三条规定的义务届时履行。",
        checks=(
            "`recipient` 给出 `selected_by`（由管理员或用户选择公司，如小程序应用市场）而非 `name` "
            "的条目。清单无法写明公司名称，但《个人信息保护法》第二十三条仍适用于每个此类接收方：此"
            "项 `info`（提示）级检查结果说明在选定接收方时仍须履行的义务及其时点：告知其名称和"
            "联系方式、处理"
            "目的、处理方式和个人信息的种类，并（以同意为合法性基础时）取得个人的单独同意。"
            "`name_source` 应说明这些告知在何处进行。"
        ),
        why=(
            "《个人信息保护法》第二十三条要求，向其他个人信息处理者提供个人信息前，应当向个人告知接"
            "收方的名称或者姓名、联系方式、处理目的、处理方式和个人信息的种类，并取得个人的单独同意"
            "。该条并未豁免运行时选择的接收方，只是履行的时点后移：已发布的清单无法写明名称，选择界"
            "面必须写明。"
        ),
        fix=(
            "确保选择界面（`name_source`）在首次共享之前展示接收方的名称、联系方式、处理目的、处理"
            "方式和个人信息种类，并取得单独同意；此项检查结果是给审查人员的提示，保留在报告中。"
        ),
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
