"""``disclosurelint import`` on lists whose layout was lost in copying, through the command
line: a table whose cells come glued together with no separator, and a generated policy
summary whose bullets name the services used for each purpose, several to a bullet."""

# ruff: noqa: RUF001  (full-width punctuation in published text is read on purpose)

from __future__ import annotations

from pathlib import Path

import pytest
from tests.common import imported, recipients

from disclosurelint.importer import parse_text

GLUED_TABLE = """Sub-processors

These sub-processors process personal data on our behalf.

Sub-processorPurposeData processedLocation
Northwind Hosting, Inc.Application hostingRequest logs, IP addressesUnited States
Tallyho Labs, PBCAI model (Assistant)Prompts, repliesUnited States
Quillmail, L.L.C.Transactional emailEmail addressesIreland
Kestrel Pay Ltd (EU) Payments Billing detailsGermany
Cardinal Systems, LLC — Orbit Messaging Platform Delivery of messages Phone numbers Global
an internal toolLoggingNothing personalNowhere

Contact us with any question.
"""


def test_a_glued_line_that_names_no_recipient_column_is_no_table() -> None:
    text = "PurposeDataLocation\nNorthwind Hosting, Inc.HostingLogsUnited States\n"
    assert parse_text(text) == []


POLICY_SUMMARY = """Privacy Policy of Tile Stack

Policy summary

Personal Data collected for the following purposes and using the following services:

    • Advertising

      • Brightads and Pixelnet Exchange

      • Personal Data: Cookies and Usage Data

      • Fernway Ads, Lumo Network and Quokka Media

      • Personal Data: Cookies

      • Trackwise

    • Device permissions for Personal Data access

      • Device permissions for Personal Data access

      • Personal Data: Storage permission

    • Social features

      • Inviting and sharing scores

      • Personal Data: various types of Data
"""


# the legal form ends a glued row's name, glued to the next cell or not; the bracket and a
# service joined by a dash stay with it; a row that opens with no company is no entry
GLUED_COMPANIES = [
    "Northwind Hosting, Inc.",
    "Tallyho Labs, PBC",
    "Quillmail, L.L.C.",
    "Kestrel Pay Ltd (EU)",
    "Cardinal Systems, LLC — Orbit Messaging Platform",
]
# a summary's bullet joins services with commas and "and"; one ending its group with nothing
# said of what it collects is a service too; the app's own features are none
SUMMARY_SERVICES = [
    "Brightads",
    "Pixelnet Exchange",
    "Fernway Ads",
    "Lumo Network",
    "Quokka Media",
    "Trackwise",
]


@pytest.mark.parametrize(
    ("text", "companies"),
    [(GLUED_TABLE, GLUED_COMPANIES), (POLICY_SUMMARY, SUMMARY_SERVICES)],
    ids=["glued table rows", "policy summary services"],
)
def test_each_recipient_a_line_opens_with_is_an_entry(
    tmp_path: Path, text: str, companies: list[str]
) -> None:
    found = imported(tmp_path, "list.txt", text)
    assert [company for _, company, _ in recipients(found)] == companies


REFERENCE_LINKS = """## Privacy

- This site does not use tracking.
- Accounts are kept with harbordb. Refer to the [privacy policy of harbordb][].
- The site is hosted on Skyport, a compliant host. For details
  see the [Skyport privacy policy][].
- We use [Beacon] to track errors, with nothing personal sent.
- See the [changelog] for what changed.

[beacon]: https://beacon.example
[privacy policy of harbordb]: https://harbordb.example/privacy
[skyport privacy policy]: https://skyport.example/legal/privacy
[changelog]: https://example.org/changes
"""


def test_services_named_by_reference_links_are_entries_with_their_policies(
    tmp_path: Path,
) -> None:
    found = imported(tmp_path, "privacy.md", REFERENCE_LINKS)
    # written as the bullets write them; only a definition of a privacy policy gives a policy
    # link; a link given an article ("the [changelog]") names no service
    assert recipients(found) == [
        ("harbordb", "harbordb", "https://harbordb.example/privacy"),
        ("Skyport", "Skyport", "https://skyport.example/legal/privacy"),
        ("Beacon", "Beacon", ""),
    ]


LISTED_SENTENCE = (
    "export const privacy = {\n  zh: {\n    s3: {\n"
    '      li1: "我们仅与下列处理者共享数据：Northwind, Inc.（数据库托管）、'
    'Quill Ltd. 或同等服务（邮件）、星河云计算有限公司（网站托管）。",\n'
    '      li2: "我们不会向广告主共享以下信息：姓名、电话、地址。",\n'
    "    },\n  },\n};\n"
)


def test_companies_a_sharing_sentence_lists_after_its_colon_are_entries(tmp_path: Path) -> None:
    found = imported(tmp_path, "privacy.ts", LISTED_SENTENCE)
    # the name before its bracket, an alternative after 或 left out; data items are no entries
    assert [d["recipient"]["name"] for d in found] == [
        "Northwind, Inc.",
        "Quill Ltd.",
        "星河云计算有限公司",
    ]
    assert found[0]["purpose"] == "数据库托管"


ENTRUSTED_TABLE = """#### 4. 共享与受托处理方

我们仅与运行服务所必需的基础设施提供方共享数据：

| 受托方 | 用途 | 可能接触的数据 |
| --- | --- | --- |
| Northwind（托管，东京区域） | 网站与 API | 请求元数据、IP |
| 运营方配置的模型接口（可选，默认关闭） | 文本润色 | 你选择润色的文本 |
"""


def test_a_table_of_entrusted_parties_names_each_recipient(tmp_path: Path) -> None:
    found = imported(tmp_path, "privacy.md", ENTRUSTED_TABLE)
    # 受托方 names the party itself, kept with its bracket of role or region
    assert [(d["recipient"]["name"], [i["item"] for i in d["data"]]) for d in found] == [
        ("Northwind(托管,东京区域)", ["请求元数据", "IP"]),
        ("运营方配置的模型接口(可选,默认关闭)", ["你选择润色的文本"]),
    ]


DASHED_BULLETS_PAGE = """export default function Privacy() {
  return (
    <main>
      <h3>5. 处理地点与子处理者</h3>
      <p>我们使用的子处理者 / 第三方服务：</p>
      <ul>
        <li><strong>Northwind LLC</strong> —— 法兰克福数据中心。作用：反向代理。</li>
        <li><strong>Quill Mail（美国）</strong> —— 发送结果通知邮件。</li>
      </ul>
      <h3>8. Cookie</h3>
      <ul>
        <li><strong>app_session</strong> —— 仅在登录后设置。</li>
        <li><strong>app_locale</strong> —— 保存所选语言。</li>
      </ul>
    </main>
  );
}
"""


def test_dashed_bullets_under_a_line_on_processors_are_entries(tmp_path: Path) -> None:
    found = imported(tmp_path, "privacy.tsx", DASHED_BULLETS_PAGE)
    # the name before the long dash; bullets under no such line (cookies) are none
    assert [(d["recipient"]["name"], d["purpose"]) for d in found] == [
        ("Northwind LLC", "法兰克福数据中心。作用:反向代理。"),
        ("Quill Mail(美国)", "发送结果通知邮件。"),
    ]


BARE_NAMES_SCREEN = '''class PrivacyScreen extends StatelessWidget {
  @override
  Widget build(BuildContext context) {
    const privacy = """
Privacy Policy

The app does use third-party services that may collect information used to identify you.

Link to the privacy policy of third-party service providers used by the app

Tallyho Analytics
Beacon Crash Reports
Log Data

We want to inform you that whenever you use our Service, in a case of an error we collect data.

Service Providers

We may employ third-party companies and individuals due to the following reasons:

To facilitate our Service;
To provide the Service on our behalf;
    """;
    return Text(privacy);
  }
}
'''


def test_bare_service_names_under_a_heading_on_third_party_services_are_entries(
    tmp_path: Path,
) -> None:
    found = imported(tmp_path, "privacy_screen.dart", BARE_NAMES_SCREEN)
    # "Log Data" heads the next paragraph; the reasons below "Service Providers" name no one
    assert [d["recipient"]["name"] for d in found] == ["Tallyho Analytics", "Beacon Crash Reports"]


DPA_LINKS = """export const subprocessors = [
  {
    id: 'northwind',
    provider: 'Northwind Inc.',
    purpose: 'Payment processing',
    region: 'US',
    dpaLink: 'https://northwind.example/legal/privacy',
  },
  {
    id: 'quill',
    provider: 'Quill Cloud',
    purpose: 'Hosting',
    region: 'EU',
    dpaLink: 'https://quill.example/compliance/data-privacy-faq/',
  },
];
"""


def test_a_dpa_link_that_is_a_privacy_policy_is_read_as_the_policy(tmp_path: Path) -> None:
    found = imported(tmp_path, "subprocessors.controller.ts", DPA_LINKS)
    # the address names a privacy policy and nothing else; a page about privacy is none
    assert [(d["recipient"]["name"], d.get("privacy_policy")) for d in found] == [
        ("Northwind Inc.", {"url": "https://northwind.example/legal/privacy"}),
        ("Quill Cloud", None),
    ]


FLAT_PROCESSOR_BULLETS = """List of Current Subprocessors
- Northwind Cloud
- Services Provided: Cloud hosting.
- Location: United States
- Orbit WhatsApp
- Services Provided: Business messaging.
- Location: United States
"""


def test_a_name_ending_in_app_on_a_processor_list_is_the_recipient(tmp_path: Path) -> None:
    found = imported(tmp_path, "subprocessors.txt", FLAT_PROCESSOR_BULLETS)
    # "WhatsApp" is a name, not the word "app" that marks a product
    assert [d["recipient"].get("name") for d in found] == ["Northwind Cloud", "Orbit WhatsApp"]


NUMBERED_NETWORKS = """PRIVACY POLICY

We use the following Ad Networks for monetization of our games. Read their policies.

1. Brightads.

2. Pixelnet.

3. QUOKKA MEDIA.

BRIGHTADS PRIVACY POLICY:

We are Brightads. We help app makers grow and earn more from the ads we show in all of their apps.
"""


def test_numbered_bare_names_under_a_line_on_ad_networks_are_entries(tmp_path: Path) -> None:
    found = imported(tmp_path, "privacy.txt", NUMBERED_NETWORKS)
    # the closing full stop is no part of a name; a company's policy pasted under its name
    # is a copy of its text, not a link, and no entry of its own
    assert [(d["recipient"]["name"], d.get("privacy_policy")) for d in found] == [
        ("Brightads", None),
        ("Pixelnet", None),
        ("QUOKKA MEDIA", None),
    ]
