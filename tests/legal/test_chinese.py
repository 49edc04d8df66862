# ruff: noqa: RUF001  (full-width punctuation is how Chinese text writes it)
"""``report --lang zh``: the legal report in Chinese, through the command line.

The report's own words come from one catalogue; these tests hold every id the code looks up to
an English and a Chinese text, read the Chinese report of bilingual and hostile declarations,
and check that no English label is left in it.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from disclosurelint.report.catalogue import LANGS, MESSAGES, Words
from disclosurelint.report.html import css_string
from tests.conftest import Project
from tests.gates.gitrepo import commit_all
from tests.lang.common import BILINGUAL, folder, run
from tests.legal.common import list_changed_since_commit

SOURCES = Path(__file__).resolve().parents[2] / "src" / "disclosurelint" / "report"
DATE = "2026-12-01"

# A partner whose Chinese text a hostile author wrote, with a waiver and a sensitive item.
HOSTILE = """\
disclosure: 1
id: hostile
recipient:
  name:
    zh: "<script>alert(1)</script> *北京* [某](javascript:x) | `c`"
    en: Hostile Ltd.
  relationship: third_party
  contact: privacy@example.cn
  country: US
product: {zh: 地图, en: Maps}
data:
  - item: {zh: 身份证号码, en: ID card number}
    consent: separate
    optional: false
    justification:
      necessity: {zh: "核验身份 <b>必需</b>", en: Verifies identity.}
      impact: {zh: 泄露可能导致身份被冒用。, en: Identity theft if leaked.}
purpose: {zh: "# 提供 **服务**", en: Provide the service.}
scenario: {en: You open the map.}
sharing_modes: [backend_api]
privacy_policy:
  # disclosurelint: allow DL204 reason="只有应用详情页" approved-by="法务部" expires=2027-06-30
  reference: {zh: 见应用详情页, en: See the app details page.}
cross_border:
  destinations: [US]
  mechanism: [cac_standard_contract, standard_contractual_clauses]
  justification: 标准合同已备案。
  rights_exercise: 发送邮件至 privacy@example.cn。
  note: {zh: 仅限地图数据。, en: Map data only.}
legal_basis:
  pipl: consent
  gdpr: contract
  gdpr_special_category: explicit_consent
  gdpr_criminal_data: authorised_by_law
consent_evidence: {kind: separate, how: 单独弹窗。}
retention: {zh: 保存30天。, en: 30 days.}
security_measures: 加密存储。
entrustment_agreement: {reference: 合同-2026-01}
impact_assessment: {reference: PIA-7, date: 2026-01-05}
review: {owner: 法务部, last_reviewed: 2026-02-01, ticket: LEGAL-9}
"""


EXPIRED = BILINGUAL.replace("id: maps", "id: maps-expired").replace(
    "privacy_policy:\n  url: https://lbs.amap.com/pages/privacy/",
    "privacy_policy:\n"
    '  # disclosurelint: allow DL204 reason="官网无链接" approved-by="法务" expires=2026-01-31\n'
    "  reference: {zh: 见官网, en: See the website.}",
)


def _product(tmp: Path) -> Path:
    if (tmp / "product").is_dir():
        return tmp / "product"
    tmp.mkdir(parents=True, exist_ok=True)
    declarations = {"maps.yaml": BILINGUAL, "hostile.yaml": HOSTILE, "old.yaml": EXPIRED}
    return folder(tmp, declarations)


def _report(tmp: Path, *extra: str) -> str:
    product = _product(tmp)
    code, out, err = run("report", product, "--date", DATE, "--isolated", *extra)
    assert (code, err) == (0, ""), err
    return out


# -- the catalogue ---------------------------------------------------------------------------


def test_every_message_is_written_in_every_language() -> None:
    for key, texts in MESSAGES.items():
        assert "zh" in texts, f"{key} has no Chinese text"
        # a text may be empty in one language only where the other says no word either
        # ("Report on the declarations of " leads the subtitle; Chinese puts its words after)
        if re.search("[A-Za-z]{2}", texts.get("en", "")) and key != "subtitle.lead":
            assert texts["zh"].strip(), f"{key}: the Chinese text is empty"
        if not key.startswith("category."):  # a category's English is the taxonomy's label
            assert texts.get("en") is not None, f"{key} has no English text"


_LOOKUP = re.compile(r"\b[tw](\.count)?\(\s*(f?)[\"']([a-z_.\- ]+)[\"'{]")
_WORD = re.compile(r"\b[tw]\.word\(\s*[\"']([a-z_]+)[\"']")


def _looked_up() -> list[tuple[str, str, bool, bool]]:
    """(file, id, is a count, is a prefix) of every look-up in the report's code and template."""
    found = []
    explain = SOURCES.parent / "commands" / "explain.py"
    for path in [*SOURCES.glob("*.py"), SOURCES / "templates" / "report.html", explain]:
        text = path.read_text("utf-8")
        for match in _LOOKUP.finditer(text):
            counted, formatted, key = bool(match[1]), bool(match[2]), match[3]
            found.append((path.name, key, counted, formatted or key.endswith(".")))
        found += [(path.name, m[1] + ".", False, True) for m in _WORD.finditer(text)]
    return found


def test_every_id_the_code_looks_up_is_in_the_catalogue() -> None:
    lookups = _looked_up()
    assert len(lookups) > 150  # the scan finds the look-ups (it would pass on finding none)
    for name, key, counted, prefix in lookups:
        if prefix:
            start = key if key.endswith(".") else key + "."
            assert any(k.startswith(start) for k in MESSAGES), f"{name}: no message {key}*"
        elif counted:
            assert {f"{key}.one", f"{key}.many"} <= MESSAGES.keys(), f"{name}: {key}"
        else:
            assert key in MESSAGES, f"{name}: no message {key!r}"


def test_the_chinese_words_never_fall_back_to_english() -> None:
    words = Words("zh")
    with pytest.raises(KeyError):
        words("no.such.message")
    assert words.word("relationship", "third_party") == "第三方"
    assert words.word("relationship", "made_up") == "made_up"  # a value, never a label
    assert words.count("rules.cited", 2) == "本报告引用 2 次。"
    with pytest.raises(ValueError, match="fr"):
        Words("fr")
    assert LANGS == ("en", "zh")


# -- the command line ------------------------------------------------------------------------


class _Labels(HTMLParser):
    """The text of the elements that are labels: headings, table headers, badges, keys."""

    TAGS = frozenset({"h1", "h2", "h3", "h4", "th", "title"})
    CLASSES = frozenset({"k", "badge", "none", "expired-note", "subtitle", "closing", "verdict"})

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.labels: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = set((dict(attrs).get("class") or "").split())
        if self.depth or tag in self.TAGS or classes & self.CLASSES:
            if not self.depth:
                self.labels.append("")
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.labels[-1] += data


# Words a Chinese legal text keeps in Latin letters: names of laws, standards, formats, codes.
_KEPT = re.compile(
    r"DL\d{3}|[a-z]+(-[a-z]+)+|disclosurelint|SHA-256|PIPL|GDPR|CPRA|COPPA|CFR|Part|GB/T|"
    r"NUL|git|ID|[0-9a-f]{12,}|rules-[0-9a-f]+|\d+(\.\d+)*|[A-Z]{2}\b"
)


def _english_words(label: str) -> list[str]:
    return re.findall(r"[A-Za-z]{2,}", _KEPT.sub(" ", label))


def test_the_html_report_in_chinese_has_no_english_label(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # outside git the report is named after the working folder: a name of the user's own
    folder = tmp_path / "清单"
    folder.mkdir()
    monkeypatch.chdir(folder)
    html = _report(tmp_path, "--lang", "zh", "--reviewer", "王芳")
    assert "<title>向第三方提供个人信息情况报告：清单，" in html
    parser = _Labels()
    parser.feed(html)
    assert len(parser.labels) > 80
    partner_names = ("Hostile", "alert", "script", "javascript")  # the hostile name, escaped
    english = {
        label
        for label in parser.labels
        if any(w not in partner_names for w in _english_words(label))
    }
    assert not english, english
    assert '<html lang="zh-CN">' in html
    # the printed page numbers, in a CSS string (where every CJK character is escaped)
    pieces = ("第 ", " 页，共 ", " 页")
    before, middle, after = (css_string(t).replace("\\20 ", " ") for t in pieces)
    assert f'content: "{before}" counter(page) "{middle}" counter(pages) "{after}";' in html


def test_no_english_label_of_the_catalogue_is_left_in_either_format(tmp_path: Path) -> None:
    html = _report(tmp_path, "--lang", "zh")
    markdown = run("report", tmp_path / "product", "-f", "markdown", "--date", DATE)[1]
    chinese_md = run(
        "report", tmp_path / "product", "-f", "markdown", "--date", DATE, "--lang", "zh"
    )[1]
    labels = [
        texts["en"]
        for key, texts in MESSAGES.items()
        if "{" not in texts.get("en", "{") and len(texts["en"]) > 3 and texts["en"] != texts["zh"]
    ]
    shown_in_english = [label for label in labels if f"**{label}**" in markdown]
    assert len(shown_in_english) > 20  # the English report prints these labels ...
    for label in labels:  # ... and the Chinese one none of them
        assert f">{label}<" not in html
        assert f"**{label}**" not in chinese_md and f"| {label} |" not in chinese_md


def test_the_declarations_chinese_text_is_shown_and_a_missing_one_says_so(
    tmp_path: Path,
) -> None:
    markdown = _report(tmp_path, "--lang", "zh", "-f", "markdown")
    assert "高德软件有限公司" in markdown and "AutoNavi" not in markdown
    assert "| **使用目的** | 提供地图服务。 |" in markdown
    assert "| **处理方式** | 显示用户周围的地图。 |" in markdown
    assert "手机号码 | 手机号码（由文字推断） |" in markdown
    # the scenario of the hostile entry exists in English only: shown, and marked as such
    assert "You open the map.（仅有 en 文本）" in markdown
    # the English report keeps the English texts
    english = run("report", tmp_path / "product", "-f", "markdown", "--date", DATE)[1]
    assert "| **Purpose** | Provide maps. |" in english and "高德软件" not in english


def test_every_declared_fact_is_worded_in_chinese(tmp_path: Path) -> None:
    markdown = _report(tmp_path, "--lang", "zh", "-f", "markdown")
    facts = markdown.split("## 1. ", 1)[1].split("### 数据项", 1)[0]  # the hostile entry
    for line in (
        (
            "| **与接收方的关系** | 第三方：自行决定处理目的和处理方式的其他个人信息处理者（《个"
            "人信息保护法》第二十三条） |"
        ),
        "| **接收方所在国家或地区** | US（境外；本国为 CN） |",
        (
            "| **处理的合法性基础** | 《个人信息保护法》：取得个人的同意（第十三条第一款第（一）"
            "项）；GDPR：履行合同所必需（第6条第1款(b)项）；GDPR 特殊类别数据：明确同意（第9条第2"
            "款(a)项）；GDPR 刑事定罪和犯罪数据：经欧盟或成员国法律授权（第10条） |"
        ),
        "| **取得同意的证明** | 单独同意，取得方式：单独弹窗；未说明记录位置 |",
        "| **保存期限** | 保存30天。 |",
        "| **委托处理协议（《个人信息保护法》第二十一条）** | 合同-2026-01，未说明日期 |",
        (
            "| **个人信息保护影响评估（《个人信息保护法》第五十五条、第五十六条）** | PIA-7，日期"
            "为 2026-01-05 |"
        ),
        "| **复核** | 由 法务部 复核，日期为 2026-02-01（LEGAL-9） |",
    ):
        assert line in facts, line
    assert (
        "向 US 提供，依据国家网信部门制定的标准合同（《个人信息保护法》第三十八条第一款第（三）项）"
        "以及标准合同条款（GDPR 第46条第2款(c)项）。适用的理由：标准合同已备案。"
        "向境外接收方行使权利的方式（《个人信息保护法》第三十九条）："
        "发送邮件至 privacy@example.cn。仅限地图数据。"
    ) in facts
    assert "单独同意<br>该功能所必需" in markdown


def test_rules_problems_and_waivers_are_in_chinese(tmp_path: Path) -> None:
    markdown = _report(tmp_path, "--lang", "zh", "-f", "markdown")
    assert "DL204 接收方隐私政策链接（policy-url）" in markdown
    assert "**每个条目都以真实有效的 https 地址链接接收方自己的隐私政策。**" in markdown
    assert "检查原文：No link to the recipient" in markdown  # the check's own words, marked
    assert "《个人信息保护法》第二十三条；《个人信息保护法》第十七条" in markdown
    assert "| 已豁免 |" in markdown and "有效，有效期至 2027-06-30" in markdown
    assert "法务部，未说明批准日期" in markdown
    assert "**检查内容**" in markdown and "**依据与理由**" in markdown
    assert "国家网信部门制定的标准合同（《个人信息保护法》第三十八条第一款第（三）项）" in markdown
    assert "身份证件信息" in markdown  # the category's Chinese label
    assert "通过本检查不等于符合法律规定。" in markdown
    assert re.search(
        r"\*\*声明未通过检查门槛：[1-9]\d* 个未解决问题的严重程度达到或高于“警告”。", markdown
    )
    assert "| **审核人** | _未说明_ |" in markdown


def test_an_expired_waiver_says_so_in_chinese(tmp_path: Path) -> None:
    assert EXPIRED != BILINGUAL and "allow DL204" in EXPIRED
    markdown = _report(tmp_path, "--lang", "zh", "-f", "markdown")
    assert (
        "| DL204 接收方隐私政策链接（policy-url） | 错误 | **豁免已过期**：重新计入 |" in markdown
    )
    assert "**已过期：有效期至 2026-01-31，该问题重新计入**" in markdown
    assert "（批准人：法务，未说明批准日期；有效期至 2026-01-31，已过期）" in markdown
    html = _report(tmp_path, "--lang", "zh")
    assert '<span class="badge st-expired">豁免已过期</span>' in html
    assert '<span class="expired-note">重新计入</span>' in html
    assert '<span class="expired-note">1 项豁免已过期</span>' in html


def test_hostile_chinese_text_is_escaped_in_both_formats(tmp_path: Path) -> None:
    html = _report(tmp_path, "--lang", "zh")
    assert "<script" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; *北京* [某](javascript:x) | `c`" in html
    assert "核验身份 &lt;b&gt;必需&lt;/b&gt;" in html
    markdown = _report(tmp_path, "--lang", "zh", "-f", "markdown")
    assert "<script>" not in markdown and "<b>" not in markdown
    assert r"\<script\>alert(1)\</script\> \*北京\* \[某\](javascript:x) \| \`c\`" in markdown
    assert r"| **使用目的** | # 提供 \*\*服务\*\* |" in markdown  # in a cell, # is text


def test_the_same_files_and_date_give_the_same_bytes(tmp_path: Path) -> None:
    for fmt in ("html", "markdown"):
        first = _report(tmp_path / fmt, "--lang", "zh", "-f", fmt)
        again = run(
            "report", tmp_path / fmt / "product", "--date", DATE, "--isolated", "--lang", "zh",
            "-f", fmt,
        )[1]  # fmt: skip
        assert first == again and DATE in first


@pytest.mark.parametrize("lang", ["fr", "", "chinese"])
def test_an_unknown_language_is_a_usage_error(tmp_path: Path, lang: str) -> None:
    product = _product(tmp_path)
    code, out, err = run("report", product, "--lang", lang, "-o", tmp_path / "r.html")
    assert code == 2 and out == ""
    assert (
        f"--lang {lang!r}: not a language of the report and the rules' documentation (en, zh)"
        in err
    )
    assert not (tmp_path / "r.html").exists()


def test_english_stays_the_default_and_zh_cn_is_chinese(tmp_path: Path) -> None:
    product = _product(tmp_path)
    default = run("report", product, "-f", "markdown", "--date", DATE)[1]
    assert default == run("report", product, "-f", "markdown", "--date", DATE, "--lang", "en")[1]
    assert default.startswith("# Personal data shared with third parties")
    chinese = run("report", product, "-f", "markdown", "--date", DATE, "--lang", "zh-CN")[1]
    assert chinese.startswith("# 向第三方提供个人信息情况报告")


# -- the words the report takes from the rules and the data taxonomy --------------------------


def _bundled() -> tuple[list[str], set[str], set[str]]:
    """The bundled taxonomy's category ids, conditions and articles, and the rules' articles."""
    from disclosurelint import rules as registry
    from disclosurelint.taxonomy import load_taxonomy

    taxonomy = load_taxonomy(None)
    found = [taxonomy.get(c) for c in taxonomy.categories]
    statuses = [s for c in found if c is not None for s in c.regimes.values()]
    articles = {s.article for s in statuses}
    articles.update(a for rule in registry.builtin_rules() for a in rule.ARTICLES)
    conditions = {s.qualifier for s in statuses if s.qualifier}
    return list(taxonomy.categories), conditions, articles


def test_every_category_of_the_bundled_taxonomy_has_its_chinese_label() -> None:
    categories, _, _ = _bundled()
    assert len(categories) > 50
    missing = [c for c in categories if "zh" not in MESSAGES.get(f"category.{c}", {})]
    assert not missing, f"add a Chinese label (category.ID) to report/catalogue.py: {missing}"


def test_every_condition_and_article_is_said_in_chinese() -> None:
    from disclosurelint.report.articles import chinese, condition

    _, conditions, articles = _bundled()
    assert not [c for c in conditions if condition(c) is None]
    names = r"PIPL|GDPR|CPRA|COPPA|CFR|Part|Rule|Cal\. Civ\. Code|TC260(-PG-20244A)?"
    for article in articles:
        left = re.findall(r"[A-Za-z]{3,}", re.sub(names, "", chinese(article)))
        assert not left, f"{article!r} -> {chinese(article)!r}"
    assert chinese("PIPL Art. 13(1)(2)") == "《个人信息保护法》第十三条第一款第（二）项"
    assert chinese("PIPL Arts. 55-56") == "《个人信息保护法》第五十五条至第五十六条"
    assert chinese("GDPR Art. 9(2)(a)") == "GDPR 第9条第2款(a)项"
    assert chinese("GB/T 35273-2020 9.2") == "GB/T 35273-2020 第9.2条"
    assert chinese("MIIT notice 2023 No. 26") == "工信部信管函〔2023〕26号"
    assert chinese("Some other code § 7") == "Some other code § 7"  # unknown: kept as written


def test_the_change_log_in_chinese(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base, env = list_changed_since_commit(project, tmp_path, monkeypatch)
    argv = ("report", "-f", "markdown", "--isolated", "--date", DATE, "--lang", "zh")
    code, out, err = project.cli(*argv, "--changes-since", base)
    assert code == 0, err
    log = out.split(f"## 自 {base} ({base[:12]}) 以来的变更", 1)[1].split("\n## ", 1)[0]
    assert "| 合作方 | 风险 | 变更 |" in log
    added = "新增敏感个人信息数据项（字段 data\\[ID card photo\\]）：原为 无，现为 ID card photo"
    assert f"| alpha | 风险增加 | {added} |" in log
    commit_all(project.root, "second list", env)
    code, out, _ = project.cli(*argv, "--changes-since", "HEAD")
    assert code == 0 and "含义没有变化。" in out
