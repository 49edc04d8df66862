"""A sensitive data item is shared without saying why it is needed and what it means for the person.

## What it checks

Each data item is classified with the data taxonomy (`disclosurelint taxonomy`, `disclosurelint
classify "..."`): by its `category` when given, otherwise by its words, in English and Chinese.
When a category is sensitive under one of the enabled regimes (`--regime`, default `pipl` and
`gb35273`), the item needs `justification.necessity` and `justification.impact`, neither empty
nor a placeholder. The finding names every enabled regime under which the item is sensitive, with
the article. It is an error when a regime calls the category sensitive outright, and a warning when
every such regime does so only under a condition (PIPL and an ID number alone, CPRA and a card
number without its access code): then the justification is where the condition is addressed.

## Why

PIPL Art. 28 defines sensitive personal information by a harm test ("easily leads to harm to
personal dignity or to personal or property safety") and an open list ("包括…等": biometrics,
religious belief, specific identity, medical health, financial accounts, whereabouts, minors
under 14); Art. 30 requires telling the person the necessity of processing it and the impact on
their rights. GB/T 35273-2020 is a recommended standard (推荐性, GB/T), not a mandatory one: its
Annex B (informative) gives the criteria and Table B.1 examples of sensitive personal
information, and 9.2 recommends telling the person the sensitive types and the recipient's
data-security capability before sharing. GDPR Art. 9(1) and CPRA § 1798.140(ae) single out
special categories and sensitive personal information.

## Failing example

```yaml
data:
  - item: ID card photo
```

## Passing example

```yaml
data:
  - item: ID card photo
    consent: separate
    justification:
      necessity: Verifies the card holder's identity for the notarised card service.
      impact: Identity theft if leaked; stored encrypted, deleted after 30 days.
```

## How to fix

Add `justification:` with `necessity:` (why the recipient needs this item) and `impact:` (the
effect on the person's rights and how it is limited). If the item is not what the taxonomy thinks
(`classify` shows the matched phrase), set `category:` to the right id.
"""

from __future__ import annotations

from collections.abc import Iterator

from disclosurelint.document import Document
from disclosurelint.model import Finding, RuleText, Severity
from disclosurelint.rules.base import RuleContext
from disclosurelint.rules.items import explain, items, justified, sensitivity

CODE = "DL301"
NAME = "unjustified-sensitive-data"
SEVERITY = Severity.ERROR
ARTICLES = (
    "PIPL Art. 28",
    "PIPL Art. 30",
    "GB/T 35273-2020 Annex B (informative)",
    "GDPR Art. 9(1)",
    "Cal. Civ. Code § 1798.140(ae)",
)
OPTIONS: dict[str, object] = {}
SCOPE = "document"
OWNS: tuple[str, ...] = ()
NEEDS_TAXONOMY = True


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    for item in items(document, context):
        statuses, severity = sensitivity(item, context)
        if severity is None:
            continue
        ok, missing = justified(item.raw)
        if ok:
            continue
        where = (*item.base, "justification") if "justification" in item.raw else item.path
        how = "inferred from its words" if item.inferred else "as declared"
        yield Finding(
            where,
            f"{item.text!r} is sensitive personal information ({how}: {explain(statuses)}) "
            f"but its justification lacks {' and '.join(missing)}",
            fix="Add `justification:` with `necessity:` (why the recipient needs it) and "
            "`impact:` (the effect on the person and how it is limited), PIPL Art. 30.",
            severity=severity,
            details={
                "categories": list(item.categories),
                "regimes": sorted({s.regime for _, s in statuses}),
            },
        )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="敏感个人信息缺少说明",
        summary="共享敏感个人信息，却未说明其必要性及对个人权益的影响。",
        checks=(
            "每个数据项都用数据分类目录（`disclosurelint taxonomy`、`disclosurelint classify "
            '"..."`）分类：给出 `category` 时按类别，否则按其文字，中英文均可。类别在某一已启用的'
            "法律制度（`--regime`，默认 `pipl` 和 `gb35273`）下属于敏感个人信息时，该数据项须有"
            " `justification.necessity` 和 `justification.impact`，且均不得为空或占位文字。检查结果"
            "列出该数据项属于敏感个人信息的每个已启用的法律制度及其条款。某一法律制度直接将该类别认"
            "定为敏感个人信息的，为错误；所有相关法律制度都只在一定条件下认定的（如《个人信息保护法"
            "》下单独的身份证号码、CPRA 下不附访问码的卡号），为警告：此时应在说明中回应该条件。"
        ),
        why=(
            "《个人信息保护法》第二十八条以损害标准（“一旦泄露或者非法使用，容易导致自然人的人格尊"
            "严受到侵害或者人身、财产安全受到危害”）和开放式列举（“包括生物识别、宗教信仰、特定身份"
            "、医疗健康、金融账户、行踪轨迹等信息，以及不满十四周岁未成年人的个人信息”）界定敏感个"
            "人信息；第三十条要求告知处理敏感个人信息的必要性以及对个人权益的影响。GB/T 35273-2020 "
            "是推荐性国家标准，不是强制性标准：其附录B（资料性）给出个人敏感信息的判定方法，表B.1 "
            "给出示例，第9.2条建议在共享前告知个人敏感信息的类型及接收方的数据安全能力。GDPR 第9条"
            "第1款和 CPRA § 1798.140(ae) 另行规定了特殊类别数据和敏感个人信息。"
        ),
        fix=(
            "添加 `justification:`，写明 `necessity:`（接收方为何需要该数据项）和 `impact:`（对个人"
            "权益的影响及其限制措施）。如果该数据项并非分类目录所认定的类别（`classify` 会显示匹配"
            "的短语），将 `category:` 设为正确的类别编号。"
        ),
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
