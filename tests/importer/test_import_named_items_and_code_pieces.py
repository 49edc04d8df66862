"""``disclosurelint import`` on more shapes of published list, through the command line: SDKs
named at the start of numbered ``name：用于…`` items; service paragraphs that open with the
service's name and say they use it; ``Name: purpose`` bullets under "We share your data only
with:"; a register's numbered names that are placeholders; a policy kept as string pieces
joined with ``+``; and an SDK list built of constructor calls whose class is not in the file."""

# ruff: noqa: RUF001, RUF002  (full-width punctuation in published text is read on purpose)

from __future__ import annotations

from pathlib import Path

from tests.common import imported, recipients

from disclosurelint.importer import parse_text

NUMBERED_SDK_ITEMS = """三、我们可能分享的个人信息
（一）分享
除以下情形外，未经您同意，我们不会与任何第三方分享您的个人信息：
    1、向您提供服务。我们可能通过在应用中内置合作伙伴提供的SDK的方式将您的个人信息进行分享；
    （1）星河定位sdk：用于提供基于地理位置的服务；所分享的信息可能有您的网络状态、粗略位置；
    （2）云帆推送 sdk ：用于推送消息、通知；所分享的信息可能有您的设备标识；
    （3）合作物流公司：您在活动中获得实物奖励时，我们会向物流服务提供商共享您的电话和地址；
    （4）请您注意，com.example.core并非sdk，来自应用本身功能。
    2、与关联方的必要分享；
"""


def test_numbered_items_that_open_with_an_sdk_name_are_entries(tmp_path: Path) -> None:
    found = imported(tmp_path, "policy.txt", NUMBERED_SDK_ITEMS)
    # the names are what the line above calls SDKs: products, no company; the note is no entry
    assert recipients(found) == [
        ("星河定位sdk", None, ""),
        ("云帆推送 sdk", None, ""),
        ("合作物流公司", None, ""),
    ]
    assert found[0]["purpose"].startswith("用于提供基于地理位置的服务")


def test_numbered_rights_under_no_list_of_recipients_are_no_entries() -> None:
    rights = (
        "您享有以下权利：\n（1）访问权：您可以访问您的信息；\n（2）更正权：您可以更正您的信息；\n"
        "（3）删除权：您可以删除您的信息；\n"
    )
    assert parse_text(rights) == []


SERVICE_PARAGRAPHS = """Privacy Policy for Snooze Clock
1. Information We Collect
The App uses third-party services that may collect information as described below:
Lumen Metrics: We use Lumen Metrics (a service by Lumen Labs) to count app launches.
The events collected include alarm starts and stops.
Quake Reports: We use Quake Reports (a service by Lumen Labs) to collect crash reports.
Cookies: we use cookies to keep you signed in.
"""


def test_paragraphs_naming_the_service_they_use_are_entries(tmp_path: Path) -> None:
    found = imported(tmp_path, "policy.txt", SERVICE_PARAGRAPHS)
    assert recipients(found) == [(None, "Lumen Metrics", ""), (None, "Quake Reports", "")]


SHARED_WITH_BULLETS = """<section>
  <p>We share your data only with:</p>
  <ul>
    <li><strong>Orbit AI:</strong> Figures only, for analysis.</li>
    <li><strong>Paywell:</strong> Payment processing for paid features.</li>
    <li><strong>Dataforge:</strong> Database and authentication.</li>
  </ul>
  <p>Under the law you have the following rights:</p>
  <ul>
    <li><strong>Right to access:</strong> Request a copy of your data.</li>
    <li><strong>Right to erasure:</strong> Request deletion of your data.</li>
  </ul>
</section>
"""


def test_named_bullets_under_a_shared_with_lead_in_are_recipients(tmp_path: Path) -> None:
    found = imported(tmp_path, "policy.html", SHARED_WITH_BULLETS)
    assert recipients(found) == [
        (None, "Orbit AI", ""),
        (None, "Paywell", ""),
        (None, "Dataforge", ""),
    ]
    assert found[1]["purpose"] == "Payment processing for paid features."


def test_shared_with_bullets_give_way_to_the_page_s_list_of_services(tmp_path: Path) -> None:
    page = (
        "## Data Sharing\n\nWe share data with:\n"
        "- **Orbit**: For analysis\n- **Paywell**: For payments\n\n"
        "## Third-Party Services\n\nWe use the following third-party services:\n"
        "- **Orbit AI API**: Analysis\n- **Paywell Checkout**: Payments\n"
        "- **Dataforge**: Database\n"
    )
    found = imported(tmp_path, "policy.md", page)
    # the same recipients named twice: the list that names the services is the one read
    assert [d["recipient"]["name"] for d in found] == [
        "Orbit AI API",
        "Paywell Checkout",
        "Dataforge",
    ]


REGISTER = """# Sub-processor register

Last updated: [TBD: date]

## Register fields

- Vendor name
- Service provided
- Data categories processed
- Location / transfer regions
- Review date

## Entries

1. Paywell
- Service: payments
- Data: billing identifiers

2. [TBD: Hosting provider]
- Service: hosting
- Data: account, logs

3. [TBD: Queue provider]
- Service: job queue
- Data: job metadata
"""


def test_a_register_s_placeholder_names_are_entries_and_its_field_list_is_none(
    tmp_path: Path,
) -> None:
    found = imported(tmp_path, "register.md", REGISTER)
    # the colon inside "[TBD: …]" is the blank's own; the list of the register's fields
    # (labels one per bullet) is neither labelled values nor a flattened table's header
    assert [d["recipient"].get("name") for d in found] == [
        "Paywell",
        "[TBD: Hosting provider]",
        "[TBD: Queue provider]",
    ]
    assert [d.get("product") for d in found] == ["payments", "hosting", "job queue"]


STRING_PIECES = """请您仔细阅读并充分理解相关内容：<br>"+
"<br>"+
"1. 适用范围<br>"+
"    本应用会读取您的网络状态。<br>"+
"2. 第三方 SDK 名称：星河推送<br>"+
"    应用场景： 消息推送<br>"+
"    第三方 SDK 提供方：星河科技有限公司<br>"+
"    隐私政策链接：<a href=\\"https://xinghe.example.com/privacy\\">https://xinghe.example.com/privacy</a><br>"+
"<br>"+
"如果您有疑问，请通过以下联系方式与我们联系：<br>"+
"电子邮件：help@example.com"""


def test_a_policy_kept_as_string_pieces_joined_with_plus_is_read_as_its_text(
    tmp_path: Path,
) -> None:
    found = imported(tmp_path, "dialog.txt", STRING_PIECES)
    # no quote, "+" or backslash of the code is left on the company or the address
    assert recipients(found) == [
        ("星河推送", "星河科技有限公司", "https://xinghe.example.com/privacy")
    ]


def test_prose_with_a_plus_and_quotes_is_no_string_of_pieces() -> None:
    from disclosurelint.importer.concat import unquoted

    assert unquoted('He said "yes" +\nand then "no".\nThe end.') is None
    assert unquoted('"a" +\n"b" +\n"c" +\n"d";') == "a\nb\nc\nd"


CONSENT_HELPER = """package com.example.consent;

import java.util.ArrayList;
import java.util.List;

public class ConsentHelper {
    public static List<SdkConsentInfo> getSdkConsentInfos() {
        ArrayList<SdkConsentInfo> sdks = new ArrayList<>();
        sdks.add(new SdkConsentInfo("adbox-lumen", "Lumen Ads", "https://lumen.example/privacy/"));
        sdks.add(new SdkConsentInfo("adbox-orbit", "Orbit Mediation", "https://orbit.example/p"));
        return sdks;
    }

    public static String getConsentKey(String sdkId) {
        return sdkId + "_CONSENT_KEY";
    }
}
"""


def test_constructor_calls_of_a_class_declared_elsewhere_are_read_by_what_they_hold(
    tmp_path: Path,
) -> None:
    found = imported(tmp_path, "ConsentHelper.java", CONSENT_HELPER)
    # the display name is the SDK (no company is given), the address its policy, the id left out
    assert recipients(found) == [
        ("Lumen Ads", None, "https://lumen.example/privacy/"),
        ("Orbit Mediation", None, "https://orbit.example/p"),
    ]


def test_calls_that_name_no_sdk_vendor_or_partner_are_not_guessed() -> None:
    from disclosurelint.importer.positional import guessed_keys

    assert guessed_keys("Toast", ["Saved", "https://example.com/"]) is None
    assert guessed_keys("VendorInfo", ["Lumen Ads", "Orbit", "https://a.example/"]) is None
    assert guessed_keys("VendorInfo", ["lumen", "Lumen Ads", "https://a.example/"]) == [
        None,
        "name",
        "url",
    ]
