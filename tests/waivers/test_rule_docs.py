"""The waiver rules' documentation has the usual sections, and its examples behave as it says."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from disclosurelint import rules as registry
from disclosurelint.config import Settings, WaiverPolicy
from disclosurelint.rules.base import RuleModule
from tests.conftest import TODAY, Project

SECTIONS = ["What it checks", "Why", "Failing example", "Passing example", "How to fix"]
WAIVER_RULES = [r for r in registry.all_rules() if r.CODE.startswith("DL5")]
# the configuration each rule's examples assume
POLICIES = {
    "DL504": WaiverPolicy(require_approver=True),
    "DL505": WaiverPolicy(max_days=365),
}


def example(doc: str, section: str) -> str:
    match = re.search(rf"## {section}\n\n```yaml\n(.*?)```", doc, re.S)
    assert match, f"no yaml block under {section}"
    return match.group(1)


@pytest.mark.parametrize("rule", WAIVER_RULES, ids=lambda r: r.CODE)
def test_sections(rule: RuleModule) -> None:
    doc = rule.__doc__ or ""
    assert re.findall(r"^## (.+)$", doc, re.M) == SECTIONS
    assert doc.splitlines()[0].endswith(".")
    assert rule.SCOPE == "waiver"
    assert rule.EXAMPLE_KIND == "file"  # type: ignore[attr-defined]


@pytest.mark.parametrize("rule", WAIVER_RULES, ids=lambda r: r.CODE)
def test_examples(project: Project, rule: RuleModule) -> None:
    doc = rule.__doc__ or ""
    settings = replace(Settings(today=TODAY), waivers=POLICIES.get(rule.CODE, WaiverPolicy()))
    project.write("declarations/failing.yaml", example(doc, "Failing example"))
    project.write("declarations/passing.yaml", example(doc, "Passing example"))
    failing = project.check("declarations/failing.yaml", settings=settings)
    passing = project.check("declarations/passing.yaml", settings=settings)
    assert rule.CODE in {p.code for p in failing.problems}
    assert rule.CODE not in {p.code for p in passing.problems}
