"""The file is not valid YAML.

## What it checks

The YAML parser stopped at this position: a missing colon, a tab used for indentation, an unclosed
bracket or quote. Nothing after the error can be checked.

The common mistakes are named at the line where they are made, with the fix: a colon, dash or
comma typed in Chinese input mode (full-width, U+FF1A and friends), a tab used for indentation, a
second `: ` inside an unquoted value (`purpose: Note: ...`), a value that starts with `@`, a
backtick or `%`, a quote never closed.

This check is made by the loader (`disclosurelint.load`) before any other; a file with this
problem gets no further findings.

## Why

A declaration that cannot be read cannot be published or reviewed.

## Failing example

```yaml
purpose: [Provide the service
scenario: You open the app.
```

## Passing example

```yaml
purpose: Provide the service.
```

## How to fix

Fix the syntax at the reported line and column; `yamllint` explains most YAML errors in detail.
"""

from __future__ import annotations

from disclosurelint.model import Finding, RuleText, Severity, Span

CODE = "DL001"
NAME = "yaml-syntax"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "load"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "file"


def finding(problem: str, span: Span, context: str | None = None, context_line: int = 0) -> Finding:
    """The YAML library's ``problem`` at ``span`` (with where the construct began, if known)."""
    message = f"YAML syntax error: {problem}"
    if context and context_line:
        message += f" ({context} at line {context_line})"
    return Finding((), message, fix="Fix the YAML syntax at this position.", span=span)


def likely_mistake(mistake: str, fix: str, span: Span) -> Finding:
    """A common mistake recognised around the parser's error (``disclosurelint.yamlhints``),
    named at its own position with its fix."""
    return Finding((), f"YAML syntax error: {mistake}", fix=fix, span=span)


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="YAML 语法错误",
        summary="文件不是有效的 YAML。",
        checks=(
            "YAML 解析器在此位置停止：缺少冒号、用制表符缩进、括号或引号未闭合。错误之后的内容无法"
            "检查。\n\n"
            "常见错误会在出错的行指出，并给出修改方法：在中文输入法下输入的全角冒号、破折号或逗号（"
            "U+FF1A 等）、用制表符缩进、未加引号的值中出现第二个 `: `（`purpose: Note: ...`）、以"
            " `@`、反引号或 `%` 开头的值、未闭合的引号。\n\n"
            "此项检查由读取程序（`disclosurelint.load`）在其他检查之前进行；存在此问题的文件不再产"
            "生其他检查结果。"
        ),
        why="无法读取的声明既不能发布，也不能审查。",
        fix="按报告的行和列修正语法；`yamllint` 对大多数 YAML 错误有详细说明。",
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
