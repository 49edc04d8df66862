# ruff: noqa: RUF001  (full-width punctuation in the Chinese pages read on purpose)
"""Bullets naming a service before a bracket of what it does, in a section on third parties of a
page's sections shown as plain text."""

from __future__ import annotations

from disclosurelint.importer.parse import parse_page

SECTIONS_TSX = """export default function Privacy() {
  return (
    <main>
      {[
        {
          title: '1. 蒐集的資料',
          content: `我們只蒐集必要的資料：

• 電子郵件地址（用於登入）
• 使用紀錄（用於次數限制）`,
        },
        {
          title: '2. 第三方服務',
          content: `本服務使用以下第三方服務：

• Northwind（資料庫與登入）
• 星河金流（付款處理）

使用本服務即表示您同意上述條款。`,
        },
      ].map(section => (
        <section key={section.title}>
          <h2>{section.title}</h2>
          <div className="whitespace-pre-line">{section.content}</div>
        </section>
      ))}
    </main>
  )
}
"""


def test_bracketed_bullets_under_third_party_section_are_the_services() -> None:
    entries = parse_page(SECTIONS_TSX, "privacy.tsx").entries
    assert [
        (entry.fields.get("product"), entry.fields.get("company"), entry.fields.get("purpose"))
        for entry in entries
    ] == [("Northwind", None, "資料庫與登入"), ("星河金流", None, "付款處理")]


PLAIN = """Third-party services
We use the following third-party services:
• Northwind (database hosting)
• Quillmail (email delivery)

Your rights
• Access (ask for a copy)
• Erasure (ask us to delete)
"""


def test_english_bullets_give_the_name_as_company_and_skip_other_sections() -> None:
    entries = parse_page(PLAIN, "privacy.txt").entries
    assert [(entry.fields.get("product"), entry.fields.get("company")) for entry in entries] == [
        ("Northwind", "Northwind"),
        ("Quillmail", "Quillmail"),
    ]
