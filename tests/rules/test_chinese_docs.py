# ruff: noqa: RUF001  (full-width punctuation is how Chinese text writes it)
"""Every rule documents itself in Chinese beside its English, in its own module."""

from __future__ import annotations

import io
import re
import types

import pytest

from disclosurelint import rules as registry
from disclosurelint.cli import main
from disclosurelint.report.ruledoc import section
from disclosurelint.rules.base import RuleModule
from tests.conftest import Project

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


POLICY = """\
policy: 1
rules:
  - code: ACME101
    name: no-ads-location
    severity: error
    summary:
      en: Advertising partners never receive precise location.
      zh: 广告合作方不得接收精确位置信息。
    why: {en: Our data policy forbids it., zh: 本公司数据政策禁止此类共享。}
    each: data
    assert: "!(item.item.contains('location'))"
    message: {en: 'an advertising partner receives {item.item}', zh: '广告合作方接收 {item.item}'}
    fix: {en: Remove the item., zh: 删除该数据项。}
"""

ENTRY = """\
disclosure: 1
id: ads
recipient: {name: Ads Co., relationship: entrusted_processor}
product: Ads SDK
data: [{item: location}]
purpose: Ads.
scenario: You open the app.
sharing_modes: [backend_api]
privacy_policy: {url: "https://ads.cn/privacy"}
"""


def test_a_policy_rule_gives_its_texts_in_both_languages(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    project.write("policies/acme.yaml", POLICY)
    project.write(".disclosurelint.yaml", "policies: [policies/acme.yaml]\n")
    project.write("declarations/a.yaml", ENTRY)
    monkeypatch.chdir(project.root)
    code, out = _cli("check", "declarations")
    assert code == 1 and "ACME101 no-ads-location: an advertising partner receives location" in out
    english = _cli("explain", "ACME101")[1]
    assert "Advertising partners never receive precise location." in english
    assert "广告" not in english
    chinese = _cli("explain", "ACME101", "--lang", "zh")[1]
    assert chinese.startswith("ACME101 no-ads-location（错误）\n\n广告合作方不得接收精确位置信息。")
    assert "对 `data` 的每个元素 `item`，`!(item.item.contains('location'))` 必须成立。" in chinese
    assert "本公司数据政策禁止此类共享。" in chinese and "删除该数据项。" in chinese
    report = _cli(
        "report", "declarations", "-f", "markdown", "--lang", "zh", "--date", "2026-12-01"
    )
    assert "**广告合作方不得接收精确位置信息。**<br>检查原文：An advertising partner" in report[1]


@pytest.mark.parametrize("summary", ["{zh: ''}", "{}", "{chinese!: 广告}", "{zh: [a, b]}"], ids=str)
def test_a_bad_language_map_in_a_policy_is_a_configuration_error(
    project: Project, monkeypatch: pytest.MonkeyPatch, summary: str
) -> None:
    bad = POLICY.replace(
        "summary:\n      en: Advertising partners never receive precise location.\n"
        "      zh: 广告合作方不得接收精确位置信息。\n",
        f"summary: {summary}\n",
    )
    assert bad != POLICY
    project.write("policies/acme.yaml", bad)
    project.write(".disclosurelint.yaml", "policies: [policies/acme.yaml]\n")
    project.write("declarations/a.yaml", ENTRY)
    monkeypatch.chdir(project.root)
    code, out = _cli("check", "declarations")
    assert code == 2
    assert "policies/acme.yaml:" in out and "`summary` must be a non-empty text, or a map" in out


def test_a_broken_chinese_message_is_found_when_the_policy_loads(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    project.write(
        "policies/acme.yaml", POLICY.replace("广告合作方接收 {item.item}", "接收 {item.(}")
    )
    project.write(".disclosurelint.yaml", "policies: [policies/acme.yaml]\n")
    project.write("declarations/a.yaml", ENTRY)
    monkeypatch.chdir(project.root)
    code, out = _cli("check", "declarations")
    assert code == 2 and "message" in out


def test_a_plugin_rule_documents_itself_in_chinese_the_same_way() -> None:
    from disclosurelint.model import Severity
    from disclosurelint.plugin import RuleText, Scope
    from disclosurelint.report.build import rule_entry
    from disclosurelint.report.catalogue import Words

    rule = types.ModuleType(
        "acme_rule", "Contracts are named.\n\n## What it checks\n\nA contract.\n"
    )
    texts = {
        "zh": RuleText(
            name="合同编号",
            summary="写明合同编号。",
            checks="检查合同。",
            why="依据内部制度。",
            fix="添加 `contract`。",
        )
    }
    for key, value in {
        "CODE": "ACME201",
        "NAME": "contract-id",
        "SEVERITY": Severity.ERROR,
        "ARTICLES": (),
        "OPTIONS": {},
        "SCOPE": Scope.DOCUMENT,
        "OWNS": (),
        "TEXTS": texts,
    }.items():
        setattr(rule, key, value)
    info = registry.info(rule)
    entry = rule_entry(info, 1, Words("zh"))
    assert (entry.name, entry.summary) == ("合同编号（contract-id）", "写明合同编号。")
    assert [run.text for run in entry.checks[0]] == ["检查合同。"]
    english = rule_entry(info, 1)
    assert (english.name, english.summary) == ("contract-id", "Contracts are named.")
    delattr(rule, "TEXTS")
    untranslated = rule_entry(registry.info(rule), 1, Words("zh"))
    assert untranslated.summary == "（该规则未提供中文说明，以下为英文原文）Contracts are named."


def test_the_rule_set_version_covers_the_chinese_documentation() -> None:
    from dataclasses import replace

    from disclosurelint.report.ruleset import RULESET_VERSION, compute
    from disclosurelint.taxonomy.loader import DATA_FILE, resource_text

    rules = [registry.info(rule) for rule in BUILT_IN]
    taxonomy = resource_text(DATA_FILE)
    assert compute(rules, taxonomy) == RULESET_VERSION
    (lang, text), *others = rules[0].texts
    changed = replace(rules[0], texts=((lang, replace(text, why=text.why + "。")), *others))
    assert compute([changed, *rules[1:]], taxonomy) != RULESET_VERSION
