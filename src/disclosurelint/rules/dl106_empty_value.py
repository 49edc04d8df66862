"""A value that must not be empty is empty.

## What it checks

An empty list of data items, an empty company name, an empty mapping. (An empty purpose, scenario,
sharing mode list or policy is reported by DL201-DL204.)

This check is made by the schema stage (`schema/partner-disclosure.schema.json`).

## Why

An empty element is the same as a missing one to a reader.

## Failing example

```yaml
data: []
```

## Passing example

```yaml
data:
  - item: name
```

## How to fix

Fill in the value, or remove the key if it is optional.
"""

from __future__ import annotations

from disclosurelint import localized
from disclosurelint.model import RuleText, Severity
from disclosurelint.rules.base import SchemaError

CODE = "DL106"
NAME = "empty-value"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "schema"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "fragment"
KEYWORDS = ("minLength", "maxLength", "minItems", "maxItems", "minProperties")


def message(name: str, error: SchemaError) -> str:
    """Empty (below a minimum size), or longer than the maximum."""
    if error.keyword in ("maxLength", "maxItems"):
        return f"{name} is too long (at most {error.expected})"
    if error.keyword == "minProperties" and localized.is_text_schema(error.schema):
        return f"{name} is an empty mapping: give the text, or its text in each language"
    return f"{name} is empty"


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="空值",
        summary="不得为空的值为空。",
        checks=(
            "空的数据项列表、空的公司名称、空的映射。（空的使用目的、使用场景、共享方式列表或隐私政"
            "策由 DL201-DL204 报告。）\n\n"
            "此项检查在结构校验阶段进行（`schema/partner-disclosure.schema.json`）。"
        ),
        why="对读者而言，空的内容与缺失无异。",
        fix="填写该值；如该键是可选的，则删除它。",
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
