# ruff: noqa: E501  (a table row as pages write it, on one line)
"""What a row's or bullet's own words say about its recipient: nothing sent to it (no entry),
or the data sent to the company a product is named after (that company receives it)."""

from __future__ import annotations

from disclosurelint.importer.parse import parse_text


def test_a_table_row_saying_no_data_is_sent_to_it_is_no_entry() -> None:
    page = """<h2>Sub-processors</h2>
<table>
  <tr><th>Provider</th><th>Purpose</th></tr>
  <tr><td>Northwind</td><td>Hosting and database storage</td></tr>
  <tr><td>Quill</td><td>Order data and event delivery</td></tr>
  <tr><td>Larch Lookup</td><td>Offline lookup table, read locally; no visitor data is sent to Larch.</td></tr>
</table>
"""
    assert [entry.fields.get("company") for entry in parse_text(page)] == ["Northwind", "Quill"]


def test_a_product_whose_words_send_the_data_to_its_maker_has_the_maker_as_company() -> None:
    page = """<h3>Third-party services</h3>
<ul>
  <li><b>Railtrack</b> — server hosting.</li>
  <li><b>Northwind Translate</b> — the text you enter is sent to Northwind.</li>
  <li><b>Northwind Speech</b> — text is sent to Northwind to read it aloud.</li>
</ul>
"""
    assert [
        (entry.fields.get("product"), entry.fields.get("company")) for entry in parse_text(page)
    ] == [
        (None, "Railtrack"),
        ("Northwind Translate", "Northwind"),
        ("Northwind Speech", "Northwind"),
    ]


def test_a_legal_entity_whose_words_send_the_data_to_its_first_word_stays_the_company() -> None:
    page = """# Sub-processors

| Sub-processor | Purpose | Location |
|---|---|---|
| Quillworks AI, Inc. | Model inference for the opt-in presets; no request is transmitted to Quillworks until an instance selects one. | United States |
| Larchmont GmbH | Hosting | Germany |
"""
    assert [entry.fields.get("company") for entry in parse_text(page)] == [
        "Quillworks AI, Inc.",
        "Larchmont GmbH",
    ]
