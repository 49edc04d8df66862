"""Reporters: each reads a :class:`~disclosurelint.model.Result` and writes to a stream.

A reporter module provides ``render(result, out, options) -> None``. Modules are imported only
when their format is asked for. Every format shows waived problems (marked as such, with the
waiver's reason, approver and expiry); none of them decides the exit code, which is always
:func:`exit_code` of the result and the options, and every format that states an outcome states
that one (``--exit-zero`` included).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from disclosurelint.errors import UsageError
from disclosurelint.model import Problem, Result, Severity, Waiver

FORMATS: dict[str, str] = {
    "text": "disclosurelint.formats.text",
    "concise": "disclosurelint.formats.concise",
    "json": "disclosurelint.formats.json",
    "sarif": "disclosurelint.formats.sarif",
    "junit": "disclosurelint.formats.junit",
    "github": "disclosurelint.formats.github",
    "gitlab": "disclosurelint.formats.gitlab",
    "markdown": "disclosurelint.formats.markdown",
}


@dataclass(frozen=True)
class ReportOptions:
    color: bool = False
    fail_on: Severity = Severity.WARNING
    show_source: bool = True
    statistics: bool = False
    quiet: bool = False
    help_base: str | None = None  # where rule pages are published (SARIF helpUri), else relative
    exit_zero: bool = False


def exit_code(result: Result, options: ReportOptions) -> int:
    """The process's exit code for ``result``: what every format must report as the outcome."""
    return 0 if options.exit_zero else result.exit_code(options.fail_on)


def exit_verdict(result: Result, options: ReportOptions) -> str:
    """The outcome in words, true to the exit code: passes, fails, or fails but exits 0."""
    gate = f"--fail-on {options.fail_on.label}"
    if result.exit_code(options.fail_on) == 0:
        return f"passes at {gate}"
    if options.exit_zero:
        return f"has problems at {gate}, reported without failing (--exit-zero, exit code 0)"
    return f"fails at {gate}"


Renderer = Callable[[Result, TextIO, ReportOptions], None]


def get(name: str) -> Renderer:
    module = FORMATS.get(name)
    if module is None:
        raise UsageError(f"unknown format {name!r} (choose from {', '.join(FORMATS)})")
    render: Renderer = importlib.import_module(module).render
    return render


def waiver_summary(waiver: Waiver) -> str:
    """The waiver on one line: ``reason; approved by X; in force through D``."""
    parts = [waiver.reason]
    if waiver.approved_by:
        parts.append(f"approved by {waiver.approved_by}")
    if waiver.expires:
        from disclosurelint.waivers import validity

        parts.append(validity(waiver.expires, expired=waiver.expired))
    return "; ".join(parts)


def waiver_note(waiver: Waiver) -> str:
    """``waived: <summary>``, or ``waiver expired: <summary>`` once it no longer holds."""
    return f"{'waiver expired' if waiver.expired else 'waived'}: {waiver_summary(waiver)}"


def fingerprint(problem: Problem) -> str:
    """A hash that follows a problem across edits, as the baseline matches it.

    File, rule, the problem's anchor (its JSON path with list elements named by content) and the
    fingerprint of the offending value: no line, no list position, no message wording.
    """
    import hashlib  # SARIF and GitLab reports only: not imported by a text report

    from disclosurelint.baseline import meaning

    key = "\0".join((problem.path, problem.code, *meaning(problem)))
    return hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()
