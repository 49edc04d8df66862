# ruff: noqa: RUF001  (full-width punctuation is how Chinese text writes it)
"""Every rule documents itself in Chinese beside its English, in its own module."""

from __future__ import annotations

import io
import re

import pytest

from disclosurelint import rules as registry
from disclosurelint.cli import main
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


def _cli(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue() + err.getvalue()


def test_explain_prints_the_chinese_documentation_with_the_examples() -> None:
    code, out = _cli("explain", "policy-url", "--lang", "zh")
    assert code == 0
    assert out.startswith("DL204 接收方隐私政策链接（policy-url，错误）\n\n每个条目都以")
    for heading in (
        "## 检查内容",
        "## 依据与理由",
        "## 不通过的示例",
        "## 通过的示例",
        "## 修改方法",
    ):
        assert f"\n{heading}\n" in out
    assert "url: http://localhost/privacy" in out  # the failing example, as the English has it
    assert out.rstrip().endswith("《个人信息保护法》第二十三条；《个人信息保护法》第十七条")
    english = _cli("explain", "policy-url")[1]
    assert english.startswith("DL204 policy-url (error)") and "检查内容" not in english


def test_rules_lists_the_chinese_summaries() -> None:
    code, out = _cli("rules", "--lang", "zh", "--format", "json")
    assert code == 0
    assert '"summary": "每个条目都以真实有效的 https 地址链接接收方自己的隐私政策。"' in out
    assert _cli("rules", "--lang", "klingon")[0] == 2
