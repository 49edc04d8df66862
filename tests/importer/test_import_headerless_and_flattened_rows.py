"""``disclosurelint import`` on more shapes of published list, through the command line: a pipe
table with no header row whose rows break one cell per line; a table flattened to one paragraph
per cell whose header names columns the label table does not know and whose rows lost their
empty last cell; a column of "SDK by Provider" names; regional lists of dash bullets that name
a vendor twice; name lines over "- Label: value" bullets that name a vendor once per service;
and a heading that is a label right above a pipe table."""

from __future__ import annotations

from pathlib import Path

from tests.common import imported, recipients

SPLIT_ROWS = """| Lumen Mail, Inc. |
Newsletters and order emails |
United States |
| Parcelbird GmbH |
Shipping labels |
Germany/Austria |
| Quillsearch |
Site search |
Canada |
| Tally Metrics Ltd. |
Shop analytics |
Ireland |"""


def test_headerless_rows_broken_one_cell_per_line_are_read_as_recipients(
    tmp_path: Path,
) -> None:
    found = imported(tmp_path, "providers.txt", SPLIT_ROWS)
    named = [
        (d.get("product"), d["recipient"]["name"], d["recipient"].get("country")) for d in found
    ]
    # the column of places is the location; "Germany/Austria" is no one country
    assert named == [
        (None, "Lumen Mail, Inc.", "US"),
        (None, "Parcelbird GmbH", None),
        (None, "Quillsearch", "CA"),
        (None, "Tally Metrics Ltd.", "IE"),
    ]


def test_rows_without_header_under_prose_are_no_list_when_the_page_has_one(
    tmp_path: Path,
) -> None:
    labelled = (
        "Partner: Lumen Mail, Inc.\nPurpose: Newsletters\n\n"
        "Partner: Parcelbird GmbH\nPurpose: Shipping labels\n\n"
        "| release | 2.1 |\n| build | 17 |\n| channel | stable |\n"
    )
    found = imported(tmp_path, "labelled.txt", labelled)
    assert [d["recipient"]["name"] for d in found] == ["Lumen Mail, Inc.", "Parcelbird GmbH"]


CELL_PER_PARAGRAPH = """Annex 3: our sub-processors

Subprocessor

Legal Entity

Company Number

Office Address

Country

Purpose of Processing

Categories of Personal Data

Audit Reports

Data Processing Agreement

Brightstack Hosting

Brightstack Europe B.V.

NL 4471902

Keizersgracht 12, 1015 Amsterdam, Netherlands

Netherlands (EU)

Application servers and managed databases for the whole service

Account records, messages, uploaded files and system logs

ISO/IEC 27001, SOC 2 Type II

Postwing

Postwing Mail Limited

IE 882310

3 Dock Road, Dublin 2, Ireland

Ireland (EU)

Delivery of password reset and notification emails

Email addresses and message contents of account holders

SOC 2 Type II

Northbeam Analytics

Northbeam Data GmbH

HRB 20931

Lindenweg 4, 10115 Berlin, Germany

Germany (EU)

Product usage statistics"""


def test_a_table_one_paragraph_per_cell_with_unknown_columns_and_short_rows(
    tmp_path: Path,
) -> None:
    found = imported(tmp_path, "annex.txt", CELL_PER_PARAGRAPH)
    assert [(d.get("product"), d["recipient"]["name"]) for d in found] == [
        ("Brightstack Hosting", "Brightstack Europe B.V."),
        ("Postwing", "Postwing Mail Limited"),
        ("Northbeam Analytics", "Northbeam Data GmbH"),
    ]
    assert found[1]["recipient"].get("country") in (None, "Ireland (EU)")


SDK_BY_PROVIDER = """| Name of SDK and its provider | Purposes | Privacy policy of the provider |
|---|---|---|
| PointsKit SDK by Orbit Loyalty Ltd. | Loyalty account | https://orbit-loyalty.example/privacy |
| Login SDK (social sign-in) by Keystone, Inc. | Sign-in | https://keystone.example/privacy |
| ChatBridge SDK by Relay Support | Live chat | https://relay-support.example/privacy |
"""


def test_sdk_by_provider_cells_give_the_sdk_and_its_provider(tmp_path: Path) -> None:
    found = imported(tmp_path, "sdks.md", SDK_BY_PROVIDER)
    assert recipients(found) == [
        ("PointsKit SDK", "Orbit Loyalty Ltd.", "https://orbit-loyalty.example/privacy"),
        ("Login SDK (social sign-in)", "Keystone, Inc.", "https://keystone.example/privacy"),
        ("ChatBridge SDK", "Relay Support", "https://relay-support.example/privacy"),
    ]


REGIONAL_BULLETS = """Our subprocessors are listed below with the service and where data is hosted.
- Cloudnest, Inc. - Hosting and storage of customer data (USA).
- Mailcrate LLC - Transactional email delivery (USA).
- Wavecall, Inc. - SMS notifications (USA).
Australian Data Hosting
For customers hosted in Australia, the following subprocessors apply.
- Cloudnest, Inc. - Hosting and storage of customer data (Australia).
"""


def test_a_second_shorter_regional_list_names_its_vendors_again(tmp_path: Path) -> None:
    found = imported(tmp_path, "subprocessors.txt", REGIONAL_BULLETS)
    hosting = [d.get("purpose", "") for d in found if d["recipient"]["name"] == "Cloudnest, Inc."]
    assert len(found) == 4
    assert hosting == [
        "Hosting and storage of customer data (USA).",
        "Hosting and storage of customer data (Australia).",
    ]


def test_a_vendor_twice_in_one_list_of_bullets_is_still_one_entry(tmp_path: Path) -> None:
    text = (
        "Our subprocessors:\n"
        "- Cloudnest, Inc. - Hosting (USA).\n"
        "- Mailcrate LLC - Email delivery (USA).\n"
        "- Cloudnest, Inc. - Backups (USA).\n"
    )
    found = imported(tmp_path, "subprocessors.txt", text)
    assert [d["recipient"]["name"] for d in found] == ["Cloudnest, Inc.", "Mailcrate LLC"]


NAME_LINES = """The sub-processors we engage are listed here.
Paystream
- Service(s) concerned: Billing.
- Nature and purpose of processing: Charging subscriptions and refunds.
- Location: USA
Cloudnest
- Service(s) concerned: Mailbox
- Nature and purpose of processing: Sending sign-up and password emails
- Location: USA
Cloudnest
- Service(s) concerned: Ads
- Nature and purpose of processing: Measuring advertising campaigns
- Location: USA
"""


def test_name_lines_over_dash_labels_keep_a_vendor_listed_per_service(tmp_path: Path) -> None:
    found = imported(tmp_path, "subprocessors.txt", NAME_LINES)
    assert [(d["recipient"]["name"], d.get("purpose")) for d in found] == [
        ("Paystream", "Charging subscriptions and refunds."),
        ("Cloudnest", "Sending sign-up and password emails"),
        ("Cloudnest", "Measuring advertising campaigns"),
    ]


def test_a_vendor_named_again_for_the_same_purpose_is_one_entry(tmp_path: Path) -> None:
    text = (
        "Partner: Cloudnest\nPurpose: Hosting\nRegion: EU\n\n"
        "Partner: Cloudnest\nPurpose: Hosting\nRegion: US\n"
    )
    found = imported(tmp_path, "partners.txt", text)
    assert [d["recipient"]["name"] for d in found] == ["Cloudnest"]


HEADING_OVER_TABLE = """Subprocessors
Example Hosting Inc. uses the following service providers to run its service.
1. Current subprocessors
| Subprocessor | Purpose | Data processed | Location |
|---|---|---|---|
| Paystream | Payment processing | Billing name, card details | United States |
| Mailcrate | Email delivery | Email address | United States |
2. Changes
We update this page when the list changes.
"""


def test_a_heading_that_is_a_label_does_not_take_the_table_header_as_its_value(
    tmp_path: Path,
) -> None:
    found = imported(tmp_path, "subprocessors.txt", HEADING_OVER_TABLE)
    assert [(d["recipient"]["name"], d.get("purpose")) for d in found] == [
        ("Paystream", "Payment processing"),
        ("Mailcrate", "Email delivery"),
    ]
