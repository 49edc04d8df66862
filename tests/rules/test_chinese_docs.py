"""Every rule documents itself in Chinese beside its English, in its own module."""

from __future__ import annotations

import re

import pytest

from disclosurelint import rules as registry
from disclosurelint.report.ruledoc import section
from disclosurelint.rules.base import RuleModule

BUILT_IN = registry.builtin_rules()
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CODE = re.compile(r"`([^`]+)`")


def test_every_rule_is_checked() -> None:
    assert len(BUILT_IN) == len(registry._MODULES)


@pytest.mark.parametrize("rule", BUILT_IN, ids=lambda r: r.CODE)
def test_the_rule_has_its_chinese_documentation(rule: RuleModule) -> None:
    text = registry.describe(rule).texts.get("zh")
    assert text is not None, f"{rule.CODE} has no Chinese documentation (TEXTS['zh'])"
    for part in ("name", "summary", "checks", "why", "fix"):
        value = getattr(text, part)
        assert _CJK.search(value), f"{rule.CODE}: the Chinese {part} is not written in Chinese"
        assert value == value.strip() and "\n " not in value


@pytest.mark.parametrize("rule", BUILT_IN, ids=lambda r: r.CODE)
def test_the_chinese_text_names_what_the_english_names(rule: RuleModule) -> None:
    """A translation keeps every key, value and command the English sets as code, so a reader
    of either language is told to write the same thing."""
    description = registry.describe(rule)
    text = description.texts["zh"]
    wanted = {
        run.text
        for title in ("What it checks", "How to fix")
        for paragraph in section(description.doc, title)
        for run in paragraph
        if run.code
    }
    chinese = set(_CODE.findall(f"{text.checks} {text.why} {text.fix}"))
    assert wanted <= chinese, f"{rule.CODE}: not named in Chinese: {sorted(wanted - chinese)}"


def test_explain_and_the_report_read_the_same_record() -> None:
    rule = registry.lookup("DL204")
    info = registry.info(rule)
    assert info.text("zh") == registry.describe(rule).texts["zh"]
    assert info.text("fr") is None
