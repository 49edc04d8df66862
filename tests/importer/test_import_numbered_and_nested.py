# ruff: noqa: RUF001, E501  (full-width colons; source lines written as published on purpose)
"""Numbered names in table cells, a header restated inside a table, link objects nested in a
processor, ``Name: use`` bullets with their details or their policy sentences, labelled
paragraphs kept in code: imported end to end through ``disclosurelint import``."""

from __future__ import annotations

from pathlib import Path

from tests.common import imported, recipients


def _row(*cells: str, style: str = "c2") -> str:
    return (
        "<tr>"
        + "".join(
            f'<td colSpan={{2}}><p className="c6"><span className="{style}">{cell}</span></p></td>'
            for cell in cells
        )
        + "</tr>"
    )


WORD_PROCESSOR_TABLE = f"""export default function SubProcessors() {{
  return (
    <table className="c9">
      <tbody>
        {_row("<b>Group company</b>", "<b>Location</b>", style="c18")}
        {_row("Lantern Holdings Inc", "US")}
        {_row("Additional sub-processors are as follows:")}
        {_row("<b>SUB-PROCESSOR</b>", "<b>SUBJECT MATTER</b>", "<b>PURPOSE/NATURE OF PROCESSING</b>", "<b>DATA CENTER</b>", style="c18")}
        {_row("1. QUILLPAY", "Payment platform", "Card payments for subscriptions.", "Germany")}
        {_row("2. HARBOR CLOUD", "Cloud hosting", "Hosting of the application.", "India")}
        {_row("12. Relay Mail Ltd", "Email", "Sending notification emails.", "Japan")}
      </tbody>
    </table>
  );
}}
"""


def test_numbered_names_lose_their_number_and_a_restated_header_heads_the_rows_below(
    tmp_path: Path,
) -> None:
    declarations = imported(tmp_path, "sub-processors.tsx", WORD_PROCESSOR_TABLE)
    assert [d["recipient"]["name"] for d in declarations] == [
        "Lantern Holdings Inc",
        "QUILLPAY",
        "HARBOR CLOUD",
        "Relay Mail Ltd",
    ]
    # the rows under the second header read their cells by it: the purpose is the purpose
    # column's, not the first header's "Location"
    assert declarations[1]["purpose"] == "Card payments for subscriptions."
    assert [d["recipient"].get("country") for d in declarations[1:]] == ["DE", "IN", "JP"]


PROCESSORS_WITH_LINKS = """interface Processor {
  name: string;
  purpose: string;
  links: { privacy: string; terms?: string; dpa?: string };
}

const processors: Processor[] = [
  {
    name: 'Ledgerly',
    purpose: 'Payment processing',
    links: {
      privacy: 'https://ledgerly.example/privacy',
      terms: 'https://ledgerly.example/terms',
      dpa: 'https://ledgerly.example/legal/dpa'
    },
  },
  {
    name: 'Vectorly',
    purpose: 'Language model processing',
    links: {
      terms: 'https://vectorly.example/terms-of-use',
      privacy: 'https://vectorly.example/policies/privacy-policy',
    },
  },
];
"""


def test_a_links_object_nested_in_a_processor_gives_its_privacy_link_as_the_policy(
    tmp_path: Path,
) -> None:
    declarations = imported(tmp_path, "subprocessors.tsx", PROCESSORS_WITH_LINKS)
    assert recipients(declarations) == [
        (None, "Ledgerly", "https://ledgerly.example/privacy"),
        (None, "Vectorly", "https://vectorly.example/policies/privacy-policy"),
    ]
    assert [d["purpose"] for d in declarations] == [
        "Payment processing",
        "Language model processing",
    ]


SDK_BULLETS_WITH_DETAILS = """为了提升产品体验，我们会通过第三方统计工具收集以下匿名化信息：

• 设备信息：操作系统版本、设备型号
• 使用统计：应用启动次数、页面访问情况
• 崩溃日志：应用崩溃时的技术信息

为了提供更好的服务，本应用集成了以下第三方SDK：

• 云雀统计（Yunque）：应用使用统计和崩溃分析
  - 收集信息：设备信息、应用使用统计
  - 隐私政策：https://www.yunque.example/page/policy

• Tracer：错误追踪和性能监控
  - 收集信息：崩溃日志、性能数据
  - 隐私政策：https://tracer.example/privacy/
"""


def test_sdk_bullets_name_the_sdk_and_the_kinds_of_data_collected_are_no_recipients(
    tmp_path: Path,
) -> None:
    declarations = imported(tmp_path, "privacy.md", SDK_BULLETS_WITH_DETAILS)
    # the bullets under "收集以下匿名化信息" are data, and the SDKs' list names no company
    assert recipients(declarations) == [
        ("云雀统计(Yunque)", None, "https://www.yunque.example/page/policy"),
        ("Tracer", None, "https://tracer.example/privacy/"),
    ]
    assert [d["purpose"] for d in declarations] == ["应用使用统计和崩溃分析", "错误追踪和性能监控"]


ENTITY_TABLE = """Cloud Service Subprocessors
===========================

Example Ltd engages with the following entities to process personal data:

|**Third Party Entity**|**Processing Type**|**Description**|
|-|-|-|-
|Northwind Cloud|Hosting|We run our services on Northwind Cloud|
|Basalt DB|Database|We store customer data in Basalt DB|
"""


def test_a_pipe_table_ruled_with_one_dash_a_cell_is_read(tmp_path: Path) -> None:
    declarations = imported(tmp_path, "subprocessors.md", ENTITY_TABLE)
    assert [(d["recipient"]["name"], d["purpose"]) for d in declarations] == [
        ("Northwind Cloud", "Hosting"),
        ("Basalt DB", "Database"),
    ]


SERVICES_AND_POLICY_SENTENCES = """# Privacy policy

This app does not communicate with any server apart from the user's own server and the
following third party services:

* CrashKite: used for crash reporting
* Globe Maps: optionally used for geo tagging.
* TileForge (through OpenTiles SDK): optionally used for geo tagging

Data sent to CrashKite are governed by CrashKite's privacy policy which can be found at https://www.crashkite.example/product/security/

Data sent to Globe are governed by Globe's privacy policy which can be found at https://policies.globe.example/privacy

Data sent to TileForge are governed by TileForge's privacy policy which can be found at https://www.tileforge.example/privacy-policy/
"""


def test_name_and_use_bullets_get_the_policy_their_owner_sentence_gives(tmp_path: Path) -> None:
    declarations = imported(tmp_path, "privacy-policy.md", SERVICES_AND_POLICY_SENTENCES)
    assert [(name, url) for _, name, url in recipients(declarations)] == [
        # the sentence calls the security page the policy: it is taken at its word
        ("CrashKite", "https://www.crashkite.example/product/security/"),
        # "Globe's privacy policy": the owner of Globe Maps
        ("Globe Maps", "https://policies.globe.example/privacy"),
        ("TileForge (through OpenTiles SDK)", "https://www.tileforge.example/privacy-policy/"),
    ]
    assert declarations[0]["purpose"] == "used for crash reporting"


NUMBERED_SDKS_IN_A_RAW_STRING = '''private fun policyText(): String = """
    《渔记 隐私政策》

    一、 个人信息收集清单
    1. 地理位置信息：该功能由星图地图 SDK 提供支持。

    二、 第三方 SDK 共享说明
    为了提供地图与统计服务，我们接入了如下 SDK。您可以点击链接查看其隐私政策：
    1. 星图地图 SDK：用于地图展示与定位。
       隐私政策：https://lbs.xingtu.example/pages/privacy/
    2. 海鸥统计 SDK：用于 App 稳定性监控与基础统计。
       隐私政策：https://www.haiou.example/policy

    三、 您的权利
    1. 查阅与更正：您可以随时查看并编辑您的记录。
""".trimIndent()
'''


def test_numbered_sdk_lines_take_the_policy_line_indented_under_each(tmp_path: Path) -> None:
    declarations = imported(tmp_path, "PrivacyScreen.kt", NUMBERED_SDKS_IN_A_RAW_STRING)
    assert recipients(declarations) == [
        ("星图地图 SDK", None, "https://lbs.xingtu.example/pages/privacy/"),
        ("海鸥统计 SDK", None, "https://www.haiou.example/policy"),
    ]


LABELLED_PARAGRAPHS_IN_CODE = """    DocumentId.THIRD_PARTY_SDK -> Document(
        id = id,
        title = "第三方 SDK 说明",
        sections = listOf(
            DocumentSection(
                heading = "说明",
                paragraphs = listOf(
                    "为实现特定功能，本 App 集成以下第三方 SDK。",
                ),
            ),
            DocumentSection(
                heading = "青鸟支付 SDK",
                paragraphs = listOf(
                    "提供方：青鸟科技有限公司",
                    "使用目的：支付、收款授权",
                    "隐私政策：https://open.qingniao.example/privacy",
                ),
            ),
            DocumentSection(
                heading = "Pixel 图片加载",
                paragraphs = listOf(
                    "使用目的：加载与展示网络图片",
                    "收集信息：不直接发送个人身份信息",
                ),
            ),
        ),
    )
"""


def test_sections_of_labelled_paragraphs_in_code_are_entries_named_by_their_heading(
    tmp_path: Path,
) -> None:
    declarations = imported(tmp_path, "LegalDocuments.kt", LABELLED_PARAGRAPHS_IN_CODE)
    assert recipients(declarations) == [
        ("青鸟支付 SDK", "青鸟科技有限公司", "https://open.qingniao.example/privacy"),
        ("Pixel 图片加载", None, ""),
    ]
    assert [d["purpose"] for d in declarations] == ["支付、收款授权", "加载与展示网络图片"]


POLICY_COLUMN_WITH_TERMS = """export const categories = [
  {
    name: 'Model Providers',
    providers: [
      { name: 'Lumen AI', purpose: 'Chat and generation', url: 'https://lumen.example/api/terms' },
      { name: 'Corvid', purpose: 'Embeddings', url: 'https://corvid.example/policies/privacy-policy' },
      { name: 'Aster', purpose: 'Speech', url: 'https://aster.example/privacy' },
    ],
  },
];
"""


def test_an_arrays_policy_key_holds_the_policy_of_every_row(tmp_path: Path) -> None:
    declarations = imported(tmp_path, "third-parties.ts", POLICY_COLUMN_WITH_TERMS)
    assert [(name, url) for _, name, url in recipients(declarations)] == [
        # the terms page is what this row gives where the others give their policy
        ("Lumen AI", "https://lumen.example/api/terms"),
        ("Corvid", "https://corvid.example/policies/privacy-policy"),
        ("Aster", "https://aster.example/privacy"),
    ]
