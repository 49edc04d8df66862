# ruff: noqa: RUF001  (full-width punctuation in the Chinese pages read on purpose)
"""Items whose known labels stand in black lenticular brackets (【SDK 名称】…), and a label whose
value is a variable of the source, which names no recipient."""

from __future__ import annotations

from disclosurelint.importer.parse import parse_page

SECTIONS_DART = """class Policy {
  static const String developerName = '星河软件';
  static const sections = [
    Section(
      title: '主体信息',
      items: [
        '开发者主体：$developerName',
      ],
    ),
    Section(
      title: '6. 第三方 SDK',
      items: [
        '【SDK 名称】云帆统计 SDK',
        '【提供方】云帆数据科技有限公司（云帆）',
        '【收集目的】统计安装量',
        '【隐私政策】https://yunfan.example/policy',
      ],
    ),
  ];
}
"""


def test_bracketed_labels_give_the_sdk_and_a_variable_names_no_one() -> None:
    entries = parse_page(SECTIONS_DART, "privacy_content.dart").entries
    assert [
        (entry.fields.get("product"), entry.fields.get("company"), entry.links.get("policy"))
        for entry in entries
    ] == [("云帆统计 SDK", "云帆数据科技有限公司（云帆）", "https://yunfan.example/policy")]
