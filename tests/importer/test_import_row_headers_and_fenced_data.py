# ruff: noqa: RUF001  (full-width colons; source lines written as published on purpose)
"""A JSX policy table whose names are ``<th>`` row headers under a "第三方公司SDK" column, with a
note spanning every row; a Markdown specification giving one fenced JSON object per SDK after a
summary table that counts SDKs per category: imported end to end through ``disclosurelint
import``."""

from __future__ import annotations

from pathlib import Path

from tests.common import imported, recipients

ROW_HEADER_TABLE = """import './index.less';
const Privacy = () => {
  return (
    <div className="p-16">
      <h3>1. 合作厂商SDK </h3>
      具体的第三方合作厂商及其隐私政策链接：
      <br />
      <table className="table">
        <thead>
          <tr>
            <th>第三方公司SDK</th>
            <th>收集目的</th>
            <th>第三方政策链接</th>
            <th>备注</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th>晴空崩溃 SDK</th>
            <td>收集 APP 崩溃信息</td>
            <td>
              <a
                href="https://crash.example.cn/sdk-privacy.pdf"
                className="href-width"
              >
                https://crash.example.cn/sdk-privacy.pdf
              </a>
            </td>
            <td rowSpan={3}>收集信息内容请参考第三方隐私政策</td>
          </tr>
          <tr>
            <th>远山广告 SDK</th>
            <td>广告投放<br />广告归因</td>
            <td>
              <a href="https://ads.example.cn/policy" className="href-width">
                https://ads.example.cn/policy
              </a>
            </td>
          </tr>
          <tr>
            <th>青鸟统计</th>
            <td>统计分析</td>
            <td>
              <a href="https://stats.example.cn/privacy">https://stats.example.cn/privacy</a>
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
};
export default Privacy;
"""


def test_row_header_names_under_a_company_sdk_column_are_sdks_with_their_links(
    tmp_path: Path,
) -> None:
    declarations = imported(tmp_path, "Privacy.jsx", ROW_HEADER_TABLE)
    assert recipients(declarations) == [
        ("晴空崩溃 SDK", None, "https://crash.example.cn/sdk-privacy.pdf"),
        ("远山广告 SDK", None, "https://ads.example.cn/policy"),
        ("青鸟统计", None, "https://stats.example.cn/privacy"),
    ]


SPEC = """## 4. 第三方SDK集成

### 4.1 SDK分类汇总

| 分类 | SDK数量 | 主要厂商 | 用途 |
|------|---------|----------|------|
| 广告投放 | 1 | 远山 | 广告展示 |
| 推送消息 | 2 | 晴空、青鸟 | 消息推送 |

### 4.2 广告投放类SDK

#### 4.2.1 远山广告SDK
```json
{
  "sdk_name": "远山广告SDK",
  "provider": "远山网络科技有限公司",
  "purpose": "广告投放",
  "permissions": ["位置权限", "存储权限"],
  "privacy_policy": "https://ads.example.cn/policy"
}
```

### 4.3 推送消息类SDK

| 厂商 | SDK名称 | 权限要求 | 隐私政策 |
|------|---------|----------|----------|
| 晴空 | 晴空 PUSH SDK | 网络 | https://push.example.cn/privacy |

#### 4.3.2 青鸟推送
```json
{
  "sdk_name": "青鸟推送",
  "provider": "青鸟信息技术有限公司",
  "purpose": "消息推送"
}
```

## 5. 安全与隐私

```json
{"code": 0, "message": "ok"}
```
"""


def test_fenced_json_objects_are_entries_and_a_summary_that_counts_sdks_is_not(
    tmp_path: Path,
) -> None:
    declarations = imported(tmp_path, "spec.md", SPEC)
    assert recipients(declarations) == [
        ("远山广告SDK", "远山网络科技有限公司", "https://ads.example.cn/policy"),
        ("晴空 PUSH SDK", "晴空", "https://push.example.cn/privacy"),
        ("青鸟推送", "青鸟信息技术有限公司", ""),
    ]


REGISTER = """/** Sub-processors: one entry per recipient AND function. */
export interface Subprocessor {
  name: string;
  fn: string;
  purpose: string;
}

export const subprocessors: Subprocessor[] = [
  {
    name: "Skyline Edge, Inc.",
    fn: "Edge delivery",
    purpose: "CDN and TLS termination for the site.",
    location: "United States",
  },
  {
    name: "Skyline Edge, Inc.",
    fn: "Web analytics",
    purpose: "Cookie-free web analytics on the site.",
    location: "United States",
  },
  {
    name: "Postbox",
    fn: "Email",
    purpose: "Transactional email delivery.",
    location: "Ireland",
  },
];
"""


def test_a_register_that_names_a_recipient_once_per_function_keeps_each_function(
    tmp_path: Path,
) -> None:
    declarations = imported(tmp_path, "subprocessors.ts", REGISTER)
    assert [(d["recipient"]["name"], d.get("purpose")) for d in declarations] == [
        ("Skyline Edge, Inc.", "CDN and TLS termination for the site."),
        ("Skyline Edge, Inc.", "Cookie-free web analytics on the site."),
        ("Postbox", "Transactional email delivery."),
    ]


JEKYLL_REGISTER = """# Sub-processor register, rendered by /sub-processors/.
#
# `updated` drives the date shown on the page. Bump it whenever
# the list below changes - not on unrelated site deploys.
updated: 2026-01-05

# role: "processor"            - acts on our instructions (Art. 28)
#       "independent"          - independent controller; listed for transparency
subprocessors:
  - name: Harbor Code, Inc.
    service: Harbor Pages
    purpose: Hosting of the marketing site.
    dpa: https://docs.harbor.example/site-policy/privacy-policies/harbor-data-protection-agreement

  - name: Formbox
    service: Formbox
    purpose: Contact form delivery.
    dpa: https://formbox.example/privacy
"""


def test_a_yaml_registers_comments_are_no_entries_and_a_data_protection_agreement_no_policy(
    tmp_path: Path,
) -> None:
    declarations = imported(tmp_path, "subprocessors.yml", JEKYLL_REGISTER)
    assert recipients(declarations) == [
        ("Harbor Pages", "Harbor Code, Inc.", ""),
        ("Formbox", "Formbox", "https://formbox.example/privacy"),
    ]


SPANNED_CATEGORY = """export default function Sdks() {
  return (
    <table>
      <tbody>
        <tr><th>类别</th><th>SDK名称</th><th>隐私政策链接</th></tr>
        <tr>
          <td rowSpan={2}>广告</td>
          <td>远山广告 SDK</td>
          <td><a href="https://ads.example.cn/policy">查看</a></td>
        </tr>
        <tr>
          <td>青鸟联盟 SDK</td>
          <td><a href="https://union.example.cn/privacy">查看</a></td>
        </tr>
      </tbody>
    </table>
  );
}
"""


def test_a_jsx_row_span_in_braces_covers_the_rows_below(tmp_path: Path) -> None:
    declarations = imported(tmp_path, "Sdks.tsx", SPANNED_CATEGORY)
    assert recipients(declarations) == [
        ("远山广告 SDK", None, "https://ads.example.cn/policy"),
        ("青鸟联盟 SDK", None, "https://union.example.cn/privacy"),
    ]


ITEM_TABLES = """## 1. SDK 列表

### 1.1 青鸟监控 SDK

> 代码引用：
> - `apps/client/src/services/monitor.ts:67-69`：仅在 H5 端引入。

| 项 | 内容 |
|----|------|
| **SDK 名称** | 青鸟监控 SDK（@qingniao/web） |
| **适用平台** | 仅 H5 |
| **版本** | `@qingniao/web@^8.4.0` |
| **提供方** | 青鸟软件有限公司 |
| **用途** | 错误监控 |
| **启用条件** | 已配置环境变量 |
| **数据传输** | 传输至青鸟云服务器 |
| **隐私政策链接** | https://qingniao.example.cn/privacy |
| **关闭方式** | 移除配置即可 |

### 1.2 自有错误上报通道

| 项 | 内容 |
|----|------|
| **通道名称** | 自有错误上报接口 |
| **适用平台** | 全部 |
| **提供方** | 本服务自有后端 |
| **用途** | 问题排查 |
| **数据传输** | 不传输至任何第三方 |
"""


def test_an_item_and_content_table_naming_an_sdk_is_an_entry_whatever_its_other_labels(
    tmp_path: Path,
) -> None:
    declarations = imported(tmp_path, "sdk-list.md", ITEM_TABLES)
    assert recipients(declarations) == [
        ("青鸟监控 SDK(@qingniao/web)", "青鸟软件有限公司", "https://qingniao.example.cn/privacy"),
    ]


SDK_ROWS = """type SdkRow = { name: string; provider: string; purpose: string; link: string };

const sdkRows: SdkRow[] = [
  {
    name: '青鸟开放平台能力',
    provider: '青鸟信息技术有限公司',
    purpose: '账号登录',
    link: 'https://privacy.qingniao.example.cn/'
  },
  {
    name: '云服务与对象存储',
    provider: '云基础设施服务商',
    purpose: '存储业务数据',
    link: ''
  }
];
"""


def test_a_bare_link_to_a_privacy_sites_home_page_is_the_policy(tmp_path: Path) -> None:
    declarations = imported(tmp_path, "sdkRows.ts", SDK_ROWS)
    assert recipients(declarations) == [
        ("青鸟开放平台能力", "青鸟信息技术有限公司", "https://privacy.qingniao.example.cn/"),
        ("云服务与对象存储", "云基础设施服务商", ""),
    ]
