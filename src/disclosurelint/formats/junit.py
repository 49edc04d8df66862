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
from collections.abc import Iterable, Iterator
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


def _suite(path: str, problems: Iterable[Problem], options: ReportOptions) -> ET.Element:
    suite = ET.Element("testsuite", {"name": _x(path)})
    outcomes = [_testcase(suite, p, options) for p in problems]
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
    return suite


def _suites(result: Result) -> Iterator[tuple[str, Iterable[Problem]]]:
    """Each file checked or with problems, in path order, with its problems: the sorted files
    and the problems (sorted by path) merged as they are read."""
    problems = groupby(result.problems, lambda p: p.path)
    files = iter(result.files)
    here = next(problems, None)
    file = next(files, None)
    while here is not None or file is not None:
        if here is None or (file is not None and file < here[0]):
            assert file is not None  # the loop's condition
            yield file, ()
            file = next(files, None)
            continue
        if file == here[0]:
            file = next(files, None)
        yield here
        here = next(problems, None)


def _totals(result: Result, options: ReportOptions) -> dict[str, int]:
    """The root's counts, known before any suite is written: a test case per problem and one
    per file without problems."""
    tally = result.tally
    files = set(result.files)
    with_problems = outside = 0
    for path, _ in groupby(p.path for p in result.problems):
        with_problems += 1
        outside += path not in files
    return {
        "tests": len(result.problems) + len(files) + outside - with_problems,
        "failures": sum(n for s, n in tally.active.items() if s >= options.fail_on),
        "skipped": tally.waived,
    }


def render(result: Result, out: TextIO, options: ReportOptions) -> None:
    """Written one file's suite at a time, as ``ET.indent`` and ``ET.tostring`` write the whole
    document (the bytes are the same)."""
    root = ET.Element("testsuites", {"name": "disclosurelint"})
    root.attrib.update({k: str(v) for k, v in _totals(result, options).items()})
    root.attrib.update(errors="0", time="0")
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    head = ET.tostring(root, encoding="unicode")  # <testsuites ... />
    written = False
    for path, problems in _suites(result):
        if not written:
            out.write(head[: -len(" />")] + ">")
            written = True
        suite = _suite(path, problems, options)
        ET.indent(suite, level=1)
        out.write("\n  " + ET.tostring(suite, encoding="unicode"))
    out.write("\n</testsuites>\n" if written else head + "\n")
