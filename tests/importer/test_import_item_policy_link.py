# ruff: noqa: RUF001  (full-width punctuation in the Chinese pages read on purpose)
"""A service item whose text ends on a link to its privacy policy gives that link as its policy."""

from __future__ import annotations

from disclosurelint.importer.parse import parse_page

ITEMS_TSX = """export default function Privacy() {
  return (
    <main>
<h2>3. 資料保存</h2>
<p>我們不在自有伺服器上儲存個人資料。</p>
<h2>4. 第三方服務</h2>
<p>本網站使用以下第三方服務，這些服務有各自獨立的隱私政策：</p>
<ul>
  <li>
    <strong>Northwind Stats</strong>：提供匿名流量分析，詳見
    {" "}
    <a href="https://northwind.example/privacy">Northwind 隱私權政策</a>。
  </li>
  <li>
    <strong>Quill Docs</strong>：文件頁面由 Quill Docs 代管，適用其自身規範。
  </li>
</ul>
<h2>5. 聯絡我們</h2>
<p>請寫信給我們。</p>
    </main>
  )
}
"""


def test_item_link_saying_privacy_is_the_policy_and_an_item_without_one_has_none() -> None:
    entries = parse_page(ITEMS_TSX, "privacy.tsx").entries
    assert [(entry.title, entry.links.get("policy")) for entry in entries] == [
        ("Northwind Stats", "https://northwind.example/privacy"),
        ("Quill Docs", None),
    ]
