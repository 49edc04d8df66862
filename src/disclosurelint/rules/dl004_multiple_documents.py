"""The file holds more than one YAML document.

## What it checks

A `---` separator starts a second document. One file holds one declaration, so that ids, reviews and
waivers map to files.

This check is made by the loader (`disclosurelint.load`) before any other; a file with this
problem gets no further findings.

## Why

Several entries in one file hide each other from reviews and from the repository-wide checks.

## Failing example

```yaml
id: camcard
---
id: calendar
```

## How to fix

Move each document into a file of its own.
"""

from __future__ import annotations

from disclosurelint.model import Finding, RuleText, Severity, Span

CODE = "DL004"
NAME = "multiple-documents"
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
        "a second YAML document starts here: one file holds one declaration",
        fix="Move each document after `---` into its own file.",
        span=span,
    )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="多个文档",
        summary="文件中有不止一个 YAML 文档。",
        checks=(
            "`---` 分隔符开始了第二个文档。一个文件只含一项声明，以便编号、复核和豁免与文件一一对应"
            "。\n\n"
            "此项检查由读取程序（`disclosurelint.load`）在其他检查之前进行；存在此问题的文件不再产"
            "生其他检查结果。"
        ),
        why="一个文件中的多个条目会在审查和仓库范围的检查中相互遮蔽。",
        fix="将每个文档移到单独的文件中。",
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
