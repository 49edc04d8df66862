"""The record of processing activities (GDPR Art. 30(1)) that the declarations can fill.

One row per recipient and purpose, in the report's partner order. Art. 30(1) lists what a
controller's record contains; each column names the point it answers. The declarations know the
purposes (b), the categories of personal data (c), the recipients and their categories (d), the
transfers to third countries and their safeguards (e) and the retention (f); they do not know the
controller's own name and contact details (a), the categories of data subjects (c) or the
general description of the security measures (g): those columns are left empty and listed as
such in the export's header, for the controller to fill.
"""

from __future__ import annotations

from collections.abc import Sequence

from disclosurelint.export.facts import Facts, facts_of
from disclosurelint.export.model import Column, Ropa
from disclosurelint.report import words
from disclosurelint.report.collect import Source
from disclosurelint.report.model import Report

COLUMNS: tuple[Column, ...] = (
    Column("Controller (name and contact details)", "GDPR Art. 30(1)(a)", None),
    Column("Processing activity", "GDPR Art. 30(1)", "product, scenario"),
    Column("Purposes of the processing", "GDPR Art. 30(1)(b)", "purpose"),
    Column("Categories of data subjects", "GDPR Art. 30(1)(c)", None),
    Column("Categories of personal data", "GDPR Art. 30(1)(c)", "data[].category"),
    Column("Personal data, as disclosed", "GDPR Art. 30(1)(c)", "data[].item"),
    Column("Sensitive data", "GDPR Art. 9(1); PIPL Art. 28", "data[] with the taxonomy"),
    Column("Legal basis", "GDPR Art. 6(1); PIPL Art. 13", "legal_basis"),
    Column("Recipient", "GDPR Art. 30(1)(d)", "recipient.name"),
    Column("Category of recipient", "GDPR Art. 30(1)(d)", "recipient.relationship"),
    Column("Recipient's contact", "PIPL Art. 23", "recipient.contact"),
    Column(
        "Transfers to third countries",
        "GDPR Art. 30(1)(e)",
        "cross_border.destinations, recipient.country",
    ),
    Column("Safeguards for the transfer", "GDPR Arts. 30(1)(e), 46, 49(1)", "cross_border"),
    Column("Time limits for erasure", "GDPR Art. 30(1)(f)", "retention"),
    Column("Technical and organisational security measures", "GDPR Art. 30(1)(g)", None),
    Column("Declaration", "", "the file and its SHA-256"),
)


def _categories(facts: Facts) -> str:
    labels = (label for item in facts.partner.items for label in item.categories)
    return "; ".join(dict.fromkeys(labels)) or words.NOT_STATED


def _sensitive(facts: Facts) -> str:
    found = [
        f"{item.text}: {'; '.join(item.statuses)}" for item in facts.partner.items if item.sensitive
    ]
    return "\n".join(found) or "None under the enabled regimes"


def _transfers(facts: Facts, home: str) -> str:
    abroad = facts.abroad(home)
    if abroad:
        return ", ".join(abroad)
    if facts.recipient.get("country") == home:
        return f"None: the recipient is in {home}"
    return words.NOT_STATED


def _safeguards(facts: Facts, home: str) -> str:
    if not facts.abroad(home):
        return ""
    return facts.text("cross_border")


def row(facts: Facts, home: str) -> tuple[str, ...]:
    partner = facts.partner
    activity = f"{facts.text('product')}: {facts.text('scenario')}"
    return (
        "",
        activity,
        facts.text("purpose"),
        "",
        _categories(facts),
        "\n".join(item.text for item in partner.items) or words.NOT_STATED,
        _sensitive(facts),
        facts.text("legal_basis"),
        partner.title,
        partner.relationship,
        facts.text("contact"),
        _transfers(facts, home),
        _safeguards(facts, home),
        facts.text("retention"),
        "",
        f"{partner.path} (SHA-256 {partner.sha256})",
    )


def build_ropa(report: Report, sources: Sequence[Source]) -> Ropa:
    """The record of every readable declaration in ``report`` (``sources`` give their data)."""
    home = report.header.home_country
    rows = tuple(row(facts, home) for facts in facts_of(report.partners, sources))
    return Ropa(report.header, COLUMNS, rows)
