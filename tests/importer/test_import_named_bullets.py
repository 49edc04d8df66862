# ruff: noqa: RUF001, RUF002, E501  (full-width punctuation in the Chinese pages read on purpose)
"""Bullets that open with a service's name in bold under a heading on third parties: wrapped
Markdown bullets with ``<https://…>`` links, ``<li><b>Name</b>：…`` bullets in a page's code."""

from __future__ import annotations

from disclosurelint.importer.parse import parse_text


def _named(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (entry.title, entry.fields.get("company"), entry.links.get("policy"))
        for entry in parse_text(text)
    ]


WRAPPED_MARKDOWN = """# Trailmate Privacy Policy

## What we collect

- **Position.** Read only while the map is open
  and never stored.

## Third-party services

Trailmate sends each service below only what it needs.
Their own policies also apply.

- **Northwind Maps** — looks up places near the position
  you share. See
  <https://northwind.example/legal/privacy>.
- **Quill Crash Reports (Quill)** — receives crash traces. See
  <https://quill.example/privacy>.
- **On-device Vision** — runs on the phone; no data leaves
  the device.

## Retention

- Positions are discarded after each lookup.
"""


def test_wrapped_markdown_bullets_give_name_company_and_angle_link_policy() -> None:
    assert _named(WRAPPED_MARKDOWN) == [
        ("Northwind Maps", "Northwind Maps", "https://northwind.example/legal/privacy"),
        (
            "Quill Crash Reports (Quill)",
            "Quill Crash Reports (Quill)",
            "https://quill.example/privacy",
        ),
    ]


JSX_FULL_WIDTH_COLONS = """export default function Policy() {
  return (
    <main>
      <Section title="2. 資料用途">
        <ul>
          <li>寄送課程通知。</li>
          <li>處理訂單。</li>
        </ul>
      </Section>
      <Section title="3. 第三方服務">
        本站使用以下服務處理部分資料：
        <ul>
          <li><b>Larch 金流</b>：付款處理。</li>
          <li><b>Quill</b>：電子報寄送。</li>
        </ul>
      </Section>
    </main>
  );
}
"""


def test_bold_names_before_a_full_width_colon_are_the_names_without_company() -> None:
    assert _named(JSX_FULL_WIDTH_COLONS) == [("Larch 金流", None, None), ("Quill", None, None)]


def test_a_single_bold_bullet_under_a_processors_heading_keeps_its_legal_name() -> None:
    page = """export function render(): string {
  return `
  <section>
    <h2>Current sub-processors</h2>
    <ul class="list">
      <li><strong>Northwind, Inc.</strong>: hosting and storage. See <a href="https://northwind.example/trust">its trust page</a>.</li>
    </ul>
  </section>`;
}
"""
    assert _named(page) == [("Northwind, Inc.", "Northwind, Inc.", None)]
