# ruff: noqa: RUF001, E501  (full-width colons; source lines written as published on purpose)
"""Lists of services with no company column, SDK sections with nested data items and notes
beside the policy link, and texts an app screen keeps in strings:
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


NESTED_SDK_SECTIONS = """### SDK

#### 青鸟支付 SDK
* 第三方名称：青鸟（上海）网络技术有限公司
* 功能：帮助用户完成支付
* 收集个人信息类型：
    * 设备状态权限
        * 1.为了保障您的账户和资金安全以及支付服务的安全稳定运行。
        * 2.为履行法定义务。
    * 网络连接权限
        * 1.允许程序使用网络连接。
        * 2.允许程序获取当前网络信息。
* 隐私说明：[https://open.qingniao.example/docs/54/notes](https://open.qingniao.example/docs/54/notes)
* 隐私政策链接：[https://render.qingniao.example/p/agreement?id=AG01](https://render.qingniao.example/p/agreement?id=AG01)

<br>

#### 飞鸽推送 SDK
* 第三方名称：飞鸽信息技术有限公司
* 功能：推送通知消息
* 隐私政策引导：[https://docs.feige.example/guide#sdk隐私政策披露要求](https://docs.feige.example/guide#sdk%E9%9A%90%E7%A7%81%E6%94%BF%E7%AD%96)
* 隐私政策链接：[https://www.feige.example/license/privacy](https://www.feige.example/license/privacy)
"""


def test_numbered_sentences_nested_under_a_label_and_the_link_under_the_policy_label(
    tmp_path: Path,
) -> None:
    declarations = imported(tmp_path, "partners.md", NESTED_SDK_SECTIONS)
    # "2.允许程序获取当前网络信息。" nested under the data label names no entry of its own; of
    # "隐私说明" / "隐私政策引导" (notes on the policy) and "隐私政策链接", the latter is the policy
    assert [
        (d["product"], d["recipient"]["name"], d["privacy_policy"]["url"]) for d in declarations
    ] == [
        (
            "青鸟支付 SDK",
            "青鸟(上海)网络技术有限公司",
            "https://render.qingniao.example/p/agreement?id=AG01",
        ),
        ("飞鸽推送 SDK", "飞鸽信息技术有限公司", "https://www.feige.example/license/privacy"),
    ]


DATA_ITEM_SECTIONS = """    <!-- 隐私政策弹窗 -->
    <view class="privacy-modal" v-if="showPrivacyPolicy">
      <view class="privacy-content">
        <view class="privacy-title">隐私政策</view>
        <scroll-view class="privacy-text" scroll-y>
          <text>一、我们收集的个人信息</text>
          <text>2. 设备标识信息：我们会在您同意本隐私政策后，通过集成的第三方SDK收集以下设备标识信息：</text>
          <text>（1）IMEI（国际移动设备识别码）：收集目的：用于设备识别；收集方式：通过青鸟推送SDK自动收集；收集范围：仅用于推送服务。</text>
          <text>（2）MAC地址（网卡地址）：收集目的：用于网络连接；收集方式：通过青鸟推送SDK自动收集；收集范围：仅用于安全保障。</text>
          <text>六、第三方SDK收集使用规则</text>
          <text>1. 青鸟推送SDK：收集目的：用于推送消息；收集方式：自动收集IMEI、MAC地址；隐私政策：https://qingniao.example/privacy</text>
          <text>2. 长风网络框架：收集目的：用于网络请求；收集方式：在网络请求时收集IP地址；隐私政策：https://changfeng.example/docs/</text>
        </scroll-view>
      </view>
    </view>
"""


def test_sections_headed_by_an_item_of_data_are_not_recipients(tmp_path: Path) -> None:
    declarations = imported(tmp_path, "App.vue", DATA_ITEM_SECTIONS)
    assert [(d.get("product"), d["privacy_policy"]["url"]) for d in declarations] == [
        ("青鸟推送SDK", "https://qingniao.example/privacy"),
        ("长风网络框架", "https://changfeng.example/docs/"),
    ]


TWO_LINKED_NAMES = """The app uses third party services that may collect information used to identify you.

* [Quill](https://quill.example/privacy/) for search.
* [Tally Tags](https://support.tally.example/answer/6004) and [Tally Stats](https://support.tally.example/answer/6004) for analytics.
* [Kiln](https://kiln.example/) for newsletters.
"""


def test_a_bullet_that_links_two_names_gives_two_recipients(tmp_path: Path) -> None:
    declarations = imported(tmp_path, "PRIVACY.md", TWO_LINKED_NAMES)
    assert [(d["recipient"]["name"], d["purpose"]) for d in declarations] == [
        ("Quill", "for search."),
        ("Tally Tags", "for analytics."),
        ("Tally Stats", "for analytics."),
        ("Kiln", "for newsletters."),
    ]
    urls = [(d.get("privacy_policy") or {}).get("url") for d in declarations]
    assert urls[1] == urls[2] == "https://support.tally.example/answer/6004"


WEBSITE_LABEL_POLICY_PAGE = """1. 青鸟分享 SDK
使用目的：分享内容到社交平台
官网链接：http://m.qingniao.example/about/policy

2. 飞鸽推送 SDK
使用目的：推送消息
官网链接：https://www.feige.example/
"""


def test_an_address_under_a_website_label_that_is_a_policy_page_is_the_policy(
    tmp_path: Path,
) -> None:
    declarations = imported(tmp_path, "sdk.txt", WEBSITE_LABEL_POLICY_PAGE)
    # a home page stays a website, which a declaration has no field for
    assert [(d["product"], (d.get("privacy_policy") or {}).get("url")) for d in declarations] == [
        ("青鸟分享 SDK", "http://m.qingniao.example/about/policy"),
        ("飞鸽推送 SDK", None),
    ]


SDK_SENTENCES = """            children: [
                BoldText("3. 第三方SDK信息"),
                Text("3.1 晨读使用了青鸟统计SDK，通过采集设备识别码对用户进行唯一标识，"
                    "以便进行统计分析服务。详细内容请访问《【青鸟】隐私政策》(https://www.qingniao.example/page/policy)。\\n"
                    "3.2 晨读使用了飞鸽推送SDK，我们可能会将您的设备信息提供给飞鸽信息技术有限公司，"
                    "用于推送消息。详细内容请访问《飞鸽用户隐私政策》(https://docs.feige.example/privacy)。\\n"
                    "3.3 晨读使用了长风地图SDK，通过采集位置信息来提供定位。详情内容请访问《长风开放平台隐私权政策》(https://lbs.changfeng.example/pages/privacy)。\\n"),
                BoldText("二、免责声明"),
            ],
"""


def test_sdks_named_only_in_numbered_sentences_with_their_policy_address(tmp_path: Path) -> None:
    declarations = imported(tmp_path, "privacy_dialog.dart", SDK_SENTENCES)
    # the company named in the prose of 3.2 is not given as the recipient
    assert [
        (d["product"], d["recipient"].get("name"), d["privacy_policy"]["url"]) for d in declarations
    ] == [
        ("青鸟统计SDK", None, "https://www.qingniao.example/page/policy"),
        ("飞鸽推送SDK", None, "https://docs.feige.example/privacy"),
        ("长风地图SDK", None, "https://lbs.changfeng.example/pages/privacy"),
    ]


PLANNED_STATUS = """type Subprocessor = { name: string; purpose: string; location: string; status?: string };

const subprocessors: Subprocessor[] = [
  { name: 'Quill', purpose: 'Database hosting', location: 'United States' },
  { name: 'Kiln', purpose: 'Frontend hosting', location: 'Germany', status: 'Active' },
  { name: 'Tally Stats', purpose: 'Usage analytics (if enabled)', location: 'United States', status: 'Planned' },
];
"""


def test_a_source_object_whose_status_says_planned_is_not_a_recipient(tmp_path: Path) -> None:
    declarations = imported(tmp_path, "Subprocessors.tsx", PLANNED_STATUS)
    assert [d["recipient"]["name"] for d in declarations] == ["Quill", "Kiln"]
