"""A list names the same value twice.

## What it checks

Lists whose entries must be unique, such as `sharing_modes` and `cross_border.destinations`.

This check is made by the schema stage (`schema/partner-disclosure.schema.json`).

## Why

Repetition in a published list reads as a mistake.

## Failing example

```yaml
sharing_modes: [backend_api, backend_api]
```

## Passing example

```yaml
sharing_modes: [backend_api]
```

## How to fix

Remove the repeated value.
"""

from __future__ import annotations

import json
from typing import Any

from disclosurelint.model import RuleText, Severity
from disclosurelint.rules.base import SchemaError

CODE = "DL107"
NAME = "duplicate-item"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "schema"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "fragment"
KEYWORDS = ("uniqueItems",)


def message(name: str, error: SchemaError) -> str:
    """The items the list holds more than once (equal as data, whatever their key order)."""
    seen: set[str] = set()
    dupes: list[Any] = []
    for item in error.value:
        canonical = json.dumps(item, sort_keys=True)
        if canonical in seen:
            dupes.append(item)
        seen.add(canonical)
    return f"{name} lists {', '.join(repr(d) for d in dupes)} more than once"


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="重复的列表项",
        summary="列表中同一个值出现了两次。",
        checks=(
            "各项必须唯一的列表，例如 `sharing_modes` 和 `cross_border.destinations`。\n\n"
            "此项检查在结构校验阶段进行（`schema/partner-disclosure.schema.json`）。"
        ),
        why="已发布清单中的重复内容会被视为错误。",
        fix="删除重复的值。",
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
