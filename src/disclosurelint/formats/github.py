"""GitHub Actions workflow commands: each problem becomes an annotation on the pull request.

``::error file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=CODE name::message``

* errors are ``::error``, warnings ``::warning``, info ``::notice``;
* a waived problem is a ``::notice`` titled ``CODE name (waived)`` whose message carries the
  waiver (reason, approver, expiry): visible to reviewers, never failing the job;
* a problem whose waiver has expired keeps its severity and says that the waiver expired;
* ``endColumn`` is the last column of the span (GitHub counts it inclusively) and is given only
  when the span ends on its first line, the only case GitHub uses columns.

Properties escape ``%``, ``\\r``, ``\\n``, ``:`` and ``,``; the message escapes ``%``, ``\\r`` and
``\\n`` (GitHub's own ``toCommandValue``/``escapeProperty``), so a message cannot end the command
early or inject another one. Control characters from declarations are shown escaped
(:mod:`disclosurelint.printable`): the log that shows the annotations is a terminal too.
"""

from __future__ import annotations

from typing import TextIO

from disclosurelint.formats import ReportOptions, waiver_note
from disclosurelint.model import Problem, Result, Severity
from disclosurelint.printable import printable

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(problem: Problem) -> str:
    span = problem.span
    level = "notice" if problem.waived else _LEVELS[problem.severity]
    title = f"{problem.code} {problem.name}" + (" (waived)" if problem.waived else "")
    props = [
        ("file", printable(problem.path)),
        ("line", str(span.start.line)),
        ("col", str(span.start.column)),
        ("endLine", str(span.end.line)),
    ]
    if span.end.line == span.start.line:
        props.append(("endColumn", str(max(span.start.column, span.end.column - 1))))
    props.append(("title", title))
    message = printable(problem.message, newlines=True)
    if problem.waiver is not None:
        message += f"\n{printable(waiver_note(problem.waiver))}"
    if problem.fix and not problem.waived:
        message += f"\nhelp: {printable(problem.fix)}"
    properties = ",".join(f"{key}={escape_property(value)}" for key, value in props)
    return f"::{level} {properties}::{escape_data(message)}"


def render(result: Result, out: TextIO, options: ReportOptions) -> None:
    for problem in result.problems:
        out.write(command(problem) + "\n")
