# ruff: noqa: RUF001, E501  (full-width punctuation in the Chinese screens read on purpose)
"""Services an app or a site names in its sentences rather than in a list: an SDK whose
provider is given in an aside, labels of a multi-line directory string."""

from __future__ import annotations

from pathlib import Path

from tests.common import imported, recipients

from disclosurelint.importer.parse import parse_text

FIRST_RUN_SCREEN = """import 'package:flutter/material.dart';

class WelcomeGate extends StatelessWidget {
  const WelcomeGate({super.key});

  @override
  Widget build(BuildContext context) {
    return Text(
      '继续前，请阅读本说明。\\n\\n'
      '我们会用到以下信息：\\n'
      '· 相册 —— 用于选取头像；\\n\\n'
      '本应用接入星轨导航 SDK（服务商：星轨科技有限公司），'
      '用于路线规划，会收集位置信息。\\n',
    );
  }
}
"""


def test_a_first_run_screen_naming_its_sdk_and_its_provider_in_an_aside(tmp_path: Path) -> None:
    declarations = imported(tmp_path, "welcome_gate.dart", FIRST_RUN_SCREEN)
    assert recipients(declarations) == [("星轨导航 SDK", "星轨科技有限公司", "")]


DIRECTORY_STRING = '''import SwiftUI

struct SdkDirectoryView: View {
    private var text = """
                       云雀统计 SDK

                       使用目的：统计页面访问

                       数据类型：设备标识

                       隐私政策链接：https://yunque.example.com/privacy

                       公司全称：云雀数据（杭州）有限公司
                       """
    var body: some View {
        ScrollView { Text(text) }
    }
}
'''


def test_a_full_company_name_label_gives_the_company(tmp_path: Path) -> None:
    declarations = imported(tmp_path, "SdkDirectoryView.swift", DIRECTORY_STRING)
    assert recipients(declarations) == [
        ("云雀统计 SDK", "云雀数据(杭州)有限公司", "https://yunque.example.com/privacy")
    ]


HEADED_PARAGRAPHS = """<%@ page contentType="text/html; charset=UTF-8" %>
<h3>統計</h3>
<p>本站使用訪客統計服務 (Tallyhoo Stats) 了解頁面瀏覽情況。</p>
<p>此類工具使用 Cookie 記錄瀏覽次數。</p>
<p>詳情請參閱 <a href="https://tallyhoo.example.com/legal/privacy">Tallyhoo 隱私權聲明</a>。</p>

<h3>留言</h3>
<p>本站使用第三方留言服務 (Chatterbox Comments) 顯示讀者留言。</p>
<p>說明請見 <a href="https://chatterbox.example.com/help">Chatterbox 說明中心</a>。</p>
"""


def test_headed_paragraphs_each_naming_a_service_in_brackets(tmp_path: Path) -> None:
    declarations = imported(tmp_path, "policy.jsp", HEADED_PARAGRAPHS)
    assert [(d["product"], (d.get("privacy_policy") or {}).get("url")) for d in declarations] == [
        ("Tallyhoo Stats", "https://tallyhoo.example.com/legal/privacy"),
        ("Chatterbox Comments", None),  # a help page is no policy
    ]


BILINGUAL_PARAGRAPHS = """---
title: 隱私權政策 Privacy Policy
---

Trailmate使用Pathlog Insights蒐集匿名的使用資料，作為改善參考。詳見其 <a href="https://pathlog.example.com/privacy" title="privacy policy">隱私權政策</a>。

Trailmate使用Brightmark提供之Adwell服務投放廣告，詳見其 <a href="https://brightmark.example.com/ads-policy">廣告政策</a>。若您使用Android作業系統，可於設定中關閉個人化廣告。

若您使用「匯出至Orbit日曆」的功能，Trailmate會存取您的Orbit日曆並新增行程。請參閱<a href="https://orbit.example.com/help/apps">Orbit 如何與第三方應用程式分享資料</a>。

Trailmate uses Pathlog Insights to collect anonymous usage data. See its <a href="https://pathlog.example.com/privacy">Privacy Policy</a>.
"""


def test_paragraphs_naming_services_in_two_languages_give_each_service_once(
    tmp_path: Path,
) -> None:
    declarations = imported(tmp_path, "privacy-policy.md", BILINGUAL_PARAGRAPHS)
    assert recipients(declarations) == [
        ("Pathlog Insights", None, "https://pathlog.example.com/privacy"),
        ("Adwell", "Brightmark", "https://brightmark.example.com/ads-policy"),
        ("Orbit日曆", None, ""),  # a help page, and the English half's links are not its own
    ]


README_CLAUSE = """## SmsKit使用说明

### 简介
`SmsKit`封装了 [**northwind**](https://www.northwind.example.com/) 的短信验证模块。

#### 一. 依赖

在`build.gradle`中添加以下依赖：
```
dependencies { implementation 'com.example:smskit:1.0' }
```
为了遵守`app`上架规范，你需要在项目的`《隐私协议》`中追加以下信息：
`我们使用了第三方（北风网络科技有限公司，以下称“Northwind”）Northwind VerifyKit服务为您提供短信验证功能。
详见Northwind官网（[www.northwind.example.com](https://www.northwind.example.com/)）上的
隐私政策 （[www.northwind.example.com/policy](https://www.northwind.example.com/policy)）条款。
`
然后在用户同意《隐私政策》时调用以下方法：
```java
SmsKit.init(this);
```

#### 二. 方法简介
"""


def test_a_readme_clause_naming_one_service_and_its_company(tmp_path: Path) -> None:
    declarations = imported(tmp_path, "README.md", README_CLAUSE)
    assert recipients(declarations) == [
        ("Northwind VerifyKit", "北风网络科技有限公司", "https://www.northwind.example.com/policy")
    ]


POLICY_IN_A_CONSTANT = """import 'package:flutter/material.dart';
import 'package:url_launcher/url_launcher.dart';

const _intro = '为改进体验，本应用使用统计服务，记录启动次数与使用时长，不收集账号信息。';
const _policyUrl = 'https://tongji.example.com/legal';

class UsagePage extends StatelessWidget {
  const UsagePage({super.key});

  Future<void> _open() async {
    await launchUrl(Uri.parse(_policyUrl));
  }

  @override
  Widget build(BuildContext context) => ListView(
    children: [
      const Text(_intro),
      const Text(
        'SDK 名称：青禾统计 SDK\\n'
        '服务提供方：青禾数据（上海）有限公司',
      ),
      TextButton(onPressed: _open, child: const Text('查看青禾隐私政策')),
      const SelectableText(_policyUrl),
    ],
  );
}
"""


def test_a_policy_button_opening_an_address_held_in_a_constant(tmp_path: Path) -> None:
    declarations = imported(tmp_path, "usage_page.dart", POLICY_IN_A_CONSTANT)
    sdk, company, policy = recipients(declarations)[0]
    assert (len(declarations), sdk, company) == (1, "青禾统计 SDK", "青禾数据(上海)有限公司")
    assert policy == "https://tongji.example.com/legal"


MODEL_BESIDE_ITS_COMPANY = """<html><body>
<h1>Sub-processors</h1>
<p>We use the following sub-processors to run the service.</p>
<h3>Northwind (Breeze)</h3>
<ul>
  <li><strong>Purpose:</strong> Model backend (Breeze API) asked your questions to see how Northwind's models answer.</li>
  <li><strong>Reference:</strong> <a href="https://northwind.example.com/privacy">Northwind Privacy Policy</a>.</li>
</ul>
<h3>Lanternly</h3>
<ul>
  <li><strong>Purpose:</strong> Transactional email.</li>
  <li><strong>Reference:</strong> <a href="https://lanternly.example.com/privacy">Lanternly Privacy Policy</a>.</li>
</ul>
</body></html>
"""


def test_a_model_in_brackets_after_its_company_is_no_company(tmp_path: Path) -> None:
    names = [
        declaration["recipient"]["name"]
        for declaration in imported(tmp_path, "subprocessors.html", MODEL_BESIDE_ITS_COMPANY)
    ]
    assert names == ["Northwind (Breeze)", "Lanternly"]


ROLE_GROUPS = """<html><body>
<x-doc title="Sub-processors">
  <x-lead>Quillnest engages a few vetted sub-processors to run the service.</x-lead>
  <h2>Infrastructure</h2>
  <ul>
    <li><b>Cloud hosting provider</b> — hosting and backups (EU).</li>
    <li><b>Keyhold Vault</b> — credential storage (United States).</li>
  </ul>
  <h2>Messaging</h2>
  <ul>
    <li><b>Email delivery provider</b> — account email (EU).</li>
  </ul>
  <h2>Contact</h2>
  <p>Questions? Write to privacy@quillnest.example.</p>
</x-doc>
</body></html>
"""


def test_groups_of_role_bullets_under_headings_on_a_processor_page(tmp_path: Path) -> None:
    purposes = {
        declaration["recipient"]["name"]: declaration["purpose"]
        for declaration in imported(tmp_path, "subprocessors.html", ROLE_GROUPS)
    }
    assert purposes == {
        "Cloud hosting provider": "hosting and backups (EU).",
        "Keyhold Vault": "credential storage (United States).",
        "Email delivery provider": "account email (EU).",
    }


def test_dashed_bullets_under_a_paragraph_are_no_groups_of_recipients() -> None:
    about = (
        "Our sub-processors are listed in the customer agreement.\n\n## Values\n\nWe care about:"
    )
    assert not parse_text(
        about + "\n\n- Openness — we publish plans.\n- Care — we reply in a day.\n"
    )


NOT_SUBPROCESSORS_SECTION = """# Subprocessors

## Hosting

| Subprocessor | Purpose | Location |
|---|---|---|
| Larkhost | Application hosting | EU |
| Pingly | Sign-in codes by text message | EU |

## Static files (no controller relationship)

The services below serve files the site loads. They are not subprocessors (we don't share
personal data with them), but they may see your IP address:

- **Fontfield** — serves the site's typeface.
- **Packwire CDN** — serves a charting library.
"""


def test_a_section_saying_its_services_are_not_subprocessors_is_left_out(tmp_path: Path) -> None:
    declarations = imported(tmp_path, "subprocessors.md", NOT_SUBPROCESSORS_SECTION)
    assert [d["recipient"]["name"] for d in declarations] == ["Larkhost", "Pingly"]


LEGAL_SCREEN = """import 'package:flutter/material.dart';

class LegalScreen extends StatelessWidget {
  const LegalScreen({super.key});

  @override
  Widget build(BuildContext context) => ListView(
    children: [
      for (final section in _privacySections) ...[
        Text(section.title),
        SelectableText(section.body),
      ],
    ],
  );
}

const _privacySections = <({String title, String body})>[
  (
    title: '一、广告服务',
    body: '本应用使用星图聚合SDK 与 Lumen Ads。用于展示横幅广告，可能处理设备标识符。',
  ),
  (
    title: '二、星图聚合广告',
    body:
        '星图聚合 SDK（StarAds，星图数字科技有限公司），接入海豚（海豚网络技术有限公司）适配器，按广告位选择来源。各自隐私政策：星图 https://starads.example.com/privacy；海豚 https://dolphin.example.com/p。',
  ),
  (
    title: '三、Cloud Saves',
    body: '存档保存在 Orchard 的 Cloud Saves 中，由 Orchard 按其隐私政策处理。',
  ),
];
"""


def test_a_legal_screen_naming_its_sdks_inside_its_sections_sentences(tmp_path: Path) -> None:
    assert recipients(imported(tmp_path, "legal_screen.dart", LEGAL_SCREEN)) == [
        ("星图聚合SDK", "星图数字科技有限公司", "https://starads.example.com/privacy"),
        ("Lumen Ads", None, ""),
        ("海豚", "海豚网络技术有限公司", "https://dolphin.example.com/p"),
        ("Cloud Saves", "Orchard", ""),
    ]


BILINGUAL_PUSH_PROSE = """export function NoticeSection() {
  return (
    <section>
      <p>{t(
        'Android 使用北风互联股份有限公司的北风消息推送 SDK，配置通道时也使用手机厂商推送 SDK。北风还附带鹅毛（杭州）科技有限公司的鹅毛 ID SDK，用于设备识别。',
        'Android uses the Northwind push SDK from Northwind Co., Ltd., plus vendor push SDKs, and the Quill ID SDK.',
      )} <a href="https://northwind.example/privacy">{t('北风隐私政策', 'Northwind privacy policy')}</a>{' '}<a href="https://quill.example/privacy">{t('鹅毛 ID 隐私政策', 'Quill ID privacy policy')}</a></p>
    </section>
  );
}
"""


def test_sdks_named_after_their_company_in_bilingual_prose_take_the_links_named_for_them() -> None:
    assert [
        (entry.fields.get("product"), entry.fields.get("company"), entry.links.get("policy"))
        for entry in parse_text(BILINGUAL_PUSH_PROSE)
    ] == [
        ("北风消息推送 SDK", "北风互联股份有限公司", "https://northwind.example/privacy"),
        ("手机厂商推送 SDK", None, None),
        ("鹅毛 ID SDK", "鹅毛（杭州）科技有限公司", "https://quill.example/privacy"),
    ]
