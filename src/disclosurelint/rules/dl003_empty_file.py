"""The file holds no declaration.

## What it checks

A file that is empty, or holds only comments, under a declarations folder.

This check is made by the loader (`disclosurelint.load`) before any other; a file with this
problem gets no further findings.

## Why

An empty entry is either unfinished work or a file to delete.

## Failing example

```yaml
# nothing here yet
```

## How to fix

Write the declaration, or delete the file.
"""

from __future__ import annotations

from disclosurelint.model import Finding, RuleText, Severity, Span

CODE = "DL003"
NAME = "empty-file"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "load"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "file"


def finding(null_document: bool = False) -> Finding:
    """An empty file, or (``null_document``) one whose only document holds nothing."""
    what = "holds no data" if null_document else "is empty"
    return Finding(
        (),
        f"the file {what}: a declaration is a YAML mapping",
        fix="Write the declaration, or delete the file.",
        span=Span.at(1, 1),
    )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="空文件",
        summary="文件中没有声明。",
        checks=(
            "声明文件夹中的文件为空，或只有注释。\n\n"
            "此项检查由读取程序（`disclosurelint.load`）在其他检查之前进行；存在此问题的文件不再产"
            "生其他检查结果。"
        ),
        why="空条目要么是未完成的工作，要么是应当删除的文件。",
        fix="写好声明，或删除该文件。",
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
