"""Label lines kept in one string literal, their line breaks written as ``\\n``.

A script that builds a spreadsheet or a document keeps a cell's text in one literal::

    ["隐私政策内容", "应包含：\\n- SDK名称：星图推送\\n- 第三方主体：星图科技有限公司\\n- 隐私政策：https://…"],

The ``\\n`` before a dash or bullet label (``- 隐私政策：``) is a line break of the text the
script writes: the lines are read as published, each keeping the line of the file it is on.
The closing quote and brackets after the last value are the script's, not the value's.
"""

# ruff: noqa: RUF001, RUF002, RUF003  (full-width colons of published Chinese labels read on purpose)

from __future__ import annotations

import re

# "\n- 第三方主体：" or "\n• Provider:": an escaped line break before a bulleted label
_BREAK = re.compile(r"\\n(?=\s*[-*•]\s*[^\s：:\\]{1,20}[：:])")
# the end of the literal after the last value: '"],' or '")'
_CLOSE = re.compile(r"""\s*["'][\])},;]*\s*$""")


def escaped_lines(text: str) -> tuple[str, list[int]] | None:
    """The text with the escaped line breaks of its label cells made real, and the 1-based line
    of the file each of its lines is on; None when no line holds two such breaks."""
    out: list[str] = []
    numbers: list[int] = []
    found = False
    for number, line in enumerate(text.splitlines(), start=1):
        parts = _BREAK.split(line)
        if len(parts) > 2:
            found = True
            parts[-1] = _CLOSE.sub("", parts[-1])
        out.extend(parts)
        numbers.extend([number] * len(parts))
    return ("\n".join(out), numbers) if found else None
