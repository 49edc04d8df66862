"""The file is binary, not text.

## What it checks

The file contains NUL bytes, so it is not a YAML text file at all (an image or an archive with a
`.yaml` name, or a path passed by mistake).

This check is made by the loader (`disclosurelint.load`) before any other; a file with this
problem gets no further findings.

## Why

A gate must say that it could not read a file, never skip it in silence.

## How to fix

Check that the path names a declaration.
"""

from __future__ import annotations

from disclosurelint.model import Finding, RuleText, Severity, Span

CODE = "DL007"
NAME = "binary-file"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "load"
OWNS: tuple[str, ...] = ()
EXAMPLES = False  # the input cannot be shown as YAML text
EXAMPLE_KIND = "file"


def finding(line: int) -> Finding:
    return Finding(
        (),
        f"binary content (a NUL byte at line {line}); not a YAML text file",
        fix="Check that the path names a declaration, not a binary file.",
        span=Span.at(line, 1),
    )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="二进制文件",
        summary="文件是二进制文件，不是文本。",
        checks=(
            "文件含有 NUL 字节，因此根本不是 YAML 文本文件（例如以 `.yaml` 命名的图片或压缩包，或误"
            "传的路径）。\n\n"
            "此项检查由读取程序（`disclosurelint.load`）在其他检查之前进行；存在此问题的文件不再产"
            "生其他检查结果。"
        ),
        why="检查门槛必须说明它无法读取某个文件，而不能悄悄跳过。",
        fix="确认该路径指向一项声明。",
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
