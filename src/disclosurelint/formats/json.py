"""A stable JSON document (format version 1) of every problem.

```json
{"version": 1, "tool": {"name": "disclosurelint", "version": "0.1.0"},
 "files_checked": 5, "regimes": ["pipl", "gb35273"],
 "summary": {"error": 0, "warning": 0, "info": 1, "waived": 4, "hidden": 0},
 "problems": [{"path": "...", "line": 12, "column": 3, "end_line": 12, "end_column": 40,
               "code": "DL204", "name": "policy-url", "severity": "error",
               "message": "...", "json_path": "$.privacy_policy.reference", "fix": "...",
               "waiver": null}]}
```

Lines and columns are 1-based; ``end_column`` is exclusive. ``waiver`` is ``null`` or
``{"reason", "approved_by", "expires", "source", "expired"}``: a waived problem stays in the
list (with ``waiver.expired`` false); ``hidden`` counts the problems a baseline left out.
``exit_code`` is the process's exit code (0 under ``--exit-zero``, whatever was found), beside
``fail_on`` and ``exit_zero``. A byte of a file name that is not UTF-8 is written ``\\xNN``.
"""

from __future__ import annotations

from typing import Any, TextIO

from disclosurelint import __version__
from disclosurelint.formats import ReportOptions, exit_code
from disclosurelint.model import Problem, Result, format_json_path
from disclosurelint.printable import write_json


def problem_dict(problem: Problem) -> dict[str, Any]:
    waiver = problem.waiver
    return {
        "path": problem.path,
        "line": problem.span.start.line,
        "column": problem.span.start.column,
        "end_line": problem.span.end.line,
        "end_column": problem.span.end.column,
        "code": problem.code,
        "name": problem.name,
        "severity": problem.severity.label,
        "message": problem.message,
        "json_path": format_json_path(problem.json_path),
        "fix": problem.fix,
        "waiver": None
        if waiver is None
        else {
            "reason": waiver.reason,
            "approved_by": waiver.approved_by,
            "expires": waiver.expires,
            "source": waiver.source,
            "expired": waiver.expired,
        },
    }


def render(result: Result, out: TextIO, options: ReportOptions) -> None:
    counts = result.counts()
    document = {
        "version": 1,
        "tool": {"name": "disclosurelint", "version": __version__},
        "files_checked": len(result.files),
        "regimes": list(result.regimes),
        "summary": {
            **{s.label: n for s, n in counts.items()},
            "waived": result.waived_count,
            "hidden": result.hidden,
        },
        "exit_code": exit_code(result, options),
        "fail_on": options.fail_on.label,
        "exit_zero": options.exit_zero,
        "problems": _PROBLEMS,
        "notes": list(result.notes),
    }
    # written one problem at a time: a large run's problems are never all in memory
    write_json(out, document, map(problem_dict, result.problems), stream=_PROBLEMS)


_PROBLEMS: list[Any] = []  # where the problems go in the document
