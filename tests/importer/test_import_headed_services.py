# ruff: noqa: RUF001, E501  (full-width punctuation in the Chinese pages read on purpose; paragraphs on one line as pages write them)
"""A blog's privacy page that gives each service it uses a heading of its own: the headings of
one level are the services once the page shows two of them are (a privacy link of their own
in the section, or a link above whose words are the heading's name)."""

from __future__ import annotations

from disclosurelint.importer.parse import parse_page

LINK_BULLETS = """---
title: "隐私政策"
---

您访问本网站就意味着您接受我们使用以下的所有第三方服务。

## 用户行为分析

### Northwind Analytics

本网站使用 Northwind Analytics 收集数据，用于改进网站的设计。

如需了解详情，请参阅：

- [Northwind 的隐私权和条款](https://northwind.example/policies/privacy/)
- [保护您的数据](https://support.northwind.example/answer/1)

### Quill Replay

We partner with Quill Replay to capture how you use our website. For more information, visit the [Quill Privacy Statement](https://privacy.quill.example/statement).
"""

BOLD_LABELS = """# 隐私政策

## 1. 托管

### Larch (Pages & Edge)
本网站托管于 **Larch Pages**，并订阅了智能路由服务。
- **收集信息**：Larch 可能会记录您的 IP 地址。
- **隐私政策**：[Larch Privacy Policy](https://www.larch.example/privacypolicy/)

## 2. 评论系统

### Birchtalk
本网站使用 **Birchtalk** 作为评论系统。
- **主动提交**：您的昵称、电子邮箱。

## 3. 流量统计

### Northwind Analytics (统计)
这是行业标准的流量分析服务。
- **收集方式**：通过 Cookie。
- **隐私政策**: [Northwind 隐私政策](https://policies.northwind.example/privacy)。

### Alder Stats
这是一个注重隐私的开源分析方案。
- **部署方式**：我们采用私有部署模式。

## 4. 联系方式

- **邮箱**：`me[@]example.org`
"""

PLATFORM_LINKS = """**本站源代码存放在** [**Northwind**](https://northwind.example/me/site/) **仓库，博客托管在** [**Quill**](https://quill.example/) **平台，我可得知的数据如下：**

## Northwind 仓库

- stars / fork 的用户列表

## Quill 平台

我在 Quill 平台为本站开启了 [Audiences](https://quill.example/docs/audiences/)，因此我可以得知：

- **访客数据**
  - 来自哪个国家
- **浏览数据**
  - 总浏览量
"""

MAKER_SECTIONS = """# Third-party services

### Northwind

- [Northwind Analytics](https://northwind.example/analytics/privacy) for statistics.
- [Northwind Fonts](https://northwind.example/fonts/privacy) for web fonts.

### Quill

- [Quill Replay](https://quill.example/replay/privacy) for session replay.
- [Quill Mail](https://quill.example/mail/privacy) for newsletters.
"""


def _read(text: str) -> list[tuple[str | None, str | None, int]]:
    entries = parse_page(text, "privacy.md").entries
    return [(entry.title, entry.links.get("policy"), entry.line) for entry in entries]


def test_services_under_headings_with_their_privacy_links_in_bullets_or_prose() -> None:
    assert _read(LINK_BULLETS) == [
        ("Northwind Analytics", "https://northwind.example/policies/privacy/", 9),
        ("Quill Replay", "https://privacy.quill.example/statement", 18),
    ]


def test_every_heading_of_the_level_is_a_service_once_half_of_them_link_a_policy() -> None:
    entries = parse_page(BOLD_LABELS, "privacy.md").entries
    assert [(entry.title, entry.links.get("policy")) for entry in entries] == [
        ("Larch (Pages & Edge)", "https://www.larch.example/privacypolicy/"),
        ("Birchtalk", None),
        ("Northwind Analytics (统计)", "https://policies.northwind.example/privacy"),
        ("Alder Stats", None),
    ]
    assert all(entry.fields.get("company") is None for entry in entries)


def test_headings_opening_with_a_name_the_page_links_above_take_that_name() -> None:
    assert _read(PLATFORM_LINKS) == [("Northwind", None, 3), ("Quill", None, 7)]


def test_products_linked_under_their_makers_headings_stay_the_entries() -> None:
    products = ("Northwind Analytics", "Northwind Fonts", "Quill Replay", "Quill Mail")
    assert tuple(e.fields.get("company") for e in parse_page(MAKER_SECTIONS).entries) == products
