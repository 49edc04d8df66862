# ruff: noqa: RUF001  (the published Chinese lists use full-width punctuation)
"""Entries -> declaration mappings: recipients, data items, sharing modes, policy, ids."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from disclosurelint.importer.build import (
    ID_PATTERN,
    Declaration,
    build_declarations,
    country_code,
    data_items,
    privacy_policy,
    slugify,
)
from disclosurelint.importer.parse import parse_page, parse_text
from disclosurelint.importer.records import ImportedEntry
from disclosurelint.published import sharing_modes, split_list

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"
DATA = Path(__file__).resolve().parent.parent / "data" / "import"


def build_file(name: str, folder: str = "test", taken: set[str] | None = None) -> list[Declaration]:
    entries = parse_text((CORPUS / name).read_text(encoding="utf-8"))
    return build_declarations(entries, folder=folder, source=name, taken=taken)


def build_data_file(
    name: str, folder: str = "test", taken: set[str] | None = None
) -> list[Declaration]:
    """Declarations from one of the lists written for the tests (``tests/data/import``)."""
    page = parse_page((DATA / name).read_text(encoding="utf-8"), name=name)
    return build_declarations(page.entries, folder=folder, source=name, taken=taken)


def seed() -> list[dict[str, Any]]:
    return [
        dict(d.data)
        for d in build_file("welink-information-shared-with-third-parties.txt", "welink")
    ]


def test_seed_first_entry_recipient_is_chosen_at_run_time() -> None:
    first = seed()[0]
    assert first["recipient"] == {
        "selected_by": "administrator_or_user",
        "name_source": "the third-party web page",
        "relationship": "third_party",
    }
    assert list(first["wording"]) == ["recipient"]  # the data note and modes render verbatim
    assert first["wording"]["recipient"].startswith("the third parties (the service providers)")
    assert first["data"] == [
        {
            "item": "basic personal information (including profile image, nickname, and phone "
            "number)"
        },
        {
            "item": "basic permissions (including enterprise and organization permissions and "
            "approval interface permissions)"
        },
    ]
    assert first["data_note"].startswith("See the authorization content displayed on the page")
    assert first["sharing_modes"] == ["backend_api", "form", "terminal_initiated"]
    assert first["privacy_policy"] == {
        "reference": "See the app details page or the page content provided by the service "
        "provider."
    }
    assert first["id"] == "welink-entry-1"


def test_seed_second_entry_is_the_enterprise_customer() -> None:
    second = seed()[1]
    assert second["recipient"]["relationship"] == "enterprise_customer"
    assert second["recipient"]["name"].startswith("the enterprise or organization that uses WeLink")
    assert second["sharing_modes"] == ["backend_api", "online_service"]
    # "background" is not the generated "backend": the published words are kept
    assert second["wording"] == {"sharing_modes": "background API transmission and online service"}
    assert [item["item"] for item in second["data"]] == [
        "basic personal information (including profile picture, nickname, and phone number)",
        "enterprise C&Q information",
        "contact information",
    ]


@pytest.mark.parametrize("index", [2, 3])
def test_seed_calendar_and_contacts_are_device_services_over_a_local_api(index: int) -> None:
    entry = seed()[index]
    assert entry["recipient"]["relationship"] == "device_service"
    assert entry["sharing_modes"] == ["local_api"]
    assert "url" not in entry["privacy_policy"]
    assert entry["privacy_policy"]["reference"].startswith(
        "See the Privacy Statement of the default"
    )


def test_seed_contacts_items_are_split_on_the_serial_and() -> None:
    assert [item["item"] for item in seed()[3]["data"]] == [
        "name",
        "telephone number",
        "email address",
        "fixed-line phone number",
    ]


def test_seed_fifth_entry_names_the_company_and_its_policy_url() -> None:
    fifth = seed()[4]
    assert fifth == {
        "disclosure": 1,
        "id": "bcamcard-wechat-mini-program",
        "recipient": {
            "name": "Shanghai Hehe Information Technology Co., Ltd.",
            "relationship": "third_party",
        },
        "product": "BCamCard/WeChat Mini Program",
        "data": [
            {"item": item}
            for item in (
                "name",
                "company",
                "department",
                "job title",
                "telephone number",
                "fixed-line phone number",
                "email address",
                "address",
            )
        ],
        "purpose": "Provide the cloud business card service.",
        "scenario": "You share your cloud business card on WeLink to WeChat.",
        "sharing_modes": ["backend_api"],
        "privacy_policy": {
            "url": "https://cc-dl.camcard.com/download/PP_CamCard_zh-cn_Android.html"
        },
    }  # no wording: rendering generates "name, company, ..., and address" word for word


def test_keys_follow_the_format_order() -> None:
    order = ["disclosure", "id", "recipient", "product", "data", "data_note", "purpose"]
    order += ["scenario", "sharing_modes", "sharing_mode_note", "privacy_policy", "wording"]
    for declaration in seed():
        keys = list(declaration)
        assert keys == [key for key in order if key in keys]


def test_subprocessors_are_entrusted_processors_with_country_codes() -> None:
    declarations = build_data_file("en_subprocessors_table.md", "quillpad")
    cloudnest, mailbird = declarations[0], declarations[1]
    assert mailbird.data == {
        "disclosure": 1,
        "id": "mailbird",
        "recipient": {"name": "Mailbird", "relationship": "entrusted_processor", "country": "US"},
        "purpose": "Email Marketing",
    }
    assert declarations[2].data["recipient"]["country"] == "DE"
    assert "country" not in cloudnest.data["recipient"]
    assert [(leftover.kind, leftover.value) for leftover in cloudnest.leftovers] == [
        ("location", "Worldwide")
    ]
    for key in ("product", "data", "scenario", "sharing_modes", "privacy_policy"):
        assert key not in cloudnest.data  # not given by the source, so not invented


def test_chinese_lists_map_sharing_modes_and_ids_come_from_the_names() -> None:
    crash, pay, vela = build_data_file("zh_sdk_labels.md", "lumen")
    assert (crash.id, vela.id) == ("lantern-crash-sdk", "vela-text-translation-sdk")
    assert "sharing_modes" not in crash.data  # 处理方式 is the processing method, not the mode
    assert crash.data["processing_method"] == "通过加密传输和处理的安全处理方式"
    assert vela.data["sharing_modes"] == ["backend_api"]
    assert pay.data["data"][-1] == {"item": "网络类型"}
    assert len(pay.data["data"]) == 6
    xingfu, queqiao = build_data_file("zh_sharing_list_cut.txt", "yun")
    assert xingfu.id == "yun-entry-1"  # 星付 has no ASCII form and no known word
    assert queqiao.id == "sdk-share-sdk"
    assert xingfu.data["product"] == "星付SDK"
    assert xingfu.data["sharing_modes"] == ["sdk_on_device"]
    assert xingfu.data["data"][0] == {"item": "设备标识符(IMEI、Android ID、OAID)"}
    assert len(xingfu.data["data"]) == 3
    assert queqiao.incomplete
    assert "privacy_policy" not in queqiao.data


def test_sdk_lists_use_the_heading_as_product_and_keep_websites_as_leftovers() -> None:
    orbit, nimbus = build_data_file("en_sdk_labelled_blocks.txt")
    assert orbit.id == "orbit-push-sdk"
    assert orbit.data["product"] == "Orbit Push SDK"
    assert orbit.data["sharing_modes"] == ["sdk_on_device"]
    assert [leftover.kind for leftover in orbit.leftovers] == ["website"]
    assert nimbus.incomplete
    assert "name" not in nimbus.data["recipient"]
    assert nimbus.data["data"][0] == {"item": "device identifiers (such as Android ID, OAID)"}


@pytest.mark.parametrize(
    ("name", "ids"),
    [
        ("友盟统计SDK", "umeng-analytics-sdk"),
        ("高德定位SDK", "amap-location-sdk"),
        ("微信开放平台SDK", "wechat-open-platform-sdk"),
        ("Bugly SDK", "bugly-sdk"),
        ("\uff2e\uff4f\uff56\uff41 Analytics SDK", "nova-analytics-sdk"),
    ],
)
def test_ids_are_slugs_of_the_sdk_or_company_even_in_chinese(name: str, ids: str) -> None:
    (declaration,) = build_declarations(
        [ImportedEntry(fields={"product": name}, line=1)], folder="x", source="s"
    )
    assert declaration.id == ids


def test_ids_are_valid_and_unique_across_a_run() -> None:
    taken: set[str] = set()
    ids: list[str] = []
    for path in sorted(DATA.iterdir()):
        if path.suffix in (".txt", ".md", ".html", ".json"):
            ids += [d.id for d in build_data_file(path.name, slugify(path.stem), taken)]
    assert len(ids) == len(set(ids)) == 130
    assert all(ID_PATTERN.match(declaration_id) for declaration_id in ids)
    again = build_data_file("en_subprocessors_table.md", "quillpad", taken)
    assert again[0].id == "cloudnest-3"  # two files of the run named a "Cloudnest" already


def test_names_are_nfkc_and_the_published_spelling_stays_in_wording() -> None:
    nova, gold = build_data_file("en_lookalikes_typos_duplicates.txt")
    assert nova.data["product"] == "Nova Analytics SDK"
    assert nova.data["wording"]["product"] == "\uff2e\uff4f\uff56\uff41 Analytics SDK"
    assert gold.data["recipient"]["name"] == "北京金山云网络技术有限公司"
    assert gold.data["wording"]["recipient"] == "北京\u2fa6\u2f2d云网络技术有限公司"
    assert gold.data["privacy_policy"] == {"url": "https://cloud.goldmountain.example/privacy"}
    notes = [leftover.describe() for leftover in gold.leftovers]
    assert "label 'rivacy policy' read as 'privacypolicy' (a close spelling)" in notes


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "device identifiers (such as Android ID, OAID), MAC address",
            ["device identifiers (such as Android ID, OAID)", "MAC address"],
        ),
        ("A、B，C；D; E", ["A", "B", "C", "D", "E"]),
        ("通讯录以及日历", ["通讯录", "日历"]),
        ("通讯录和日历", ["通讯录", "日历"]),
        ("进程名和PID、网络类型", ["进程名和PID", "网络类型"]),
        (
            "screen shape and dimensions, name, and battery level",
            ["screen shape and dimensions", "name", "battery level"],
        ),
        ("设备标识符(IMEI、IMSI，OAID)、MAC地址。", ["设备标识符(IMEI、IMSI，OAID)", "MAC地址"]),
        ("网络信息（如运营商、网络类型）、IP地址", ["网络信息（如运营商、网络类型）", "IP地址"]),
    ],
)
def test_split_list_never_splits_inside_brackets(text: str, items: list[str]) -> None:
    assert split_list(text) == items


def test_data_note_only_for_a_reference_with_examples() -> None:
    assert data_items("See the page, such as name and phone number.") == (
        ["name", "phone number"],
        "See the page, such as name and phone number.",
    )
    assert data_items("See the privacy statement.") == ([], "See the privacy statement.")
    assert data_items("device info (such as model), name") == (
        ["device info (such as model)", "name"],
        None,
    )


@pytest.mark.parametrize(
    ("text", "modes", "unmapped"),
    [
        ("backend API transmission", ["backend_api"], []),
        ("background API transmission and online service", ["backend_api", "online_service"], []),
        ("local API transmission", ["local_api"], []),
        (
            "form transmission, and terminal-initiated transmission",
            ["form", "terminal_initiated"],
            [],
        ),
        ("后台接口传输", ["backend_api"], []),
        ("API 接口传输", ["backend_api"], []),
        ("API", ["backend_api"], []),
        ("SDK self-collection", ["sdk_on_device"], []),
        ("SDK local acquisition", ["sdk_on_device"], []),
        ("SDK本机采集", ["sdk_on_device"], []),
        ("Embed SDK (Tianqin SDK); SDK local acquisition", ["sdk_on_device"], []),
        ("调用系统相关接口自动采集", ["sdk_on_device"], []),
        ("by carrier pigeon", ["other"], ["by carrier pigeon"]),
        (
            "backend API transmission and carrier pigeon",
            ["backend_api", "other"],
            ["carrier pigeon"],
        ),
    ],
)
def test_sharing_mode_phrases(text: str, modes: list[str], unmapped: list[str]) -> None:
    assert sharing_modes(text) == (modes, unmapped)


def test_policy_url_only_when_the_text_holds_an_absolute_url() -> None:
    assert privacy_policy("https://example.com/privacy.") == {"url": "https://example.com/privacy"}
    assert privacy_policy("See https://example.com/p here") == {"url": "https://example.com/p"}
    assert privacy_policy("See the app details page") == {"reference": "See the app details page"}
    assert privacy_policy("www.example.com/privacy") == {"reference": "www.example.com/privacy"}
    assert privacy_policy("https://user:pw@example.com/p") == {
        "reference": "https://user:pw@example.com/p"
    }


def test_policy_text_around_a_url_is_kept_in_wording() -> None:
    entry = ImportedEntry(
        fields={"company": "Acme", "policy": "See https://acme.example/privacy"}, line=1
    )
    (declaration,) = build_declarations([entry], folder="x", source="s")
    assert declaration.data["privacy_policy"] == {"url": "https://acme.example/privacy"}
    assert declaration.data["wording"] == {"privacy_policy": "See https://acme.example/privacy"}


@pytest.mark.parametrize(
    ("location", "code"),
    [
        ("United States", "US"),
        ("Germany", "DE"),
        ("中国", "CN"),
        ("IE", "IE"),
        ("Worldwide", None),
        ("EU", None),
    ],
)
def test_country_codes(location: str, code: str | None) -> None:
    assert country_code(location) == code


def test_slugify() -> None:
    assert slugify("BCamCard/WeChat Mini Program") == "bcamcard-wechat-mini-program"
    assert slugify("zh_tingya_third_party_sharing_list") == "zh-tingya-third-party-sharing-list"
    assert slugify("支付宝") == "alipay"
    assert slugify("星付") == ""
    assert len(slugify("word " * 40)) <= 63


@pytest.mark.parametrize(
    ("fields", "wording"),
    [
        ({"data": "name, address, and phone number"}, {}),
        ({"data": "name and address"}, {}),
        ({"data": "name, address and phone number"}, {"data": "name, address and phone number"}),
        ({"data": "name, address."}, {"data": "name, address."}),
        ({"data": "姓名、手机号"}, {}),
        ({"data": "姓名，手机号"}, {"data": "姓名，手机号"}),
        ({"data": "See the page, such as name."}, {}),
        ({"sharing_mode": "backend API transmission and form transmission"}, {}),
        ({"sharing_mode": "后台接口传输、表单传输"}, {}),
        (
            {"sharing_mode": "background API transmission"},
            {"sharing_modes": "background API transmission"},
        ),
        ({"sharing_mode": "API"}, {"sharing_modes": "API"}),
        ({"sharing_mode": "by carrier pigeon"}, {}),
        ({"sharing_mode": "backend API transmission and carrier pigeon"}, {}),
    ],
)
def test_wording_only_where_rendering_would_say_it_differently(
    fields: dict[str, str], wording: dict[str, str]
) -> None:
    entry = ImportedEntry(fields={"company": "Acme", **fields}, line=1)
    (declaration,) = build_declarations([entry], folder="x", source="s")
    assert declaration.data.get("wording", {}) == wording
