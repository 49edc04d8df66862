# ruff: noqa: RUF001, E501  (full-width colons; source lines written as published on purpose)
"""Lists of services with no company column, and texts an app screen keeps in strings:
imported end to end through ``disclosurelint import``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.common import imported

from disclosurelint.importer.source import shown_text


def recipients(declarations: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [
        (d["recipient"]["name"], (d.get("privacy_policy") or {}).get("url", ""))
        for d in declarations
    ]


SERVICES_TABLE = """# 晨跑 隐私政策

## 3. 我们处理的数据

| 用途 | 数据 |
|------|------|
| 训练计划 | 心率、配速 |

## 5. 第三方服务

| 服务 | 用途 | 隐私政策 |
|------|------|----------|
| 云栈 Cloud | 数据托管 | [yunzhan.example/privacy](https://www.yunzhan.example/legal/privacy) |
| 步数宝 / Stepbao | 运动数据来源 | [Stepbao 数据保护补充条款](https://docs.stepbao.example/legal-and-data) |
| 闪推 (FlashPush) | 推送通道 | [flashpush.example/license](https://www.flashpush.example/license/privacy) |

## 6. 未成年人
"""


def test_a_chinese_service_column_names_the_recipient_and_the_policy_is_the_link_target(
    tmp_path: Path,
) -> None:
    declarations = imported(tmp_path, "policy.md", SERVICES_TABLE)
    assert recipients(declarations) == [
        ("云栈 Cloud", "https://www.yunzhan.example/legal/privacy"),
        # a link titled as data-protection terms in the policy column is the policy
        ("步数宝 / Stepbao", "https://docs.stepbao.example/legal-and-data"),
        ("闪推 (FlashPush)", "https://www.flashpush.example/license/privacy"),
    ]
    assert [d["purpose"] for d in declarations] == ["数据托管", "运动数据来源", "推送通道"]


SERVICE_OBJECTS = """type Translation = {
  thirdParty: { service: string; purpose: string; url: string }[]
  labels: { service: string; purpose: string; policy: string }
}

const translations: Record<string, Translation> = {
  en: {
    labels: {
      service: 'Service',
      purpose: 'Purpose',
      policy: 'Privacy Policy',
    },
    permissions: [
      { name: 'Camera', reason: 'scan receipts, processed on-device only' },
    ],
    thirdParty: [
      { service: 'Quill Sign-In', purpose: 'Authentication', url: 'policies.quill.example/privacy' },
      { service: 'Tally Analytics & Push', purpose: 'Analytics', url: 'tally.example/legal/privacy-notice' },
      { service: 'Kiln', purpose: 'Backend hosting', url: 'https://kiln.example/privacy' },
    ],
  },
}
"""


def test_service_objects_name_their_recipient_and_a_schemeless_url_is_the_policy(
    tmp_path: Path,
) -> None:
    declarations = imported(tmp_path, "privacy-page.tsx", SERVICE_OBJECTS)
    # the labels object (the table's column headings) and the permissions are no recipients
    assert [
        (d["recipient"]["name"], d["privacy_policy"]["url"], d["purpose"]) for d in declarations
    ] == [
        ("Quill Sign-In", "https://policies.quill.example/privacy", "Authentication"),
        ("Tally Analytics & Push", "https://tally.example/legal/privacy-notice", "Analytics"),
        ("Kiln", "https://kiln.example/privacy", "Backend hosting"),
    ]


DIALOG_STRING = r"""  void _showAgreementDialog() {
    PrivacyDialog.show(
      context: context,
      title: '请阅读隐私政策',
      content:
          '隐私政策\n\n更新日期: 2025/3/1\n\n一、我们收集的信息\n\n设备标识符 为了提供消息推送服务，我们可能会通过第三方SDK收集您的设备标识符信息，包括但不限于：\n- OAID（开放匿名设备标识符）：用于识别设备，实现消息送达。\n- AndroidID：用于识别设备，实现消息送达。\n上述设备标识符仅用于提供消息推送服务。\n\n二、第三方 SDK 说明\n2.1 青鸟短信 SDK\n使用目的：短信登录验证。\n青鸟短信 SDK 官网链接 / 隐私政策：https://sms.qingniao.example/document/sdk\n\n2.2 飞鸽推送 SDK\n使用目的：消息推送服务。\n飞鸽推送 SDK 官网链接 / 隐私政策：https://www.feige.example/license/privacy',
      onAgree: () {
        Navigator.of(context).pop();
      },
    );
  }
"""


def test_a_dialog_policy_kept_in_one_escaped_string_is_read_as_its_text(tmp_path: Path) -> None:
    declarations = imported(tmp_path, "login_page.dart", DIALOG_STRING)
    # the data items listed under the device-identifier paragraph are not recipients
    assert [(d["product"], d["privacy_policy"]["url"], d["purpose"]) for d in declarations] == [
        ("青鸟短信 SDK", "https://sms.qingniao.example/document/sdk", "短信登录验证。"),
        ("飞鸽推送 SDK", "https://www.feige.example/license/privacy", "消息推送服务。"),
    ]


def test_adjacent_and_added_literals_read_as_the_one_text_they_make() -> None:
    widget = """Text("1. 第一行\\n"
    "2. 第二行\\n"
    + "3. 第三行\\n"),
Text("短的"),
"""
    assert shown_text(widget) == "1. 第一行\n2. 第二行\n3. 第三行\n"
