"""The comparison without git: the files that differ in, the exact changes out, for every kind."""

from __future__ import annotations

from typing import Any

import pytest

from disclosurelint.config import Settings
from disclosurelint.load import load_bytes
from disclosurelint.semdiff.classes import CLASSES
from disclosurelint.semdiff.engine import compare, context
from disclosurelint.semdiff.model import Change, Risk
from disclosurelint.semdiff.snapshot import Entry, guess_id
from tests.diff.common import URL, dump, partner

PATH = "declarations/p/camcard.yaml"
CONTEXT = context(Settings())


def entry(data: dict[str, Any] | str, path: str = PATH) -> Entry:
    """A file as the snapshot reads it (through the loader, as at either side)."""
    raw = (data if isinstance(data, str) else dump(data)).encode()
    document, issues, text = load_bytes(raw, path)
    if document is None:
        return Entry(path, path, guess_id(text), None, issues[0].finding.message)
    return Entry(path, path, document.mapping["id"], document)


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, str, Any, Any, str]]:
    """(kind, field, old, new, class) between two versions of one file."""
    found = compare([entry(old)], [entry(new)], CONTEXT)
    return [(c.kind, c.field, c.old, c.new, c.risk.value) for c in found]


def one(old: dict[str, Any], new: dict[str, Any]) -> tuple[str, str, Any, Any, str]:
    (change,) = diff(old, new)
    return change


def with_recipient(**fields: Any) -> dict[str, Any]:
    recipient = dict(partner()["recipient"], **fields)
    return partner(recipient={k: v for k, v in recipient.items() if v is not None})


def test_recipient() -> None:
    base = partner()
    assert one(base, with_recipient(name="Hehe Ltd.")) == (
        "recipient-name-changed",
        "recipient.name",
        "Shanghai Hehe Information Technology Co., Ltd.",
        "Hehe Ltd.",
        "raises-risk",
    )
    chosen = with_recipient(name=None, selected_by="administrator_or_user")
    assert one(base, chosen)[3] == "chosen at run time by the administrator or user"
    assert one(base, with_recipient(country="SG"))[::4] == (
        "recipient-country-changed",
        "raises-risk",
    )
    assert one(base, with_recipient(contact="privacy@hehe.example"))[::4] == (
        "contact-changed",
        "neutral",
    )
    assert one(base, partner(product="CamCard SDK"))[::4] == ("product-changed", "raises-risk")


@pytest.mark.parametrize(
    ("old", "new", "kind"),
    [
        ("entrusted_processor", "third_party", "relationship-changed"),
        ("device_service", "entrusted_processor", "relationship-changed"),
        ("enterprise_customer", "joint_controller", "relationship-changed"),
        ("third_party", "entrusted_processor", "relationship-narrowed"),
        ("joint_controller", "device_service", "relationship-narrowed"),
    ],
)
def test_relationship(old: str, new: str, kind: str) -> None:
    change = one(with_recipient(relationship=old), with_recipient(relationship=new))
    assert change == (kind, "recipient.relationship", old, new, CLASSES[kind].risk.value)


def items(*entries: dict[str, Any]) -> dict[str, Any]:
    return partner(data=[{"item": "name"}, *entries])


def test_item_text_is_compared_normalised() -> None:
    assert one(items({"item": "E-mail  Address"}), items({"item": "e mail address."})) == (
        "wording-changed",
        "data[e mail address.]",
        "E-mail  Address",
        "e mail address.",
        "neutral",
    )
    assert [c[0] for c in diff(items({"item": "phone"}), items({"item": "telephone"}))] == [
        "data-item-removed",
        "data-item-added",
    ]


def test_item_category() -> None:
    plain, contacts = {"item": "colleagues"}, {"item": "colleagues", "category": "contacts_list"}
    assert one(items(plain), items(contacts)) == (
        "item-now-sensitive",
        "data[colleagues].category",
        None,
        "contacts_list",
        "raises-risk",
    )
    assert one(items(contacts), items(plain))[0] == "item-no-longer-sensitive"
    named = {"item": "colleagues", "category": "name"}
    assert one(items(plain), items(named))[::4] == ("item-category-changed", "neutral")


def test_item_category_sensitive_under_more_regimes() -> None:
    finger = {"item": "fingerprint"}
    health = {"item": "fingerprint", "category": "health"}
    found = compare([entry(items(finger))], [entry(items(health))], context(Settings()))
    (change,) = found
    assert change.kind == "item-now-sensitive"
    assert change.sensitivity is not None and change.sensitivity.categories == ("health",)


def test_justification() -> None:
    bare = {"item": "ID card number"}
    reasons = dict(bare, justification={"necessity": "Verify identity.", "impact": "Low."})
    other = dict(bare, justification={"necessity": "Verify age.", "impact": "Low."})
    assert one(items(bare), items(reasons)) == (
        "statement-added",
        "data[ID card number].justification",
        None,
        "necessity: Verify identity.; impact: Low.",
        "lowers-risk",
    )
    assert one(items(reasons), items(other))[::4] == ("justification-changed", "raises-risk")
    assert one(items(reasons), items(bare))[::4] == ("justification-changed", "raises-risk")


@pytest.mark.parametrize(
    ("old", "new", "kind"),
    [
        (None, "separate", "consent-strengthened"),
        ("not_required", "explicit", "consent-strengthened"),
        ("separate", None, "consent-changed"),
        ("separate", "not_required", "consent-changed"),
        ("separate", "explicit", "consent-changed"),
        (None, "not_required", "consent-changed"),
    ],
)
def test_consent(old: str | None, new: str | None, kind: str) -> None:
    def item(consent: str | None) -> dict[str, Any]:
        return {"item": "ID card number", **({"consent": consent} if consent else {})}

    assert one(items(item(old)), items(item(new)))[0] == kind


def test_optional() -> None:
    required, optional = {"item": "photo"}, {"item": "photo", "optional": True}
    assert one(items(required), items(optional)) == (
        "item-now-optional",
        "data[photo].optional",
        "false",
        "true",
        "lowers-risk",
    )
    assert one(items(optional), items(required))[::4] == ("item-now-required", "raises-risk")


def test_duplicated_items_are_counted() -> None:
    assert [c[0] for c in diff(items(), items({"item": "name"}))] == ["data-item-added"]


def test_texts_and_statements() -> None:
    base = partner()
    assert one(base, partner(scenario="Whenever you open the app."))[::4] == (
        "scenario-changed",
        "raises-risk",
    )
    assert one(base, partner(purpose=None)) == (
        "purpose-changed",
        "purpose",
        "Provide the cloud business card service.",
        None,
        "raises-risk",
    )
    for key in ("legal_basis", "retention", "processing_method"):
        stated = partner(**{key: "consent"})
        assert one(base, stated) == ("statement-added", key, None, "consent", "lowers-risk")
        kind = key.replace("_", "-") + "-changed"
        assert one(stated, partner(**{key: "contract"}))[::4] == (kind, "raises-risk")
        assert one(stated, base)[::4] == (kind, "raises-risk")


def test_sharing_modes() -> None:
    assert diff(partner(), partner(sharing_modes=["form", "sdk_on_device"])) == [
        ("sharing-mode-added", "sharing_modes", None, "form", "raises-risk"),
        ("sharing-mode-added", "sharing_modes", None, "sdk_on_device", "raises-risk"),
        ("sharing-mode-removed", "sharing_modes", "backend_api", None, "lowers-risk"),
    ]
    assert one(partner(), partner(sharing_mode_note="By e-mail."))[::4] == (
        "wording-changed",
        "neutral",
    )


def test_policy() -> None:
    reference = partner(privacy_policy={"reference": "See the app page."})
    assert one(partner(), reference) == (
        "policy-url-removed",
        "privacy_policy.url",
        URL,
        None,
        "raises-risk",
    )
    assert one(reference, partner()) == (
        "policy-url-added",
        "privacy_policy.url",
        None,
        URL,
        "lowers-risk",
    )
    assert one(reference, partner(privacy_policy={"reference": "See the web page."}))[::4] == (
        "wording-changed",
        "neutral",
    )
    assert one(partner(), partner(privacy_policy={}))[0] == "policy-url-removed"


def test_cross_border() -> None:
    transfer = partner(cross_border={"destinations": ["US"], "mechanism": "derogation"})
    assert diff(transfer, partner()) == [
        ("destination-removed", "cross_border.destinations", "US", None, "lowers-risk"),
        ("transfer-mechanism-changed", "cross_border.mechanism", "derogation", None, "raises-risk"),
    ]
    noted = partner(cross_border={"destinations": ["US"], "mechanism": "derogation", "note": "x"})
    assert one(transfer, noted)[::4] == ("wording-changed", "neutral")


def test_notes_wording_review_and_unknown_keys() -> None:
    base = partner()
    assert one(base, partner(data_note="Such as name."))[:2] == ("wording-changed", "data_note")
    assert one(base, partner(wording={"purpose": "To provide cards."}))[:2] == (
        "wording-changed",
        "wording.purpose",
    )
    assert diff(base, partner(review={"owner": "DPO", "last_reviewed": "2026-02-01"})) == [
        ("review-changed", "review.owner", "Legal", "DPO", "neutral"),
        ("review-changed", "review.last_reviewed", "2026-01-15", "2026-02-01", "neutral"),
    ]
    assert one(base, partner(extra={"a": 1})) == (
        "other-changed",
        "extra",
        None,
        '{"a": 1}',
        "neutral",
    )


def test_yaml_1_2_values_are_text() -> None:
    """`country: NO` is Norway, read the same at both sides (never a boolean)."""
    norway = dump(with_recipient(country="SG")).replace("country: SG", "country: NO")
    (change,) = compare([entry(partner())], [entry(norway)], CONTEXT)
    assert (change.kind, change.new) == ("recipient-country-changed", "NO")


def test_an_unreadable_file_is_not_removed_and_added() -> None:
    broken = dump(partner()).replace("purpose:", "purpose: [")
    assert [(c.kind, c.partner) for c in compare([entry(partner())], [entry(broken)], CONTEXT)] == [
        ("file-unreadable", "camcard")
    ]
    (change,) = compare([entry(broken)], [entry(partner())], CONTEXT)
    assert (change.kind, change.risk) == ("file-unreadable", Risk.RAISES)
    assert "cannot be read in the old version (YAML syntax error" in change.message


def test_an_unreadable_moved_file_keeps_its_id() -> None:
    broken = entry(dump(partner()).replace("purpose:", "purpose: ["), "declarations/q/x.yaml")
    assert broken.id == "camcard"
    found = compare([entry(partner())], [broken], CONTEXT)
    assert [(c.kind, c.partner, c.path) for c in found] == [
        ("file-unreadable", "camcard", "declarations/q/x.yaml")
    ]


def test_an_unreadable_file_without_id_is_known_by_its_path() -> None:
    found = compare([], [entry("- a list\n", "declarations/p/list.yaml")], CONTEXT)
    assert [(c.kind, c.partner) for c in found] == [("file-unreadable", "declarations/p/list.yaml")]


def test_a_duplicated_id_pairs_files_at_the_same_place_first() -> None:
    old = [entry(partner(), "a.yaml"), entry(partner(purpose="B."), "b.yaml")]
    new = [entry(partner(purpose="B."), "b.yaml"), entry(partner(), "c.yaml")]
    assert [(c.kind, c.path) for c in compare(old, new, CONTEXT)] == [("file-moved", "c.yaml")]


def test_every_change_is_classed() -> None:
    with pytest.raises(KeyError):
        _ = Change("p", "no-such-kind", "f", None, None, "m", "x").risk
    assert {k.risk for k in CLASSES.values()} == set(Risk)
