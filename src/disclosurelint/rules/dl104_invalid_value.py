"""A value is not one of the allowed choices.

## What it checks

Enumerations (`relationship`, `sharing_modes`, `consent`, `legal_basis`, ...) and constants
(`disclosure: 1`) accept fixed values; a near miss gets a "did you mean".

This check is made by the schema stage (`schema/partner-disclosure.schema.json`).

## Why

Rules and reports depend on the fixed vocabulary; free text here would be missed.

## Failing example

```yaml
sharing_modes: [backend-api]
```

## Passing example

```yaml
sharing_modes: [backend_api]
```

## How to fix

Use one of the values listed in the message.
"""

from __future__ import annotations

import difflib

from disclosurelint.model import RuleText, Severity
from disclosurelint.rules.base import SchemaError

CODE = "DL104"
NAME = "invalid-value"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "schema"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "fragment"
KEYWORDS = ("enum", "const")


def message(name: str, error: SchemaError) -> str:
    """The value written, the values allowed, and the allowed one it most likely means."""
    value = error.value
    if error.keyword == "const":
        return f"{name} must be {error.expected!r}, not {value!r}"
    choices = [str(c) for c in error.expected]
    close = difflib.get_close_matches(str(value), choices, n=1, cutoff=0.6)
    hint = f"; did you mean '{close[0]}'?" if close else ""
    return f"{name} is {value!r}, which is not one of: {', '.join(choices)}{hint}"


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="取值无效",
        summary="某个值不在允许的选项之中。",
        checks=(
            "枚举项（`relationship`、`sharing_modes`、`consent`、`legal_basis` 等）和常量（"
            "`disclosure: 1`）只接受固定的值；近似的写法会给出“是否想写”的建议。\n\n"
            "此项检查在结构校验阶段进行（`schema/partner-disclosure.schema.json`）。"
        ),
        why="规则和报告依赖固定的词汇；此处写自由文本会被遗漏。",
        fix="使用提示信息列出的值之一。",
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
