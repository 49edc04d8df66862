"""A processor page of cards, each a heading over a line of what the recipient does: every card
names a recipient, those whose heading is a legal entity and those whose heading is not."""

from __future__ import annotations

from disclosurelint.importer.parse import parse_page

CARDS = """<!DOCTYPE html>
<html><body>
<h1>Subprocessors</h1>
<p>Last updated: 1 March 2026</p>
<section>
  <h2>Current subprocessors</h2>
  <p>The following organisations are engaged as of the date above:</p>
  <div class="card"><h3>Northwind Hosting Inc.</h3><p>Managed database and storage.</p></div>
  <div class="card"><h3>Quillmaps</h3><p>Mapping and geocoding services.</p></div>
  <div class="card"><h3>Larch Labs Ltd</h3><p>Internal project tracking.</p></div>
  <div class="card"><h3>Birch Mail</h3><p>Business email and file storage.</p></div>
</section>
<section>
  <h2>Questions?</h2>
  <p>Write to us at <a href="mailto:hello@example.org">hello@example.org</a>.</p>
</section>
</body></html>
"""

ARTICLES = """<html><body>
<h1>Subprocessors</h1>
<h3>Northwind Hosting Inc.</h3><p>Managed database and storage.</p>
<h3>How we choose them</h3><p>We review each one: security, location, contracts.</p>
<h3>Changes</h3><p>We give notice 30 days ahead.</p>
</body></html>
"""


def test_every_card_of_a_run_mostly_naming_companies_names_a_recipient() -> None:
    entries = parse_page(CARDS, "subprocessors.html").entries
    assert [entry.fields.get("company") for entry in entries] == [
        "Northwind Hosting Inc.",
        "Quillmaps",
        "Larch Labs Ltd",
        "Birch Mail",
    ]


def test_headings_of_a_run_mostly_naming_no_company_stay_headings() -> None:
    entries = parse_page(ARTICLES, "subprocessors.html").entries
    assert [entry.fields.get("company") for entry in entries] == ["Northwind Hosting Inc."]
