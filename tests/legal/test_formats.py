"""The HTML and Markdown reports: the same content, every value escaped, A4 print rules."""

from __future__ import annotations

import re

import markupsafe
import pytest

from disclosurelint.render.markdown import escape
from disclosurelint.report import render
from disclosurelint.report.html import css_string, footer
from disclosurelint.report.markdown import code
from disclosurelint.report.model import Provenance, Report
from tests.conftest import Project
from tests.legal.common import entry, report_of

HOSTILE = "'<script>alert(1)</script> *Beta* [Ltd](javascript:x) | _A_ `c` &amp; C&Q'"


@pytest.fixture
def hostile(project: Project) -> Report:
    project.write("declarations/a.yaml", entry("alpha", name=HOSTILE, country="US"))
    hostile_origin = Provenance(
        repository='x"</style><script>alert(2)</script>', commit=None, note="not a git repository"
    )
    return report_of(provenance=hostile_origin)


def test_html_shows_a_script_in_a_name_as_text(hostile: Report) -> None:
    html = render(hostile, "html")
    assert "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; *Beta* [Ltd](javascript:x) | _A_ `c` " in html
    assert "&amp;amp; C&amp;Q" in html
    # the repository's name is escaped in the text and in the CSS string of the page footer
    assert "x&#34;&lt;/style&gt;&lt;script&gt;alert(2)&lt;/script&gt;" in html
    assert html.count("</style>") == 1


def test_css_strings_cannot_end_the_string_or_the_style() -> None:
    text = css_string('a"b\\c</style>\n d')
    assert text == "a\\22 b\\5c c\\3c /style\\3e \\a \\20 d"
    assert not set(text) & set("\"'<>\n;{}")


def test_the_footer_names_the_repository_commit_and_date(hostile: Report) -> None:
    assert footer(hostile).endswith("@ not a git repository \u00b7 2026-11-29")
    committed = Provenance("lists", "0123456789abcdef" * 2 + "01234567", dirty=True)
    from dataclasses import replace

    report = replace(hostile, header=replace(hostile.header, provenance=committed))
    assert footer(report) == "lists @ 0123456789ab + uncommitted changes \u00b7 2026-11-29"


def test_html_is_self_contained_and_prints_on_a4(hostile: Report) -> None:
    html = render(hostile, "html")
    assert html.startswith("<!DOCTYPE html>")
    assert "default-src 'none'" in html
    assert not re.search(r"<(script|link|img|iframe)\b", html)
    assert not re.search(r"\b(src|href)=\"(?!#)", html)  # only links within the page
    style = html.split("<style>", 1)[1].split("</style>", 1)[0]
    assert re.search(r"@page\s*\{\s*size:\s*A4;\s*margin:", style)
    assert ".partner { break-before: page;" in style
    assert "table-layout: fixed" in style and "overflow-wrap: anywhere" in style
    assert "print-color-adjust: exact" in style


def test_expired_waivers_stand_out_in_words_and_colour(project: Project) -> None:
    waiver = (
        '# disclosurelint: allow DL204 reason="No link" approved-by="Legal" expires=2026-01-31\n'
        "  reference: See the app details page."
    )
    project.write("declarations/a.yaml", entry(policy=waiver))
    report = report_of()
    html = render(report, "html")
    assert '<tr class="waiver expired">' in html
    assert "EXPIRED: it held through 2026-01-31; the problem counts again" in html
    assert '<tr class="problem waiver-expired" data-code="DL204">' in html
    assert "Waiver expired" in html
    markdown = render(report, "markdown")
    assert "| **EXPIRED: it held through 2026-01-31; the problem counts again** |" in markdown
    assert "| **WAIVER EXPIRED**: counts again |" in markdown


def test_markdown_escapes_what_would_break_the_layout(hostile: Report) -> None:
    markdown = render(hostile, "markdown")
    escaped = (
        r"\<script\>alert(1)\</script\> \*Beta\* \[Ltd\](javascript:x) \| \_A\_ \`c\` "
        r"&amp;amp; C&Q"
    )
    assert f"## 1. {escaped}\n" in markdown
    assert f"| **Company** | {escaped} |" in markdown
    assert "<script>" not in markdown
    assert 'of **x"\\</style\\>\\<script\\>alert(2)\\</script\\>**' in markdown


def test_markdown_code_spans_survive_backticks_and_pipes() -> None:
    assert code("a`b") == "``a`b``"
    assert code("`x") == "`` `x ``"
    assert code("a|b", cell=True) == r"`a\|b`"
    assert code("a  \n b") == "`a b`"


def test_both_formats_carry_the_same_facts(project: Project) -> None:
    project.write(
        "declarations/a.yaml",
        entry(
            "alpha",
            relationship="third_party",
            country="SG",
            items=("name", "precise location"),
            extra="retention: Deleted after 30 days.\n",
        ),
    )
    report = report_of()
    html, markdown = render(report, "html"), render(report, "markdown")
    partner = report.partners[0]
    facts = [f.text for f in (*partner.published, *partner.declared)]
    facts += [s for i in partner.items for s in i.statuses]
    facts += [p.message for p in partner.problems] + [r.summary for r in report.rules]
    facts += [report.header.content_hash, report.header.ruleset_version, report.summary.verdict]
    for fact in facts:
        assert str(markupsafe.escape(fact)) in html, fact
        assert escape(fact) in markdown, fact


def test_an_unknown_format_is_refused(hostile: Report) -> None:
    with pytest.raises(ValueError, match="unknown format 'pdf'"):
        render(hostile, "pdf")
