# ruff: noqa: RUF001  (published Chinese labels use full-width colons)
"""HTML pages: tables with rowspan and colspan, definition lists, headings with label paragraphs."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from disclosurelint.importer.html import grid_of, looks_like_html, render
from disclosurelint.importer.labels import builtin_table
from disclosurelint.importer.parse import parse_page

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


def test_rowspan_and_colspan_spread_over_the_cells_they_cover() -> None:
    soup = BeautifulSoup(
        "<table><tr><th>A</th><th>B</th><th>C</th></tr>"
        "<tr><td rowspan='2'>a1</td><td>b1</td><td>c1</td></tr>"
        "<tr><td colspan='2'>b2</td></tr>"
        "<tr><td>a3</td><td>b3</td></tr></table>",
        "html.parser",
    )
    node = soup.table
    assert node is not None
    grid = grid_of(node)
    assert grid is not None
    assert [cell.text for cell in grid.header] == ["A", "B", "C"]
    assert [[cell.text for cell in row] for row in grid.rows] == [
        ["a1", "b1", "c1"],
        ["a1", "b2", "b2"],
        ["a3", "b3", ""],
    ]


def test_a_shared_purpose_cell_reaches_every_row_it_spans() -> None:
    page = parse_page(
        "<table><tr><th>Vendor</th><th>Purpose</th></tr>"
        "<tr><td>Alpha</td><td rowspan=2>Hosting</td></tr><tr><td>Beta</td></tr></table>"
    )
    assert [(e.fields["company"], e.fields["purpose"]) for e in page.entries] == [
        ("Alpha", "Hosting"),
        ("Beta", "Hosting"),
    ]


def test_headings_label_paragraphs_definition_lists_and_label_value_tables() -> None:
    html = (
        "<html><head><title>t</title><script>var x = '<p>SDK名称：no</p>';</script></head><body>"
        "<nav><a href='/'>Home</a></nav><h2>SDK目录</h2>"
        "<h4>甲SDK</h4><p>使用目的：推送<br>提供方：甲公司<br>"
        "隐私政策：<a href='https://jia.example/privacy'>甲隐私政策</a></p>"
        "<h4>乙SDK</h4><dl><dt>使用目的</dt><dd>统计</dd><dt>SDK提供方</dt><dd>乙公司</dd></dl>"
        "<h4>丙SDK</h4><table><tr><th>开发者名称</th><td>丙公司</td></tr>"
        "<tr><th>使用目的</th><td>登录</td></tr><tr><th>涉及个人信息</th><td>手机号</td></tr></table>"
        "<footer><a href='/privacy'>Privacy</a></footer></body></html>"
    )
    jia, yi, bing = parse_page(html).entries
    assert (jia.title, jia.fields["company"], jia.links["policy"]) == (
        "甲SDK",
        "甲公司",
        "https://jia.example/privacy",
    )
    assert (yi.title, yi.fields["company"], yi.fields["purpose"]) == ("乙SDK", "乙公司", "统计")
    assert (bing.title, bing.fields["company"], bing.fields["data"]) == (
        "丙SDK",
        "丙公司",
        "手机号",
    )


def test_rendered_lines_keep_their_source_lines_and_leave_out_scripts() -> None:
    rendered = render("<p>one</p>\n<script>two()</script>\n<p>three</p>\n", builtin_table())
    pairs = [
        (line, number)
        for line, number in zip(rendered.lines, rendered.line_numbers, strict=True)
        if line
    ]
    assert pairs == [("one", 1), ("three", 3)]


def test_html_is_told_by_the_extension_or_the_markup() -> None:
    assert looks_like_html("plain", "page.HTML")
    assert looks_like_html("# List\n\n<table><tr><td>x</td></tr></table>")
    assert not looks_like_html("| a | b |\n| <p>cell</p> | x |")


def test_a_list_of_document_links_gives_one_entry_per_vendor() -> None:
    html = (
        "<h1>Processors</h1><p>The processors we work with:</p><ul>"
        "<li><a href='https://skyhold.example/dpa'>Skyhold data processing agreement</a></li>"
        "<li><a href='https://skyhold.example/trust'>Skyhold compliance information</a></li>"
        "<li><a href='https://postwing.example/legal/dpa'>Postwing DPA</a></li>"
        "<li><a href='https://postwing.example/privacy'>Postwing privacy policy</a></li>"
        "</ul>"
    )
    skyhold, postwing = parse_page(html).entries
    assert (skyhold.fields["company"], skyhold.links) == (
        "Skyhold",
        {"dpa": "https://skyhold.example/dpa"},
    )
    assert (postwing.fields["company"], postwing.links) == (
        "Postwing",
        {"dpa": "https://postwing.example/legal/dpa", "policy": "https://postwing.example/privacy"},
    )


def test_a_name_cell_may_hold_the_company_under_the_product() -> None:
    html = (
        "<table><tr><th>SDK 名称</th><th>隐私政策</th></tr>"
        "<tr><td><strong>星付 SDK</strong><p>星付(中国)网络技术有限公司</p></td>"
        "<td><a href='https://docs.xingfu.example/privacy'>星付隐私政策</a></td></tr>"
        "<tr><td>谷歌</td><td>policies.google.example</td></tr></table>"
    )
    xingfu, google = parse_page(html).entries
    assert (xingfu.fields["product"], xingfu.fields["company"]) == (
        "星付 SDK",
        "星付(中国)网络技术有限公司",
    )
    assert xingfu.links["policy"] == "https://docs.xingfu.example/privacy"
    assert google.links["policy"] == "https://policies.google.example"  # a bare host name


def test_a_page_components_source_is_read_for_the_markup_it_shows() -> None:
    source = """import Shell from "../Shell";

export default function Vendors() {
  return (
    <Shell>
      <h3>Harborlight</h3>
      <p>
        <strong>Nature of Processing:</strong> hosting of the
        application{" "}
        <br />
        <strong>Territories:</strong> Ireland
      </p>
      <ul>
        <li>Quillpost</li>
        <ul>
          <li>usage: email</li>
        </ul>
      </ul>
    </Shell>
  );
}
"""
    assert looks_like_html(source, "vendors.jsx")
    assert looks_like_html(source)  # by its first statement, whatever the file is called
    lines = [line for line in render(source, builtin_table(), "vendors.jsx").lines if line]
    # the imports and code are not shown; words wrapped over source lines are one line;
    # a list inside a list is indented under its item
    assert lines == [
        "### Harborlight",
        "Nature of Processing: hosting of the application",
        "Territories: Ireland",
        "- Quillpost",
        "  - usage: email",
    ]
    # Markdown that mentions a closing tag is still Markdown
    assert not looks_like_html("# Vendors\n\n- Harborlight </p>\n", "vendors.md")


def test_label_and_value_elements_on_their_own_source_lines_stay_apart() -> None:
    html = """<html><body>
<div class="row">
  <span class="label">Provider</span>
  <span class="value">Harborlight Software
    Foundation</span>
</div>
</body></html>"""
    lines = [line for line in render(html, builtin_table(), "sdks.html").lines if line]
    assert lines == ["Provider", "Harborlight Software Foundation"]


SERVICE_TABLE = """<h1>Subprocessors</h1>
<table>
  <tr><th>Service</th><th>Purpose</th><th>Data Sent</th><th>Notes</th></tr>
  <tr><td>Heron Labs Inc.</td><td>Text generation</td><td>Prompts</td><td>No training</td></tr>
  <tr><td>Civic Registry</td><td>Record lookup</td><td>Licence number</td><td>Public API</td></tr>
</table>
<h2>SDKs</h2>
<table>
  <tr><th>Service</th><th>Company</th><th>Purpose</th></tr>
  <tr><td>Wren Analytics</td><td>Wren Data Ltd</td><td>Usage statistics</td></tr>
</table>"""


def test_a_service_column_names_the_recipient_when_no_column_names_a_company() -> None:
    page = parse_page(SERVICE_TABLE, name="subprocessors.html")
    assert [(e.fields.get("product"), e.fields.get("company")) for e in page.entries] == [
        (None, "Heron Labs Inc."),
        (None, "Civic Registry"),
        ("Wren Analytics", "Wren Data Ltd"),
    ]


NUMBERED_LABELS = """<h3>隐私政策</h3>
<p>目前我们接入的第三方SDK声明如下：</p>
<p> - 青禾数据科技有限公司</p>
<p>（1）SDK名称：青禾统计SDK</p>
<p>（2）服务类型：统计</p>
<p>（3）收集类型：设备信息</p>
<p>（4）政策链接：<a href="https://qinghe.example.cn/policy">https://qinghe.example.cn/policy</a></p>"""


def test_numbered_labels_under_a_company_line_with_a_policy_link_label() -> None:
    (entry,) = parse_page(NUMBERED_LABELS, name="agreement.html").entries
    assert entry.fields["product"] == "青禾统计SDK"
    assert entry.fields["company"] == "青禾数据科技有限公司"
    assert entry.fields["data"] == "设备信息"
    assert entry.links["policy"] == "https://qinghe.example.cn/policy"


def test_a_link_component_gives_its_address_not_the_words_it_shows() -> None:
    path = DATA / "en_component_link_table.tsx"
    entries = parse_page(path.read_text("utf-8"), name=path.name).entries
    # <ExternalLink href="https://help.tilemark.example/privacy">tilemark.example/privacy</...>
    assert [(e.fields["company"], e.links["policy"]) for e in entries] == [
        ("Tilemark", "https://help.tilemark.example/privacy"),
        ("Routewise", "https://routewise.example/legal/privacy"),
    ]
    # a stylesheet's <link href> in a page is no link of an entry
    page = '<link href="https://cdn.example/site.css"><p>Vendor: Quillpost</p>'
    assert [dict(e.links) for e in parse_page(page, name="v.html").entries] == [{}]
