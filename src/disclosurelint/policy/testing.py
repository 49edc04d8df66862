"""``disclosurelint test``: run the ``tests`` of policy rules and compare the codes reported.

Each case is checked like any declaration, with every built-in rule and the policy file's own
rules; only the codes the policy file defines are compared, so that a test does not break when
a built-in rule changes. A rule without a test is reported, so that untested policies show.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from disclosurelint.config import Settings
from disclosurelint.model import Problem
from disclosurelint.policy.files import PolicySpec, PolicyTest, discover, read


@dataclass(frozen=True)
class CaseResult:
    """One test case: what it expected, what was reported (this file's codes only)."""

    file: str
    code: str  # the rule whose ``tests`` hold the case
    case: PolicyTest
    reported: tuple[Problem, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(sorted({p.code for p in self.reported}))

    @property
    def passed(self) -> bool:
        return set(self.codes) == set(self.case.expect)


@dataclass(frozen=True)
class TestRun:
    """Every case of every policy file, and the rules that have no test."""

    cases: tuple[CaseResult, ...]
    untested: tuple[tuple[str, str, str], ...]  # (file, code, name)
    files: tuple[str, ...]

    @property
    def failed(self) -> tuple[CaseResult, ...]:
        return tuple(c for c in self.cases if not c.passed)


def run_tests(paths: Sequence[str], settings: Settings) -> TestRun:
    """Run the tests of the policy files and folders ``paths`` under ``settings``' regimes."""
    cases: list[CaseResult] = []
    untested: list[tuple[str, str, str]] = []
    files = discover(paths)
    for file in files:
        specs = read(file)
        from disclosurelint.policy import load_files

        load_files([file], activate=False)  # a file whose rules do not compile is refused (exit 2)
        own = frozenset(spec.code for spec in specs)
        view = replace(settings, policies=(str(file.resolve()),), plugins=(), select=None)
        for spec in specs:
            if not spec.tests:
                untested.append((spec.file, spec.code, spec.name))
            cases.extend(_run_case(spec, case, own, view) for case in spec.tests)
    return TestRun(tuple(cases), tuple(untested), tuple(str(f) for f in files))


def _run_case(
    spec: PolicySpec, case: PolicyTest, own: frozenset[str], view: Settings
) -> CaseResult:
    from disclosurelint.api import check_paths, check_text

    settings = replace(view, today=case.today or view.today, regimes=case.regimes or view.regimes)
    if case.file is not None:
        result = check_paths([case.file], settings, jobs=1)
    else:
        import yaml

        text = yaml.safe_dump(dict(case.declaration or {}), allow_unicode=True, sort_keys=False)
        slug = re.sub(r"[^a-z0-9]+", "-", case.name.lower()).strip("-") or "case"
        result = check_text(text, f"tests/{slug}.yaml", settings)
    reported = tuple(p for p in result.active if p.code in own)
    return CaseResult(spec.file, spec.code, case, reported)


def junit(run: TestRun) -> str:
    """The run as JUnit XML: one suite per policy file, one test case per case."""
    from xml.sax.saxutils import escape, quoteattr

    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<testsuites>"]
    by_file: dict[str, list[CaseResult]] = {}
    for case in run.cases:
        by_file.setdefault(case.file, []).append(case)
    for file, found in by_file.items():
        failures = sum(1 for c in found if not c.passed)
        lines.append(
            f'  <testsuite name={quoteattr(file)} tests="{len(found)}" failures="{failures}">'
        )
        for case in found:
            name = quoteattr(f"{case.code}: {case.case.name}")
            lines.append(f"    <testcase classname={quoteattr(file)} name={name}>")
            if not case.passed:
                message = quoteattr(describe_failure(case).splitlines()[0])
                body = escape(describe_failure(case))
                lines.append(f"      <failure message={message}>{body}</failure>")
            lines.append("    </testcase>")
        lines.append("  </testsuite>")
    lines.append("</testsuites>")
    return "\n".join(lines) + "\n"


def describe_failure(case: CaseResult) -> str:
    expected = ", ".join(case.case.expect) or "nothing"
    reported = ", ".join(case.codes) or "nothing"
    lines = [f"expected {expected}; reported {reported}"]
    lines += [
        f"  {Path(p.path).as_posix()}:{p.line}:{p.column}: {p.code} {p.message}"
        for p in case.reported
    ]
    return "\n".join(lines)
