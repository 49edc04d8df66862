"""The file is larger than the size limit and was not read.

## What it checks

Files over `max-file-size` bytes (default 1 MiB) are not read. A declaration is a few kilobytes; a
larger file is almost always a mistake.

This check is made by the loader (`disclosurelint.load`) before any other; a file with this
problem gets no further findings.

## Why

Reading arbitrary large input would make the pre-commit hook slow and could exhaust memory.

## How to fix

Split the file, or raise `max-file-size` in the configuration.
"""

from __future__ import annotations

from disclosurelint.model import Finding, RuleText, Severity, Span

CODE = "DL008"
NAME = "file-too-large"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "load"
OWNS: tuple[str, ...] = ()
EXAMPLES = False  # the input cannot be shown as YAML text
EXAMPLE_KIND = "file"


def finding(size: int, max_size: int) -> Finding:
    return Finding(
        (),
        f"the file is {size:,} bytes, over the {max_size:,}-byte limit; not read",
        fix="Split it, or raise `max-file-size` in the configuration.",
        span=Span.at(1, 1),
    )


def over_limit(max_size: int) -> Finding:
    """A file that holds more than ``max_size`` bytes though it did not say so (a growing file,
    one whose size the system does not know): read up to the limit, then refused."""
    return Finding(
        (),
        f"the file is over the {max_size:,}-byte limit; not read",
        fix="Split it, or raise `max-file-size` in the configuration.",
        span=Span.at(1, 1),
    )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="文件过大",
        summary="文件超过大小上限，未被读取。",
        checks=(
            "超过 `max-file-size` 字节（默认 1 MiB）的文件不予读取。一项声明只有几 KB；更大的文件几"
            "乎总是出错所致。\n\n"
            "此项检查由读取程序（`disclosurelint.load`）在其他检查之前进行；存在此问题的文件不再产"
            "生其他检查结果。"
        ),
        why="读取任意大小的输入会使 pre-commit 钩子变慢，并可能耗尽内存。",
        fix="拆分该文件，或在配置中调高 `max-file-size`。",
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
