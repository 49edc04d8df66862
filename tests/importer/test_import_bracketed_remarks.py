# ruff: noqa: E501  (a table row as pages write it, on one line)
"""A recipient cell whose bracket holds a remark ending on a document's word keeps the whole
bracket: the word closes the remark, it is no link text after the name."""

from __future__ import annotations

from disclosurelint.importer.lines import _name_and_link_kind
from disclosurelint.importer.parse import parse_text

TABLE = """# Sub-processors

| Sub-processor | Purpose | Location |
|---|---|---|
| Northwind (entity per the account's Billing terms) | Invoicing on the website only | United States |
| Quill Mail SAS | Transactional email | France |
| Larch Cloud DPA | Storage | Ireland |
"""


def test_a_bracket_closing_on_terms_is_part_of_the_name() -> None:
    assert [entry.fields.get("company") for entry in parse_text(TABLE)] == [
        "Northwind (entity per the account's Billing terms)",
        "Quill Mail SAS",
        "Larch Cloud",
    ]


def test_document_words_after_a_name_or_in_their_own_bracket_are_still_its_link_kind() -> None:
    assert _name_and_link_kind("Northwind (terms)") == ("Northwind", "terms")
    assert _name_and_link_kind("Northwind privacy policy") == ("Northwind", "policy")
    assert _name_and_link_kind("Northwind (per the Billing terms)") == (
        "Northwind (per the Billing terms)",
        None,
    )
