"""A data item's declared `category` is unknown, or its words say something else.

## What it checks

When an item gives `category:`, the id must exist in the data taxonomy (with a "did you mean"
for near misses), and the item's words must not clearly say something else: when the words match
categories of the taxonomy and the declared one is not among them, the declaration contradicts
itself ("category: phone_number" on "ID card number"). An item whose words match nothing can
declare any category; that is what `category` is for. An address book is made of names, numbers
and addresses: an item whose words name such a field may be declared `contacts_list` (the
field of exported address-book entries, GB/T 35273-2020 Table B.1 通讯录), not a contradiction.

## Why

The sensitive-data rules trust a declared category over the words. A wrong category hides a
sensitive item from PIPL Art. 28-30 and GDPR Art. 9 checks, and from the legal report.

## Failing example

```yaml
data:
  - item: ID card number
    category: phone_number
```

## Passing example

```yaml
data:
  - item: telephone number
    category: phone_number
```

## How to fix

Set `category:` to the id `disclosurelint classify "<the item>"` suggests, or reword the item so
that it says what is shared. `disclosurelint taxonomy --all` lists the ids.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from disclosurelint import localized
from disclosurelint.document import Document
from disclosurelint.model import Finding, RuleText, Severity
from disclosurelint.rules.base import RuleContext

CODE = "DL302"
NAME = "category-mismatch"
SEVERITY = Severity.ERROR
ARTICLES = ("PIPL Art. 28", "PIPL Art. 17")
OPTIONS: dict[str, object] = {}
SCOPE = "document"
OWNS: tuple[str, ...] = ()
NEEDS_TAXONOMY = True

# The fields an address book's entries are made of: declaring them `contacts_list` is consistent.
_ADDRESS_BOOK_FIELDS = frozenset(
    {"name", "nickname", "phone_number", "email", "postal_address", "contact_details"}
    | {"job_title", "employer", "department", "profile_image"}
)


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    data = document.mapping.get("data")
    if not isinstance(data, list):
        return
    taxonomy = context.taxonomy
    for index, entry in enumerate(data):
        if not localized.is_mapping(entry) or not isinstance(entry.get("category"), str):
            continue
        declared = entry["category"]
        path = ("data", index, "category")
        if declared not in taxonomy.categories:
            close = difflib.get_close_matches(declared, list(taxonomy.categories), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            yield Finding(
                path,
                f"unknown data category {declared!r}{hint}",
                fix="Use an id from `disclosurelint taxonomy --all`.",
            )
            continue
        for _, raw in localized.texts(entry.get("item")):  # every language's words
            text = raw.strip()
            found = taxonomy.classify(text) if text else None
            if found is None or not found.categories or declared in found.categories:
                continue
            if declared == "contacts_list" and set(found.categories) <= _ADDRESS_BOOK_FIELDS:
                continue
            words = ", ".join(f"{m.category} ({m.phrase!r})" for m in found.matches)
            yield Finding(
                path,
                f"the item {text!r} is declared as {declared!r}, but its words say {words}",
                fix=f"Use `category: {found.categories[0]}`, or reword the item.",
            )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="类别不符",
        summary="数据项声明的 `category` 不存在，或其文字表明是另一类别。",
        checks=(
            "数据项给出 `category:` 时，该编号必须存在于数据分类目录中（近似写法给出“是否想写”建议"
            "），且数据项的文字不得明显表明是其他类别：文字匹配了分类目录中的类别而声明的类别不在其"
            "中，声明即自相矛盾（在“ID card number”上写 “category: phone_number”）。文字不匹配任何"
            "类别的数据项可以声明任意类别，这正是 `category` 的用途。通讯录由姓名、号码和地址组成："
            "文字指向此类字段的数据项可以声明为 `contacts_list`（导出的通讯录条目字段，GB/T "
            "35273-2020 表B.1“通讯录”），不算矛盾。"
        ),
        why=(
            "敏感个人信息规则优先采信声明的类别而非文字。错误的类别会使敏感数据项逃过《个人信息保护"
            "法》第二十八条至第三十条和 GDPR 第9条的检查，也不会出现在法律报告中。"
        ),
        fix=(
            '将 `category:` 设为 `disclosurelint classify "<the item>"`（尖括号处填写该数据项）'
            "建议的编号，或改写数据项，"
            "使其如实说明所共享的内容。`disclosurelint taxonomy --all` 列出所有编号。"
        ),
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
