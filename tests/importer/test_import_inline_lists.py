# ruff: noqa: RUF001, RUF002, E501  (full-width punctuation in the Chinese pages read on purpose)
"""Services a page lists inside one sentence or one line: names with a bracket of what they
do, numbered ``(1) Name：…`` items in one string, a policy label over linked names."""

from __future__ import annotations

from disclosurelint.importer.parse import parse_text


def _named(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (entry.title, entry.fields.get("company"), entry.links.get("policy"))
        for entry in parse_text(text)
    ]


def test_an_english_sentence_of_names_with_bracketed_purposes_gives_each_name() -> None:
    page = """export default function Privacy() {
  return (
    <section>
      <h2>Who processes your data</h2>
      <p>We rely on a few providers, including: Northwind (hosting and storage), Quill (email, receipts and reminders) and Larch (payments). Each sees only what it needs.</p>
    </section>
  );
}
"""
    assert _named(page) == [
        ("Northwind", "Northwind", None),
        ("Quill", "Quill", None),
        ("Larch", "Larch", None),
    ]


def test_a_chinese_sentence_in_two_scripts_gives_each_name_once_without_company() -> None:
    page = '''PAGES = {
    "privacy": {
        "title": "隱私聲明",
        "tc": """## 我們收集哪些資料

- 你輸入的問題：只用於產生報告，不會保存。
- 瀏覽統計：Larch Analytics 的匿名瀏覽數據。

## 第三方服務

本站會用到以下第三方服務，各自依其規範處理資料：Northwind（網站託管）、Quill（AI 摘要生成）、Larch Analytics（流量統計）。
""",
        "sc": """## 我们收集哪些资料

- 你输入的问题：只用于产生报告，不会保存。
- 浏览统计：Larch Analytics 的匿名浏览数据。

## 第三方服务

本站会用到以下第三方服务，各自依其规范处理资料：Northwind（网站托管）、Quill（AI 摘要生成）、Larch Analytics（流量统计）。
""",
    },
}
'''
    assert _named(page) == [
        ("Northwind", None, None),
        ("Quill", None, None),
        ("Larch Analytics", None, None),
    ]


def test_numbered_services_in_one_string_give_the_name_before_each_colon() -> None:
    page = """export const policy = {
  sections: [
    { title: "第三方服務", body: "本網站使用以下服務：(1) 北風 表單：用於報名；(2) 鵝毛 嵌入元件：顯示貼文；(3) Larch Analytics：統計瀏覽次數。" },
  ],
};
"""
    assert [name for name, _, _ in _named(page)] == [
        "北風 表單",
        "鵝毛 嵌入元件",
        "Larch Analytics",
    ]


def test_a_policy_label_over_linked_names_gives_each_link_as_a_policy() -> None:
    page = """## 隐私与日志

日志只保存在本机。

隐私政策：[北风](https://north.example/privacy)、[鹅毛](https://quill.example/privacy)、[落叶](https://larch.example/p)。

## 项目结构与开发

- `app/`：三个模块与界面。
"""
    assert _named(page) == [
        ("北风", None, "https://north.example/privacy"),
        ("鹅毛", None, "https://quill.example/privacy"),
        ("落叶", None, "https://larch.example/p"),
    ]


def test_a_sentence_of_data_items_in_brackets_is_not_a_list_of_services() -> None:
    page = "<p>We collect, including: your name (as you give it), your email (for receipts) and your city (for tax).</p>\n"
    assert _named(page) == []
