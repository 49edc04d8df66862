"""One line per problem, for grep, editors and terminals that want no decoration.

``path:line:col: CODE [severity] name: message``; a waived problem ends with
``[waived: reason; approved by X; in force through D]`` and an expired waiver with
``[waiver expired: ...]``. Nothing else is written, so a clean run prints nothing.
"""

from __future__ import annotations

from typing import TextIO

from disclosurelint.formats import ReportOptions, waiver_note
from disclosurelint.model import Problem, Result
from disclosurelint.printable import printable


def line(problem: Problem) -> str:
    text = (
        f"{problem.path}:{problem.line}:{problem.column}: {problem.code} "
        f"[{problem.severity.label}] {problem.name}: {problem.message}"
    )
    if problem.waiver is not None:
        text += f" [{waiver_note(problem.waiver)}]"
    return printable(text)


def render(result: Result, out: TextIO, options: ReportOptions) -> None:
    for problem in result.problems:
        out.write(line(problem) + "\n")
