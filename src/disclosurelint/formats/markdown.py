"""A Markdown summary for ``$GITHUB_STEP_SUMMARY``, a pull-request comment or a wiki page.

A verdict line, a table of counts, a table of the unwaived problems (location, rule,
severity, message) and a table of waived problems (reason, approver, expiry). Text from
declarations is escaped: ``|`` cannot break a table, ``<``, ``>`` and ``&`` become entities so
no HTML is injected, Markdown punctuation (`` ` * _ [ ] ~ \\``) is backslash-escaped and line
breaks become ``<br>``. Long lists stop after :data:`MAX_ROWS` rows per table (GitHub keeps at
most 1 MiB of step summary); the other formats always hold every problem.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from disclosurelint import __version__
from disclosurelint.formats import ReportOptions
from disclosurelint.model import Problem, Result, Severity, Waiver
from disclosurelint.printable import printable
from disclosurelint.waivers import validity

MAX_ROWS = 500

_ESCAPES = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        "|": "\\|",
        "\\": "\\\\",
        "`": "\\`",
        "*": "\\*",
        "_": "\\_",
        "[": "\\[",
        "]": "\\]",
        "~": "\\~",
        "\r": "",
        "\n": "<br>",
    }
)


def escape(text: str) -> str:
    """Text that is safe inside a Markdown table cell (and in a terminal that shows it)."""
    return printable(text, newlines=True).translate(_ESCAPES)


def _location(problem: Problem) -> str:
    return escape(f"{problem.path}:{problem.line}:{problem.column}")


def _table(head: list[str], rows: Iterable[list[str]], total: int) -> list[str]:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    if total > MAX_ROWS:
        lines += [
            "",
            f"_{total - MAX_ROWS} more not shown; the JSON or SARIF output has them all._",
        ]
    return lines


def _problem_row(problem: Problem) -> list[str]:
    message = problem.message
    if problem.waiver is not None:  # only expired waivers reach this table
        waiver = problem.waiver
        message += f" (the waiver {validity(waiver.expires, expired=True)}: {waiver.reason})"
    return [
        _location(problem),
        escape(f"{problem.code} {problem.name}"),
        problem.severity.label,
        escape(message),
    ]


def _waived_row(problem: Problem, waiver: Waiver) -> list[str]:
    return [
        _location(problem),
        escape(f"{problem.code} {problem.name}"),
        escape(problem.message),
        escape(waiver.reason),
        escape(waiver.approved_by or "-"),
        escape(validity(waiver.expires, expired=waiver.expired)),
    ]


def render(result: Result, out: TextIO, options: ReportOptions) -> None:
    failing = result.exit_code(options.fail_on) != 0
    outcome = "Failed" if failing else "Passed"
    if failing and options.exit_zero:
        outcome = "Problems found, not failing (`--exit-zero`, exit code 0)"
    counts = result.counts()
    # the first MAX_ROWS of each table, read as they come; their numbers from the tally
    active: list[Problem] = []
    waived: list[tuple[Problem, Waiver]] = []
    for p in result.problems:
        if p.waived and p.waiver is not None:
            if len(waived) < MAX_ROWS:
                waived.append((p, p.waiver))
        elif len(active) < MAX_ROWS:
            active.append(p)
        if len(active) == len(waived) == MAX_ROWS:
            break
    active_count, waived_count = result.active_count, result.waived_count
    files = len(result.files)
    lines = [
        "## disclosurelint",
        "",
        f"**{outcome}** at `--fail-on {options.fail_on.label}`: "
        f"{files} file{'' if files == 1 else 's'} checked"
        + (f" under {escape(', '.join(result.regimes))}" if result.regimes else "")
        + f" (disclosurelint {__version__}).",
        "",
        "| Severity | Problems |",
        "|---|--:|",
        *(f"| {s.label} | {counts[s]} |" for s in sorted(Severity, reverse=True)),
        f"| waived | {waived_count} |",
    ]
    if active:
        lines += ["", "### Problems", ""]
        lines += _table(
            ["Location", "Rule", "Severity", "Message"], map(_problem_row, active), active_count
        )
    if waived:
        lines += ["", "### Waived", ""]
        lines += _table(
            ["Location", "Rule", "Message", "Reason", "Approved by", "Validity"],
            (_waived_row(p, w) for p, w in waived),
            waived_count,
        )
    if result.notes:
        lines += ["", "### Notes", "", *(f"- {escape(note)}" for note in result.notes)]
    out.write("\n".join(lines) + "\n")
