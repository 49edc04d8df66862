"""A sub-processor cell that gives the service's name in bold over its legal entity and country:
the name is the entry, the legal entity without the country its company."""

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
