# ruff: noqa: RUF001, E501  (full-width punctuation in the Chinese dialogs read on purpose)
"""Lists as apps and small sites write them in code: a page component of one heading per
processor over "Used for:" and "Data involved:" bullets, and a screen whose policy is an array
of sections, one of them a list of bare service names."""

from __future__ import annotations

from pathlib import Path

from tests.common import imported

HEADED_PROCESSORS = """import React from 'react';

export default function Processors() {
  return (
    <main className="legal">
      <h2>Processors</h2>
      <p>Quillnest relies on the processors below to run the service for its customers.</p>
      <section className="vendor" id="larkhost">
        <h4>Larkhost Cloud</h4>
        <ul>
          <li><em>Used for:</em> Hosting and backups.</li>
          <li><em>Data involved:</em> Everything stored in workspaces.</li>
        </ul>
      </section>
      <section className="vendor" id="pingly">
        <h4>Pingly (SMS)</h4>
        <ul>
          <li><em>Used for:</em> Sign-in codes by text message.</li>
          <li><em>Data involved:</em> Phone numbers.</li>
        </ul>
      </section>
    </main>
  );
}
"""


def test_a_heading_per_processor_over_used_for_and_data_involved_bullets(
    tmp_path: Path,
) -> None:
    declarations = imported(tmp_path, "Processors.jsx", HEADED_PROCESSORS)
    assert [(d["recipient"]["name"], d["purpose"]) for d in declarations] == [
        ("Larkhost Cloud", "Hosting and backups."),
        ("Pingly (SMS)", "Sign-in codes by text message."),
    ]
    assert "Phone numbers" in str(declarations[1]["data"])


SECTIONS_SCREEN = """import React from 'react';
import { ScrollView, Text } from 'react-native';

const sections = [
  {
    heading: "What We Collect",
    paragraphs: ["Tidewell Timer keeps your timers on your phone only."],
  },
  {
    heading: "Third-Party Services",
    paragraphs: [
      "Links to the privacy policy of third-party service providers used by the app:"
    ],
    list: [
      "Quartz Ads",
      "Beaconly",
      "Nimbus Crash Reports",
      "Flockbook"
    ]
  },
  {
    heading: "Data Security",
    paragraphs: ["We value your trust in providing us your information and use acceptable means to protect it."],
    list: ["To keep the Service running;", "To understand how the Service is used."]
  }
];

export default function Policy() {
  return (
    <ScrollView>
      {sections.map((section) => (
        <Text key={section.heading}>{section.heading}</Text>
      ))}
    </ScrollView>
  );
}
"""


def test_a_sections_array_whose_list_names_the_services_one_word_names_too(
    tmp_path: Path,
) -> None:
    declarations = imported(tmp_path, "PolicyScreen.js", SECTIONS_SCREEN)
    assert [d["recipient"]["name"] for d in declarations] == [
        "Quartz Ads",
        "Beaconly",
        "Nimbus Crash Reports",
        "Flockbook",
    ]


CONSENT_DIALOG_DART = """import 'package:flutter/material.dart';
import 'package:url_launcher/url_launcher.dart';

class RoutePicker {
  static const _channel = MethodChannel('demo/route_picker');

  static Future<Place?> pick(BuildContext context) async {
    final result = await _channel.invokeMapMethod<String, dynamic>('pick', {});
    return Place(
      name: '${result['name'] ?? ''}',
      address: '${result['address'] ?? ''}',
    );
  }

  static Future<bool> ask(BuildContext context) async {
    final agreed = await showDialog<bool>(
      context: context,
      builder: (dialogContext) => AlertDialog(
        title: const Text('使用星图导航'),
        content: const Text(
          '规划路线时，星图导航 SDK 会处理位置信息与网络信息，以提供路线与附近地点。请先阅读星图开放平台隐私政策。',
        ),
        actions: [
          TextButton(
            onPressed: () => launchUrl(Uri.parse('https://open.xingtu.example.cn/privacy')),
            child: const Text('查看隐私政策'),
          ),
          TextButton(
            onPressed: () => Navigator.pop(dialogContext, false),
            child: const Text('取消'),
          ),
        ],
      ),
    );
    return agreed == true;
  }
}
"""


def test_a_consent_dialog_naming_one_sdk_and_its_policy_button(tmp_path: Path) -> None:
    declarations = imported(tmp_path, "route_picker.dart", CONSENT_DIALOG_DART)
    assert [(d["product"], d["privacy_policy"]["url"]) for d in declarations] == [
        ("星图导航 SDK", "https://open.xingtu.example.cn/privacy")
    ]
    assert "name" not in declarations[0]["recipient"]  # the dialog names no company


CONSENT_DIALOG_OWN_POLICY_TOO = """import 'package:flutter/material.dart';

class ConsentDialog extends StatelessWidget {
  @override
  Widget build(BuildContext context) {
    return AlertDialog(
      title: const Text('隐私政策'),
      content: Column(
        children: [
          const Text(
            '本应用使用星图定位服务SDK，需要收集：\\n'
            '1. 位置信息：用于定位\\n'
            '2. 网络状态：用于在线地图\\n\\n'
            '继续使用表示您同意我们的隐私政策。',
          ),
          TextButton(
            onPressed: () => _open(context, 'https://pages.example.org/lantern/privacy.md'),
            child: const Text('Lantern 隐私政策'),
          ),
          TextButton(
            onPressed: () => _open(context, 'https://lbs.xingtu.example.cn/privacy/'),
            child: const Text('星图隐私政策'),
          ),
        ],
      ),
    );
  }
}
"""


def test_a_consent_dialog_that_links_the_apps_own_policy_too(tmp_path: Path) -> None:
    declarations = imported(tmp_path, "consent_dialog.dart", CONSENT_DIALOG_OWN_POLICY_TOO)
    assert [(d["product"], d["privacy_policy"]["url"]) for d in declarations] == [
        ("星图定位服务SDK", "https://lbs.xingtu.example.cn/privacy/")
    ]


CONSENT_MODAL_TSX = """import React from 'react';
import { Linking, Pressable, Text, View } from 'react-native';

export function MapPanel({ visible, onClose }: { visible: boolean; onClose: () => void }) {
  const button = (label: string, onPress: () => void) => (
    <Pressable onPress={onPress}><Text>{label}</Text></Pressable>
  );
  return (
    <AppModal visible={visible} onClose={onClose}>
      <View>
        <Text style={styles.title}>星图地图服务</Text>
        <Text style={styles.description}>地图和地点搜索由星图提供。使用时，星图 SDK 会处理设备信息和查询位置。</Text>
        <View style={styles.row}>
          {button('服务协议', () => { void Linking.openURL('https://lbs.xingtu.example.cn/terms/'); })}
          {button('隐私政策', () => { void Linking.openURL('https://lbs.xingtu.example.cn/privacy/'); })}
        </View>
      </View>
    </AppModal>
  );
}
"""


def test_a_consent_modal_whose_service_is_provided_by_a_company(tmp_path: Path) -> None:
    declarations = imported(tmp_path, "MapPanel.tsx", CONSENT_MODAL_TSX)
    assert [
        (d["product"], d["recipient"]["name"], d["privacy_policy"]["url"]) for d in declarations
    ] == [("星图地图服务", "星图", "https://lbs.xingtu.example.cn/privacy/")]


TEMPLATE_SCRIPT = '''"""Writes the configuration template of the Beacon push SDK."""
from openpyxl import Workbook


def privacy_sheet(wb):
    rows = [
        ["合规要求", "用户同意隐私政策后才能初始化 SDK"],
        ["权限", "需要网络权限：用于连接推送服务"],
        ["隐私政策内容", "在 App 隐私政策中应包含：\\n- SDK名称：BeaconPush\\n- 第三方主体：北京灯塔推送科技有限公司\\n- 使用目的：消息推送\\n- 官网：https://www.beacon.example.cn/\\n- 隐私政策：https://policy.beacon.example.cn/push/privacy"],
    ]
    ws = wb.create_sheet(title="隐私合规")
    for row in rows:
        ws.append(row)
'''


def test_a_scripts_cell_of_dash_labels_with_escaped_line_breaks(tmp_path: Path) -> None:
    declarations = imported(tmp_path, "make_template.py", TEMPLATE_SCRIPT)
    assert [
        (d["product"], d["recipient"]["name"], d["privacy_policy"]["url"]) for d in declarations
    ] == [
        (
            "BeaconPush",
            "北京灯塔推送科技有限公司",
            "https://policy.beacon.example.cn/push/privacy",
        )
    ]


BILINGUAL_POLICIES_TS = """export const APPS = [
  {
    id: 'stars',
    policies: {
      en: [
        { title: "1. Overview", content: "We respect your privacy." },
        {
          title: "4.1 Orbit Analytics",
          content: `**Provider:** Orbit Data Co., Ltd.
**Privacy Policy:** https://orbit.example.cn/privacy`
        },
        {
          title: "4.2 Comet Ads SDK",
          content: `**Provider:** Comet Media Co., Ltd.
**Purpose:** Showing ads
**Privacy Policy:** https://comet.example.cn/sdk/privacy`
        },
        {
          title: "9. Contact Us",
          content: `**Developer:** ${DEVELOPER_COMPANY_EN}
**Email:** ${DEVELOPER_EMAIL}`
        }
      ],
      zh: [
        { title: "一、概述", content: "我们重视你的隐私。" },
        {
          title: "4.1 轨道统计",
          content: `**提供方：** 轨道数据有限公司
**隐私政策：** https://orbit.example.cn/privacy`
        },
        {
          title: "4.2 彗星广告SDK",
          content: `**提供方：** 彗星传媒有限公司
**用途：** 展示广告
**隐私政策：** https://comet.example.cn/sdk/privacy`
        },
        {
          title: "九、联系我们",
          content: `**开发者：** ${DEVELOPER_COMPANY_ZH}
**邮箱：** ${DEVELOPER_EMAIL}`
        }
      ]
    }
  }
];
"""


def test_titled_sections_given_in_two_languages_give_each_sdk_once(tmp_path: Path) -> None:
    declarations = imported(tmp_path, "policies.ts", BILINGUAL_POLICIES_TS)
    assert [
        (d["product"], d["recipient"]["name"], d["privacy_policy"]["url"]) for d in declarations
    ] == [
        ("轨道统计", "轨道数据有限公司", "https://orbit.example.cn/privacy"),
        ("彗星广告SDK", "彗星传媒有限公司", "https://comet.example.cn/sdk/privacy"),
    ]


SKILL_GUIDE = """---
name: beacon-share-integration
description: Guides the integration of the Beacon share SDK into an app.
---

# Beacon Share 集成指南

## 校验规则

读取 `BeaconShare_Config.xlsx` 后，至少校验：

- `appKey`：必填，不能为空
- `appSecret`：必填，不能为空
- `enableWechat`：必须可转换为 `true` / `false`

## 隐私与合规要求

- 未同意隐私政策前，不得调用 Beacon Share 业务能力
- App 应向终端用户披露 Beacon Share：
  - SDK 名称：Beacon Share
  - 第三方主体：北京灯塔分享科技有限公司
  - 使用目的：提供分享服务
  - 隐私政策链接：https://policy.beacon.example.cn/share/privacy
- 如果后续启用了扩展功能，应为用户提供退出能力
"""


def test_a_guides_nested_labels_not_its_front_matter_or_setting_keys(tmp_path: Path) -> None:
    declarations = imported(tmp_path, "SKILL.md", SKILL_GUIDE)
    assert [
        (d["product"], d["recipient"]["name"], d["privacy_policy"]["url"]) for d in declarations
    ] == [
        (
            "Beacon Share",
            "北京灯塔分享科技有限公司",
            "https://policy.beacon.example.cn/share/privacy",
        )
    ]


CATEGORY_TABLES_TSX = """export default function Subprocessors() {
  return (
    <div>
      <h2>Hosting</h2>
      <table>
        <thead><tr><th>Subprocessor</th><th>Purpose</th><th>Location</th></tr></thead>
        <tbody>
          <tr><td>Nimbus Cloud - Compute</td><td>Application hosting</td><td>Global</td></tr>
          <tr><td>Vaultbase Inc.</td><td>Database hosting</td><td>Germany</td></tr>
        </tbody>
      </table>
      <h2>Background jobs</h2>
      <table>
        <thead><tr><th>Subprocessor</th><th>Purpose</th><th>Location</th></tr></thead>
        <tbody>
          <tr><td>Nimbus Cloud - Compute</td><td>Queue processing and caching</td><td>United States</td></tr>
        </tbody>
      </table>
    </div>
  );
}
"""


def test_the_same_vendor_in_two_category_tables_for_two_purposes_is_two_entries(
    tmp_path: Path,
) -> None:
    declarations = imported(tmp_path, "Subprocessors.tsx", CATEGORY_TABLES_TSX)
    assert [(d["recipient"]["name"], d["purpose"]) for d in declarations] == [
        ("Nimbus Cloud - Compute", "Application hosting"),
        ("Vaultbase Inc.", "Database hosting"),
        ("Nimbus Cloud - Compute", "Queue processing and caching"),
    ]


HOME_PAGE_ITEMS_TSX = """const categories = [
  {
    label: "Infrastructure",
    items: [
      { name: "Nimbus Cloud", purpose: "Hosting", location: "Ireland", href: "https://nimbus.example.com" },
      { name: "Vaultbase Atlas", purpose: "Database hosting", location: "Germany", href: "https://www.vaultbase.example.com/atlas" },
    ],
  },
  {
    label: "Messaging",
    items: [
      { name: "Postbird", purpose: "Transactional email", location: "United States", href: "https://postbird.example.com" },
    ],
  },
];

export default function Providers() {
  return <ul>{categories.map((c) => <li key={c.label}>{c.label}</li>)}</ul>;
}
"""


def test_a_product_page_among_home_page_links_is_no_policy(tmp_path: Path) -> None:
    declarations = imported(tmp_path, "Providers.tsx", HOME_PAGE_ITEMS_TSX)
    assert [(d["recipient"]["name"], "privacy_policy" in d) for d in declarations] == [
        ("Nimbus Cloud", False),
        ("Vaultbase Atlas", False),
        ("Postbird", False),
    ]


UNFILLED_ROWS_HTML = """<html><body>
<h1>Who handles your data</h1>
<p>These providers process data on our behalf.</p>
<table>
  <tr><th>Who</th><th>What for</th><th>Where</th></tr>
  <tr><td>Harbor Static Hosting</td><td>Serving the site</td><td>Global</td></tr>
  <tr><td>None yet</td><td>Storing uploads</td><td>Not applicable</td></tr>
  <tr><td>Your own mailbox</td><td>Sending replies you write</td><td>-</td></tr>
</table>
</body></html>
"""


def test_rows_for_an_unfilled_role_or_the_customers_own_service_are_no_entries(
    tmp_path: Path,
) -> None:
    declarations = imported(tmp_path, "subprocessors.html", UNFILLED_ROWS_HTML)
    assert [d["recipient"]["name"] for d in declarations] == ["Harbor Static Hosting"]
