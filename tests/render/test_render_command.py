"""``disclosurelint render``: formats, escaping, order, languages, warnings and errors."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from disclosurelint.commands import COMMANDS
from disclosurelint.commands import render as command
from tests.common import BASE, merged
from tests.render.common import WELINK, run


def test_registered_as_a_command() -> None:
    assert "render" in COMMANDS
    assert command.NAME == "render" and command.HELP


def test_importing_the_command_loads_neither_jinja2_nor_ruamel() -> None:
    code = (
        "import sys, disclosurelint.cli; disclosurelint.cli.build_parser(); "
        "print(sorted(m for m in sys.modules if m.startswith(('jinja2', 'ruamel'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_chinese_labels_and_mode_words() -> None:
    code, out, _ = run("render", WELINK, "--lang", "zh")
    assert code == 0
    for label in ("第三方公司名称", "产品/类型", "共享信息", "使用目的", "使用场景", "共享方式"):
        assert f"\n{label}：" in out  # noqa: RUF001
    assert "第三方个人信息处理规则：https://cc-dl.camcard.com/" in out  # noqa: RUF001
    assert "共享方式：后台接口传输、表单传输、终端发起传输\n" in out  # noqa: RUF001
    assert "共享方式：本地接口传输\n" in out  # noqa: RUF001
    # published words stay as published, whatever the language of the labels
    assert "共享方式：background API transmission and online service\n" in out  # noqa: RUF001


# -- a small product --------------------------------------------------------------------------


def declaration(identifier: str, name: str, product: str = "App", **extra: str) -> str:
    text = BASE.replace("id: camcard", f"id: {identifier}")
    text = text.replace("name: Shanghai Hehe Information Technology Co., Ltd.", f"name: {name}")
    text = text.replace("product: BCamCard/WeChat Mini Program", f"product: {product}")
    return merged("\n".join(f"{k}: {v}" for k, v in extra.items()), text) if extra else text


@pytest.fixture
def product(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "declarations" / "app"
    folder.mkdir(parents=True)
    (folder / "a.yaml").write_text(declaration("zeta", "Beta Ltd.", "Maps"), encoding="utf-8")
    (folder / "b.yaml").write_text(declaration("alpha", "Gamma Ltd.", "Chat"), encoding="utf-8")
    (folder / "c.yaml").write_text(declaration("mid", "Alpha Ltd.", "Pay"), encoding="utf-8")
    (folder / "_product.yaml").write_text(
        "product: 1\ntitle: App partners\ntitle_zh: 应用合作方\n"
        "introduction:\n  - We share data with these partners.\n"
        "introduction_zh:\n  - 我们与以下合作方共享数据。\n",
        encoding="utf-8",
    )
    return folder


def companies(out: str) -> list[str]:
    return [line.split(": ", 1)[1] for line in out.splitlines() if line.startswith("Company: ")]


@pytest.mark.parametrize(
    ("order", "expected"),
    [
        ("file", ["Beta Ltd.", "Gamma Ltd.", "Alpha Ltd."]),
        ("id", ["Gamma Ltd.", "Alpha Ltd.", "Beta Ltd."]),
        ("recipient", ["Alpha Ltd.", "Beta Ltd.", "Gamma Ltd."]),
        ("product", ["Gamma Ltd.", "Beta Ltd.", "Alpha Ltd."]),
    ],
)
def test_order_without_an_order_list(product: Path, order: str, expected: list[str]) -> None:
    code, out, _ = run("render", "--order", order)  # PATH defaults to declarations/
    assert code == 0
    assert companies(out) == expected
    assert out.startswith("App partners\n\nWe share data with these partners.\n\nCompany: ")


def test_the_order_list_comes_first_then_the_chosen_order(product: Path) -> None:
    with (product / "_product.yaml").open("a", encoding="utf-8") as file:
        file.write("order: [mid]\n")
    assert companies(run("render", product)[1]) == ["Alpha Ltd.", "Beta Ltd.", "Gamma Ltd."]
    out = run("render", product, "--order", "recipient")[1]
    assert companies(out) == ["Alpha Ltd.", "Beta Ltd.", "Gamma Ltd."]
    out = run("render", product, "--order", "product")[1]
    assert companies(out) == ["Alpha Ltd.", "Gamma Ltd.", "Beta Ltd."]


def test_an_order_id_without_a_declaration_is_a_warning(product: Path) -> None:
    with (product / "_product.yaml").open("a", encoding="utf-8") as file:
        file.write("order:\n  - mid\n  - gone\n")
    code, out, err = run("render", product)
    assert code == 1
    assert companies(out)[0] == "Alpha Ltd."
    assert err == (
        "declarations/app/_product.yaml:10:5: warning: `order` lists 'gone', "
        "but no rendered declaration has that id\n"
    )


def test_one_file_renders_with_its_product_page_and_no_order_warning(product: Path) -> None:
    with (product / "_product.yaml").open("a", encoding="utf-8") as file:
        file.write("order: [mid, zeta, alpha]\n")
    code, out, err = run("render", product / "a.yaml")
    assert (code, err) == (0, "")
    assert out.startswith("App partners\n\n") and companies(out) == ["Beta Ltd."]


def test_chinese_title_and_introduction(product: Path) -> None:
    out = run("render", product, "--lang", "zh")[1]
    assert out.startswith("应用合作方\n\n我们与以下合作方共享数据。\n\n第三方公司名称：")  # noqa: RUF001
    (product / "_product.yaml").write_text("product: 1\ntitle: App partners\n", encoding="utf-8")
    assert run("render", product, "--lang", "zh")[1].startswith("App partners\n\n第三方公司名称")


def test_without_a_product_file_the_page_has_the_generic_title(product: Path) -> None:
    (product / "_product.yaml").unlink()
    assert run("render", product)[1].startswith("Information Shared with Third Parties\n\n")
    assert run("render", product, "--lang", "zh")[1].startswith("第三方信息共享清单\n\n")


def test_output_file(product: Path, tmp_path: Path) -> None:
    target = tmp_path / "page.md"
    code, out, _ = run("render", product, "-f", "markdown", "-o", target)
    assert (code, out) == (0, "")
    assert target.read_text(encoding="utf-8").startswith("# App partners\n\n")


# -- escaping ---------------------------------------------------------------------------------

HOSTILE = "<script>alert(1)</script>"


def test_html_is_one_escaped_page(product: Path) -> None:
    (product / "a.yaml").write_text(
        declaration("zeta", f"'{HOSTILE}'", "Maps & <b>more</b>"), encoding="utf-8"
    )
    code, out, err = run("render", product, "--format", "html")
    assert (code, err) == (0, "")
    assert out.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "<script" not in out and "<b>" not in out
    assert "Maps &amp; &lt;b&gt;more&lt;/b&gt;" in out
    assert '<section class="entry" id="entry-zeta">' in out
    assert "<link" not in out and "src=" not in out  # self-contained
    assert (
        '<a href="https://cc-dl.camcard.com/download/PP_CamCard_zh-cn_Android.html" '
        'rel="noopener noreferrer">' in out
    )


def test_html_links_only_web_addresses(product: Path) -> None:
    text = declaration("zeta", "Beta Ltd.").replace(
        "  url: https://cc-dl.camcard.com/download/PP_CamCard_zh-cn_Android.html",
        '  reference: javascript:alert(1) or https://example.com/p?a=1&b="2".',
    )
    (product / "a.yaml").write_text(text, encoding="utf-8")
    out = run("render", product, "--format", "html")[1]
    assert "javascript:alert(1) or " in out and 'href="javascript' not in out
    assert '<a href="https://example.com/p?a=1&amp;b=" rel=' in out


def test_chinese_html_is_marked_as_chinese() -> None:
    assert '<html lang="zh-CN">' in run("render", WELINK, "-f", "html", "--lang", "zh")[1]


def test_html_without_jinja2_names_the_missing_package(
    product: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "jinja2", None)
    code, out, err = run("render", product, "--format", "html")
    assert (code, out) == (2, "")
    assert err.startswith("disclosurelint: error: HTML output: this command needs the Python ")
    assert "package Jinja2" in err and len(err.splitlines()) == 1


def test_markdown_escapes_what_would_break_the_layout(product: Path) -> None:
    (product / "a.yaml").write_text(
        declaration("zeta", "'*Beta* [Ltd](x) | <i>_A_</i> `c` &amp; C&Q'"), encoding="utf-8"
    )
    (product / "_product.yaml").write_text(
        "product: 1\ntitle: '# App'\nintroduction:\n  - '- not a list'\n  - 1. not a list\n",
        encoding="utf-8",
    )
    code, out, _ = run("render", product, "--format", "markdown")
    assert code == 0
    assert out.startswith("# \\# App\n\n\\- not a list\n\n1\\. not a list\n\n---\n\n")
    assert (
        "**Company**: \\*Beta\\* \\[Ltd\\](x) \\| \\<i\\>\\_A\\_\\</i\\> \\`c\\` &amp;amp; C&Q\n"
        in out
    )
    assert (
        "**Personal data handling rules of the third party**: "
        "<https://cc-dl.camcard.com/download/PP_CamCard_zh-cn_Android.html>\n" in out
    )
    assert "\n---\n" in out and out.count("**Company**") == 3


# -- broken input -----------------------------------------------------------------------------


def test_unreadable_declarations_are_left_out_with_a_warning(product: Path) -> None:
    (product / "bad.yaml").write_text("purpose: [unclosed\n", encoding="utf-8")
    (product / "gap.yaml").write_text(
        declaration("gap", "Gap Ltd.").replace(
            "purpose: Provide the cloud business card service.\n", ""
        ),
        encoding="utf-8",
    )
    code, out, err = run("render", product)
    assert code == 1
    assert companies(out) == ["Beta Ltd.", "Gamma Ltd.", "Alpha Ltd.", "Gap Ltd."]
    gap = out.split("Company: Gap Ltd.")[1]
    assert "Purpose:" not in gap and "Scenario: You share" in gap
    lines = err.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("declarations/app/bad.yaml:2:1: warning: not rendered: YAML syntax")
    assert lines[1] == (
        "declarations/app/gap.yaml:1:1: warning: rendered as far as it could be read: the "
        "declaration lacks the required key `purpose`; `disclosurelint check "
        "declarations/app/gap.yaml` lists every problem"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "product: 1\ntitle: App\nintroduction: Hello\n",
            ["declarations/app/_product.yaml:3:15: `introduction` must be a list, not text"],
        ),
        (
            "product: 1\ntitel: App\norder: [Bad Id]\n",
            [
                "declarations/app/_product.yaml:2:1: unknown key `titel`; did you mean `title`?",
                "declarations/app/_product.yaml:3:9: `order[0]` 'Bad Id' is not in the "
                "expected form",
            ],
        ),
        (
            "title: App\n",
            [
                "declarations/app/_product.yaml:1:1: the product file lacks the required key "
                "`product`"
            ],
        ),
        (
            "product: 1\ntitle: A\ntitle: B\n",
            ["declarations/app/_product.yaml:3:1: duplicate key 'title': first defined at line 2"],
        ),
    ],
)
def test_a_product_file_with_problems_stops_the_page(
    product: Path, tmp_path: Path, text: str, expected: list[str]
) -> None:
    (product / "_product.yaml").write_text(text, encoding="utf-8")
    target = tmp_path / "page.html"
    code, out, err = run("render", product, "-o", target)
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        *expected,
        "disclosurelint render: the product file has problems; nothing was written",
    ]
    assert not target.exists()


def test_several_product_folders_are_a_usage_error(product: Path) -> None:
    other = product.parent / "other"
    other.mkdir()
    shutil.copy(product / "a.yaml", other / "a.yaml")
    code, _, err = run("render", "declarations")
    assert code == 2
    assert err == (
        "disclosurelint: error: declarations holds declarations of several folders "
        "(declarations/app, declarations/other); render one product folder at a time\n"
    )


def test_a_folder_without_declarations_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run("render", tmp_path)
    assert code == 2 and "no declarations" in err
    code, _, err = run("render", tmp_path / "missing")
    assert code == 2 and err.endswith("missing: no such file or folder\n")
