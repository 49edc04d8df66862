"""The top level of the file is not a mapping of keys.

## What it checks

The file holds a list or a single value where a declaration (a mapping with `disclosure`, `id`,
`recipient`, ...) belongs.

This check is made by the loader (`disclosurelint.load`) before any other; a file with this
problem gets no further findings.

## Why

Only a mapping can carry the elements the law asks for.

## Failing example

```yaml
- camcard
- calendar
```

## How to fix

Start the file with `disclosure: 1` and the other keys.
"""

from __future__ import annotations

from disclosurelint.model import Finding, RuleText, Severity, Span

CODE = "DL005"
NAME = "not-a-mapping"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "load"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "file"


def finding(kind: str, span: Span) -> Finding:
    """``kind``: what the top level is instead ("a single value", "a list")."""
    return Finding(
        (),
        f"the top level is {kind}; a declaration is a mapping of keys",
        fix="Start the file with `disclosure: 1` and the other keys.",
        span=span,
    )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="顶层不是映射",
        summary="文件的顶层不是键的映射。",
        checks=(
            "文件在应当是声明（含 `disclosure`、`id`、`recipient` 等键的映射）的位置写了列表或单个"
            "值。\n\n"
            "此项检查由读取程序（`disclosurelint.load`）在其他检查之前进行；存在此问题的文件不再产"
            "生其他检查结果。"
        ),
        why="只有映射才能承载法律要求告知的各项内容。",
        fix="以 `disclosure: 1` 及其他键开始该文件。",
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
