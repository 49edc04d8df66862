"""A data item matches no category of the data taxonomy.

## What it checks

An item without `category:` whose words match no phrase of the taxonomy, in English or Chinese.
The sensitive-data rules cannot tell whether it is sensitive, so this `info` finding asks a person
to look. Items that say no personal information is involved ("does not involve personal
information", "不涉及个人信息") are not reported.

## Why

PIPL Art. 17 and MIIT notice 2021 No. 292 require the types of personal information to be
disclosed; a reviewer must know what each item is to judge it under Arts. 28-30.

## Failing example

```yaml
data:
  - item: enterprise C&Q information
```

## Passing example

```yaml
data:
  - item: enterprise C&Q information
    category: enterprise_info
```

## How to fix

Add `category:` with the right id (`disclosurelint taxonomy --all`), or add the phrase to the
taxonomy in the configuration (`taxonomy:`) so that every declaration benefits.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from disclosurelint.document import Document
from disclosurelint.model import Finding, RuleText, Severity
from disclosurelint.rules.base import RuleContext
from disclosurelint.rules.items import Item, items

CODE = "DL303"
NAME = "unclassified-item"
SEVERITY = Severity.INFO
ARTICLES = ("PIPL Art. 17", "MIIT notice 2021 No. 292")
OPTIONS: dict[str, object] = {}
SCOPE = "document"
OWNS: tuple[str, ...] = ()
NEEDS_TAXONOMY = True


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    for item in items(document, context):
        if item.declared is None and not item.categories and not _reading(item, context).negated:
            yield Finding(
                item.path,
                f"{item.text!r} matches no category of the data taxonomy; "
                "the sensitive-data rules cannot judge it",
                fix="Add `category:` with the right id (`disclosurelint taxonomy --all`).",
            )


def _reading(item: Item, context: RuleContext) -> Any:
    """The words' classification: the one the item was read with (each distinct text is matched
    once per run), else matched now."""
    if item.reading is not None:
        return item.reading
    return context.taxonomy.classify(item.text)


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="未分类的数据项",
        summary="数据项不属于数据分类目录中的任何类别。",
        checks=(
            "没有 `category:` 且其文字（中文或英文）不匹配分类目录中任何短语的数据项。敏感个人信息"
            "规则无法判断其是否敏感，因此此项 `info`（提示）级检查结果请人工查看。表明不涉及"
            "个人信息的数据项"
            "（“does not involve personal information”、“不涉及个人信息”）不予报告。"
        ),
        why=(
            "《个人信息保护法》第十七条和工信部信管函〔2021〕292号要求告知个人信息的种类；审查人员"
            "必须知道每个数据项是什么，才能依第二十八条至第三十条作出判断。"
        ),
        fix=(
            "添加正确的 `category:` 编号（`disclosurelint taxonomy --all`），或在配置中将该短语加入"
            "分类目录（`taxonomy:`），使所有声明受益。"
        ),
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
