"""Data named in the written forms that lists use: the terms of the standards and store labels,
with the head nouns that follow them ("records", "history", 信息, 记录), and wording each must leave
alone."""

from __future__ import annotations

import pytest

from disclosurelint.taxonomy import Taxonomy


def cats(taxonomy: Taxonomy, text: str) -> set[str]:
    return set(taxonomy.classify(text).categories)


# A head noun after a term names the same data as the term's other heads: 就诊记录 and 就诊信息,
# "mood logs" and "mood history", "payment data" and "payment details".
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("诊疗信息", "health"),
        ("诊疗数据", "health"),
        ("购药信息", "health"),
        ("消费信息", "financial_records"),
        ("行程信息", "location_trajectory"),
        ("mood records", "health"),
        ("mood history", "health"),
        ("trip logs", "location_trajectory"),
        ("journey records", "location_trajectory"),
        ("claims records", "financial_records"),
        ("payment data", "financial_account"),
        ("biometric details", "biometric"),
    ],
)
def test_a_term_with_another_head_noun_names_the_same_data(
    taxonomy: Taxonomy, text: str, category: str
) -> None:
    assert category in cats(taxonomy, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a login record is a log; the secret is the login information (Table B.1, 鉴别信息)
        ("登录记录", "account_credentials"),
        ("login history", "account_credentials"),
        # browser information is the device's software, not the pages visited
        ("浏览器信息", "browsing_history"),
        # a taxpayer number identifies; it is not a tax record
        ("纳税人识别号", "financial_records"),
        # a learning or customer journey is not a trip
        ("learning journey", "location_trajectory"),
        ("customer journeys", "location_trajectory"),
    ],
)
def test_a_head_noun_that_changes_what_is_named_is_not_swapped(
    taxonomy: Taxonomy, text: str, absent: str
) -> None:
    assert absent not in cats(taxonomy, text)


# The terms of GB/T 35273-2020 Table B.1, of the store labels (Apple's Health, Other Financial Info;
# Google Play's Messages) and of the kinds that lists name by their paperwork, each with the
# suffixes lists add.
@pytest.mark.parametrize("suffix", ["信息", "数据", "记录", "资料"])
@pytest.mark.parametrize(
    ("term", "category"),
    [
        ("传染病", "health"),
        ("诊疗", "health"),
        ("预产期", "health"),
        ("资金数量", "financial_records"),
        ("社保缴费", "financial_records"),
        ("税务", "financial_records"),
        ("导航路线", "location_trajectory"),
        ("士兵证", "government_id"),
        ("静脉识别", "biometric"),
        ("犯罪", "criminal_record"),
    ],
)
def test_standard_terms_with_the_suffixes_lists_add(
    taxonomy: Taxonomy, term: str, suffix: str, category: str
) -> None:
    assert category in cats(taxonomy, term + suffix)


@pytest.mark.parametrize("suffix", ["", "s", " data", " details", " history"])
@pytest.mark.parametrize(
    ("term", "category"),
    [
        ("mood", "health"),
        ("glucose reading", "health"),
        ("hormone level", "health"),
        ("psychotherapy note", "health"),
        ("arrest record", "criminal_record"),
        ("tax record", "financial_records"),
        ("benefit entitlement", "financial_records"),
        ("wire transfer", "financial_records"),
        ("in-app message", "communication_content"),
        ("face geometry", "biometric"),
        ("biological sample", "genetic"),
    ],
)
def test_english_terms_in_their_written_forms(
    taxonomy: Taxonomy, term: str, suffix: str, category: str
) -> None:
    assert category in cats(taxonomy, term + suffix)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an identity document's photo named with 的 is the document's image (GB/T 45574-2025
        # Annex A, 身份证照片), as 身份证照片 is
        ("身份证的照片", {"id_document_image"}),
        ("用户护照的影像", {"id_document_image"}),
        # the document's number stays the number; a photo of something else stays a photo
        ("身份证的号码", {"government_id"}),
        ("门店的照片", {"photos_videos"}),
    ],
)
def test_an_identity_documents_photo_named_with_de(
    taxonomy: Taxonomy, text: str, expected: set[str]
) -> None:
    assert cats(taxonomy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the store labels' own definitions of browsing history (GB/T 35273-2020 Table B.1,
        # 网页浏览记录)
        ("the websites a user has visited", {"browsing_history"}),
        ("content the user has viewed outside the app", {"browsing_history"}),
        # sites someone else visits, and content a user posts, are no browsing of the user's
        ("the websites our staff visited", set()),
        ("content a user has posted", set()),
    ],
)
def test_browsing_named_by_a_clause_of_the_store_labels(
    taxonomy: Taxonomy, text: str, expected: set[str]
) -> None:
    assert cats(taxonomy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "negated"),
    [
        # a store label's or list's answer after the item denies that item only
        ("Health data: No", set(), True),
        ("Biometric data: none", set(), True),
        ("Health data (not applicable)", set(), True),
        ("人脸信息:否", set(), True),
        ("身份证号码:无", set(), True),
        ("通讯录(不适用)", set(), True),
        ("Precise location: No, Contacts: Yes", {"contacts_list"}, True),
        # a yes/no choice, or "no" before a noun, is no answer about the item
        ("是否吸烟:是/否", {"health"}, False),
        ("Health data: Yes", {"health"}, False),
    ],
)
def test_an_answer_after_the_item_denies_it(
    taxonomy: Taxonomy, text: str, expected: set[str], negated: bool
) -> None:
    result = taxonomy.classify(text)
    assert set(result.categories) == expected
    assert result.negated is negated
