"""A required key is missing.

## What it checks

A key the format requires is absent. The finding points at the mapping that lacks it (for a key of
the top level, the first line). The four disclosure elements (purpose, scenario, sharing modes,
policy) are reported by their own rules instead (DL201-DL204), once each.

This check is made by the schema stage (`schema/partner-disclosure.schema.json`).

## Why

The declaration format requires these keys so that every entry can be checked and rendered. Which
law asks for each disclosure element, and how gravely, is said by the element's own rule: purpose
(DL201), scenario (DL202) and sharing mode (DL203, MIIT notice 2021 No. 292, a ministry notice:
warnings), policy link (DL204), the recipient's contact (DL305) and processing method (DL309,
PIPL Art. 23, a statute: errors).

## Failing example

```yaml
recipient:
  name: Example Co., Ltd.
```

## Passing example

```yaml
recipient:
  name: Example Co., Ltd.
  relationship: third_party
  contact: privacy@example.cn
```

## How to fix

Add the key; the message quotes its description.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from disclosurelint.model import Finding, JsonPath, RuleText, Severity
from disclosurelint.rules.base import label

CODE = "DL101"
NAME = "missing-key"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "schema"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "fragment"
KEYWORDS = ("required",)

# What a missing disclosure element means to a reader of the published list.
MISSING_ELEMENT: Mapping[JsonPath, str] = {
    ("recipient",): "the entry does not say who receives the data",
    ("product",): "the entry does not name the recipient's product, SDK or mode of cooperation",
    ("data",): "the entry does not say which personal data the recipient receives",
    ("recipient", "relationship"): "the entry does not say how the recipient relates to us",
}


def finding(path: JsonPath, key: str, schema: Mapping[str, Any], subject: str) -> Finding:
    """``key`` is missing from the mapping at ``path`` (whose schema is ``schema``); the fix
    quotes the key's description. ``subject`` names the whole document ("the declaration")."""
    prop = schema.get("properties", {}).get(key, {})
    where = subject if not path else f"`{label(path)}`"
    fix = f"Add `{key}:`" + (f": {prop['description']}" if prop.get("description") else ".")
    meaning = MISSING_ELEMENT.get((*path, key)) if subject == "the declaration" else None
    missing = {"missing": key}
    if meaning:
        return Finding(path, f"{meaning} (`{key}` is missing)", fix=fix, details=missing)
    return Finding(path, f"{where} lacks the required key `{key}`", fix=fix, details=missing)


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="缺少必需的键",
        summary="缺少一个必需的键。",
        checks=(
            "缺少格式要求的键。检查结果指向缺少该键的映射（顶层的键则指向第一行）。四项告知内容（使"
            "用目的、使用场景、共享方式、隐私政策）由各自的规则报告（DL201-DL204），每项只报告一次"
            "。\n\n"
            "此项检查在结构校验阶段进行（`schema/partner-disclosure.schema.json`）。"
        ),
        why=(
            "声明格式要求这些键，以便每个条目都能被检查和呈现。各项告知内容由哪部法律要求、严重程度"
            "如何，由该内容自己的规则说明：使用目的（DL201）、使用场景（DL202）和共享方式（DL203，"
            "依据工信部信管函〔2021〕292号，属部门通知：警告），隐私政策链接（DL204），接收方联系方"
            "式（DL305）和处理方式（DL309，依据《个人信息保护法》第二十三条，属法律规定：错误）。"
        ),
        fix="补上该键；提示信息引用了它的说明。",
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
