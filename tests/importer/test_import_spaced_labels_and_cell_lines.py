# ruff: noqa: RUF001  (published Chinese labels use full-width colons)
"""``disclosurelint import`` on more shapes of published list, through the command line:
labelled blocks whose every paragraph is followed by two blank lines, under category
headings; label and value cells one per line, each closed by a pipe; and vendor names each
over its web address and a definition list flattened to dashed lines; group headings between
pipe tables that repeat their header."""

from __future__ import annotations

from pathlib import Path

from tests.common import imported, recipients

DOUBLE_SPACED = """个人信息共享清单


一、登录功能分类


产品/类型:青鸟登录


使用目的:用于登录


第三方公司名称:青鸟科技有限公司


隐私保护说明:https://qingniao.example.cn/privacy



二、工具功能分类


产品/类型:云帆统计


使用目的:统计崩溃


第三方公司名称:云帆数据有限公司


隐私保护说明:https://yunfan.example.cn/privacy
"""


def test_two_blank_lines_after_every_label_keep_one_entry_together(tmp_path: Path) -> None:
    found = imported(tmp_path, "list.txt", DOUBLE_SPACED)
    assert recipients(found) == [
        ("青鸟登录", "青鸟科技有限公司", "https://qingniao.example.cn/privacy"),
        ("云帆统计", "云帆数据有限公司", "https://yunfan.example.cn/privacy"),
    ]
    assert found[0]["purpose"] == "用于登录"


def test_two_blank_lines_still_part_entries_where_labels_are_single_spaced(
    tmp_path: Path,
) -> None:
    text = (
        "SDK名称：青鸟登录\n\n公司名称：青鸟科技有限公司\n\n使用目的：用于登录\n\n\n"
        "公司名称：云帆数据有限公司\n\n使用目的：统计崩溃\n\n"
        "SDK名称：海鸥推送\n\n公司名称：海鸥科技有限公司\n\n使用目的：推送\n"
    )
    found = imported(tmp_path, "list.txt", text)
    assert [d["recipient"].get("name") for d in found] == [
        "青鸟科技有限公司",
        "云帆数据有限公司",
        "海鸥科技有限公司",
    ]


CELL_PAIRS = """Information Sharing List
1. Third-Party SDK List
Function |
Crash reporting |
SDK Name |
Beacon Crash |
Purpose of Use |
Collect crash reports |
Personal Information Field |
Device model, OS version |
Entity Name |
Beacon Labs, Inc. |
Contact Information |
https://beacon.example.com/ |
Privacy Policy Link |
https://beacon.example.com/privacy |
Function |
Sign-in |
SDK Name |
Harbor Login |
Purpose of Use |
Let users sign in with a Harbor account |
Personal Information Field |
Name, email address |
Entity Name |
Harbor Corp. |
Contact Information |
https://harbor.example.com/ |
Privacy Policy Link |
https://harbor.example.com/privacy |
"""


def test_label_and_value_cells_one_per_line_are_read_as_labelled_entries(
    tmp_path: Path,
) -> None:
    found = imported(tmp_path, "list.txt", CELL_PAIRS)
    assert recipients(found) == [
        ("Beacon Crash", "Beacon Labs, Inc.", "https://beacon.example.com/privacy"),
        ("Harbor Login", "Harbor Corp.", "https://harbor.example.com/privacy"),
    ]
    # the second purpose label ("Purpose of Use" under "Function") stays in the same entry
    assert found[1]["purpose"] == "Sign-in; Let users sign in with a Harbor account"
    assert found[0]["recipient"]["contact"] == "https://beacon.example.com/"


def test_a_table_flattened_header_first_is_not_read_as_label_value_pairs(
    tmp_path: Path,
) -> None:
    text = (
        "Third-Party SDK List\n"
        "SDK Name |\nEntity Name |\nPurpose of Use |\nPrivacy Policy Link |\n"
        "Beacon Crash |\nBeacon Labs, Inc. |\nCollect crash reports |\n"
        "https://beacon.example.com/privacy |\n"
        "Harbor Login |\nHarbor Corp. |\nSign-in |\nhttps://harbor.example.com/privacy |\n"
        "Atlas Maps |\nAtlas GmbH |\nMaps |\nhttps://atlas.example.com/privacy |\n"
    )
    found = imported(tmp_path, "list.txt", text)
    labels = {"SDK Name", "Entity Name", "Purpose of Use", "Privacy Policy Link"}
    # header cells are not paired with one another, nor a header cell with a row's first cell
    values = [d.get("product") for d in found] + [d["recipient"].get("name") for d in found]
    assert not labels & set(values)
    assert "Beacon Crash" not in [d.get("purpose") for d in found]


DEFINITION_BLOCKS = """2. Current sub-processors
The following vendors are engaged as of the date at the top of this page.
Northwind Cloud Services (NCS)
ncs.example.com- Purpose
- Hosting of the application and its backups.
- Data categories
- All customer data; logs.
- Jurisdiction
- United States
Larkspur, Inc.
www.larkspur.example- Purpose
- Transactional email delivery.
- Data categories
- Recipient name and email address.
- Jurisdiction
- Ireland
"""


def test_vendor_names_over_a_flattened_definition_list_are_read_as_entries(
    tmp_path: Path,
) -> None:
    found = imported(tmp_path, "subprocessors.txt", DEFINITION_BLOCKS)
    assert [(d.get("product"), d["recipient"].get("name")) for d in found] == [
        # the bracket holds the name's own initials, not the company that makes it
        (None, "Northwind Cloud Services (NCS)"),
        (None, "Larkspur, Inc."),
    ]
    assert found[1]["purpose"] == "Transactional email delivery."
    assert [item["item"] for item in found[0]["data"]] == ["All customer data", "logs"]


def test_dashed_items_that_carry_their_own_labels_are_read_as_before(tmp_path: Path) -> None:
    text = (
        "Sub-processors\n\n"
        "Larkspur, Inc.\n- Purpose: email delivery\n- Data categories: email address\n\n"
        "Quillpost Ltd.\n- Purpose: support desk\n- Data categories: name\n"
    )
    found = imported(tmp_path, "subprocessors.txt", text)
    assert [(d["recipient"].get("name"), d.get("purpose")) for d in found] == [
        ("Larkspur, Inc.", "email delivery"),
        ("Quillpost Ltd.", "support desk"),
    ]


GROUPED_TABLES = """Subprocessors
Infrastructure
| Subprocessor | Purpose | Region |
|---|---|---|
| Harborlight GmbH | Hosting | Germany |
| Quillpost Ltd. | Support desk | Ireland |
Payments
The following will be added when card payments go live.
| Subprocessor | Purpose | Region |
|---|---|---|
| Ticketly LLC | Card payments | United States |
Communications
| Subprocessor | Purpose | Reg"""


def test_a_group_heading_between_pipe_tables_is_no_row_of_the_table_above(
    tmp_path: Path,
) -> None:
    found = imported(tmp_path, "subprocessors.md", GROUPED_TABLES)
    assert [(d["recipient"].get("name"), d.get("purpose")) for d in found] == [
        ("Harborlight GmbH", "Hosting"),
        ("Quillpost Ltd.", "Support desk"),
        ("Ticketly LLC", "Card payments"),
    ]


def test_a_row_wrapped_onto_a_line_without_pipes_is_still_joined(tmp_path: Path) -> None:
    text = (
        "| Subprocessor | Purpose | Region |\n|---|---|---|\n"
        "| Harborlight GmbH | Hosting and\nbackups | Germany |\n"
        "| Quillpost Ltd. | Support desk | Ireland |\n"
    )
    found = imported(tmp_path, "subprocessors.md", text)
    assert [(d["recipient"].get("name"), d.get("purpose")) for d in found] == [
        ("Harborlight GmbH", "Hosting and; backups"),
        ("Quillpost Ltd.", "Support desk"),
    ]
