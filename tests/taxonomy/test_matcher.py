"""The matcher: precision on look-alikes, compound items, negation, normalisation, Chinese."""

from __future__ import annotations

import pytest

from disclosurelint.taxonomy import Taxonomy
from disclosurelint.taxonomy.matcher import normalize, phrase_form, variants


def cats(taxonomy: Taxonomy, text: str) -> tuple[str, ...]:
    return taxonomy.classify(text).categories


def fullwidth(text: str) -> str:
    """ASCII text as full-width characters (U+FF01..U+FF5E), the way CJK input methods type it."""
    return "".join(
        "\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("phone number", ("phone_number",)),
        ("account nickname", ("nickname",)),
        ("coarse location", ("coarse_location",)),
        ("approximate location", ("coarse_location",)),
        ("contact information", ("contact_details",)),
        ("contact details", ("contact_details",)),
        ("email address", ("email",)),
        ("device model", ("device_info",)),
        ("bank branch address", ("postal_address",)),
        ("SIM card number", ("device_id",)),
        ("device fingerprint", ("device_id",)),
        ("设备指纹", ("device_id",)),
        ("手机型号", ("device_info",)),
        ("battery health", ("device_info",)),
        ("package name", ("app_info",)),
        ("device name", ("device_info",)),
        ("voice input", ("audio",)),
        ("Credit card type (Visa, Mastercard)", ("financial_account",)),
    ],
)
def test_look_alikes_are_not_the_sensitive_category(
    taxonomy: Taxonomy, text: str, expected: tuple[str, ...]
) -> None:
    assert cats(taxonomy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("contacts", ("contacts_list",)),
        ("address book", ("contacts_list",)),
        ("通讯录", ("contacts_list",)),
        ("friend list", ("contacts_list",)),
        ("precise location", ("precise_location",)),
        ("location", ("precise_location",)),
        ("email contents", ("communication_content",)),
        ("voiceprint", ("biometric",)),
        ("ID card photo", ("id_document_image",)),
        ("身份证号", ("government_id",)),
        ("bank card number", ("financial_account",)),
        ("account password", ("account_credentials",)),
        ("短信验证码", ("account_credentials",)),
        ("聊天记录", ("communication_content",)),
        ("通话记录", ("communication_metadata",)),
        ("行踪轨迹", ("location_trajectory",)),
        ("不满十四周岁未成年人的个人信息", ("minor_under_14",)),
    ],
)
def test_sensitive_phrasings(taxonomy: Taxonomy, text: str, expected: tuple[str, ...]) -> None:
    assert cats(taxonomy, text) == expected


def test_compound_english_item_returns_every_category(taxonomy: Taxonomy) -> None:
    text = "Device information (Android ID/IDFA/OAID; optional - IMEI/IMSI)"
    result = taxonomy.classify(text)
    assert result.categories == ("device_info", "device_id")
    assert [text[m.start : m.end] for m in result.matches] == [
        "Device information",
        "Android ID",
        "IDFA",
        "OAID",
        "IMEI",
        "IMSI",
    ]


def test_compound_chinese_item_returns_every_category(taxonomy: Taxonomy) -> None:
    text = "位置信息，包括 GNSS 信息、IP 地址"  # noqa: RUF001 - Chinese text has a full-width comma
    result = taxonomy.classify(text)
    assert result.categories == ("precise_location", "ip_address")
    ip = next(m for m in result.matches if m.category == "ip_address")
    assert text[ip.start : ip.end] == "IP 地址"
    assert ip.phrase == "ip地址"


def test_seed_contact_export_list(taxonomy: Taxonomy) -> None:
    text = "name, telephone number, email address, and fixed-line phone number"
    result = taxonomy.classify(text)
    assert result.categories == ("name", "phone_number", "email")
    assert [m.phrase for m in result.matches] == [
        "name",
        "telephone number",
        "email address",
        "fixed-line phone number",
    ]


def test_match_reports_phrase_and_offsets_in_the_original_text(taxonomy: Taxonomy) -> None:
    text = "Your bank card number, please"
    (match,) = taxonomy.classify(text).matches
    assert (match.category, match.phrase) == ("financial_account", "bank card number")
    assert text[match.start : match.end] == "bank card number"


def test_longest_phrase_wins(taxonomy: Taxonomy) -> None:
    result = taxonomy.classify("location history")
    assert [(m.category, m.phrase) for m in result.matches] == [
        ("location_trajectory", "location history")
    ]
    assert cats(taxonomy, "已安装APP信息") == ("installed_apps",)
    assert cats(taxonomy, "短信验证码") == ("account_credentials",)


def test_latin_phrases_match_whole_words_only(taxonomy: Taxonomy) -> None:
    assert cats(taxonomy, "usage") == ()  # not "age"
    assert cats(taxonomy, "agent") == ()
    assert cats(taxonomy, "zip archive") == ()  # not "ip"
    assert cats(taxonomy, "trace") == ()  # not "race"
    assert cats(taxonomy, "interface") == ()


def test_plurals_and_spacing_variants(taxonomy: Taxonomy) -> None:
    assert cats(taxonomy, "phone numbers") == ("phone_number",)
    assert cats(taxonomy, "home addresses") == ("postal_address",)
    assert cats(taxonomy, "E-mail") == ("email",)
    assert cats(taxonomy, "WiFi") == cats(taxonomy, "Wi-Fi") == ("network_info",)
    assert cats(taxonomy, "IP地址") == cats(taxonomy, "IP 地址") == ("ip_address",)


def test_full_width_and_case_do_not_matter(taxonomy: Taxonomy) -> None:
    text = fullwidth("ID Card NUMBER")
    result = taxonomy.classify(text)
    assert result.categories == ("government_id",)
    assert (result.matches[0].start, result.matches[0].end) == (0, len(text))
    assert cats(taxonomy, "BANK CARD NUMBER") == ("financial_account",)
    assert cats(taxonomy, fullwidth("IMEI,OAID")) == ("device_id",)


def test_offsets_survive_characters_that_normalise_to_several(taxonomy: Taxonomy) -> None:
    text = "㈱ IMEI"  # one character that NFKC turns into three
    (match,) = taxonomy.classify(text).matches
    assert text[match.start : match.end] == "IMEI"


def test_punctuation_separates_items(taxonomy: Taxonomy) -> None:
    # "email, address" is two items (an email and an address), not "email address".
    assert cats(taxonomy, "name, email, address") == ("name", "email", "postal_address")


@pytest.mark.parametrize(
    "text",
    [
        "does not involve personal information",
        "Does not collect any personal data",
        "No personal information is shared",
        "不涉及个人信息",
        "本SDK不收集任何个人信息",
        "IMEI (not collected)",
        "位置信息（不收集）",  # noqa: RUF001 - Chinese text has full-width brackets
    ],
)
def test_negation_returns_no_category(taxonomy: Taxonomy, text: str) -> None:
    result = taxonomy.classify(text)
    assert result.negated
    assert result.categories == ()
    assert not result.unknown


def test_negation_only_cancels_its_own_clause(taxonomy: Taxonomy) -> None:
    result = taxonomy.classify("Device model; does not collect location")
    assert result.categories == ("device_info",)
    assert result.negated
    result = taxonomy.classify("设备型号（不收集IMEI）")  # noqa: RUF001 - full-width brackets
    assert result.categories == ("device_info",)
    assert result.negated
    result = taxonomy.classify("does not collect IMEI, but collects the Android ID")
    assert result.categories == ("device_id",)
    assert [m.phrase for m in result.matches] == ["android id"]


def test_words_that_are_not_negations(taxonomy: Taxonomy) -> None:
    for text in ("不满十四周岁", "phone number (not mandatory)", "ID card No."):
        result = taxonomy.classify(text)
        assert not result.negated, text
        assert result.categories, text


def test_unknown_text_has_no_category_and_is_not_negated(taxonomy: Taxonomy) -> None:
    result = taxonomy.classify("enterprise C&Q information")
    assert result.categories == ()
    assert result.unknown
    assert not result.negated


def test_categories_are_unique_in_order_of_appearance(taxonomy: Taxonomy) -> None:
    result = taxonomy.classify("IMEI, phone number, IMSI, mobile number")
    assert result.categories == ("device_id", "phone_number")
    assert len(result.matches) == 4


def test_a_phrase_can_belong_to_two_categories(taxonomy: Taxonomy) -> None:
    assert cats(taxonomy, "children's data") == ("minor_under_14", "child_under_13")
    assert cats(taxonomy, "disability") == ("health", "specific_identity")


def test_normalisation_helpers() -> None:
    norm, index = normalize(fullwidth("A-B") + "、" + fullwidth("C") + "。")
    assert norm == "a b|c;"
    assert index is None
    assert phrase_form("  IP地址 ") == "ip 地址"
    assert phrase_form("C & Q") == "c|q"
    assert sorted(variants("e mail")) == ["e mail", "email"]


def test_classifying_many_items_reuses_the_compiled_matcher(taxonomy: Taxonomy) -> None:
    first = taxonomy.matcher
    for text in ("IMEI", "通讯录", "bank card") * 100:
        taxonomy.classify(text)
    assert taxonomy.matcher is first


def test_plain_phrase_shortcut_agrees_with_the_general_form() -> None:
    from disclosurelint.taxonomy import load_taxonomy
    from disclosurelint.taxonomy.matcher import general_phrase_form, phrase_form

    phrases = [p for c in load_taxonomy().categories.values() for p in c.phrases + c.excludes]
    phrases += ["  Two  Spaces ", "MiXeD Case 42", "e-mail", "名字 and name"]
    assert [phrase_form(p) for p in phrases] == [general_phrase_form(p) for p in phrases]


def test_bucketed_scan_finds_what_one_whole_trie_finds() -> None:
    """The matcher compiles small tries on demand; together they match like one big trie."""
    import re
    from pathlib import Path

    import yaml

    from disclosurelint.taxonomy import load_taxonomy
    from disclosurelint.taxonomy.matcher import (
        normalize,
        phrase_form,
        trie_regex,
        with_head_synonyms,
    )

    taxonomy = load_taxonomy()
    forms = {
        form
        for c in taxonomy.categories.values()
        for p in c.phrases + c.excludes
        for form in with_head_synonyms(phrase_form(p), c.id)
    }
    whole = re.compile(trie_regex(sorted(f for f in forms if f)))
    root = Path(__file__).resolve().parents[2]
    texts = [
        i["text"]
        for i in yaml.safe_load((root / "bench" / "labelled_items.yaml").read_text("utf-8"))[
            "items"
        ]
    ]
    for folder in ("corpus", "import"):  # the seed, and the lists written for the importer
        for path in sorted((root / "tests" / "data" / folder).iterdir()):
            texts.extend(path.read_text("utf-8").splitlines())
    assert len(texts) > 600
    for text in texts:
        norm, _ = normalize(text)
        expected = [(m.start(), m.end()) for m in whole.finditer(norm)]
        found = [(start, end) for start, end, _ in taxonomy.matcher._scan(norm)]
        assert found == expected, text


# --- Traditional Chinese: folded to Simplified before matching ----------------------------------


def test_traditional_characters_match_the_simplified_phrases(taxonomy: Taxonomy) -> None:
    assert cats(taxonomy, "會員的身份證號碼") == cats(taxonomy, "会员的身份证号码")
    assert cats(taxonomy, "會員的身份證號碼") == ("government_id",)
    assert cats(taxonomy, "銀行帳戶") == cats(taxonomy, "银行账户") == ("financial_account",)
    assert cats(taxonomy, "人臉照片") == cats(taxonomy, "人脸照片")
    assert "biometric" in cats(taxonomy, "人臉照片")
    # The structure rules read folded text too.
    assert cats(taxonomy, "指紋驗證是否成功") == ("derived_result",)


def test_taiwan_wording_matches_the_mainland_phrases(taxonomy: Taxonomy) -> None:
    # 裝置 / 資訊 / 網路 are Taiwan words for 设备 / 信息 / 网络.
    assert cats(taxonomy, "行動裝置資訊") == cats(taxonomy, "移动设备信息") == ("device_info",)
    assert cats(taxonomy, "網路狀態") == cats(taxonomy, "网络状态") == ("network_info",)


def test_folding_keeps_offsets_in_the_original_text(taxonomy: Taxonomy) -> None:
    text = "暱稱, 裝置資訊與電子郵件"
    matches = taxonomy.classify(text).matches
    assert [text[m.start : m.end] for m in matches] == ["暱稱", "裝置資訊", "電子郵件"]
    assert [m.category for m in matches] == ["nickname", "device_info", "email"]


def test_mainland_words_are_not_rewritten_as_taiwan_words() -> None:
    # 资料, 文件 and 档案 are also ordinary mainland words of another meaning: kept as written.
    assert normalize("个人资料、文件、档案")[0] == "个人资料|文件|档案"
    assert normalize("資訊、裝置")[0] == "信息|设备"
    assert normalize("ASCII only, unchanged")[0] == "ascii only| unchanged"
