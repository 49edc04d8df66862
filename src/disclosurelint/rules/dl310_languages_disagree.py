"""Two languages of one data item disagree on what sensitive personal information it is.

## What it checks

A data item written in several languages (`item: {zh: 身份证号码, en: ID card number}`) is
classified in each language with the data taxonomy. When the languages do not name the same
categories that are sensitive (or sensitive under a condition) under the enabled regimes, the item
is reported at `item`, with each language's words and categories: one of the two texts is not a
translation of the other. An item whose `category:` is given is judged by that category in every
language (DL302 compares it with the words).

## Why

PIPL Art. 28 and Art. 30 require telling the person which sensitive personal information is
processed and why; a Chinese list that says 身份证号码 (sensitive under GB/T 35273-2020 Table B.1)
while the English list says "name" tells readers of the two languages different things about the
same sharing, and the sensitive-data rules would judge only the stricter one.

## Failing example

```yaml
data:
  - item:
      zh: 身份证号码
      en: name
```

## Passing example

```yaml
data:
  - item:
      zh: 姓名
      en: name
```

## How to fix

Make the two texts say the same thing in their languages (the Chinese text is the binding one
under PIPL), or set `category:` to the item's category when the words are right but the taxonomy
reads one of them wrongly (`disclosurelint classify "..."` shows why).
"""

from __future__ import annotations

from collections.abc import Iterator

from disclosurelint.document import Document
from disclosurelint.model import Finding, RuleText, Severity
from disclosurelint.rules.base import RuleContext
from disclosurelint.rules.items import categories_by_language, items

CODE = "DL310"
NAME = "languages-disagree"
SEVERITY = Severity.WARNING
ARTICLES = ("PIPL Art. 28", "PIPL Art. 30", "GB/T 35273-2020 Table B.1")
OPTIONS: dict[str, object] = {}
SCOPE = "document"
OWNS: tuple[str, ...] = ()
NEEDS_TAXONOMY = True


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    for item in items(document, context):
        if item.declared is not None or len(item.readings) < 2:
            continue
        found = categories_by_language(item, context)
        if len({frozenset(categories) for categories in found.values()}) < 2:
            continue
        texts = {str(reading.language): reading.text for reading in item.readings}
        said = "; ".join(
            f"{lang} {texts[lang]!r} is {', '.join(categories) or 'not sensitive'}"
            for lang, categories in found.items()
        )
        yield Finding(
            ("data", item.index, "item"),
            f"the languages of this item disagree on sensitive data: {said}",
            fix="Make each language say the same item, or set `category:` to the right id.",
            details={"categories": {lang: list(c) for lang, c in found.items()}},
        )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="各语言文本不一致",
        summary="同一数据项的两种语言文本对其属于何种敏感个人信息说法不一。",
        checks=(
            "以多种语言书写的数据项（`item: {zh: 身份证号码, en: ID card number}`）按每种语言分别用"
            "数据分类目录分类。各语言所指的、在已启用法律制度下属于敏感（或附条件敏感）个人信息的类"
            "别不同时，在 `item` 处报告，并列出每种语言的文字及其类别：两段文本中有一段不是另一段的"
            "译文。给出 `category:` 的数据项在每种语言下都按该类别判断（DL302 将其与文字比较）。"
        ),
        why=(
            "《个人信息保护法》第二十八条和第三十条要求告知个人所处理的敏感个人信息及其必要性；中文"
            "清单写“身份证号码”（依 GB/T 35273-2020 表B.1 属于个人敏感信息），英文清单却写“name”，"
            "就同一共享向两种语言的读者告知了不同的内容，而敏感个人信息规则只会依较严格的一方判断。"
        ),
        fix=(
            "使两段文本在各自语言中表达相同的内容（依《个人信息保护法》，中文文本具有约束力）；文字"
            "无误但分类目录误读其中一种时，将 `category:` 设为该数据项的类别（`disclosurelint "
            'classify "..."` 会说明原因）。'
        ),
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
