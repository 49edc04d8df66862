# ruff: noqa: RUF001, E501  (full-width punctuation in the Chinese page read on purpose; lines as pages write them)
"""Bullets that name kinds of party rather than anyone in particular (authorities, banks, the
reader's own contacts) are no entries; bullets naming companies beside them still are."""

from __future__ import annotations

from disclosurelint.importer.names import names_no_one
from disclosurelint.importer.parse import parse_page

CONTROLLERS = """<h1>Sub-processors</h1>
<table>
  <tr><th>Provider</th><th>Service</th></tr>
  <tr><td><strong>Northwind</strong></td><td>Hosting</td></tr>
  <tr><td><strong>Quill</strong></td><td>Email</td></tr>
</table>
<h2>Independent Controllers (Informational)</h2>
<p>The following parties act as independent data controllers rather than sub-processors, but are listed here for transparency:</p>
<ul>
  <li><strong>Bank-transfer payment chain</strong> — the customer's bank and any intermediary networks.</li>
  <li><strong>Tax and accounting authorities</strong> — where retention of invoices is required by law.</li>
</ul>
"""

SHARING = """## 四、我们如何共享您的个人信息

我们不会与任何第三方共享您的个人信息，除非是为实现求助目的，例如：

- 向您的紧急联系人：我们会将您的位置共享给您指定的联系人。
- 向公共安全机构：在必要时向救援机构提供您的信息。
"""


def test_bullets_of_kinds_of_party_under_a_table_of_providers_are_no_entries() -> None:
    entries = parse_page(CONTROLLERS, "subprocessors.html").entries
    assert [entry.fields.get("company") for entry in entries] == ["Northwind", "Quill"]


def test_bullets_sharing_with_kinds_of_recipient_name_no_one() -> None:
    assert parse_page(SHARING, "privacy.md").entries == ()


def test_a_kind_of_party_is_told_from_a_name() -> None:
    assert names_no_one("Tax and accounting authorities")
    assert names_no_one("向公共安全机构")
    assert not names_no_one("Northwind Bank")
    assert not names_no_one("Larch Tax Services")
    assert not names_no_one("Quill")
