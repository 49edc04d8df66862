"""A value carries a YAML tag that is not a plain data type.

## What it checks

Tags such as `!!python/object`, `!!binary` or custom `!tags`. Nothing is ever constructed from a
tag; the value is treated as missing. The standard tags `!!str`, `!!int`, `!!float`, `!!bool`,
`!!null`, `!!seq` and `!!map` are accepted.

This check is made by the loader (`disclosurelint.load`); the rest of the file is still
checked.

## Why

Tags that construct objects are how unsafe YAML loading executes code; a declaration holds only
text, numbers, lists and mappings.

## Failing example

```yaml
purpose: !!python/object/apply:os.system [echo hi]
```

## Passing example

```yaml
purpose: Provide the service.
```

## How to fix

Remove the tag.
"""

from __future__ import annotations

from disclosurelint.model import Finding, RuleText, Severity, Span

CODE = "DL010"
NAME = "unknown-tag"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "load"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "file"


def finding(tag: str, span: Span) -> Finding:
    return Finding(
        (),
        f"unknown tag `{tag}`: nothing is constructed from tags",
        fix="Remove the tag; declarations hold only text, numbers, lists and maps.",
        span=span,
    )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="未知标签",
        summary="某个值带有非普通数据类型的 YAML 标签。",
        checks=(
            "`!!python/object`、`!!binary` 或自定义 `!tags` 等标签。工具从不依据标签构造对象，该值"
            "按缺失处理。标准标签 `!!str`、`!!int`、`!!float`、`!!bool`、`!!null`、`!!seq` 和"
            " `!!map` 可以接受。\n\n"
            "此项检查由读取程序（`disclosurelint.load`）进行；文件的其余部分仍会检查。"
        ),
        why="构造对象的标签正是不安全的 YAML 读取执行代码的途径；声明只含文本、数字、列表和映射。",
        fix="删除该标签。",
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
