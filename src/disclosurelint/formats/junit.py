"""JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure Pipelines).

One ``<testsuite>`` per checked file, one ``<testcase>`` per problem; a file without problems
has a single passing ``no problems`` test case, so clean files count as passes. A test case:

* fails (``<failure>``) when the problem fails the gate: not waived and at or above
  ``--fail-on``; the failure and the exit code therefore always agree;
* is skipped (``<skipped>``) when the problem is waived, the message giving the reason,
  approver and expiry: accepted, still visible, never failing;
* passes, with the problem in ``<system-out>``, when it is below ``--fail-on`` (an ``info``
  finding at the default threshold).

Characters that XML 1.0 cannot carry (control characters from a damaged file) are replaced.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from itertools import groupby
from typing import TextIO

from disclosurelint.formats import ReportOptions, waiver_note
from disclosurelint.model import Problem, Result

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _x(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _describe(problem: Problem) -> str:
    text = (
        f"{problem.path}:{problem.line}:{problem.column}: {problem.code} {problem.name} "
        f"[{problem.severity.label}]: {problem.message}"
    )
    if problem.waiver is not None:
        text += f"\n{waiver_note(problem.waiver)}"
    if problem.fix:
        text += f"\nhelp: {problem.fix}"
    return _x(text)


def _testcase(suite: ET.Element, problem: Problem, options: ReportOptions) -> str:
    """Add the problem's test case; returns its outcome: failed, skipped or passed."""
    case = ET.SubElement(
        suite,
        "testcase",
        {
            "classname": _x(problem.path),
            "name": _x(
                f"{problem.code} {problem.name} at line {problem.line}, column {problem.column}"
            ),
            "file": _x(problem.path),
            "line": str(problem.line),
            "time": "0",
        },
    )
    if problem.waived and problem.waiver is not None:
        skipped = ET.SubElement(case, "skipped", {"message": _x(waiver_note(problem.waiver))})
        skipped.text = _describe(problem)
        return "skipped"
    if problem.severity >= options.fail_on:
        failure = ET.SubElement(
            case,
            "failure",
            {"message": _x(problem.message), "type": f"{problem.code} {problem.name}"},
        )
        failure.text = _describe(problem)
        return "failed"
    ET.SubElement(case, "system-out").text = _describe(problem)
    return "passed"


def render(result: Result, out: TextIO, options: ReportOptions) -> None:
    root = ET.Element("testsuites", {"name": "disclosurelint"})
    problems = {path: list(group) for path, group in groupby(result.problems, lambda p: p.path)}
    totals = {"tests": 0, "failures": 0, "skipped": 0}
    for path in sorted(set(result.files) | set(problems)):
        suite = ET.SubElement(root, "testsuite", {"name": _x(path)})
        outcomes = [_testcase(suite, p, options) for p in problems.get(path, [])]
        if not outcomes:
            ET.SubElement(
                suite,
                "testcase",
                {"classname": _x(path), "name": "no problems", "file": _x(path), "time": "0"},
            )
            outcomes = ["passed"]
        counts = {
            "tests": len(outcomes),
            "failures": outcomes.count("failed"),
            "skipped": outcomes.count("skipped"),
        }
        suite.attrib.update({k: str(v) for k, v in counts.items()}, errors="0", time="0")
        for key, value in counts.items():
            totals[key] += value
    root.attrib.update({k: str(v) for k, v in totals.items()}, errors="0", time="0")
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")
