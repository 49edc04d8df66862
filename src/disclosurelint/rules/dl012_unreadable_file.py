"""The file exists but could not be read.

## What it checks

The operating system refused to read the file (permissions, a broken link, a file removed during the
run).

This check is made by the loader (`disclosurelint.load`) before any other; a file with this
problem gets no further findings.

## Why

A gate must say that it could not read a file, never skip it in silence.

## How to fix

Check the file's permissions and that it still exists.
"""

from __future__ import annotations

from disclosurelint.model import Finding, RuleText, Severity, Span

CODE = "DL012"
NAME = "unreadable-file"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "load"
OWNS: tuple[str, ...] = ()
EXAMPLES = False  # the input cannot be shown as YAML text
EXAMPLE_KIND = "file"


def finding(reason: str) -> Finding:
    return Finding((), f"the file could not be read: {reason}", span=Span.at(1, 1))


def _refused(message: str, fix: str) -> Finding:
    return Finding((), message, fix=fix, span=Span.at(1, 1))


def link_outside(target: str, root: str) -> Finding:
    return _refused(
        f"a symbolic link to {target}, outside the repository ({root}): not followed",
        "Copy the declaration into the repository, or link to a file inside it.",
    )


def dangling_link(target: str) -> Finding:
    return _refused(
        f"a symbolic link to {target}, which does not exist",
        "Point the link at an existing declaration, or remove it.",
    )


def not_regular(kind: str) -> Finding:
    return _refused(
        f"{kind}, not a regular file: not read",
        "Declarations are regular files; remove or rename this one.",
    )


def folder_unreadable(reason: str) -> Finding:
    return _refused(
        f"the folder could not be read ({reason}); its declarations are not checked",
        "Give the user running the check permission to list and read it.",
    )


def a_folder() -> Finding:
    return _refused("a folder, not a declaration file", "Name a YAML file.")


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="文件无法读取",
        summary="文件存在，但无法读取。",
        checks=(
            "操作系统拒绝读取该文件（权限不足、链接失效、运行期间文件被删除）。\n\n"
            "此项检查由读取程序（`disclosurelint.load`）在其他检查之前进行；存在此问题的文件不再产"
            "生其他检查结果。"
        ),
        why="检查门槛必须说明它无法读取某个文件，而不能悄悄跳过。",
        fix="检查文件的权限，并确认文件仍然存在。",
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
