"""The taxonomy file: valid against its schema, complete, and faithful to the policy decisions."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

from disclosurelint.taxonomy import (
    EXTENSION_SCHEMA,
    REGIMES,
    Taxonomy,
    load_taxonomy,
)
from disclosurelint.taxonomy.loader import DATA_FILE, SCHEMA_FILE, data_schema, resource_text

SECTION_5 = [
    "biometric",
    "genetic",
    "health",
    "financial_account",
    "financial_records",
    "account_credentials",
    "government_id",
    "precise_location",
    "location_trajectory",
    "accommodation_records",
    "religious_belief",
    "political_opinion",
    "racial_ethnic_origin",
    "trade_union",
    "sexual_orientation",
    "marital_history",
    "criminal_record",
    "specific_identity",
    "citizenship_immigration",
    "neural_data",
    "minor_under_14",
    "child_under_13",
    "communication_content",
    "communication_metadata",
    "contacts_list",
    "browsing_history",
    "installed_apps",
]

GDPR_SPECIAL = {
    "biometric",
    "genetic",
    "health",
    "religious_belief",
    "political_opinion",
    "racial_ethnic_origin",
    "trade_union",
    "sexual_orientation",
}


def _levels(taxonomy: Taxonomy, cid: str) -> dict[str, str]:
    return {r: s.level for r, s in taxonomy.categories[cid].regimes.items()}


def test_data_file_validates_against_its_schema() -> None:
    schema = json.loads(resource_text(SCHEMA_FILE))
    Draft202012Validator.check_schema(schema)
    data = yaml.safe_load(resource_text(DATA_FILE))
    errors = list(Draft202012Validator(schema).iter_errors(data))
    assert errors == []


def test_the_bundled_file_reads_the_same_with_the_loader_the_tool_uses() -> None:
    # the tool reads it with the declarations' loader (YAML 1.2 scalars), these tests with PyYAML
    from disclosurelint.load import parse
    from disclosurelint.taxonomy.loader import _bundled_data

    document, issues = parse(resource_text(DATA_FILE), DATA_FILE)
    assert issues == [] and document is not None
    assert document.data == yaml.safe_load(resource_text(DATA_FILE)) == _bundled_data()


def test_every_bundled_phrase_has_something_to_match() -> None:
    # checked here rather than at every start, as extensions are checked when loaded
    from disclosurelint.taxonomy.matcher import phrase_form

    data: Any = yaml.safe_load(resource_text(DATA_FILE))
    empty = [
        (cid, key, phrase)
        for cid, raw in data["categories"].items()
        for key in ("phrases_en", "phrases_zh", "exclude")
        for phrase in raw.get(key, ())
        if not phrase_form(phrase)
    ]
    assert empty == []


def test_schema_rejects_a_qualified_level_without_qualifier() -> None:
    data: Any = yaml.safe_load(resource_text(DATA_FILE))
    del data["categories"]["biometric"]["regimes"]["gdpr"]["qualifier"]
    assert list(Draft202012Validator(data_schema()).iter_errors(data))


def test_every_section_5_category_is_present(taxonomy: Taxonomy) -> None:
    missing = [cid for cid in SECTION_5 if cid not in taxonomy]
    assert missing == []


def test_every_category_states_all_four_regimes(taxonomy: Taxonomy) -> None:
    for category in taxonomy.categories.values():
        assert tuple(category.regimes) == REGIMES
        for status in category.regimes.values():
            assert status.article
            if status.level == "qualified":
                assert status.qualifier, category.id


def test_government_id_is_qualified_under_pipl_and_sensitive_under_gb_and_cpra(
    taxonomy: Taxonomy,
) -> None:
    levels = _levels(taxonomy, "government_id")
    assert levels == {
        "pipl": "qualified",
        "gb35273": "sensitive",
        "gdpr": "not_sensitive",
        "cpra": "sensitive",
    }
    pipl = taxonomy.categories["government_id"].regimes["pipl"]
    assert "TC260" in pipl.article and "specific identity" not in pipl.article
    assert pipl.qualifier is not None and "image or copy of an identity" in pipl.qualifier


def test_contacts_list_is_sensitive_under_gb35273_and_to_assess_under_pipl(
    taxonomy: Taxonomy,
) -> None:
    contacts = taxonomy.categories["contacts_list"]
    assert [(s.regime, s.level) for s in contacts.sensitive_under(REGIMES)] == [
        ("pipl", "qualified"),
        ("gb35273", "sensitive"),
    ]
    assert "Table B.1" in contacts.regimes["gb35273"].article
    assert "not enumerated" in contacts.regimes["pipl"].article


@pytest.mark.parametrize(
    "cid",
    [
        "sexual_orientation",
        "marital_history",
        "criminal_record",
        "communication_content",
        "communication_metadata",
        "contacts_list",
        "browsing_history",
    ],
)
def test_pipl_art_28_is_an_open_list_to_assess_not_a_closed_no(
    taxonomy: Taxonomy, cid: str
) -> None:
    status = taxonomy.categories[cid].regimes["pipl"]
    assert status.level == "qualified"
    assert status.qualifier is not None and "assess" in status.qualifier
    assert "not listed" not in status.article


def test_criminal_records_cite_gb_45574(taxonomy: Taxonomy) -> None:
    article = taxonomy.categories["criminal_record"].regimes["pipl"].article
    assert "GB/T 45574-2025 Annex A" in article


def test_cpra_counts_a_location_track_only_as_precise_geolocation(taxonomy: Taxonomy) -> None:
    status = taxonomy.categories["location_trajectory"].regimes["cpra"]
    assert status.level == "qualified"
    assert status.qualifier is not None and "1,850 feet" in status.qualifier


@pytest.mark.parametrize("cid", ["phone_number", "email", "name", "contact_details"])
def test_everyday_contact_data_is_not_sensitive_anywhere(taxonomy: Taxonomy, cid: str) -> None:
    assert not taxonomy.categories[cid].is_sensitive(REGIMES)


def test_gdpr_special_categories_and_article_10(taxonomy: Taxonomy) -> None:
    special = {c.id for c in taxonomy.categories.values() if c.gdpr_special}
    assert special == GDPR_SPECIAL
    article_10 = {c.id for c in taxonomy.categories.values() if c.gdpr_article_10}
    assert article_10 == {"criminal_record"}
    assert taxonomy.categories["criminal_record"].regimes["gdpr"].article == "GDPR Art. 10"


def test_minors_categories_are_flagged(taxonomy: Taxonomy) -> None:
    minors = {c.id for c in taxonomy.categories.values() if c.minors}
    assert minors == {"minor_under_14", "child_under_13"}


def test_sensitive_under_follows_the_order_of_the_regimes_asked(taxonomy: Taxonomy) -> None:
    biometric = taxonomy.categories["biometric"]
    assert [s.regime for s in biometric.sensitive_under(["cpra", "pipl"])] == ["cpra", "pipl"]
    assert biometric.sensitive_under(["cpra"])[0].level == "qualified"
    assert biometric.is_sensitive(["gdpr"])
    assert not taxonomy.categories["installed_apps"].is_sensitive(REGIMES)


def test_unknown_regime_is_refused_with_the_valid_ones(taxonomy: Taxonomy) -> None:
    with pytest.raises(ValueError, match="gdpr"):
        taxonomy.categories["health"].is_sensitive(["hipaa"])


def test_common_categories_cover_the_seed_vocabulary(taxonomy: Taxonomy) -> None:
    for cid in ("nickname", "profile_image", "job_title", "employer", "department", "device_id"):
        assert taxonomy.get(cid) is not None
    assert taxonomy.get("no_such_category") is None


def test_the_bundled_taxonomy_is_loaded_once(taxonomy: Taxonomy) -> None:
    assert load_taxonomy() is taxonomy
    assert load_taxonomy() is load_taxonomy(None)


def test_extension_schema_is_a_self_contained_fragment() -> None:
    Draft202012Validator.check_schema(EXTENSION_SCHEMA)
    assert "$ref" not in json.dumps(EXTENSION_SCHEMA)
    # The regime status an extension may set is the one the data file uses.
    fragment = EXTENSION_SCHEMA["properties"]["categories"]["additionalProperties"]
    assert (
        fragment["properties"]["regimes"]["properties"]["pipl"]
        == data_schema()["$defs"]["regime_status"]
    )


def test_importing_the_package_does_not_load_jsonschema_or_yaml() -> None:
    code = (
        "import sys, disclosurelint.taxonomy, disclosurelint.commands.taxonomy,"
        " disclosurelint.commands.classify;"
        " print('jsonschema' in sys.modules, 'yaml' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "False"]


def test_the_taxonomy_survives_pickling_for_worker_processes(taxonomy: Taxonomy) -> None:
    copy = pickle.loads(pickle.dumps(taxonomy))
    assert copy.categories == taxonomy.categories
    assert copy.classify("身份证号").categories == ("government_id",)
    with pytest.raises(TypeError):
        copy.categories["health"].regimes["pipl"] = None
