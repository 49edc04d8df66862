"""Under PIPL, the person must be told how to contact another processor or an overseas recipient.

## What it checks

With the `pipl` regime enabled, `recipient.contact` (an email address, a URL or a postal address)
must be given when the recipient is named (`recipient.name`) and either

- is another processor: a `third_party` or `joint_controller` (PIPL Art. 23), or
- is overseas, whatever its relationship: `recipient.country` or a `cross_border.destinations`
  entry outside China, the home country being China (option `home-country`, as DL307 reads it;
  PIPL Art. 39 asks the overseas recipient's name and contact of every provision abroad, to an
  entrusted processor too).

A recipient chosen at run time (`selected_by`) cannot be named in the list; DL205 says what is
still owed when it is chosen.

## Why

PIPL Art. 23: before providing personal information to another processor, the person must be told
the recipient's name and contact information (名称或者姓名、联系方式), the purpose, the processing
method and the categories of personal information. Art. 39 asks the same of an overseas
recipient, plus how to exercise rights against it. Both are statutory duties: the finding is an
error.

## Failing example

```yaml
recipient:
  name: Shanghai Hehe Information Technology Co., Ltd.
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

Add `contact:` with the recipient's published privacy contact. If the published list gives none,
waive this finding with the reason.
"""

from __future__ import annotations

from collections.abc import Iterator

from disclosurelint.document import Document
from disclosurelint.model import Finding, RuleText, Severity
from disclosurelint.rules.base import RuleContext, is_placeholder
from disclosurelint.rules.items import art_23_or_39, recipient_of

CODE = "DL305"
NAME = "recipient-contact"
SEVERITY = Severity.ERROR
ARTICLES = ("PIPL Art. 23", "PIPL Art. 39")
OPTIONS: dict[str, object] = {}
SCOPE = "document"
OWNS: tuple[str, ...] = ()


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    if "pipl" not in context.regimes:
        return
    recipient = recipient_of(document)
    why = art_23_or_39(document, context.home_country)
    if why is None or not is_placeholder(recipient.get("contact")):
        return
    yield Finding(
        ("recipient", "contact") if "contact" in recipient else ("recipient",),
        f"the list gives no contact for the recipient: it is {why[0]}, and {why[1]} asks for "
        "its name and contact",
        fix="Add `contact:` with an email address, URL or postal address.",
    )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="接收方联系方式",
        summary="依《个人信息保护法》，须告知个人其他个人信息处理者或境外接收方的联系方式。",
        checks=(
            "启用 `pipl` 法律制度时，接收方已具名（`recipient.name`），且属于下列情形之一的，必须给"
            "出 `recipient.contact`（电子邮箱、网址或通信地址）：\n\n"
            "是其他个人信息处理者：`third_party` 或 `joint_controller`（《个人信息保护法》第二十三"
            "条）；\n\n"
            "位于境外，无论关系如何：`recipient.country` 或 `cross_border.destinations` 中有中国以"
            "外的国家或地区，且本国为中国（`home-country` 选项，与 DL307 的理解相同；《个人信息保护"
            "法》第三十九条要求每次向境外提供个人信息都告知境外接收方的名称和联系方式，向受托人提供"
            "亦然）。\n\n"
            "运行时选择的接收方（`selected_by`）无法在清单中具名；DL205 说明选定时仍须履行的义务。"
        ),
        why=(
            "《个人信息保护法》第二十三条：向其他个人信息处理者提供个人信息前，应当向个人告知接收方"
            "的名称或者姓名、联系方式、处理目的、处理方式和个人信息的种类。第三十九条对境外接收方作"
            "同样要求，并要求告知向其行使权利的方式。两者均为法定义务：检查结果为错误。"
        ),
        fix=(
            "添加 `contact:`，写明接收方公布的个人信息保护联系方式。已发布的清单未给出联系方式的，"
            "对此项检查结果作出豁免并写明理由。"
        ),
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
