# ruff: noqa: RUF001  (the published Chinese lists use full-width punctuation)
"""Reading published lists into entries: the seed, the dev corpus, the shapes the parser knows."""

from __future__ import annotations

from pathlib import Path

import pytest

from disclosurelint.importer.build import build_declarations
from disclosurelint.importer.labels import normalize_label
from disclosurelint.importer.parse import parse_page, parse_text
from disclosurelint.importer.records import FIELD_LABELS, ImportedEntry, field_for_label

DATA = Path(__file__).resolve().parent.parent / "data"
CORPUS = DATA / "corpus"


def parse_file(name: str) -> list[ImportedEntry]:
    """Entries of the seed (``tests/data/corpus``) or of a list written for the tests in one of
    the layouts published lists use (``import/...``: ``tests/data/import``)."""
    path = DATA / name if name.startswith("import/") else CORPUS / name
    return list(parse_page(path.read_text(encoding="utf-8"), name=path.name).entries)


SEED_FIELDS = [
    {
        "company": "the third parties (the service providers) selected by the company "
        "administrator or the user. Please go to the third-party web page to see the company name.",
        "product": "Applets and SaaS applications are provided for use after users, enterprises, "
        "or organizations enable them.",
        "data": "See the authorization content displayed on the page, such as basic personal "
        "information (including profile image, nickname, and phone number) and basic permissions "
        "(including enterprise and organization permissions and approval interface permissions).",
        "purpose": "Enable or obtain services provided by third parties for your enterprise or you "
        "as required or instructed.",
        "scenario": "You use a third-party service.",
        "sharing_mode": "backend API transmission, form transmission, and terminal-initiated "
        "transmission",
        "policy": "See the app details page or the page content provided by the service provider.",
    },
    {
        "company": "the enterprise or organization that uses WeLink services and entrusts WeLink "
        "to process the personal information of its users",
        "product": "Apps, applets, and SaaS applications are provided for use after being enabled "
        "by users, enterprises, or organizations.",
        "data": "See the items in the privacy statement, such as basic personal information "
        "(including profile picture, nickname, and phone number), enterprise C&Q information, and "
        "contact information.",
        "purpose": "Provide WeLink online collaborative office services, such as instant "
        "messaging, audio and video meetings, and Clouddrive.",
        "scenario": "user personnel data (such as position information) and office data (such as "
        "attendance and approval) managed by enterprise",
        "sharing_mode": "background API transmission and online service",
        "policy": "See the Privacy Statement and Enterprise Privacy Policy on the About WeLink "
        "page of the app.",
    },
    {
        "company": "the service provider of the default Calendar on your telephone",
        "product": "default Calendar on your telephone",
        "data": "calendar and meeting schedules (including time, venue, attendees, theme, type, "
        "and bulletins)",
        "purpose": "Provide local calendar services as required.",
        "scenario": "You enable calendar synchronization.",
        "sharing_mode": "local API transmission",
        "policy": "See the Privacy Statement of the default Calendar on your telephone.",
    },
    {
        "company": "the service provider of the default Contacts on your telephone",
        "product": "default Contacts on your telephone",
        "data": "name, telephone number, email address, and fixed-line phone number",
        "purpose": "Export your contacts to the Contacts on your telephone as required.",
        "scenario": "You save your contacts to the telephone.",
        "sharing_mode": "local API transmission",
        "policy": "See the Privacy Statement of the default Contacts on your telephone.",
    },
    {
        "company": "Shanghai Hehe Information Technology Co., Ltd.",
        "product": "BCamCard/WeChat Mini Program",
        "data": "name, company, department, job title, telephone number, fixed-line phone "
        "number, email address, and address",
        "purpose": "Provide the cloud business card service.",
        "scenario": "You share your cloud business card on WeLink to WeChat.",
        "sharing_mode": "backend API transmission",
        "policy": "https://cc-dl.camcard.com/download/PP_CamCard_zh-cn_Android.html",
    },
]


def test_seed_yields_five_entries_with_the_published_words() -> None:
    entries = parse_file("welink-information-shared-with-third-parties.txt")
    assert [dict(entry.fields) for entry in entries] == SEED_FIELDS
    assert [entry.line for entry in entries] == [7, 22, 37, 52, 67]
    assert dict(entries[0].field_lines) == {
        "company": 7,
        "product": 9,
        "data": 11,
        "purpose": 13,
        "scenario": 15,
        "sharing_mode": 17,
        "policy": 19,
    }
    assert entries[0].labels["policy"] == "Personal data handling rules of the third party"
    assert not any(entry.incomplete or entry.unmapped or entry.title for entry in entries)


@pytest.mark.parametrize(
    ("name", "count", "incomplete"),
    [
        ("welink-information-shared-with-third-parties.txt", 5, []),
        ("import/en_sdk_labelled_blocks.txt", 2, [1]),
        ("import/en_repeated_label_sharing.txt", 3, [2]),
        ("import/en_subprocessors_table.md", 4, []),
        ("import/zh_sdk_labels.md", 3, []),
        ("import/zh_sharing_list_cut.txt", 2, [1]),
        ("import/en_subprocessors_rowspan.html", 3, []),
        ("import/zh_sdk_headings.html", 3, []),
        ("import/en_pipe_table_no_separator.txt", 3, [2]),
        ("import/zh_cell_per_line.txt", 2, [1]),
        ("import/en_space_separated.txt", 3, []),
        ("import/en_tab_separated.txt", 2, []),
        ("import/en_subprocessors.json", 3, [2]),
        ("import/en_md_bullets.md", 4, []),
        ("import/en_lookalikes_typos_duplicates.txt", 2, []),
        ("import/en_paragraph_subprocessors.txt", 3, []),
        ("import/zh_numbered_pipe_table.txt", 4, []),
        ("import/zh_cell_per_paragraph.txt", 3, [2]),
        ("import/zh_glued_table.txt", 3, [2]),
        ("import/zh_hant_labels.txt", 2, []),
        ("import/en_sdk_named_in_sharing_method.txt", 2, []),
        ("import/zh_label_then_blank_value.md", 2, []),
        ("import/zh_spaced_cells_with_spaces.txt", 2, []),
        ("import/zh_cell_per_line_pipes.txt", 2, []),
        ("import/en_vendor_pages_mixed.html", 3, []),
        ("import/en_processor_headings_and_links.md", 3, []),
        ("import/zh_hant_bare_links.md", 2, []),
        ("import/en_address_in_name_and_spaced.md", 5, []),
        ("import/zh_cell_per_paragraph_extra_cell.txt", 2, []),
        ("import/en_jsx_table.html", 2, []),
        ("import/zh_hant_cell_per_line_pinyin.txt", 2, []),
        ("import/zh_bilingual_side_by_side_header.html", 2, []),
        ("import/en_name_bullets_dpa_provider.md", 5, []),
        ("import/en_processor_headers_and_one_company_twice.md", 4, []),
        ("import/zh_label_line_value_line.txt", 2, []),
        ("import/zh_tab_and_spaced_labels.txt", 2, []),
        ("import/zh_two_labels_one_line.md", 2, []),
        ("import/zh_pairs_on_a_line_and_section_titles.txt", 3, []),
    ],
)
def test_each_document_yields_the_entries_it_holds(
    name: str, count: int, incomplete: list[int]
) -> None:
    entries = parse_file(name)
    assert len(entries) == count
    assert [index for index, entry in enumerate(entries) if entry.incomplete] == incomplete


def test_headings_become_titles_and_the_cut_entry_keeps_what_it_has() -> None:
    orbit, nimbus = parse_file("import/en_sdk_labelled_blocks.txt")
    assert (orbit.title, orbit.line) == ("Orbit Push SDK", 8)
    assert orbit.fields["company"] == "Orbit Messaging Technologies Co., Ltd."
    assert orbit.labels["data"] == "involves personal information"
    assert orbit.fields["sharing_mode"] == "SDK self-collection"
    assert orbit.fields["website"] == "https://developer.orbit-push.example/"
    assert orbit.links["policy"] == "https://developer.orbit-push.example/legal/privacy"
    assert (nimbus.title, nimbus.line, nimbus.incomplete) == ("Nimbus Crash SDK", 16, True)
    assert set(nimbus.fields) == {"data"}
    assert nimbus.fields["data"].endswith("network type (such as Wi")


def test_a_repeated_label_is_joined_and_noted() -> None:
    entries = parse_file("import/en_repeated_label_sharing.txt")
    first = entries[0]
    assert first.title == "Finding nearby devices"
    assert first.fields["sharing_mode"] == "Embed SDK (Beacon SDK); SDK local acquisition"
    assert first.field_lines["sharing_mode"] == 5
    assert "given again on line 9" in first.notes[0]
    assert entries[1].fields["product"] == "app (Harbor Home)"
    assert entries[1].fields["sharing_mode"] == "API"
    last = entries[2]
    assert (last.title, last.fields["purpose"], last.incomplete) == ("Harbor Fit", "s", True)
    assert "scenario" not in last.fields


def test_table_rows_become_entries() -> None:
    entries = parse_file("import/en_subprocessors_table.md")
    assert [entry.fields["company"] for entry in entries] == [
        "Cloudnest",
        "Mailbird",
        "Metricly",
        "Talkwave",
    ]
    assert dict(entries[0].fields) == {
        "company": "Cloudnest",
        "purpose": "Cloud Infrastructure",
        "location": "Worldwide",
    }
    assert entries[0].labels["company"] == "Subprocessor"
    assert [entry.line for entry in entries] == [10, 11, 12, 13]


def test_unlabelled_paragraphs_of_a_processor_list() -> None:
    hostforge, paybridge, edgewall = parse_file("import/en_paragraph_subprocessors.txt")
    assert (hostforge.fields["company"], hostforge.fields["location"]) == (
        "Hostforge GmbH",
        "Germany (EU)",
    )
    assert paybridge.fields["company"] == "Paybridge Europe, Ltd."
    assert edgewall.fields["purpose"] == "DNS and CDN for static files."
    assert edgewall.unmapped == (("Transfer mechanism", "Standard Contractual Clauses"),)
    assert all(entry.processor for entry in (hostforge, paybridge, edgewall))


def test_rows_without_their_number_cell_keep_their_columns() -> None:
    merchants, suda, feima, nuofu = parse_file("import/zh_numbered_pipe_table.txt")
    assert merchants.fields["company"] == "商家" and "policy" not in merchants.links
    assert suda.links["policy"] == "https://www.suda.example/privacy/"
    assert (feima.fields["company"], feima.fields["scenario"]) == ("飞马物流", "订单交付")
    # the address the page gives in its policy column is the policy link, whatever its path
    assert feima.links == {"policy": "https://www.feima.example/terms"}
    assert nuofu.links["policy"] == "https://pay.nuofu.example/privacy.html"  # spaces removed


def test_a_table_flattened_to_one_paragraph_per_cell() -> None:
    yuntu, feige, qingniao = parse_file("import/zh_cell_per_paragraph.txt")
    assert dict(yuntu.fields) == {
        "product": "云图地图",
        "company": "云图软件有限公司",
        "purpose": "展示地图",
        "scenario": "在地图页面时",
        "policy": "https://lbs.yuntu.example/privacy",
    }
    assert feige.links["policy"] == "https://push.feige.example/privacy-policy"
    assert (qingniao.fields["product"], qingniao.incomplete) == ("青鸟统计", True)


def test_a_table_whose_cells_run_together() -> None:
    yuntu, beacon, feige = parse_file("import/zh_glued_table.txt")
    assert (yuntu.fields["product"], yuntu.fields["company"]) == (
        "云图分析 SDK",
        "云图数据科技(杭州)有限公司",
    )
    # the URL is glued to the processing method before it
    assert yuntu.links["policy"] == "https://yuntu.example/legal/privacy-cn.html"
    assert (beacon.fields["product"], beacon.fields["company"]) == (
        "Beacon Analytics SDK",
        "信标网络技术有限公司",
    )
    assert beacon.links["policy"] == "https://beacon.example/privacy"
    assert (feige.fields["company"], feige.incomplete) == ("飞鸽信息技术(深圳)有限公司", True)
    assert "policy" not in feige.links


def test_traditional_labels_find_their_fields_and_the_words_stay_published() -> None:
    xingtu, yunque = parse_file("import/zh_hant_labels.txt")
    assert xingtu.title == "星圖統計SDK"
    assert xingtu.fields["company"] == "星圖數據股份有限公司"  # not converted
    assert xingtu.labels["company"] == "第三方業者"
    assert xingtu.fields["data"] == "裝置識別碼、作業系統版本"
    assert xingtu.links["policy"] == "https://xingtu.example/zh-tw/privacy"
    assert yunque.fields["company"] == "雲鵲網絡科技有限公司"
    assert yunque.fields["scenario"] == "使用第三方帳號登入時"
    assert yunque.links["policy"] == "https://yunque.example/privacy"


def test_an_sdk_named_only_in_the_sharing_method_is_the_product() -> None:
    lantern, casting = parse_file("import/en_sdk_named_in_sharing_method.txt")
    assert lantern.fields["product"] == "Lantern SDK"
    assert lantern.fields["sharing_mode"] == "Embed SDK (Lantern SDK)"
    assert "product" not in casting.fields
    assert not casting.incomplete  # a product read out of the sharing method is not expected


def test_a_value_a_blank_line_below_its_label() -> None:
    xinghe, yunque = parse_file("import/zh_label_then_blank_value.md")
    assert xinghe.fields["company"] == "星河互动科技有限公司"  # 第三方机构名称
    assert xinghe.fields["purpose"] == "在星河平台的用户登录、支付"  # SDK用途
    assert xinghe.links["policy"] == "https://open.xinghe.example/privacy.html"
    assert yunque.links["policy"] == "https://push.yunque.example/doc/privacy"


def test_single_spaced_chinese_cells_that_hold_a_space() -> None:
    yuntu, xingji = parse_file("import/zh_spaced_cells_with_spaces.txt")
    assert (yuntu.fields["company"], yuntu.fields["product"]) == (
        "北京云图科技有限公司",
        "云图语音SDK",
    )
    assert yuntu.fields["data"] == "音频内容、设备型号、user agent、IP地址"
    assert (yuntu.fields["purpose"], yuntu.fields["sharing_mode"]) == (
        "用于语音输入",
        "SDK本机采集",
    )
    assert xingji.fields["data"].endswith("设备标识符 PUSHID)、推送状态")
    assert xingji.links["policy"] == "https://open.xingji.example/docs?id=202"


def test_one_cell_per_line_each_closed_by_a_pipe() -> None:
    yuntu, xinghe = parse_file("import/zh_cell_per_line_pipes.txt")
    assert (yuntu.fields["company"], yuntu.fields["product"]) == ("云图终端有限公司", "云图推送SDK")
    assert "policy" not in yuntu.fields  # a lone "|" is an empty cell
    assert xinghe.links["policy"] == "https://push.xinghe.example/privacy"  # 第三方隐私连接


def test_one_cell_per_line_under_a_platform_column_with_sdk_names() -> None:
    entries = parse_file("import/zh_cell_per_line_platform_sdk_column.txt")
    # the iOS and Android rows of one SDK are one entry; the next table's title, its opening
    # pipes and its header cut off give none
    products = [e.fields.get("product") for e in entries]
    assert products == ["星河推送SDK", "云帆崩溃SDK", "海川语音SDK"]
    # a 第三方 column of SDK names, none a company: the products, not the recipients
    assert not any("company" in e.fields for e in entries)
    push, crash, voice = entries
    assert (push.fields["data"], push.fields["sharing_mode"]) == ("设备型号、IP", "自动收集")
    assert "policy" not in push.links and not voice.links  # a lone "|": no address
    # a 官网链接 column whose address is a privacy site holds the privacy policy
    assert crash.links == {"policy": "https://privacy.yunfan.example/doc/abc"}


def test_single_spaced_rows_that_leave_out_their_first_cells() -> None:
    entries = parse_file("import/zh_spaced_rows_without_first_cells.txt")
    assert [(e.fields.get("scenario"), e.fields["company"]) for e in entries] == [
        ("身份核验", "星河认证服务有限公司"),
        ("云盘服务", "云帆数据科技有限公司"),
        (None, "海川客服(杭州)有限公司"),  # continues the scenario above: no scenario cell
        (None, "北辰出行有限公司"),  # after a row that continues a company (no entry)
    ]
    haichuan, beichen = entries[2:]
    assert (haichuan.fields["data"], haichuan.fields["contact"]) == ("设备信息", "0571-1111111")
    assert beichen.fields["data"] == "手机号码、地"


def test_a_company_column_that_names_companies_stays_the_recipient() -> None:
    text = (
        "第三方名称 共享的个人信息 使用目的\n"
        "星河推送SDK有限公司 设备型号 用于推送\n"
        "云帆数据科技有限公司 系统版本 用于分析\n"
    )
    assert [e.fields.get("company") for e in parse_text(text)] == [
        "星河推送SDK有限公司",
        "云帆数据科技有限公司",
    ]


def test_name_dash_purpose_items_and_the_sites_own_navigation() -> None:
    entries = parse_file("import/en_vendor_pages_mixed.html")
    assert [(e.fields["company"], e.fields["purpose"]) for e in entries] == [
        ("Paylark", "Billing"),
        ("Metricly Analytics", "Analytics"),
        ("Hostforge", "Servers"),
    ]  # "Privacy Policy", "Terms of Service": relative links of the site, not recipients


def test_a_company_heading_with_prose_supplier_tables_and_a_policies_column() -> None:
    hostforge, cloudnest, metricly = parse_file("import/en_processor_headings_and_links.md")
    assert hostforge.fields["company"] == "Hostforge GmbH"
    assert (cloudnest.fields["company"], cloudnest.fields["purpose"]) == (
        "Cloudnest Ltd.",
        "Bare metal hosting",
    )
    assert metricly.fields["company"] == "Metricly; (Metricly Web)"  # bold marks removed
    assert metricly.links == {
        "policy": "https://metricly.example/answer/7318",
        "dpa": "https://metricly.example/dpa",
    }


def test_bare_link_lines_a_blank_line_apart() -> None:
    nimbus, cloudnest = parse_file("import/zh_hant_bare_links.md")
    assert nimbus.fields["company"] == "Nimbus Play Service"
    assert nimbus.links["policy"] == "https://nimbus.example/privacy"
    assert cloudnest.links["policy"] == "https://cloudnest.example/policies/analytics"


def test_section_rows_a_second_header_and_chinese_english_cells() -> None:
    yunfu, merchants = parse_file("import/zh_pipe_sections_bilingual.txt")
    assert (yunfu.fields["company"], yunfu.fields["product"]) == (
        "云付(杭州)信息技术有限公司",
        "云付",
    )
    assert yunfu.links["policy"] == "https://yunfu.example/privacy"
    assert merchants.fields["company"] == "店铺商家"  # under the second header, 合作方类型
    assert merchants.labels["company"] == "合作方类型 Type of Partner"
    assert "policy" not in merchants.links


def test_an_address_after_the_name_and_a_single_spaced_english_table() -> None:
    cloudnest, mailbird, heinlein, metricly, talkwave = parse_file(
        "import/en_address_in_name_and_spaced.md"
    )
    assert [e.fields["company"] for e in (cloudnest, mailbird, heinlein)] == [
        "Cloudnest SARL",
        "Mailbird B.V.",
        "Heinlein Example GmbH",
    ]
    assert dict(metricly.fields) == {
        "company": "Metricly Analytics",
        "purpose": "Email analytics provider",
        "location": "Indiana, USA",
    }
    assert talkwave.fields["company"] == "Talkwave Inc."


def test_rows_of_one_cell_per_paragraph_end_at_their_address() -> None:
    feige, lantern = parse_file("import/zh_cell_per_paragraph_extra_cell.txt")
    assert feige.fields["company"] == "飞鸽; 飞鸽推送"  # a name given over two paragraphs
    assert feige.fields["scenario"] == "推送通知功能"
    assert feige.links["policy"] == "https://feige.example/license/privacy"
    assert (lantern.fields["company"], lantern.fields["data"]) == ("Lantern", "设备型号、系统版本")


def test_a_commented_out_row_of_a_jsx_page_is_no_entry() -> None:
    entries = parse_file("import/en_jsx_table.html")
    assert [e.fields["company"] for e in entries] == ["Cloudnest Inc.", "Paylark"]


def test_pinyin_readings_an_unknown_header_cell_and_a_row_without_its_policy_cell() -> None:
    xingtu, yunque = parse_file("import/zh_hant_cell_per_line_pinyin.txt")
    assert (xingtu.fields["product"], xingtu.fields["company"]) == ("星圖推送", "星圖終端有限公司")
    assert "policy" not in xingtu.fields  # the company written where the policy cell would be
    assert yunque.fields["company"] == "深圳市雲鵲計算機系統有限公司"  # "(tǒng)" dropped
    assert yunque.links["policy"] == "https://privacy.yunque.example/map"


def test_a_header_in_chinese_and_english_cells_side_by_side() -> None:
    xingtu, yunque = parse_file("import/zh_bilingual_side_by_side_header.html")
    assert (xingtu.fields["product"], xingtu.fields["purpose"]) == ("星图SDK", "渲染页面")
    assert "company" not in xingtu.fields  # the package name is no company
    assert xingtu.links["policy"] == "https://xingtu.example/privacy"
    assert yunque.links["policy"] == "https://yunque.example/privacy"


def test_bare_name_bullets_a_dpa_link_text_and_an_underlying_provider() -> None:
    *bullets, talkwave, hostforge = parse_file("import/en_name_bullets_dpa_provider.md")
    assert [e.fields["company"] for e in bullets] == ["Cloudnest Hosting", "Metricly", "Paylark"]
    assert (talkwave.fields["product"], talkwave.fields["company"]) == ("Talkwave", "Talkwave Inc.")
    assert hostforge.fields["company"] == "Hostforge GmbH"


def test_rows_without_their_closing_pipe_and_one_company_in_two_rows() -> None:
    pagewell, memberly, hosting, mail = parse_file(
        "import/en_processor_headers_and_one_company_twice.md"
    )
    assert dict(pagewell.fields) == {
        "company": "Pagewell",  # "Data Processor" names the recipient
        "purpose": "Website hosting",
        "location": "San Francisco, US",
    }
    assert memberly.fields["company"] == "Memberly"  # not joined to the row above
    # the words in brackets tell two services of one company apart: not merged
    assert (hosting.fields["company"], mail.fields["company"]) == (
        "Cloudnest Inc. (Hosting)",
        "Cloudnest Inc. (Mail)",
    )
    assert mail.fields["purpose"] == "Inbox for support addresses."  # "Related Services"


def test_page_details_are_not_an_entry() -> None:
    text = "# Sub-processors\n\nLast updated: 2025-01-01\nContact: privacy@acme.example\n"
    assert parse_text(text) == []


def test_chinese_labels_spaced_labels_and_markdown_links() -> None:
    crash, pay, vela = parse_file("import/zh_sdk_labels.md")
    assert crash.fields["product"] == "Lantern Crash SDK"
    assert crash.fields["company"] == "深圳市灯塔计算机系统有限公司"
    assert crash.fields["purpose"] == "排查崩溃问题，提升APP运行质量"
    assert crash.fields["processing_method"] == "通过加密传输和处理的安全处理方式"
    assert pay.labels["product"] == "第三方 SDK 名称"
    assert pay.fields["product"] == "App 星付客户端 SDK"
    assert pay.fields["scenario"] == "提供充值功能"
    assert pay.links["policy"] == "https://docs.xingfu.example/privacy/sdk"
    assert "sharing_mode" not in pay.fields
    assert vela.fields["data"] == "文本"
    assert vela.fields["sharing_mode"] == "API 接口传输"
    assert vela.fields["purpose"] == "实现翻译功能"


def test_unknown_label_and_cut_off_label() -> None:
    xingfu, queqiao = parse_file("import/zh_sharing_list_cut.txt")
    assert (xingfu.title, xingfu.line) == ("星付SDK", 9)
    assert xingfu.fields["company"] == "星付(中国)网络技术有限公司"
    assert xingfu.fields["sharing_mode"] == "调用系统相关接口自动采集"
    assert xingfu.fields["policy"] == "https://docs.xingfu.example/open/54"
    assert xingfu.unmapped == (("数据是否去标识化传输", ""),)
    assert not xingfu.incomplete
    assert queqiao.title == "鹊桥SDK(含鹊桥分享SDK)"
    assert queqiao.incomplete
    assert "policy" not in queqiao.fields
    assert queqiao.unmapped == (("数据是否去标识化", ""),)


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("第三方 SDK 名称", "product"),
        ("第三方SDK名称", "product"),
        ("PRODUCT / MODE", "product"),
        ("Third-party name", "company"),
        ("第三方SDK提供方的公司名称", "company"),
        ("Shared Information", "data"),
        ("个人信息收集范围", "data"),
        ("使用目的及功能场景", "purpose"),
        ("实现功能/场景", "scenario"),
        ("Collection method", "sharing_mode"),
        ("处理方式", "processing_method"),
        ("Privcy Policy", "policy"),
        ("rivacy policy", "policy"),
        ("隐私政策链接（供参考）", "policy"),
        ("Legal Entity", "company"),
        ("Vendor", "company"),
        ("Privacy Notice URL", "policy"),
        ("合作方主体", "company"),
        ("SDK提供方", "company"),
        ("开发者名称", "company"),
        ("个人信息处理规则", "policy"),
        ("SDK隐私说明链接", "policy"),
        ("第三方SDK隐私政策链接", "policy"),
        ("Partner Privacy Policy", "policy"),
        ("Location", "location"),
        ("数据是否去标识化传输", None),
        ("Title", None),
    ],
)
def test_label_matching_ignores_case_spaces_and_punctuation(label: str, field: str | None) -> None:
    assert field_for_label(label) == field


def test_every_listed_label_maps_to_its_own_field() -> None:
    for name, labels in FIELD_LABELS.items():
        for label in labels:
            assert field_for_label(label) == name, label
    assert normalize_label("第三方 SDK 名称") == normalize_label("第三方SDK名称")


def test_headed_and_numbered_entries_bullets_and_full_width_colons() -> None:
    text = (
        "# Partners\n\n"
        "## 1. Huawei Push SDK\n\n"
        "- **Company**: Huawei Software Technologies Co., Ltd.\n"
        "- **Purpose:** Push messaging\n"
        "- Privacy policy: [Huawei privacy](https://developer.huawei.com/privacy)\n\n"
        "## 2. 支付宝SDK\n\n"
        "- 公司名称：支付宝(中国)网络技术有限公司\n"
        "- 使用目的：支付\n"
    )
    first, second = parse_text(text)
    assert (first.title, first.line) == ("Huawei Push SDK", 3)
    assert first.fields == {
        "company": "Huawei Software Technologies Co., Ltd.",
        "purpose": "Push messaging",
        "policy": "https://developer.huawei.com/privacy",
    }
    assert (second.title, second.fields["company"]) == ("支付宝SDK", "支付宝(中国)网络技术有限公司")


def test_numbered_label_lines_start_entries() -> None:
    text = "1. Company: Alpha Ltd.\nPurpose: A\n2. Company: Beta Ltd.\nPurpose: B\n"
    assert [entry.fields["company"] for entry in parse_text(text)] == ["Alpha Ltd.", "Beta Ltd."]


def test_blank_lines_separate_compact_entries_with_different_first_labels() -> None:
    text = "Company: Alpha\nPurpose: A\n\nProduct: Beta app\nCompany: Beta\n"
    alpha, beta = parse_text(text)
    assert alpha.fields == {"company": "Alpha", "purpose": "A"}
    assert beta.fields == {"product": "Beta app", "company": "Beta"}


def test_wrapped_value_lines_continue_the_value() -> None:
    text = "Company: Alpha\nPurpose: Provide the service\nto our users\nScenario: Sign-in\n"
    (entry,) = parse_text(text)
    assert entry.fields["purpose"] == "Provide the service to our users"
    assert entry.fields["scenario"] == "Sign-in"


def test_pipe_table_without_outer_pipes_and_short_rows() -> None:
    text = (
        "Vendor | Purpose | Location | Notes\n"
        "--- | --- | --- | ---\n"
        "[Acme](https://acme.example) | Hosting | Germany | none\n"
        "Beta Corp | Mail | Ireland\n"
    )
    acme, beta = parse_text(text)
    assert acme.fields == {"company": "Acme", "purpose": "Hosting", "location": "Germany"}
    assert acme.links == {"website": "https://acme.example"}  # a bare home page
    assert acme.unmapped == (("Notes", "none"),)
    assert beta.incomplete


def test_a_table_without_recipients_and_plain_prose_yield_nothing() -> None:
    assert parse_text("| exit | meaning |\n|---|---|\n| 0 | ok |\n") == []
    assert parse_text("We share data with partners.\n\nNote: nothing to see here.\n") == []
    assert parse_text("") == []


def test_source_header_is_skipped_but_line_numbers_stay_the_files() -> None:
    text = (
        "Source: https://example.com\nTitle: Company: not an entry\n\nCompany: Alpha\nPurpose: A\n"
    )
    (entry,) = parse_text(text)
    assert (entry.fields["company"], entry.line) == ("Alpha", 4)


def test_the_page_title_and_introduction_are_the_text_above_the_entries() -> None:
    page = parse_page(
        "# Acme Partners\n\nWe share data\nwith these partners.\n\nThe list:\n\n"
        "## Hosting\n\nCompany: Acme\nPurpose: Hosting\n"
    )
    assert page.title == "Acme Partners"
    assert page.introduction == ("We share data with these partners.", "The list:")
    assert [entry.title for entry in page.entries] == ["Hosting"]  # the entry's own heading


def test_a_first_line_that_reads_as_a_sentence_is_no_title() -> None:
    page = parse_page("We share your data with these partners.\n\nCompany: Acme\nPurpose: x\n")
    assert page.title is None
    assert page.introduction == ("We share your data with these partners.",)


def test_front_matter_gives_the_title_and_a_table_header_is_not_introduction() -> None:
    text = (
        "---\ntitle: Subprocessor List\nslug: subprocessors\n---\n\nThis page lists them.\n\n"
        "| Subprocessor | Purpose |\n| --- | --- |\n| Acme | Hosting |\n"
    )
    page = parse_page(text)
    assert (page.title, page.introduction) == ("Subprocessor List", ("This page lists them.",))
    assert page.entries[0].fields["company"] == "Acme"


def test_a_source_header_is_not_part_of_the_page() -> None:
    body = (DATA / "import" / "zh_sdk_labels.md").read_text(encoding="utf-8")
    text = "Source: https://example.com/sdk\nTitle: SDK list\n\n" + body
    page = parse_page(text)
    assert page.title == "第三方SDK清单"
    assert len(page.introduction) == 1 and page.introduction[0].startswith("为保障APP稳定运行")
    assert [entry.line - 3 for entry in page.entries] == [e.line for e in parse_text(body)]


def test_labels_and_values_on_alternate_lines() -> None:
    xinghe, bailu = parse_file("import/zh_label_line_value_line.txt")
    assert (xinghe.fields["product"], xinghe.fields["company"]) == (
        "星河推送SDK",
        "星河云科技有限公司",
    )
    assert xinghe.fields["data"] == "设备标识符（OAID、Android ID）"  # 收集的个人信息类型
    assert xinghe.links["policy"] == "https://push.xinghe.example/privacy"
    assert xinghe.field_lines["company"] == 6  # the line of the label in the source
    assert bailu.fields["company"] == "白鹭数据（杭州）有限公司"  # 合作方
    assert bailu.links == {
        "policy": "https://bailu.example/legal/privacy",
        "website": "https://bailu.example/",  # 官网链接 is no privacy policy
    }


def test_a_label_then_a_tab_or_two_spaces_then_its_value() -> None:
    xinghe, bailu = parse_file("import/zh_tab_and_spaced_labels.txt")
    assert (xinghe.title, xinghe.fields["company"]) == ("星河推送SDK", "星河云科技有限公司")
    assert xinghe.fields["sharing_mode"] == "SDK本机采集"
    assert (bailu.title, bailu.fields["company"]) == ("白鹭统计SDK", "白鹭数据（杭州）有限公司")
    assert bailu.fields["purpose"] == "统计分析；启动时上报"
    assert bailu.links["policy"] == "https://bailu.example/legal/privacy"


def test_two_labelled_values_on_one_line() -> None:
    xinghe, bailu = parse_file("import/zh_two_labels_one_line.md")
    assert xinghe.fields["company"] == "星河云科技有限公司"
    assert xinghe.fields["purpose"] == "消息推送"
    assert xinghe.fields["scenario"] == "后台"
    assert xinghe.links["policy"] == "https://push.xinghe.example/privacy"
    assert xinghe.links["website"] == "https://push.xinghe.example/"
    assert bailu.links["policy"] == "https://bailu.example/legal/privacy"  # a Markdown link


def test_a_semicolon_inside_a_value_stays_in_it() -> None:
    (entry,) = parse_text(
        "第三方名称：星河云科技有限公司\n使用目的：推送；广告：不涉及\n隐私政策链接：https://a.example/p\n"
    )
    assert entry.fields["purpose"] == "推送；广告：不涉及"  # "广告" is no known label


def test_labelled_values_a_space_apart_and_section_titles_between_entries() -> None:
    xinghe, bailu, qingsong = parse_file("import/zh_pairs_on_a_line_and_section_titles.txt")
    assert (xinghe.fields["company"], xinghe.fields["purpose"]) == (
        "星河云科技有限公司",
        "消息推送",
    )
    assert xinghe.links == {
        "policy": "https://push.xinghe.example/privacy",
        "website": "https://push.xinghe.example/",
    }
    assert bailu.fields["company"] == "白鹭数据（杭州）有限公司"
    assert bailu.fields["purpose"] == "统计分析 上报周期：每日"  # no known label: one value
    # "二、第三方合作方" titles a section, not the partner below it, which is whole
    assert (qingsong.title, qingsong.fields["company"]) == (None, "青松物流有限公司")
    assert "product" not in qingsong.fields
    assert not qingsong.incomplete


def test_one_cell_per_line_each_row_opened_by_a_lone_pipe() -> None:
    xinghe, yuntu, beichen = parse_file("import/zh_cell_per_line_row_pipes.txt")
    assert [(e.fields["company"], e.fields["product"]) for e in (xinghe, yuntu, beichen)] == [
        ("星河云科技有限公司", "星河账号服务"),
        ("云图通信有限公司", "云图一键登录服务"),
        ("北辰出行服务有限公司", "北辰预约服务"),
    ]
    assert xinghe.links["policy"] == "https://privacy.xinghe.example/account"
    assert "policy" not in yuntu.fields  # its last cell is a lone "|": empty
    assert yuntu.fields["data"] == "网络类型、运营商类型"
    assert beichen.incomplete and not xinghe.incomplete and not yuntu.incomplete


def test_planned_former_and_customer_configured_sections_are_set_aside() -> None:
    path = DATA / "import" / "en_subprocessors_current_planned_former.md"
    page = parse_page(path.read_text(encoding="utf-8"), name=path.name)
    assert [e.fields["company"] for e in page.entries] == [
        "Northwind Hosting, Inc.",
        "Brightmail Ltd",
    ]
    northwind = page.entries[0]
    assert (northwind.fields["purpose"], northwind.fields["location"]) == (
        "Hosting and backups",
        "United States",
    )
    assert northwind.fields["data"] == "Everything the service stores"  # "What it receives"
    assert [(s.line, s.heading, s.entries) for s in page.set_aside] == [
        (12, "Decided, not yet in use", 1),
        (18, "Only where a customer configures it", 0),  # listed though no table was read
        (24, "Former sub-processors", 1),
    ]


def test_colspan_section_rows_and_links_whose_words_shorten_the_address() -> None:
    xinghe, yuntu = parse_file("import/zh_sdk_table_section_rows_shortened_links.html")
    assert (xinghe.fields["product"], yuntu.fields["product"]) == ("星河推送SDK", "认证服务提供方")
    # the link's words show a shortened address; the link goes to the policy itself
    assert xinghe.links["policy"] == "https://push.xinghe.example/legal/privacy-2024.html"
    # two companies, one link each: the first link, not the two run together
    assert yuntu.links["policy"] == "https://id.yuntu.example/privacy"


def test_project_pages_in_a_policy_or_project_column_and_partner_kinds() -> None:
    xingtu, qingtu, shuanglian, courier, sms = parse_file(
        "import/zh_components_and_partner_kinds.md"
    )
    assert (xingtu.fields["product"], xingtu.fields["data"]) == ("星图统计", "设备标识符")
    assert xingtu.links["policy"] == "https://xingtu.example/privacy"
    assert "policy" not in qingtu.links  # a repository page is the project's page
    assert qingtu.links["website"] == "https://github.com/qingtu/qingtu"
    assert shuanglian.links == {
        "policy": "https://shuanglian.example/privacy",
        "website": "https://shuanglian.example/",
    }
    assert (courier.fields["product"], sms.fields["company"]) == (
        "快递物流服务提供商",
        "云图通信有限公司",
    )


def test_a_repository_page_under_policy_or_project_gives_no_privacy_policy() -> None:
    [declaration] = [
        d
        for d in build_declarations(
            parse_file("import/zh_components_and_partner_kinds.md"), folder="x", source="s.md"
        )
        if d.entry.fields.get("product") == "轻图库"
    ]
    assert "privacy_policy" not in declaration.data


def test_numbered_labels_of_one_item_and_an_address_broken_by_a_space() -> None:
    xinghe, yuntu = parse_file("import/zh_numbered_sub_labels.txt")
    # "2.开发者" and "3.SDK隐私政策链接" continue the item "1. SDK名称" opened
    assert (xinghe.fields["product"], xinghe.fields["company"]) == (
        "星河支付SDK",
        "星河支付科技有限公司",
    )
    assert xinghe.links["policy"] == "https://pay.xinghe.example/privacy#%E9%9A%90%E7%A7%81"
    assert (yuntu.fields["company"], yuntu.links["policy"]) == (
        "云图科技有限公司",
        "https://share.yuntu.example/privacy",
    )


def test_an_item_that_names_its_sdk_twice_stays_one_entry() -> None:
    beichen, qixing = parse_file("import/zh_item_named_twice.txt")
    assert beichen.fields["company"] == "北辰标识研究院"  # SDK厂家
    assert qixing.fields["product"].startswith("七星云存储")
    assert (qixing.fields["company"], qixing.links["policy"]) == (
        "七星云信息技术有限公司",
        "https://qixing.example/privacy",
    )


def test_numbered_names_ending_in_a_colon_head_their_dash_labels() -> None:
    analytics, crash = parse_file("import/zh_numbered_names_with_colon_dash_labels.md")
    assert (analytics.title, crash.title) == ("星图分析 SDK", "星图崩溃服务SDK")
    assert analytics.fields["company"] == "星图软件有限公司"
    assert crash.links["policy"] == "https://xingtu.example/crash-privacy"


def _names(text: str) -> list[tuple[str | None, str | None, str | None]]:
    declarations = build_declarations(list(parse_page(text).entries), folder="t", source="t")
    return [
        (
            declaration.data.get("product"),
            (declaration.data.get("recipient") or {}).get("name"),
            (declaration.data.get("privacy_policy") or {}).get("url"),
        )
        for declaration in declarations
    ]


def test_items_numbered_with_a_full_width_bracket_and_one_that_names_no_sdk() -> None:
    # items numbered with a full-width bracket; item 2 has its number alone on a line and
    # gives only a company
    text = """1）SDK名称：青鸟统计SDK
    第三方公司名称：青鸟数据科技有限公司
    隐私政策链接：https://qingniao.example/privacy
    2）
    第三方公司名称：远帆信息咨询有限公司
    服务：H5页面
    隐私政策链接：https://yuanfan.example/app/privacy.html
    3）SDK名称：长风广告SDK
    收集信息：
    [Android]
    设备型号、设备信息（OAID
    收集信息的目的：广告投放
    隐私政策链接：https://changfeng.example/sdk/privacy
    4）SDK名称：云帆播放器
    SDK厂家：云帆视频有限公司
    收集的用户信息详见隐私政策链接：https://yunfan.example/privacy
"""
    assert _names(text) == [
        ("青鸟统计SDK", "青鸟数据科技有限公司", "https://qingniao.example/privacy"),
        (None, "远帆信息咨询有限公司", "https://yuanfan.example/app/privacy.html"),
        # a wrapped value that leaves a bracket open is no heading: the item keeps its link
        ("长风广告SDK", None, "https://changfeng.example/sdk/privacy"),
        ("云帆播放器", "云帆视频有限公司", "https://yunfan.example/privacy"),
    ]


def test_bullets_that_give_the_company_in_brackets_after_the_name() -> None:
    text = """四、第三方SDK说明

【地图类】
• 星图定位SDK（星图软件有限公司）
  用途：提供定位服务
  隐私政策：https://xingtu.example/privacy/

【基础功能类】
• 云栈 SDK（Yunzhan Inc.）：后端服务与数据存储，收集账号认证信息。隐私政策：https://yunzhan.example/privacy
• 渲染引擎（Lumen LLC）：应用运行框架，不收集个人信息。
"""
    assert _names(text) == [
        ("星图定位SDK", "星图软件有限公司", "https://xingtu.example/privacy/"),
        ("云栈 SDK", "Yunzhan Inc.", "https://yunzhan.example/privacy"),
        ("渲染引擎", "Lumen LLC", None),
    ]


def test_a_sentence_after_a_label_like_phrase_is_no_entry() -> None:
    # item 2 of the first section is prose after a label-like phrase; the SDK is named in the
    # heading of its own section
    text = """一、我们收集的信息
1. 游戏数据：存档仅保存在您的设备本地，不会上传至任何服务器。
2. 第三方 SDK：为提供账号登录服务，本游戏集成了星河登录 SDK（StarSDK），仅在您同意后初始化。

二、第三方 SDK 信息披露（StarSDK）
· 第三方主体：星河网络科技有限公司
· 使用目的：提供账号登录
· 官方隐私政策：https://starsdk.example/privacy/
"""
    entries = list(parse_page(text).entries)
    assert [entry.title for entry in entries] == ["第三方 SDK 信息披露（StarSDK）"]
    assert entries[0].fields["company"] == "星河网络科技有限公司"
    assert entries[0].fields["policy"] == "https://starsdk.example/privacy/"


def test_prose_between_labels_and_a_list_of_addresses_under_the_policy_label() -> None:
    # sentences between an item's labels are part of it; of the addresses listed one a line
    # under the policy label, the one whose address says privacy is the policy
    entries = parse_file("import/zh_policy_section_prose_and_address_list.html")
    assert [entry.title for entry in entries] == ["星聊", "云签"]
    first, second = entries
    assert first.fields["company"] == "星聊科技有限公司"
    assert first.fields["sharing_mode"] == "SDK本机采集"
    assert first.links["policy"] == (
        "https://xingliao.example/cgi-bin/readtemplate?lang=zh_CN&t=agreement&s=privacy"
    )
    assert any("星聊动态功能" in value for _, value in first.unmapped)
    assert second.fields["company"] == "云签网络科技（北京）有限公司"
    assert second.fields["purpose"] == "电子签章"
    assert second.links["policy"] == "https://yunqian.example/legal/privacy.html"


def test_a_card_of_labels_and_values_one_under_the_other_without_colons() -> None:
    text = """隐私政策

数据收集说明
为了提供更好的服务，我们使用了青鸟统计 SDK 来收集应用使用数据。

青鸟 SDK 信息

使用 SDK 名称
青鸟统计 SDK
服务类型
使用量统计分析
收集个人信息类型
设备信息（Android ID/OAID）

隐私权政策链接：
https://qingniao.example/policy
"""
    assert _names(text) == [("青鸟统计 SDK", None, "https://qingniao.example/policy")]


def test_one_line_bullets_under_name_company_bullets_whatever_their_brackets_hold() -> None:
    text = """四、第三方SDK说明

【基础功能类】
• 云栈 SDK（Yunzhan Inc.）：后端服务与数据存储。隐私政策：https://yunzhan.example/privacy
• 渲染引擎（Lumen LLC）：应用运行框架，不收集个人信息。
• 本地提醒插件（开源社区）：本地消息提醒，不收集个人信息。
• Netkit/Jsonkit等：基础网络通信，不主动收集个人信息。
• 注：以上插件随应用一并安装。

请参阅各SDK隐私政策了解详情。
"""
    assert _names(text) == [
        ("云栈 SDK", "Yunzhan Inc.", "https://yunzhan.example/privacy"),
        ("渲染引擎", "Lumen LLC", None),
        ("本地提醒插件", "开源社区", None),
        ("Netkit/Jsonkit等", None, None),
    ]


def test_numbered_one_line_items_with_the_company_in_brackets_and_the_policy_inline() -> None:
    text = """六、第三方SDK使用说明

1. 云存储 SDK（云海计算有限公司）：文件存储；收集设备标识信息；隐私政策：https://yunhai.example/privacy
2. 应用框架（5+ App）（数字星河（北京）网络技术有限公司）：应用开发框架；隐私政策：https://xinghe.example/appprivacy.html
"""
    assert _names(text) == [
        ("云存储 SDK", "云海计算有限公司", "https://yunhai.example/privacy"),
        # names normalised (NFKC): the brackets become ASCII ones
        (
            "应用框架(5+ App)",
            "数字星河(北京)网络技术有限公司",
            "https://xinghe.example/appprivacy.html",
        ),
    ]
    english = "\n".join(
        [
            "6. Third-Party SDKs",
            "",
            "1. Cloud Store SDK (Harbor Cloud Computing Co., Ltd.): file storage; collects device"
            " identifiers; privacy policy: https://harbor.example/privacy",
            "2. App Frame (5+ App/Wap) (Star River (Beijing) Network Technology Co., Ltd.): app"
            " framework; privacy policy: https://starriver.example/appprivacy.html",
        ]
    )
    assert _names(english) == [
        ("Cloud Store SDK", "Harbor Cloud Computing Co., Ltd.", "https://harbor.example/privacy"),
        (
            "App Frame (5+ App/Wap)",
            "Star River (Beijing) Network Technology Co., Ltd.",
            "https://starriver.example/appprivacy.html",
        ),
    ]


def test_name_and_description_lines_under_the_line_that_introduces_them() -> None:
    text = """10. 第三方SDK使用说明
\t本App内集成了：青鸟统计、云帆地图共两个第三方SDK，以便于更好的为您服务
青鸟统计：负责App内的活跃用户统计。
云帆地图：主要用于校车服务的地图集成。
"""
    assert [(entry.title, entry.fields["purpose"]) for entry in parse_page(text).entries] == [
        ("青鸟统计", "负责App内的活跃用户统计"),
        ("云帆地图", "主要用于校车服务的地图集成"),
    ]
    html = (
        "<p>应用内集成的第三方SDK以及插件：<br />1.cn.example.push: 用来推送消息。"
        "<br />2.com.example.pay：用于会员支付</p>"
    )
    assert [entry.title for entry in parse_page(html, name="page.html").entries] == [
        "cn.example.push",
        "com.example.pay",
    ]
    # labels the table does not know inside an entry are no new entries
    inside = """SDK名称：青鸟统计SDK
第三方名称：青鸟数据有限公司
SDK包名：com.qingniao
权限：网络
存储：本地
"""
    assert [entry.fields["product"] for entry in parse_page(inside).entries] == ["青鸟统计SDK"]


def test_a_jsx_comment_above_a_table_is_not_read_as_json() -> None:
    text = """        {/* 6. 第三方SDK信息共享清单 */}
        <section>
          <table className="w-full">
            <thead><tr><th>SDK 名称</th><th>提供方</th><th>用途</th></tr></thead>
            <tbody>
              <tr><td className="py-2">云签 SDK</td><td>云签网络有限公司</td><td>一键登录</td></tr>
            </tbody>
          </table>
        </section>
"""
    assert _names(text) == [("云签 SDK", "云签网络有限公司", None)]


def test_name_and_address_lines_under_a_policy_label_with_nothing_after_it() -> None:
    text = """我们或我们的第三方合作伙伴，可能收集和使用您的信息，并将该等信息储存为日志信息。

第三方隐私政策：

青鸟统计：https://qingniao.example/policy

云帆存储：https://yunfan.example/legal/privacy?version=6
"""
    assert _names(text) == [
        ("青鸟统计", None, "https://qingniao.example/policy"),
        ("云帆存储", None, "https://yunfan.example/legal/privacy?version=6"),
    ]


def test_one_line_of_linked_policies_and_link_titles_that_qualify_the_policy() -> None:
    text = """第三方隐私政策：
[Skyhold 隐私权政策](https://skyhold.example/privacy) · [Duckpond 隐私政策](https://duckpond.example/privacy)
"""
    assert [(company, url) for _, company, url in _names(text)] == [
        ("Skyhold", "https://skyhold.example/privacy"),
        ("Duckpond", "https://duckpond.example/privacy"),
    ]
    bullets = """Third-party privacy policies:

- [Skyhold General Privacy Statement](https://docs.skyhold.example/privacy-statement)
- [Cloudnest Privacy Policy](https://www.cloudnest.example/privacypolicy/)
"""
    assert [(company, url) for _, company, url in _names(bullets)] == [
        ("Skyhold", "https://docs.skyhold.example/privacy-statement"),
        ("Cloudnest", "https://www.cloudnest.example/privacypolicy/"),
    ]


def test_two_bare_names_bulleted_under_a_line_that_announces_the_sdks() -> None:
    html = """<h2>1. 我们收集的信息</h2>
<p>我们接入的第三方SDK：</p>
<ul>
  <li>青鸟统计</li>
  <li>评论系统</li>
</ul>
<h2>2. 信息的存储</h2>
"""
    assert _names(html) == [("青鸟统计", None, None), ("评论系统", None, None)]
    # the same two names under a line that announces nothing stay unread
    assert _names(html.replace("我们接入的第三方SDK：", "我们的站点：")) == []


def test_a_two_column_table_per_sdk_whose_rows_are_the_labels() -> None:
    text = """## 第三方SDK说明

### 星图地图SDK

| 项目 | 内容 |
|:---|:---|
| SDK名称 | 星图地图小程序SDK |
| 提供方 | 星图软件有限公司 |
| 官网 | https://lbs.xingtu.example/ |
| 隐私政策 | https://lbs.xingtu.example/agreements/privacy |
| 功能 | 地图展示、位置定位 |

### 云声语音SDK

| 项目 | 内容 |
|:---|:---|
| SDK名称 | 云声语音合成（TTS） |
| 提供方 | 云声网络技术（北京）有限公司 |
| 隐私政策 | https://ai.yunsheng.example/privacy |
"""
    assert _names(text) == [
        ("星图地图小程序SDK", "星图软件有限公司", "https://lbs.xingtu.example/agreements/privacy"),
        ("云声语音合成(TTS)", "云声网络技术(北京)有限公司", "https://ai.yunsheng.example/privacy"),
    ]
    # a two-column table of other things (permissions and why) is no entry
    other = "| 权限 | 用途 |\n|---|---|\n| 位置 | 地图定位 |\n| 相机 | 扫码 |\n"
    assert _names(other) == []


def test_linked_bullets_wrapped_onto_a_second_line_and_links_to_gdpr_pages() -> None:
    text = """Our service may use the following Subprocessors:

* [Harborlight, Inc.](https://harborlight.example/compliance/gdpr-center/)
  for cloud infrastructure.
* [Quillpost Ltd.](https://quillpost.example/legal/privacy) for
  email delivery.
* [Ticketly LLC](https://ticketly.example/security) for customer support.
"""
    entries = parse_page(text).entries
    assert [(e.fields["company"], e.fields.get("purpose")) for e in entries] == [
        ("Harborlight, Inc.", "for cloud infrastructure."),
        ("Quillpost Ltd.", "for email delivery."),
        ("Ticketly LLC", "for customer support."),
    ]
    # a vendor's GDPR or security page is not its privacy policy
    assert [url for _, _, url in _names(text)] == [
        None,
        "https://quillpost.example/legal/privacy",
        None,
    ]


def test_a_heading_per_third_party_over_links_to_its_pages() -> None:
    text = """## Payments

### Coinly

We use Coinly to take payments on our websites.

* [Official website](https://coinly.example/)
* [Coinly Privacy Policy](https://coinly.example/us/privacy)
* [Coinly Privacy Shield Policy](https://coinly.example/privacy-shield-policy)

### Lumen

Lumen Analytics tells us how our sites are used.
We also use Lumen Fonts.

* [Lumen Analytics official website](https://analytics.lumen.example/)
* [Lumen Privacy Policy](https://lumen.example/policies/privacy)
* [Lumen Analytics Security & Compliance](https://lumen.example/analytics/security)
"""
    assert _names(text) == [
        (None, "Coinly", "https://coinly.example/us/privacy"),
        (None, "Lumen", "https://lumen.example/policies/privacy"),
    ]
    coinly, lumen = parse_page(text).entries
    assert coinly.fields["purpose"] == "We use Coinly to take payments on our websites."
    assert lumen.fields["purpose"].endswith("We also use Lumen Fonts.")
    # a list of vendors' own links, with no heading naming one recipient, stays one entry each
    vendors = """### Vendors

* [Coinly](https://coinly.example/privacy). Payments.
* [Lumen](https://lumen.example/privacy). Analytics.
"""
    assert [company for _, company, _ in _names(vendors)] == ["Coinly", "Lumen"]


def test_a_restructuredtext_definition_list_of_processors() -> None:
    text = """Sub-Processor List
==================

:Effective: May 2, 2023

Acorn Docs uses services from the following sub-processors.

.. seealso::
    Earlier versions of this list are on the project's site.

Infrastructure
--------------

Harborlight, Inc.
    Cloud infrastructure provider.

Support
-------

Ticketly B.V.
    Customer email support. Can see user email and IP address, and
    stores the conversations.

Lumen Analytics
    Website analytics for the dashboard.
"""
    entries = parse_page(text).entries
    assert [(e.fields["company"], e.fields["purpose"]) for e in entries] == [
        ("Harborlight, Inc.", "Cloud infrastructure provider."),
        (
            "Ticketly B.V.",
            "Customer email support. Can see user email and IP address, and stores the "
            "conversations.",
        ),
        ("Lumen Analytics", "Website analytics for the dashboard."),
    ]
    # one name over an indented line is no list: a page needs three such terms
    assert parse_page("Notes\n    nothing to see here\n").entries == ()


def test_dash_bullets_under_an_introduction_wrapped_over_two_lines() -> None:
    text = """## Short version

We share device identifiers with our advertising and analytics providers. At present the
following 3rd party services are used
for these purposes:

  - Lumen Ads - for advertisements in the free version
  - Lumen Analytics - for aggregated usage analytics
  - Harborlight Pages - for hosting the companion website

We do not collect anything else.
"""
    assert [(e.fields["company"], e.fields["purpose"]) for e in parse_page(text).entries] == [
        ("Lumen Ads", "for advertisements in the free version"),
        ("Lumen Analytics", "for aggregated usage analytics"),
        ("Harborlight Pages", "for hosting the companion website"),
    ]


BOX_TABLE = """第三方服务商

┌────────┬────────┬──────────┐
│ 提供商   │ 服务类型 │ 使用目的   │
├────────┼────────┼──────────┤
│ Kestrel │ 对话    │ 生成回复   │
├────────┼────────┼──────────┤
│ 白鹭云   │ 托管    │ 存储      │
└────────┴────────┴──────────┘

隐私政策链接：
• 白鹭云：https://bailu.example.cn/privacy
• Kestrel：https://kestrel.example.com/privacy-policy
"""


def test_a_box_drawn_table_and_policy_links_named_in_bullets_below_it() -> None:
    page = parse_page(BOX_TABLE)
    read = [
        (e.fields.get("company"), e.links.get("policy"), e.fields.get("purpose"))
        for e in page.entries
    ]
    assert read == [
        ("Kestrel", "https://kestrel.example.com/privacy-policy", "对话; 生成回复"),
        ("白鹭云", "https://bailu.example.cn/privacy", "托管; 存储"),
    ]
    assert [e.line for e in page.entries] == [6, 8]
