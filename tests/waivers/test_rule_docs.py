"""The waiver rules document themselves in the usual sections; tests/test_rule_docs.py runs them."""

from __future__ import annotations

import re

import pytest

from disclosurelint import rules as registry
from disclosurelint.rules.base import RuleModule

SECTIONS = ["What it checks", "Why", "Failing example", "Passing example", "How to fix"]
WAIVER_RULES = [r for r in registry.all_rules() if r.CODE.startswith("DL5")]


@pytest.mark.parametrize("rule", WAIVER_RULES, ids=lambda r: r.CODE)
def test_sections(rule: RuleModule) -> None:
    doc = rule.__doc__ or ""
    assert re.findall(r"^## (.+)$", doc, re.M) == SECTIONS
    assert doc.splitlines()[0].endswith(".")
    assert rule.SCOPE == "waiver"
    assert rule.EXAMPLE_KIND == "fragment"  # type: ignore[attr-defined]
