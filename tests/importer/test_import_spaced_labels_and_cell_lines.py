# ruff: noqa: RUF001  (published Chinese labels use full-width colons)
"""``disclosurelint import`` on more shapes of published list, through the command line:
labelled blocks whose every paragraph is followed by two blank lines, under category
headings."""

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
