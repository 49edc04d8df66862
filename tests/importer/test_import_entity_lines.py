# ruff: noqa: E501  (table rows of a page kept on one line each, as pages write them)
"""A sub-processor table's name cells: a name in bold over its legal entity and country (the name
is the entry, the legal entity without the country its company), and names linking home pages
(a name linking a product page among them has no policy)."""

from __future__ import annotations

from disclosurelint.importer.entity_lines import name_over_entity
from disclosurelint.importer.parse import parse_page

NAME_OVER_ENTITY = """<h2>Sub-processors</h2>
<table>
  <thead>
    <tr><th>Sub-processor</th><th>Purpose</th><th>Data location</th></tr>
  </thead>
  <tbody>
    <tr>
      <td><b>Northwind</b><br /><span class="small">Northwind Labs Ltd, Ireland</span></td>
      <td>Database hosting.</td>
      <td>Ireland</td>
    </tr>
    <tr>
      <td><b>Quillmail</b><br /><span class="small">Quill Messaging, Inc., United States</span></td>
      <td>Email delivery.</td>
      <td>United States</td>
    </tr>
  </tbody>
</table>
"""


def test_bold_name_over_legal_entity_and_country_gives_name_and_company() -> None:
    entries = parse_page(NAME_OVER_ENTITY, "subprocessors.html").entries
    assert [(entry.fields.get("product"), entry.fields.get("company")) for entry in entries] == [
        ("Northwind", "Northwind Labs Ltd"),
        ("Quillmail", "Quill Messaging, Inc."),
    ]


def test_cell_without_legal_entity_below_is_read_as_it_is() -> None:
    assert name_over_entity("Northwind; Dublin office") is None
    assert name_over_entity("Northwind Labs Ltd; Northwind Holdings Inc.") is None
    assert name_over_entity("Northwind Labs Ltd, Ireland") is None
    assert name_over_entity("Northwind; Northwind Labs Ltd, see our notes below") is None


HOME_LINKED_NAMES = """<h2>Sub-processors</h2>
<table>
  <thead><tr><th>Sub-processor</th><th>Purpose</th></tr></thead>
  <tbody>
    <tr><td><strong><a href="https://northwind.example">Northwind</a></strong></td><td>Hosting</td></tr>
    <tr><td><strong><a href="https://quill.example/">Quill</a></strong></td><td>Email</td></tr>
    <tr><td><strong><a href="https://larch.example">Larch</a></strong></td><td>Billing</td></tr>
    <tr><td><strong><a href="https://bigco.example/about/metrics/">BigCo Metrics</a></strong></td><td>Analytics</td></tr>
    <tr><td><strong><a href="https://heron.example/legal/privacy">Heron</a></strong></td><td>Errors</td></tr>
  </tbody>
</table>
"""


def test_product_page_among_home_page_names_is_no_policy() -> None:
    entries = parse_page(HOME_LINKED_NAMES, "subprocessors.html").entries
    assert [(entry.fields.get("company"), entry.links.get("policy")) for entry in entries] == [
        ("Northwind", None),
        ("Quill", None),
        ("Larch", None),
        ("BigCo Metrics", None),
        ("Heron", "https://heron.example/legal/privacy"),
    ]
