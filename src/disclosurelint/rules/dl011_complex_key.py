"""A mapping key is a list or a mapping.

## What it checks

YAML allows `? [a, b]: value`; declarations use only plain words as keys.

This check is made by the loader (`disclosurelint.load`); the rest of the file is still
checked.

## Why

Such keys cannot be expressed in JSON, so the entry cannot be validated or published.

## Failing example

```yaml
? [purpose, scenario]
: Provide the service.
```

## Passing example

```yaml
purpose: Provide the service.
```

## How to fix

Write each key as a single word.
"""

from __future__ import annotations

from disclosurelint.model import Finding, RuleText, Severity, Span

CODE = "DL011"
NAME = "complex-key"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "load"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "file"


def finding(span: Span) -> Finding:
    return Finding(
        (),
        "a key must be plain text, not a list or mapping",
        fix="Write the key as a single word, like `purpose`.",
        span=span,
    )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="复合键",
        summary="映射的键是列表或映射。",
        checks=(
            "YAML 允许 `? [a, b]: value` 这样的写法；声明只用普通词语作键。\n\n"
            "此项检查由读取程序（`disclosurelint.load`）进行；文件的其余部分仍会检查。"
        ),
        why="此类键无法用 JSON 表示，条目因而无法校验或发布。",
        fix="将每个键写成单个词语。",
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
