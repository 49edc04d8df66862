# ruff: noqa: RUF001  (full-width punctuation in the Chinese pages read on purpose)
"""Services a Chinese page's sentences name in Latin letters after the verb that says the site
uses them: several joined by commas, "&" or "和", at the end of the line or before a clause's
comma, after "由" (provided by) or "引用自" (taken from)."""

from __future__ import annotations

from disclosurelint.importer.parse import parse_page

BULLETS = """---
title: "关于隐私"
---

## 第三方服务说明

- 本站使用 Northwind Pages, Quill & Larch Pages 作为网页托管服务
- 本站使用由 Larch & Quill 提供的边缘计算服务
- 本站的部分图片可能使用来自外部网站的链接
- 本站的部分静态资源文件使用 Birch CDN, ash.io
- 本站的部分媒体资源引用自 Alder Video, Elmtube 和其他可能的服务提供者
- 本站使用 Maple Analytics

## Cookies

- Quill
- Maple
"""

NOTE = """# 隱私政策
## 蒐集的方法
* Maple Analytics
* Cookies
## 附註
* 若您不同意本隱私政策請立即停止使用。
* 使用Maple Analytics，請參閱[Maple隱私權政策](https://maple.example/privacy?hl=zh_TW)。
"""


def test_each_name_of_a_joined_list_after_the_verb_is_a_service_once() -> None:
    entries = parse_page(BULLETS, "privacy.md").entries
    assert [(entry.title, entry.line) for entry in entries] == [
        ("Northwind Pages", 7),
        ("Quill", 7),
        ("Larch Pages", 7),
        ("Larch", 8),
        ("Birch CDN", 10),
        ("ash.io", 10),
        ("Alder Video", 11),
        ("Elmtube", 11),
        ("Maple Analytics", 12),
    ]
    assert all(entry.fields.get("company") is None for entry in entries)


def test_a_name_before_a_clause_comma_takes_the_policy_its_sentence_links() -> None:
    entries = parse_page(NOTE, "privacy.md").entries
    assert [(entry.title, entry.links.get("policy")) for entry in entries] == [
        ("Maple Analytics", "https://maple.example/privacy?hl=zh_TW")
    ]
