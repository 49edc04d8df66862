"""Aliases expand without bound, refer to themselves, or nesting is too deep.

## What it checks

YAML aliases (`*name`) that expand to more than 100,000 nodes (the "billion laughs" pattern), an
alias that contains itself, or nesting deeper than 64 levels. The file is not read further.

This check is made by the loader (`disclosurelint.load`) before any other; a file with this
problem gets no further findings.

## Why

Such input exhausts memory or time in every tool that reads it; a declaration never needs it.

## Failing example

```yaml
a: &a [x, x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
f: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
```

## How to fix

Remove the anchors and aliases; write the values out.
"""

from __future__ import annotations

from disclosurelint.model import Finding, RuleText, Severity, Span

CODE = "DL009"
NAME = "unbounded-structure"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "load"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "file"


def too_deep(max_depth: int, span: Span | None = None) -> Finding:
    return Finding(
        (),
        f"nesting deeper than {max_depth} levels",
        fix="Flatten the structure; a declaration needs only a few levels.",
        span=span or Span.at(1, 1),
    )


def alias(what: str) -> Finding:
    """``what``: "refers to itself", or "expands to over N nodes"."""
    return Finding(
        (),
        f"an alias {what}; the file is not read further",
        fix="Remove the anchors and aliases (`&name`, `*name`).",
        span=Span.at(1, 1),
    )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="无界结构",
        summary="别名无限展开、引用自身，或嵌套过深。",
        checks=(
            "展开后超过 100,000 个节点的 YAML 别名（`*name`，即“十亿笑声”攻击模式）、包含自身的别名"
            "，或超过 64 层的嵌套。文件不再继续读取。\n\n"
            "此项检查由读取程序（`disclosurelint.load`）在其他检查之前进行；存在此问题的文件不再产"
            "生其他检查结果。"
        ),
        why="此类输入会耗尽任何读取它的工具的内存或时间；声明从不需要这样写。",
        fix="删除锚点和别名，直接写出各个值。",
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
