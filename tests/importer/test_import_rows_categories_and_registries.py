# ruff: noqa: RUF001, E501  (published Chinese labels use full-width colons and brackets; Markdown lines are long)
"""``disclosurelint import`` on more shapes of published list, through the command line: a
consent screen whose rows set a label beside its value, a documentation page whose bold data
categories name the service in a link inside the sentence, a bullet of library names that are
not companies, and a policy that repeats its vendor table as a fenced YAML registry."""

from __future__ import annotations

from pathlib import Path

from tests.common import imported, recipients

SWIFTUI_ROWS = """import SwiftUI

struct ConsentView: View {
    var body: some View {
        Form {
            Section {
                Text("使用本应用前，请阅读以下说明，了解应用集成的服务与其收集的信息。")
            }
            Section("云雀统计SDK的相关说明") {
                HStack {
                    Text("SDK名称")
                    Spacer()
                    Text("云雀统计SDK")
                        .foregroundColor(.secondary)
                }
                HStack {
                    Text("SDK服务商")
                    Spacer()
                    Text("云雀数据（杭州）有限公司")
                }
                HStack {
                    Text("收集个人信息")
                    Spacer()
                    Text("设备型号、系统版本、网络类型")
                }
                HStack {
                    Text("隐私政策链接")
                    Spacer()
                    Link("查看", destination: URL(string: "https://yunque.example.cn/privacy")!)
                }
            }
            Section {
                Button(action: { agree() }, label: { Text("同意并继续") })
            }
        }
    }
}
"""


def test_a_screen_whose_rows_set_a_label_beside_its_value_gives_its_sdk(
    tmp_path: Path,
) -> None:
    found = imported(tmp_path, "ConsentView.swift", SWIFTUI_ROWS)
    assert recipients(found) == [
        ("云雀统计SDK", "云雀数据(杭州)有限公司", "https://yunque.example.cn/privacy")
    ]


LIBRARY_LINKS = """<!DOCTYPE html>
<html>
<head><title>Pocket Shell privacy policy</title></head>
<body>
<h1>Privacy policy</h1>
<p>Pocket Shell does not collect personal data itself.</p>
<h3>Third party libraries</h3>
<p>The app bundles the libraries below, which may collect data as their own pages describe:</p>
<ul>
<li><a href="https://glitchwatch.example.org/data-disclosure">Glitchwatch Reports</a></li>
<li><a href="https://tallyho.example.org/help/collected-data">Tallyho Metrics</a></li>
</ul>
<h3>Contact</h3>
<p>Write to us at help@pocketshell.example.</p>
</body>
</html>
"""


def test_linked_names_of_libraries_are_products_not_companies(tmp_path: Path) -> None:
    found = imported(tmp_path, "privacy.html", LIBRARY_LINKS)
    assert recipients(found) == [
        ("Glitchwatch Reports", None, "https://glitchwatch.example.org/data-disclosure"),
        ("Tallyho Metrics", None, "https://tallyho.example.org/help/collected-data"),
    ]


PROVIDER_SERVICES = """# Privacy Policy

**Services**
Our app integrates with the following Lumen services:

- **Lumen Crash Reports**: Records app crashes so that we can fix them.
- **Lumen Insights**: Counts screen views to show which features are used.

Lumen may collect data as part of its operations. More about it:

- [Lumen Crash Reports Terms](https://lumen.example.com/terms/crash-reports/)
- [Lumen Privacy and Security](https://lumen.example.com/privacy/)

**Contact Us**
Open an issue in the repository.
"""


def test_bold_named_services_of_one_provider_are_its_products_and_its_documents_no_entries(
    tmp_path: Path,
) -> None:
    found = imported(tmp_path, "PRIVACY.md", PROVIDER_SERVICES)
    assert recipients(found) == [("Lumen Crash Reports", None, ""), ("Lumen Insights", None, "")]
    assert found[0]["purpose"] == "Records app crashes so that we can fix them."


SUBPROCESSOR_DOCUMENTS = """# Processors

Here you can find more information on the processors we work with:

- [Cirrus data processing agreement](https://cirrus.example.ch/dpa)
- [Cirrus compliance information](https://cirrus.example.ch/compliance)
- [Paywell data processing agreement](https://paywell.example.com/legal/dpa)
"""


def test_documents_of_several_vendors_still_name_each_vendor(tmp_path: Path) -> None:
    found = imported(tmp_path, "processors.md", SUBPROCESSOR_DOCUMENTS)
    assert [data["recipient"]["name"] for data in found] == ["Cirrus", "Paywell"]


DOCS_SITE = """# 隐私政策 {#privacy-policy}

本政策不适用于以下情况：

1. 在代码托管平台 (<https://code.example.org/>) 上的开源代码；

2. 我们在包管理器 (<https://pkgs.example.org/>) 上发布的包的下载统计。

## 我们收集哪些信息？ {#what-we-collect}

我们可能会通过集成在网站上的第三方服务收集匿名化数据：

- **访客数据**：我们的网站统计由 [Lumen Stats](https://lumenstats.example/) 提供，该服务不使用 cookies。

  - Lumen Stats 的隐私政策：<https://lumenstats.example/legal/privacy>

- **站内搜索数据**：我们的搜索由 [Finder Search](https://search.finder.example/) 提供，该服务不追踪用户。

  - Finder 的隐私政策：<https://www.finder.example/privacy/>
  - Finder 的安全合规说明：<https://www.finder.example/security/>

## 联系我们 {#contact}

请发送邮件至 <hello@example.org>。
"""


def test_services_linked_inside_bold_data_categories_are_the_entries(tmp_path: Path) -> None:
    found = imported(tmp_path, "privacy.md", DOCS_SITE)
    assert recipients(found) == [
        ("Lumen Stats", None, "https://lumenstats.example/legal/privacy"),
        ("Finder Search", None, "https://www.finder.example/privacy/"),
    ]


VENDOR_REGISTRY = """# Vendor policy

## 2. Vendor inventory

| Vendor | Purpose | Data Shared | Risk |
|--------|---------|-------------|------|
| Skyhost | Hosting | App code, traffic | Medium |
| Skyhost Postgres (Tern) | Database | Customer data | High |
| Quickcache Redis | Cache | Session data | Medium |
| Paywell | Billing | Customer emails, amounts | High |
| Lumen LLM (beta) | AI drafting | Prompts | High |

## 5. Registry

```yaml
vendors:
  - name: Skyhost
    category: hosting
    data: app, traffic
  - name: Tern (Postgres)
    category: database
    data: customer-data
  - name: Quickcache
    category: cache
    data: sessions
  - name: Lumen LLM
    category: ai
    data: prompts
```
"""


def test_a_registry_that_repeats_the_vendor_table_adds_no_vendors(tmp_path: Path) -> None:
    found = imported(tmp_path, "VENDORS.md", VENDOR_REGISTRY)
    assert [data["recipient"]["name"] for data in found] == [
        "Skyhost",
        "Skyhost Postgres (Tern)",
        "Quickcache Redis",
        "Paywell",
        "Lumen LLM (beta)",
    ]


SECOND_REGISTRY = VENDOR_REGISTRY.replace("  - name: Lumen LLM\n", "  - name: Mailfox\n")


def test_a_later_block_that_names_a_new_vendor_is_kept(tmp_path: Path) -> None:
    found = imported(tmp_path, "VENDORS.md", SECOND_REGISTRY)
    assert "Mailfox" in [data["recipient"]["name"] for data in found]


NOTES_UNDER_TABLE = """# Subprocessors

| Vendor | Purpose | Data shared |
|---|---|---|
| **Skyhost** | Hosting | All tenant data |
| **Paywell** | Payments | Card tokens |

## Notes

- **Redaction**: logs sent to Skyhost leave personal data out.
- **Sub-processor changes**: a new subprocessor needs an approved review and an update to this file.
"""


def test_a_note_on_subprocessor_changes_is_no_subprocessor(tmp_path: Path) -> None:
    found = imported(tmp_path, "SUBPROCESSORS.md", NOTES_UNDER_TABLE)
    assert [data["recipient"]["name"] for data in found] == ["Skyhost", "Paywell"]


SUMMARY_WITH_PASTED_POLICY = """Privacy Policy of Stack Blocks

Policy summary

    • Advertising

      • Brightads and Pixelnet Exchange

      • Personal Data: Cookies and Usage Data

    • Analytics

      • Tallyho Analytics

      • Personal Data: Usage Data

Further information about Personal Data

    • Mediaworks Mobile Ltd.

    • Mediaworks Mobile Ltd. Privacy Policy

    • Effective Date: May 2, 2019

    • About Us.
"""


def test_a_company_whose_policy_the_summary_pastes_is_a_recipient_too(tmp_path: Path) -> None:
    found = imported(tmp_path, "policy.txt", SUMMARY_WITH_PASTED_POLICY)
    assert [data["recipient"]["name"] for data in found] == [
        "Brightads",
        "Pixelnet Exchange",
        "Tallyho Analytics",
        "Mediaworks Mobile Ltd.",
    ]
