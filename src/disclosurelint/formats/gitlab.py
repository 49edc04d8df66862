"""GitLab Code Quality report: a JSON array GitLab shows in merge requests and pipelines.

Each problem is ``{"description", "check_name", "fingerprint", "severity", "location":
{"path", "lines": {"begin", "end"}}}`` plus ``type`` and ``engine_name`` (the Code Climate
issue fields GitLab documents as required, and two it ignores).

Severity mapping (GitLab knows info, minor, major, critical and blocker):

=====================================================  ==========
problem                                                GitLab
=====================================================  ==========
waived (reason, approver and expiry in description)    info
info                                                   info
warning                                                minor
error                                                  major
error in DL0xx (the file could not be read or parsed,  critical
so nothing else in it was checked)
=====================================================  ==========

``blocker`` is not used: no single declaration blocks the whole product. ``fingerprint`` is
the SARIF fingerprint (path, rule, content-named JSON path, offending value; no line numbers,
list positions or message wording); GitLab needs it unique
in a report, so a repeated problem gets its repetition number hashed in.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from disclosurelint.formats import ReportOptions, fingerprint, waiver_note
from disclosurelint.model import Problem, Result, Severity
from disclosurelint.printable import write_json

SEVERITIES = {Severity.INFO: "info", Severity.WARNING: "minor", Severity.ERROR: "major"}


def severity(problem: Problem) -> str:
    if problem.waived:
        return "info"
    if problem.severity is Severity.ERROR and problem.code.startswith("DL0"):
        return "critical"
    return SEVERITIES[problem.severity]


def issue(problem: Problem, print_: str) -> dict[str, Any]:
    description = f"{problem.code} {problem.name}: {problem.message}"
    if problem.waiver is not None:
        description += f" [{waiver_note(problem.waiver)}]"
    return {
        "type": "issue",
        "engine_name": "disclosurelint",
        "check_name": problem.code,
        "description": description,
        "fingerprint": print_,
        "severity": severity(problem),
        "location": {
            "path": problem.path,
            "lines": {"begin": problem.span.start.line, "end": problem.span.end.line},
        },
    }


def issues(problems: Iterable[Problem]) -> Iterator[dict[str, Any]]:
    """Each problem's issue, its fingerprint made unique. A fingerprint hashes the file's
    path, so a repeat can only be in the same file: what is seen is forgotten at each file."""
    seen: dict[str, int] = {}
    path = None
    for problem in problems:
        if problem.path != path:
            seen, path = {}, problem.path
        print_ = fingerprint(problem)
        seen[print_] = seen.get(print_, 0) + 1
        if seen[print_] > 1:
            print_ = hashlib.sha256(f"{print_}\0{seen[print_]}".encode()).hexdigest()
        yield issue(problem, print_)


def render(result: Result, out: TextIO, options: ReportOptions) -> None:
    everything: list[Any] = []
    write_json(out, everything, issues(result.problems), stream=everything)
