"""A table whose other columns say a role and a data context beside its provider column; a
legal form written with points ("L.L.C.") in a name's bracket; a card heading that is a legal
entity with its product in brackets; and a summary table under the cards that only names
recipients already carded."""

from __future__ import annotations

from disclosurelint.importer.names import LEGAL_ENTITY
from disclosurelint.importer.parse import parse_page

ROLE_TABLE = """<main>
<h1>Subprocessors</h1>
<table>
  <thead><tr><th>Provider</th><th>Service role</th><th>Data context</th></tr></thead>
  <tbody>
    <tr><td>Quillpost</td><td>Transactional email</td><td>Addresses and message bodies</td></tr>
    <tr><td>Harbor Voice</td><td>Call transport</td><td>Call audio while a call lasts</td></tr>
  </tbody>
</table>
<h2>Retention</h2>
<p>Audio is kept for thirty days.</p>
</main>
"""

DOTTED_FORM = """<main>
<table>
  <thead><tr><th>Subprocessor</th><th>Purpose</th><th>Location</th></tr></thead>
  <tbody>
    <tr><td><strong>Larkspur</strong> (Larkspur Labs, L.L.C.)</td>
      <td>Text drafting</td><td>US</td></tr>
    <tr><td><strong>Fernway</strong> (Fernway Systems, Inc.)</td><td>Hosting</td><td>EU</td></tr>
  </tbody>
</table>
</main>
"""

CARDS = """<div class="content">
<h2>Active Sub-Processors</h2>
<div class="card">
  <h3>1. Northwind Computing Corporation (Skyvault)</h3>
  <dl>
    <dt>Website:</dt><dd><a href="https://skyvault.example">skyvault.example</a></dd>
    <dt>Service:</dt><dd>Cloud hosting</dd>
    <dt>Privacy Policy:</dt><dd><a href="https://northwind.example/privacy">privacy</a></dd>
  </dl>
</div>
<div class="card">
  <h3>2. Pebble Chat, LLC</h3>
  <dl>
    <dt>Website:</dt><dd><a href="https://pebble.example">pebble.example</a></dd>
    <dt>Service:</dt><dd>Messaging platform</dd>
    <dt>Privacy Policy:</dt><dd><a href="https://pebble.example/privacy">privacy</a></dd>
  </dl>
</div>
<h2>Data Flow Summary</h2>
<table>
  <thead><tr><th>Data Type</th><th>Sub-Processors</th><th>Purpose</th></tr></thead>
  <tbody>
    <tr><td>Messages</td><td>Pebble Chat, Northwind Skyvault</td><td>Delivery</td></tr>
    <tr><td>Settings</td><td>Northwind Skyvault</td><td>Storage</td></tr>
  </tbody>
</table>
</div>
"""

NEW_NAMES = CARDS.replace("Pebble Chat, Northwind Skyvault", "Pebble Chat, Tallowmark")


def test_a_role_and_a_data_context_column_beside_the_provider_make_a_recipient_table() -> None:
    entries = parse_page(ROLE_TABLE, "subprocessors.html").entries
    assert [(e.fields.get("company"), e.fields.get("purpose")) for e in entries] == [
        ("Quillpost", "Transactional email"),
        ("Harbor Voice", "Call transport"),
    ]
    assert entries[0].fields.get("data") == "Addresses and message bodies"


def test_a_legal_form_written_with_points_is_a_legal_entity() -> None:
    for name in ("Larkspur Labs, L.L.C.", "Fernway P.B.C.", "Oak Holdings p.l.c."):
        assert LEGAL_ENTITY.search(name), name
    assert not LEGAL_ENTITY.search("Made in the U.S.A.")


def test_a_bracket_with_a_dotted_legal_form_gives_the_company() -> None:
    entries = parse_page(DOTTED_FORM, "subprocessors.html").entries
    assert [(e.fields.get("product"), e.fields.get("company")) for e in entries] == [
        ("Larkspur", "Larkspur Labs, L.L.C."),
        ("Fernway", "Fernway Systems, Inc."),
    ]


def test_a_legal_entity_heading_keeps_its_name_as_company_over_a_product_bracket() -> None:
    entries = parse_page(CARDS, "subprocessors.html").entries
    assert [e.fields.get("company") for e in entries] == [
        "Northwind Computing Corporation (Skyvault)",
        "Pebble Chat, LLC",
    ]
    assert entries[0].links.get("policy") == "https://northwind.example/privacy"


def test_a_summary_table_naming_only_carded_recipients_adds_no_entries() -> None:
    assert len(parse_page(CARDS, "subprocessors.html").entries) == 2


def test_a_summary_table_naming_a_new_recipient_stays_read() -> None:
    assert len(parse_page(NEW_NAMES, "subprocessors.html").entries) > 2
