"""Every data item of the seed and of the dev corpus maps to a category, or is known unknown."""

from __future__ import annotations

import pytest

from disclosurelint.taxonomy import Taxonomy
from disclosurelint.taxonomy.quality import LabelledItem

# Items no phrase covers, on purpose: the words do not say what the data is.
EXPECTED_UNKNOWN = {
    "enterprise C&Q information",  # an abbreviation the published list never expands
    "user personnel data (such as position information)",  # job position or location? unclear
    "Customer Data",  # the Zed subprocessor list names no data items at all
}


def _published(items: tuple[LabelledItem, ...]) -> list[LabelledItem]:
    return [i for i in items if i.source == "seed" or i.source.startswith("corpus:")]


def test_the_labelled_set_covers_the_seed_and_every_corpus_document(
    labelled: tuple[LabelledItem, ...],
) -> None:
    sources = {i.source for i in _published(labelled)}
    assert sources == {
        "seed",
        "corpus:worldchat",
        "corpus:xiaomi",
        "corpus:zed",
        "corpus:simpfun",
        "corpus:tingya",
    }


def test_every_published_item_maps_to_a_category_or_is_a_known_unknown(
    taxonomy: Taxonomy, labelled: tuple[LabelledItem, ...]
) -> None:
    unknown = {i.text for i in _published(labelled) if taxonomy.classify(i.text).unknown}
    assert unknown == EXPECTED_UNKNOWN


def test_no_published_item_is_flagged_sensitive_wrongly(
    taxonomy: Taxonomy, labelled: tuple[LabelledItem, ...]
) -> None:
    sensitive = {c.id for c in taxonomy.sensitive()}
    for item in _published(labelled):
        found = set(taxonomy.classify(item.text).categories) & sensitive
        assert found == set(item.expect) & sensitive, item.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "basic personal information (including profile image, nickname, and phone number)",
            ("profile_image", "nickname", "phone_number"),
        ),
        (
            "basic permissions (including enterprise and organization permissions and approval"
            " interface permissions)",
            ("permissions",),
        ),
        ("contact information", ("contact_details",)),
        (
            "calendar and meeting schedules (including time, venue, attendees, theme, type, and"
            " bulletins)",
            ("calendar_events",),
        ),
        (
            "name, telephone number, email address, and fixed-line phone number",
            ("name", "phone_number", "email"),
        ),
        (
            "name, company, department, job title, telephone number, fixed-line phone number,"
            " email address, and address",
            (
                "name",
                "employer",
                "department",
                "job_title",
                "phone_number",
                "email",
                "postal_address",
            ),
        ),
    ],
)
def test_seed_items(taxonomy: Taxonomy, text: str, expected: tuple[str, ...]) -> None:
    assert taxonomy.classify(text).categories == expected


def test_no_seed_item_is_sensitive_under_any_regime(
    taxonomy: Taxonomy, labelled: tuple[LabelledItem, ...]
) -> None:
    # The seed shares contact and calendar data; none of its items is in a sensitive category.
    # The contacts export lists names, numbers and addresses, not an address book.
    for item in labelled:
        if item.source == "seed":
            for cid in taxonomy.classify(item.text).categories:
                assert not taxonomy.categories[cid].is_sensitive(), (item.text, cid)
