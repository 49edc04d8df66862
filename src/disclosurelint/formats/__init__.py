"""Reporters: each reads a :class:`~disclosurelint.model.Result` and writes to a stream.

A reporter module provides ``render(result, out, options) -> None``. Modules are imported only
when their format is asked for. Every format shows waived problems (marked as such, with the
waiver's reason, approver and expiry); none of them decides the exit code, which is always
``result.exit_code(fail_on)``.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from disclosurelint.errors import UsageError
from disclosurelint.model import Problem, Result, Severity, Waiver, format_json_path

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


Renderer = Callable[[Result, TextIO, ReportOptions], None]


def get(name: str) -> Renderer:
    module = FORMATS.get(name)
    if module is None:
        raise UsageError(f"unknown format {name!r} (choose from {', '.join(FORMATS)})")
    render: Renderer = importlib.import_module(module).render
    return render


def waiver_summary(waiver: Waiver) -> str:
    """The waiver on one line: ``reason; approved by X; expires D``."""
    parts = [waiver.reason]
    if waiver.approved_by:
        parts.append(f"approved by {waiver.approved_by}")
    if waiver.expires:
        parts.append(f"{'expired' if waiver.expired else 'expires'} {waiver.expires}")
    return "; ".join(parts)


def waiver_note(waiver: Waiver) -> str:
    """``waived: <summary>``, or ``waiver expired: <summary>`` once it no longer holds."""
    return f"{'waiver expired' if waiver.expired else 'waived'}: {waiver_summary(waiver)}"


def fingerprint(problem: Problem) -> str:
    """A hash that follows a problem across edits: file, rule, JSON path and message, no lines."""
    key = "\0".join(
        (problem.path, problem.code, format_json_path(problem.json_path), problem.message)
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()
