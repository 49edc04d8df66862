"""A key appears twice in the same mapping.

## What it checks

Two occurrences of one key in one mapping. The finding is at the second occurrence and names the
line of the first. The first value is kept; the second is ignored.

This check is made by the loader (`disclosurelint.load`); the rest of the file is still
checked.

## Why

YAML libraries silently keep one of the two values, so what a reviewer reads and what is published
can differ.

## Failing example

```yaml
purpose: Provide the service.
purpose: Improve advertising.
```

## Passing example

```yaml
purpose: Provide the service.
```

## How to fix

Delete one of the two keys, or merge their values.
"""

from __future__ import annotations

from disclosurelint.model import Finding, RuleText, Severity, Span

CODE = "DL002"
NAME = "duplicate-key"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "load"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "file"


def finding(name: str, first_line: int, span: Span) -> Finding:
    return Finding(
        (),
        f"duplicate key {name!r}: first defined at line {first_line}",
        fix="Keep one of the two keys; YAML keeps only one value.",
        span=span,
    )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="重复的键",
        summary="同一映射中的某个键出现了两次。",
        checks=(
            "同一映射中出现两个相同的键。检查结果标在第二次出现处，并指出第一次出现的行。保留第一个"
            "值，忽略第二个值。\n\n"
            "此项检查由读取程序（`disclosurelint.load`）进行；文件的其余部分仍会检查。"
        ),
        why="YAML 库会悄悄地只保留两个值中的一个，审查人员看到的内容可能与发布的内容不同。",
        fix="删除两个键中的一个，或合并其值。",
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
