"""The file is not UTF-8.

## What it checks

Bytes that are not valid UTF-8 (a legacy encoding such as GBK or Latin-1) or a UTF-16 byte-order
mark. A UTF-8 byte-order mark is accepted. The finding gives the line and column of the first bad
byte.

This check is made by the loader (`disclosurelint.load`) before any other; a file with this
problem gets no further findings.

## Why

Published lists contain Chinese and other non-ASCII text; a wrong encoding garbles the published
words.

## How to fix

Save the file as UTF-8.
"""

from __future__ import annotations

from disclosurelint.model import Finding, RuleText, Severity, Span

CODE = "DL006"
NAME = "bad-encoding"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "load"
OWNS: tuple[str, ...] = ()
EXAMPLES = False  # the input cannot be shown as YAML text
EXAMPLE_KIND = "file"


def utf16() -> Finding:
    return Finding(
        (),
        "the file is UTF-16 (or UTF-32) encoded; declarations are UTF-8",
        fix="Save the file as UTF-8.",
        span=Span.at(1, 1),
    )


def invalid_utf8(byte: str, line: int, column: int) -> Finding:
    return Finding(
        (),
        f"invalid UTF-8 (byte 0x{byte} at line {line}, column {column})",
        fix="Save the file as UTF-8; a legacy encoding such as GBK is not read.",
        span=Span.at(line, column),
    )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="编码错误",
        summary="文件不是 UTF-8 编码。",
        checks=(
            "不是有效 UTF-8 的字节（GBK、Latin-1 等旧编码）或 UTF-16 字节顺序标记。UTF-8 字节顺序标"
            "记可以接受。检查结果给出第一个错误字节的行和列。\n\n"
            "此项检查由读取程序（`disclosurelint.load`）在其他检查之前进行；存在此问题的文件不再产"
            "生其他检查结果。"
        ),
        why="已发布的清单含有中文等非 ASCII 文字；编码错误会使发布的文字变成乱码。",
        fix="将文件保存为 UTF-8 编码。",
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
