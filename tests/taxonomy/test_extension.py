"""Extending the taxonomy from configuration: phrases, new categories, stricter levels."""

from __future__ import annotations

from typing import Any

import pytest

from disclosurelint.taxonomy import Taxonomy, TaxonomyError, load_taxonomy


def test_add_a_phrase_to_a_known_category(taxonomy: Taxonomy) -> None:
    assert taxonomy.classify("体脂率").categories == ()
    extended = load_taxonomy({"categories": {"health": {"phrases_zh": ["体脂率"]}}})
    assert extended.classify("体脂率").categories == ("health",)
    assert "体脂率" in extended.categories["health"].phrases_zh
    # The built-in phrases stay, and the bundled taxonomy is unchanged.
    assert extended.classify("病历").categories == ("health",)
    assert taxonomy.classify("体脂率").categories == ()


def test_add_a_new_category() -> None:
    extended = load_taxonomy(
        {
            "categories": {
                "loyalty_tier": {
                    "label": "Loyalty tier",
                    "phrases_en": ["loyalty tier", "membership level"],
                    "phrases_zh": ["会员等级"],
                }
            }
        }
    )
    category = extended.categories["loyalty_tier"]
    assert category.label == "Loyalty tier"
    assert category.description == "Loyalty tier"
    assert not category.is_sensitive()
    assert extended.classify("会员等级").categories == ("loyalty_tier",)
    assert extended.classify("Membership levels").categories == ("loyalty_tier",)


def test_a_new_category_can_be_sensitive() -> None:
    extended = load_taxonomy(
        {
            "categories": {
                "salary_band": {
                    "label": "Salary band",
                    "phrases_en": ["salary band"],
                    "regimes": {"pipl": {"level": "sensitive", "article": "Internal policy P-7"}},
                }
            }
        }
    )
    status = extended.categories["salary_band"].sensitive_under(["pipl", "gb35273"])
    assert [(s.regime, s.article) for s in status] == [("pipl", "Internal policy P-7")]


def test_raise_a_level_for_a_regime(taxonomy: Taxonomy) -> None:
    assert taxonomy.categories["contacts_list"].regimes["pipl"].level == "qualified"
    extended = load_taxonomy(
        {
            "categories": {
                "contacts_list": {
                    "regimes": {"pipl": {"level": "sensitive", "article": "Internal policy P-7"}}
                }
            }
        }
    )
    status = extended.categories["contacts_list"].regimes["pipl"]
    assert (status.level, status.article) == ("sensitive", "Internal policy P-7")
    # Other regimes keep their built-in status.
    assert extended.categories["contacts_list"].regimes["gb35273"].level == "sensitive"


def test_extended_taxonomies_are_cached_by_content() -> None:
    ext: dict[str, Any] = {"categories": {"health": {"phrases_en": ["wellness score"]}}}
    assert load_taxonomy(ext) is load_taxonomy(
        {"categories": {"health": {"phrases_en": ["wellness score"]}}}
    )
    assert load_taxonomy({}) is load_taxonomy()


@pytest.mark.parametrize(
    ("extension", "message"),
    [
        (
            {"categories": {"health": {"regimes": {"pipl": {"level": "very", "article": "x"}}}}},
            "categories.health.regimes.pipl.level: 'very' is not one of",
        ),
        (
            {
                "categories": {
                    "health": {"regimes": {"hipaa": {"level": "sensitive", "article": "x"}}}
                }
            },
            "hipaa",
        ),
        (
            {
                "categories": {
                    "health": {"regimes": {"gdpr": {"level": "qualified", "article": "x"}}}
                }
            },
            "qualifier",
        ),
        ({"categories": {"Health": {"phrases_en": ["x"]}}}, "Health"),
        ({"categories": {"health": {"phrases_en": "checkup"}}}, "categories.health.phrases_en"),
        ({"categories": {"health": {"labl": "x"}}}, "labl"),
        ({"categorys": {}}, "categorys"),
        ({"categories": {"loyalty_tier": {"phrases_en": ["tier"]}}}, "needs a 'label'"),
        ({"categories": {"loyalty_tier": {"label": "Loyalty tier"}}}, "at least one phrase"),
        ({"categories": {"loyalty_tier": {"label": "Tier", "phrases_en": ["!!!"]}}}, "'!!!'"),
        (
            {
                "categories": {
                    "government_id": {
                        "regimes": {"gb35273": {"level": "not_sensitive", "article": "none"}}
                    }
                }
            },
            "not lower it",
        ),
    ],
)
def test_invalid_extension_names_the_problem_and_the_key(
    extension: dict[str, Any], message: str
) -> None:
    with pytest.raises(TaxonomyError, match="taxonomy extension") as info:
        load_taxonomy(extension)
    assert message in str(info.value)


def test_extension_must_be_a_mapping() -> None:
    with pytest.raises(TaxonomyError, match="expected a mapping, got list"):
        load_taxonomy(["health"])  # type: ignore[arg-type]
