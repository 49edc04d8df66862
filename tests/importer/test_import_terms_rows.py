"""A processor table copied as text, one cell per line, each row's name over its terms line."""

from __future__ import annotations

from disclosurelint.importer.parse import parse_text

FLATTENED = """Subprocessors

The vendors we use and what each receives.

Active subprocessors

VendorPurposeDataRegion
Northwind, Inc.
Northwind DPA / SCCs
Hosting and managed database
  • Account details
  • Uploaded files
United States
Quill Labs Ltd
Quill Data Processing Addendum
Transactional email
  • Email address
Ireland
Larch, PBC
Larch Commercial Terms
Text analysis
  • Submitted documents
Larch keeps nothing after a request.
United States
"""


def test_each_name_over_a_terms_line_is_a_row_and_the_terms_are_no_entry() -> None:
    assert [(entry.title, entry.fields.get("company")) for entry in parse_text(FLATTENED)] == [
        ("Northwind, Inc.", "Northwind, Inc."),
        ("Quill Labs Ltd", "Quill Labs Ltd"),
        ("Larch, PBC", "Larch, PBC"),
    ]


def test_one_name_over_a_terms_line_is_not_taken_for_a_table() -> None:
    page = "Our terms\n\nNorthwind\nNorthwind Terms of Service apply to your use.\n"
    assert all(entry.title != "Northwind" for entry in parse_text(page))
