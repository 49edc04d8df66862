"""What each legal rule decides under each regime alone and combined (DL204-DL205, DL301-DL309).

Every declaration here is built from a complete, clean one (``clean()``) with one fact changed, so
that a test names the fact the verdict turns on.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from disclosurelint.api import check_text
from disclosurelint.config import Settings
from disclosurelint.model import Problem

PIPL = ("pipl",)
GB = ("gb35273",)
GDPR = ("gdpr",)
CPRA = ("cpra",)
ALL = ("pipl", "gb35273", "gdpr", "cpra")
JUSTIFIED = {"necessity": "Needed for the service.", "impact": "Limited; encrypted, kept 30 days."}


def clean(**changes: Any) -> dict[str, Any]:
    """A declaration with no problem under any regime; ``changes`` replace top-level keys."""
    data: dict[str, Any] = {
        "disclosure": 1,
        "id": "partner",
        "recipient": {
            "name": "Partner Co., Ltd.",
            "relationship": "third_party",
            "contact": "privacy@partner.cn",
        },
        "product": "Partner service",
        "data": [{"item": "name"}],
        "purpose": "Provide the service.",
        "scenario": "You use the service.",
        "sharing_modes": ["backend_api"],
        "privacy_policy": {"url": "https://www.partner.cn/privacy"},
        "processing_method": "Stores and displays the data.",
        "consent_evidence": {"kind": "separate", "how": "A dialog of its own.", "where": "Share"},
    }
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


def run(
    data: dict[str, Any],
    regimes: tuple[str, ...],
    *,
    home: str = "CN",
    options: dict[str, dict[str, Any]] | None = None,
) -> list[Problem]:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    settings = Settings(regimes=regimes, home_country=home, options=options or {})
    return list(check_text(text, "t.yaml", settings).problems)


def codes(data: dict[str, Any], regimes: tuple[str, ...], **kw: Any) -> list[str]:
    return [p.code for p in run(data, regimes, **kw)]


def of(data: dict[str, Any], regimes: tuple[str, ...], code: str, **kw: Any) -> list[Problem]:
    return [p for p in run(data, regimes, **kw) if p.code == code]


def recipient(**fields: Any) -> dict[str, Any]:
    base = {"name": "Partner Inc.", "relationship": "third_party", "contact": "privacy@p.com"}
    base.update(fields)
    return {k: v for k, v in base.items() if v is not None}


@pytest.mark.parametrize("regimes", [PIPL, GB, GDPR, CPRA, ALL])
def test_the_clean_declaration_is_clean_under_every_regime(regimes: tuple[str, ...]) -> None:
    assert codes(clean(), regimes) == []


# -- DL304 separate consent (PIPL Arts. 23, 29, 13(2)) --------------------------------------------


def test_pipl_any_item_to_a_third_party_needs_separate_consent_where_consent_is_the_basis() -> None:
    data = clean(consent_evidence=None)
    [p] = of(data, PIPL, "DL304")
    assert "PIPL Art. 23" in p.message and "'name'" in p.message
    assert p.severity.label == "error"
    for regimes in (GB, GDPR, CPRA):
        assert of(data, regimes, "DL304") == []
    assert len(of(data, ALL, "DL304")) == 1


@pytest.mark.parametrize(
    "basis", ["contract", "hr_management", "statutory_duty", "emergency", "other_law"]
)
def test_pipl_another_basis_needs_no_separate_consent(basis: str) -> None:
    data = clean(
        consent_evidence=None,
        legal_basis={"pipl": basis},
        data=[{"item": "bank card number", "consent": "not_required", "justification": JUSTIFIED}],
    )
    assert of(data, PIPL, "DL304") == []
    assert of(data, ALL, "DL304") == []


def test_pipl_declared_consent_basis_still_needs_it() -> None:
    data = clean(consent_evidence=None, legal_basis={"pipl": "consent"})
    assert len(of(data, PIPL, "DL304")) == 1


def test_pipl_sensitive_items_need_separate_consent_whoever_receives_them() -> None:
    item = {"item": "bank card number", "justification": JUSTIFIED}
    processor = recipient(relationship="entrusted_processor")
    data = clean(consent_evidence=None, recipient=processor, data=[item])
    [p] = of(data, PIPL, "DL304")
    assert "PIPL Art. 29" in p.message
    # an ordinary item to an entrusted processor is not "provided to another processor"
    assert of(clean(consent_evidence=None, recipient=processor), PIPL, "DL304") == []
    item_consent = clean(
        consent_evidence=None, recipient=processor, data=[{**item, "consent": "separate"}]
    )
    assert of(item_consent, PIPL, "DL304") == []


def test_gdpr_explicit_consent_is_not_pipl_separate_consent() -> None:
    data = clean(consent_evidence={"kind": "explicit"})
    assert len(of(data, PIPL, "DL304")) == 1


def test_which_relationships_are_another_processor_is_a_configuration_choice() -> None:
    customer = clean(consent_evidence=None, recipient=recipient(relationship="enterprise_customer"))
    assert of(customer, PIPL, "DL304") == []
    chosen = {"DL304": {"provided-to": ["third_party", "joint_controller", "enterprise_customer"]}}
    assert len(of(customer, PIPL, "DL304", options=chosen)) == 1
    device = clean(
        consent_evidence=None,
        recipient=recipient(relationship="device_service"),
        data=[{"item": "通讯录", "justification": JUSTIFIED}],
    )
    assert of(device, PIPL, "DL304") == []
    assert len(of(device, PIPL, "DL304", options={"DL304": {"exempt-sensitive": []}})) == 1


# -- DL305 contact and DL309 processing method (PIPL Arts. 23, 39) --------------------------------


def test_contact_is_a_statutory_error_under_pipl_only() -> None:
    data = clean(recipient=recipient(contact=None))
    [p] = of(data, PIPL, "DL305")
    assert p.severity.label == "error" and "PIPL Art. 23" in p.message
    for regimes in (GB, GDPR, CPRA):
        assert of(data, regimes, "DL305") == []


def test_an_overseas_entrusted_processor_needs_a_contact_and_method_under_art_39() -> None:
    data = clean(
        recipient=recipient(relationship="entrusted_processor", contact=None, country="US"),
        processing_method=None,
        cross_border={
            "destinations": ["US"],
            "mechanism": "cac_standard_contract",
            "rights_exercise": "Write to us.",
        },
    )
    [contact] = of(data, PIPL, "DL305")
    [method] = of(data, PIPL, "DL309")
    assert "PIPL Art. 39" in contact.message and "PIPL Art. 39" in method.message
    domestic = clean(recipient=recipient(relationship="entrusted_processor", contact=None))
    assert of(domestic, PIPL, "DL305") == [] and of(domestic, PIPL, "DL309") == []


def test_processing_method_is_asked_of_another_processor_under_pipl() -> None:
    data = clean(processing_method="TBD")
    [p] = of(data, PIPL, "DL309")
    assert p.severity.label == "error" and "PIPL Art. 23" in p.message
    assert of(data, GDPR, "DL309") == [] and of(data, GB, "DL309") == []


# -- DL202/DL203 severities follow their source (MIIT notice 292) ---------------------------------


@pytest.mark.parametrize(
    ("regimes", "severity"),
    [(PIPL, "warning"), (GB, "warning"), (GDPR, "info"), (CPRA, "info"), (ALL, "warning")],
)
def test_scenario_is_a_ministry_notice_warning_not_a_statutory_error(
    regimes: tuple[str, ...], severity: str
) -> None:
    [p] = of(clean(scenario="TBD"), regimes, "DL202")
    assert p.severity.label == severity
    [p] = of(clean(sharing_modes=["other"]), regimes, "DL203")
    assert p.severity.label == severity


def test_severity_by_regime_is_configurable() -> None:
    options = {"DL202": {"severity-by-regime": {"pipl": "error", "gdpr": "warning"}}}
    [p] = of(clean(scenario="TBD"), PIPL, "DL202", options=options)
    assert p.severity.label == "error"
    [p] = of(clean(scenario="TBD"), GDPR, "DL202", options=options)
    assert p.severity.label == "warning"


def test_policy_link_is_an_error_for_an_sdk_and_a_warning_otherwise() -> None:
    reference = {"reference": "See the app details page."}
    [p] = of(clean(privacy_policy=reference), PIPL, "DL204")
    assert p.severity.label == "warning"
    [p] = of(clean(privacy_policy=reference, sharing_modes=["sdk_on_device"]), PIPL, "DL204")
    assert p.severity.label == "error"


# -- DL205: chosen at run time is not exempt ------------------------------------------------------


def test_a_recipient_chosen_at_run_time_still_owes_art_23_at_selection() -> None:
    chosen = {"selected_by": "user", "name_source": "the store page", "relationship": "third_party"}
    [p] = of(clean(recipient=chosen), PIPL, "DL205")
    assert "still owed at the moment of selection" in p.message
    assert "separate consent" in p.message and "processing method" in p.message
    assert "complete" not in p.message


# -- DL306 minors, each regime for itself ---------------------------------------------------------


def minor(**changes: Any) -> dict[str, Any]:
    item = {"item": "未成年人信息", "consent": "separate", "justification": JUSTIFIED}
    return clean(data=[item], **changes)


def test_minors_pipl_and_gb_ask_a_guardian_under_14() -> None:
    [p] = of(minor(), PIPL, "DL306")
    assert "PIPL Art. 31 (under 14)" in p.message and "COPPA" not in p.message
    [p] = of(minor(), GB, "DL306")
    assert "GB/T 35273-2020 5.4 (under 14)" in p.message and "PIPL" not in p.message
    [p] = of(minor(), ("pipl", "gb35273"), "DL306")
    assert "PIPL Art. 31" in p.message and "GB/T 35273-2020 5.4" in p.message


def test_minors_cpra_alone_and_gdpr_without_consent_basis_do_not_fire() -> None:
    assert of(minor(), CPRA, "DL306") == []
    assert of(minor(), GDPR, "DL306") == []
    assert of(minor(legal_basis={"gdpr": "contract"}), GDPR, "DL306") == []


def test_minors_gdpr_art_8_applies_only_with_consent_as_the_basis_and_by_age() -> None:
    data = minor(legal_basis={"gdpr": "consent"})
    [p] = of(data, GDPR, "DL306")
    assert "GDPR Art. 8(1) (below 16" in p.message and "PIPL" not in p.message
    # a Member State age of 13: a child under 14 may be 13, old enough to consent alone
    assert of(data, GDPR, "DL306", options={"DL306": {"gdpr-age": 13}}) == []
    under_13 = clean(
        data=[{"item": "school class", "category": "child_under_13", "consent": "separate"}],
        legal_basis={"gdpr": "consent"},
    )
    [p] = of(under_13, GDPR, "DL306", options={"DL306": {"gdpr-age": 13}})
    assert "GDPR Art. 8(1) (below 13" in p.message


def test_minors_pipl_other_basis_lifts_the_guardian_consent() -> None:
    assert of(minor(legal_basis={"pipl": "statutory_duty"}), PIPL, "DL306") == []
    assert len(of(minor(legal_basis={"pipl": "statutory_duty"}), GB, "DL306")) == 1


def test_minors_coppa_is_opt_in_and_says_separate_consent_after_its_compliance_date() -> None:
    item = {"item": "school class", "category": "child_under_13", "justification": JUSTIFIED}
    data = clean(data=[{**item, "consent": "separate"}])
    assert of(data, CPRA, "DL306") == []
    [p] = of(data, CPRA, "DL306", options={"DL306": {"coppa": True}})
    assert "COPPA Rule 16 CFR 312.5 (under 13)" in p.message and "312.5(a)(2)" in p.message
    before = {"DL306": {"coppa": True, "coppa-amended-from": "2999-01-01"}}
    [p] = of(data, CPRA, "DL306", options=before)
    assert "312.5(a)(2)" not in p.message
    processor = clean(data=[{**item, "consent": "separate"}])
    processor["recipient"] = recipient(relationship="entrusted_processor")
    [p] = of(processor, CPRA, "DL306", options={"DL306": {"coppa": True}})
    assert "312.5(a)(2)" not in p.message
    assert (
        of(
            clean(data=[{**item, "consent": "guardian"}]),
            CPRA,
            "DL306",
            options={"DL306": {"coppa": True}},
        )
        == []
    )


def test_guardian_consent_satisfies_every_regime() -> None:
    data = clean(data=[{"item": "未成年人信息", "consent": "guardian", "justification": JUSTIFIED}])
    data["legal_basis"] = {"gdpr": "consent"}
    assert of(data, ALL, "DL306") == []


# -- DL307 cross-border, per regime ---------------------------------------------------------------


def abroad(country: str = "US", **transfer: Any) -> dict[str, Any]:
    crossing = {"destinations": [country], "rights_exercise": "Write to privacy@p.com."}
    crossing.update(transfer)
    return clean(
        recipient=recipient(country=country), cross_border={k: v for k, v in crossing.items() if v}
    )


def test_pipl_has_no_adequacy_and_gdpr_mechanisms_do_not_satisfy_it() -> None:
    for mechanism in ("adequacy_decision", "standard_contractual_clauses"):
        [p] = of(abroad(mechanism=mechanism), PIPL, "DL307")
        assert "no PIPL Art. 38 mechanism" in p.message and "GDPR mechanism" in p.message
    assert of(abroad(mechanism="cac_standard_contract"), PIPL, "DL307") == []


def test_a_pipl_mechanism_does_not_satisfy_gdpr() -> None:
    [p] = of(abroad(mechanism="cac_standard_contract"), GDPR, "DL307", home="DE")
    assert "no GDPR Chapter V mechanism" in p.message and "PIPL mechanism" in p.message
    assert of(abroad(mechanism="standard_contractual_clauses"), GDPR, "DL307", home="DE") == []


def test_both_regimes_need_their_own_mechanism() -> None:
    both = ["cac_standard_contract", "standard_contractual_clauses"]
    assert of(abroad(mechanism=both), ("pipl", "gdpr"), "DL307") == []
    messages = [p.message for p in of(abroad(mechanism="cac_standard_contract"), ALL, "DL307")]
    assert len(messages) == 1 and "GDPR" in messages[0]


def test_a_transfer_inside_the_eea_is_not_a_chapter_v_transfer() -> None:
    assert of(abroad("FR"), GDPR, "DL307", home="DE") == []
    assert len(of(abroad("US"), GDPR, "DL307", home="DE")) == 1


def test_gdpr_adequacy_for_a_country_without_one_is_a_warning() -> None:
    [p] = of(abroad("CN", mechanism="adequacy_decision"), GDPR, "DL307", home="DE")
    assert p.severity.label == "warning" and "CN" in p.message
    assert of(abroad("JP", mechanism="adequacy_decision"), GDPR, "DL307", home="DE") == []


def test_cac_2024_exemptions_are_mechanisms_that_need_a_justification() -> None:
    [p] = of(abroad(mechanism="cac_exempt_contract"), PIPL, "DL307")
    assert "CAC 2024 exemption for a contract" in p.message and "justification" in p.message
    justified = abroad(mechanism="cac_exempt_contract", justification="Hotel booking abroad.")
    assert of(justified, PIPL, "DL307") == []


def test_the_under_100k_exemption_excludes_sensitive_information() -> None:
    data = abroad(mechanism="cac_exempt_under_100k", justification="12,000 people this year.")
    assert of(data, PIPL, "DL307") == []
    data["data"] = [{"item": "bank card number", "justification": JUSTIFIED}]
    [p] = of(data, PIPL, "DL307")
    assert "excludes sensitive personal information" in p.message


def test_art_39_asks_rights_exercise_and_separate_consent_of_every_overseas_recipient() -> None:
    data = abroad(mechanism="cac_standard_contract", rights_exercise=None)
    data.pop("consent_evidence")
    data["recipient"]["relationship"] = "entrusted_processor"
    [p] = of(data, PIPL, "DL307")
    assert "PIPL Art. 39" in p.message
    assert "rights_exercise" in p.message and "separate consent" in p.message
    data["legal_basis"] = {"pipl": "contract"}
    [p] = of(data, PIPL, "DL307")
    assert "separate consent" not in p.message


def test_the_documented_passing_example_gives_every_art_39_element() -> None:
    from disclosurelint.rules import dl307_cross_border

    assert "contact:" in (dl307_cross_border.__doc__ or "").split("## Passing example")[1]


@pytest.mark.parametrize("name", ["China", "china", "中国", "PRC"])
def test_a_country_name_for_china_is_not_a_false_cross_border_finding(name: str) -> None:
    data = clean(recipient=recipient(country=name))
    assert of(data, ALL, "DL307") == []
    assert of(data, PIPL, "DL305") == [] and of(data, PIPL, "DL309") == []


def test_a_country_name_abroad_is_read_as_its_code() -> None:
    found = of(clean(recipient=recipient(country="United States")), PIPL, "DL307")
    assert "(to US)" in found[0].message


# -- DL308 GDPR Art. 9(2) and Art. 10 -------------------------------------------------------------


def health(**changes: Any) -> dict[str, Any]:
    item = {"item": "medical records", "consent": "separate", "justification": JUSTIFIED}
    return clean(data=[item], **changes)


def test_an_art_6_basis_does_not_lift_art_9() -> None:
    [p] = of(health(legal_basis={"gdpr": "contract"}), GDPR, "DL308")
    assert "Art. 9(2)" in p.message
    assert of(health(legal_basis={"gdpr": "contract"}), PIPL, "DL308") == []


def test_explicit_consent_is_said_explicitly_under_gdpr() -> None:
    basis = {"gdpr": "consent", "gdpr_special_category": "explicit_consent"}
    [p] = of(health(legal_basis=basis), GDPR, "DL308")
    assert p.severity.label == "warning" and "explicit consent" in p.message
    data = health(legal_basis=basis)
    data["data"][0]["consent"] = "explicit"
    assert of(data, GDPR, "DL308") == []
    # the same entry under PIPL: explicit is not separate, the entry's evidence is
    assert of(data, ("pipl", "gdpr"), "DL304") == []


def test_other_art_9_2_conditions_lift_the_prohibition() -> None:
    data = health(
        legal_basis={"gdpr": "legal_obligation", "gdpr_special_category": "health_or_social_care"}
    )
    assert of(data, GDPR, "DL308") == []


def test_criminal_data_needs_art_10_authority_not_consent() -> None:
    item = {"item": "criminal record", "consent": "explicit", "justification": JUSTIFIED}
    data = clean(data=[item], legal_basis={"gdpr_special_category": "explicit_consent"})
    [p] = of(data, GDPR, "DL308")
    assert "Art. 10" in p.message
    data["legal_basis"] = {"gdpr_criminal_data": "authorised_by_law"}
    assert of(data, GDPR, "DL308") == []


def test_legitimate_interests_is_not_a_pipl_basis() -> None:
    found = run(clean(legal_basis={"pipl": "legitimate_interests"}), PIPL)
    assert [p.code for p in found] == ["DL104"]
    assert run(clean(legal_basis={"gdpr": "legitimate_interests"}), GDPR) == []


REGIME_SETS = [PIPL, GB, GDPR, CPRA, ("pipl", "gdpr"), ("gb35273", "cpra"), ALL]


@pytest.mark.parametrize("regimes", REGIME_SETS)
def test_the_pipl_art_23_rules_fire_exactly_when_pipl_is_enabled(regimes: tuple[str, ...]) -> None:
    bare = clean(recipient=recipient(contact=None), processing_method=None, consent_evidence=None)
    expected = 1 if "pipl" in regimes else 0
    for code in ("DL304", "DL305", "DL309"):
        assert len(of(bare, regimes, code)) == expected, code


@pytest.mark.parametrize("regimes", REGIME_SETS)
def test_each_regime_s_transfer_finding_appears_only_with_that_regime(
    regimes: tuple[str, ...],
) -> None:
    found = [p.message for p in of(abroad(mechanism=None), regimes, "DL307")]
    assert any("PIPL Art. 38" in m for m in found) == ("pipl" in regimes)
    assert any("GDPR Chapter V" in m for m in found) == ("gdpr" in regimes)
    if not {"pipl", "gdpr"} & set(regimes):
        assert found == []


def test_art_39_follows_the_home_country_as_dl307_does() -> None:
    overseas = clean(
        recipient=recipient(relationship="entrusted_processor", contact=None, country="US"),
        processing_method=None,
    )
    assert len(of(overseas, PIPL, "DL305")) == 1 and len(of(overseas, PIPL, "DL309")) == 1
    assert of(overseas, PIPL, "DL305", home="DE") == []
    assert of(overseas, PIPL, "DL309", home="DE") == []
    assert of(overseas, PIPL, "DL307", home="DE") == []
