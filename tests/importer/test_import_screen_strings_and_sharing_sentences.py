# ruff: noqa: RUF001, RUF002, E501  (published Chinese labels use full-width colons and brackets; markup lines are long)
"""``disclosurelint import`` on nine more shapes of published list, through the command line:
a dialog's text that only says whom data is shared with, a TSX screen of one-line strings
whose sentence lists the services it integrates, an HTML table in a program's string headed
服务商 | 角色 | 涉及数据 | 隐私信息, bold service names with a note in brackets, Compose
subsections named ``CameraX（Google）``, numbered cases of sharing above an SDK table,
numbered headings each over a one-column table of labels, a provider column whose names carry
their web address, and a vendor whose bracket holds a dash."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.common import imported


def _recipient(data: dict[str, Any]) -> str | None:
    return (data.get("recipient") or {}).get("name")


def _policy(data: dict[str, Any]) -> str | None:
    return (data.get("privacy_policy") or {}).get("url")


SHARING_DIALOG = """class PermissionDialogs {
    fun show(activity: Activity) {
        Remind(activity)
            .setTitle("权限说明")
            .setContent(
                "当您使用青禾时，我们需要申请电话权限：" +
                        "\\n 1、我们的用途：" +
                        "\\n\\t ①、您开启通知功能，即代表您同意将设备信息共享给星河推送科技有限公司，以便提供消息推送服务。" +
                        "\\n\\t ②、您使用支付功能，即代表您同意将设备信息共享给云付和快钱包，以便提供支付功能。" +
                        "\\n\\t ③、为了修复问题，我们将与云帆统计共享设备信息，以便提供统计功能。" +
                        "\\n\\t ④、我们不会将设备信息共享给海鸥广告联盟。" +
                        "\\n\\t ⑤、法律要求时，我们可能将信息提供给司法机关。" +
                        "\\n 2、您可以在设置中关闭权限。"
            )
    }
}
"""


def test_a_text_with_no_list_gives_the_recipients_its_sentences_share_with(
    tmp_path: Path,
) -> None:
    found = imported(tmp_path, "Dialogs.kt", SHARING_DIALOG)
    assert [_recipient(data) for data in found] == [
        "星河推送科技有限公司",
        "云付",
        "快钱包",
        "云帆统计",
    ]
    assert found[0]["purpose"] == "消息推送服务"
    # a sentence that says it does not share, and an authority in general, name no recipient


def test_sharing_sentences_are_left_alone_where_the_text_holds_a_list(tmp_path: Path) -> None:
    text = (
        "第三方SDK列表\n\n"
        "SDK名称：星河推送SDK\n公司名称：星河推送科技有限公司\n使用目的：消息推送\n\n"
        "我们会将必要信息共享给云帆统计，以便统计。\n"
    )
    found = imported(tmp_path, "list.md", text)
    assert [(data.get("product"), _recipient(data)) for data in found] == [
        ("星河推送SDK", "星河推送科技有限公司")
    ]


TSX_SECTIONS = """const sections = [
  {
    icon: <FileText size={18} />,
    title: '三、信息共享',
    content: '我们不会出售您的信息。为完成创作服务而向模型提供商（如云帆、海川）传输必要数据。',
  },
  {
    icon: <ExternalLink size={18} />,
    title: '四、第三方服务',
    content: '本应用集成了以下第三方服务：云帆 Lingo（AI 模型）、海川大模型（AI 模型）、Routerly（模型路由）、Basekit（数据库与存储）。这些服务各自遵循其隐私政策。',
  },
  {
    icon: <Bell size={18} />,
    title: '五、您的权利',
    content: '您有权随时访问、更正、删除您的个人信息。',
  },
];
"""


def test_a_screen_of_one_line_strings_lists_the_services_its_sentence_announces(
    tmp_path: Path,
) -> None:
    found = imported(tmp_path, "privacy.tsx", TSX_SECTIONS)
    # the names in brackets after "如" are examples in prose, not the announced list
    assert [(_recipient(data), data.get("purpose")) for data in found] == [
        ("云帆 Lingo", "AI 模型"),
        ("海川大模型", "AI 模型"),
        ("Routerly", "模型路由"),
        ("Basekit", "数据库与存储"),
    ]


PYTHON_HTML_TABLE = '''PRIVACY_PAGE = """
<html><body>
    <h2>4. 第三方数据处理方</h2>
    <p>我们使用以下服务商代我们处理数据：</p>
    <table>
      <tr><th>服务商</th><th>角色</th><th>涉及数据</th><th>隐私信息</th></tr>
      <tr>
        <td><strong>云帆（VoiceLab）</strong></td>
        <td>语音合成 API — 音频发送至云帆进行合成。</td>
        <td>音频</td>
        <td><a href="https://yunfan.example/privacy" target="_blank">隐私政策</a></td>
      </tr>
      <tr>
        <td><strong>Edgebox</strong></td>
        <td>对象存储</td>
        <td>生成的音频</td>
        <td><a href="https://edgebox.example/privacy/">隐私政策</a></td>
      </tr>
    </table>
</body></html>
"""
'''


def test_a_table_headed_by_service_provider_role_and_privacy_information(
    tmp_path: Path,
) -> None:
    found = imported(tmp_path, "pages.py", PYTHON_HTML_TABLE)
    assert [(_recipient(data), _policy(data)) for data in found] == [
        ("云帆(VoiceLab)", "https://yunfan.example/privacy"),
        ("Edgebox", "https://edgebox.example/privacy/"),
    ]
    assert found[1]["purpose"] == "对象存储"
    assert found[1]["data"] == [{"item": "生成的音频"}]


def test_a_table_of_roles_without_a_recipient_column_is_no_list(tmp_path: Path) -> None:
    text = (
        "| 角色 | 隐私信息 |\n|---|---|\n| 管理员 | 可查看全部订单 |\n| 访客 | 仅可浏览 |\n\n"
        "| SDK名称 | 公司名称 |\n|---|---|\n| 星河推送SDK | 星河推送科技有限公司 |\n"
    )
    found = imported(tmp_path, "policy.md", text)
    assert [_recipient(data) for data in found] == ["星河推送科技有限公司"]


BOLD_NOTE_BULLETS = """### 3. 第三方服务

本应用集成了以下第三方服务，这些服务可能会收集必要的信息：

- **星河证件照接口**（证件照生成）：为实现证件照制作所必需。厂商联系方式：service@xinghe.example，电话 010-0000000。
- **Fruitpay StoreKit**（内购与订阅）：用于处理订阅凭证。隐私协议：https://fruitpay.example/legal/privacy/

我们已与上述第三方建立数据处理协议。
"""


def test_bold_service_names_with_a_note_in_brackets_are_entries(tmp_path: Path) -> None:
    found = imported(tmp_path, "policy.md", BOLD_NOTE_BULLETS)
    assert [(_recipient(data), _policy(data)) for data in found] == [
        ("星河证件照接口", None),
        ("Fruitpay StoreKit", "https://fruitpay.example/legal/privacy/"),
    ]
    assert found[0]["purpose"].startswith("证件照生成：为实现证件照制作所必需")
    assert found[1]["purpose"] == "内购与订阅：用于处理订阅凭证。"


def test_bold_names_need_the_announcing_line(tmp_path: Path) -> None:
    text = (
        "### 3. 您的权利\n\n"
        "您可以行使以下权利：\n\n"
        "- **访问权**（随时）：您可以访问您的信息。\n"
        "- **删除权**（随时）：您可以删除您的信息。\n"
        "\n## 第三方SDK\n\n| SDK名称 | 公司名称 |\n|---|---|\n| 星河推送SDK | 星河推送科技有限公司 |\n"
    )
    found = imported(tmp_path, "policy.md", text)
    assert [_recipient(data) for data in found] == ["星河推送科技有限公司"]


COMPOSE_SUBSECTIONS = """@Composable
fun PrivacyPolicyScreen() {
    Column {
            SectionTitle("四、第三方 SDK 披露")
            BodyText("本应用集成了以下第三方 SDK：")

            SubSectionTitle("4.1 LensKit（Quanta）")
            BulletText("用途：相机预览和拍照。")
            BulletText("收集信息：相机画面数据，仅在本地处理。")
            BulletText("隐私政策：https://quanta.example/lenskit/privacy")

            SubSectionTitle("4.2 Cloudbox（R2）")
            BulletText("用途：对象存储。")
            BulletText("隐私政策：https://cloudbox.example/privacy")

            SubSectionTitle("4.3 Retrofit / OkHttp")
            BulletText("用途：网络请求框架。")
            BulletText("收集信息：API 请求参数。")
    }
}
"""


def test_compose_subsections_of_one_line_strings_and_a_maker_in_brackets(
    tmp_path: Path,
) -> None:
    found = imported(tmp_path, "PrivacyPolicyScreen.kt", COMPOSE_SUBSECTIONS)
    assert [(data.get("product"), _recipient(data), _policy(data)) for data in found] == [
        ("LensKit(Quanta)", "Quanta", "https://quanta.example/lenskit/privacy"),
        # a code in brackets is no maker
        ("Cloudbox(R2)", None, "https://cloudbox.example/privacy"),
        ("Retrofit / OkHttp", None, None),
    ]
    assert found[0]["purpose"] == "相机预览和拍照。"


CASES_AND_TABLE = """### 四、信息共享与披露

我们仅在以下情况下可能共享您的信息：

1. **第三方服务**：本应用使用星河推送提供推送通知服务。
2. **法律要求**：在法律法规要求的情况下，我们可能会披露您的信息。
3. **经您同意**：在获得您明确同意的前提下，我们可能与第三方共享您的信息。

### 五、第三方 SDK 说明

| SDK 名称 | 用途 | 隐私政策 |
|----------|------|----------|
| 星河推送 | 推送通知 | [星河隐私政策](https://xinghe.example/privacy) |
| blue_link | 蓝牙设备连接 | 仅本地使用，不传输数据至第三方 |
"""


def test_numbered_cases_of_sharing_are_no_recipients(tmp_path: Path) -> None:
    found = imported(tmp_path, "policy.md", CASES_AND_TABLE)
    assert [(data.get("product"), _policy(data)) for data in found] == [
        ("星河推送", "https://xinghe.example/privacy"),
        ("blue_link", None),
    ]


def test_numbered_names_under_an_sdk_lead_in_are_still_read(tmp_path: Path) -> None:
    text = "应用内集成的第三方SDK：\n\n1. 星河推送：用于消息推送。\n2. 云帆统计：用于统计分析。\n"
    found = imported(tmp_path, "policy.md", text)
    assert [data.get("product") or _recipient(data) for data in found] == ["星河推送", "云帆统计"]


KEY_VALUE_TABLES = """Subprocessor List
1. Core platform subprocessors
These are required to deliver the core Service.
1.1 Nimbus Compute (NC)
| |
|---|
| Role | Compute and object storage |
| Provider | Nimbus LLC |
| Data processed | All Customer Content |
| Region | us-east1 |
| Privacy notice | https://nimbus.example/terms/data-processing-addendum |
1.2 Keyring
| |
|---|
| Role | Authentication |
| Provider | Keyring, Inc. |
| Privacy notice | https://keyring.example/privacy |
"""


def test_numbered_headings_over_one_column_label_tables(tmp_path: Path) -> None:
    found = imported(tmp_path, "subprocessors.txt", KEY_VALUE_TABLES)
    assert [(data.get("product"), _recipient(data), _policy(data)) for data in found] == [
        # an addendum under "Privacy notice" is no privacy policy
        ("Nimbus Compute (NC)", "Nimbus LLC", None),
        ("Keyring", "Keyring, Inc.", "https://keyring.example/privacy"),
    ]
    assert found[0]["purpose"] == "Compute and object storage"


def test_a_heading_over_a_table_of_recipients_names_none_of_them(tmp_path: Path) -> None:
    text = "1.1 Core providers\n| Provider | Role |\n|---|---|\n| Nimbus LLC | Hosting |\n"
    found = imported(tmp_path, "subprocessors.txt", text)
    assert [(data.get("product"), _recipient(data)) for data in found] == [(None, "Nimbus LLC")]


CRITERIA_AND_TABLE = """2. How we evaluate sub-processors
Before engaging a new sub-processor we assess:
- Security posture — published certifications and encryption.
- Data protection terms — availability of a Data Processing Addendum.
- Necessity — whether the provider is essential to the Service.
3. Current sub-processors
| Provider | Role | Data categories | Primary region |
|---|---|---|---|
| Hostwell Inc. (hostwell.example) | Application hosting | Request data | United States |
| Mailcart, Inc. — Relay (mailcart.example/relay) | Outbound email | Email address | United States |
| Quillmind (Quill — internal tooling) | Internal workflows | Source code | US |
"""


def test_criteria_a_vendor_is_judged_on_are_no_recipients(tmp_path: Path) -> None:
    found = imported(tmp_path, "subprocessors.txt", CRITERIA_AND_TABLE)
    assert [_recipient(data) for data in found] == [
        "Hostwell Inc. (hostwell.example)",
        "Mailcart, Inc.",
        # the dash is inside the bracket: no service is named after it
        "Quillmind (Quill — internal tooling)",
    ]


def test_dash_bullets_under_a_vendor_lead_in_are_still_recipients(tmp_path: Path) -> None:
    text = (
        "We use the following sub-processors:\n"
        "- Hostwell — application hosting\n"
        "- Mailcart — outbound email\n"
        "- Quillmind — error tracking\n"
    )
    found = imported(tmp_path, "subprocessors.md", text)
    assert [_recipient(data) for data in found] == ["Hostwell", "Mailcart", "Quillmind"]
