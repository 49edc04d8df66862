"""What the taxonomy makes of every data item of the seed (explained in the README)."""

from __future__ import annotations

from pathlib import Path

from disclosurelint.config import Settings
from disclosurelint.document import Document
from disclosurelint.load import parse
from disclosurelint.rules.base import RuleContext
from disclosurelint.rules.items import items
from disclosurelint.taxonomy import REGIMES, load_taxonomy

SEED = Path(__file__).resolve().parents[2] / "declarations" / "welink"

EXPECTED = {
    "camcard.yaml": [
        ("name", ("name",)),
        ("company", ("employer",)),
        ("department", ("department",)),
        ("job title", ("job_title",)),
        ("telephone number", ("phone_number",)),
        ("fixed-line phone number", ("phone_number",)),
        ("email address", ("email",)),
        ("address", ("postal_address",)),
    ],
    "default-calendar.yaml": [
        (
            "calendar and meeting schedules (including time, venue, attendees, theme, type, and "
            "bulletins)",
            ("calendar_events",),
        )
    ],
    "default-contacts.yaml": [
        ("name", ("name",)),
        ("telephone number", ("phone_number",)),
        ("email address", ("email",)),
        ("fixed-line phone number", ("phone_number",)),
    ],
    "enterprise-customer.yaml": [
        ("profile picture", ("profile_image",)),
        ("nickname", ("nickname",)),
        ("phone number", ("phone_number",)),
        ("enterprise C&Q information", ()),
        ("contact information", ("contact_details",)),
    ],
    "third-party-services.yaml": [
        ("profile image", ("profile_image",)),
        ("nickname", ("nickname",)),
        ("phone number", ("phone_number",)),
        ("enterprise and organization permissions", ("permissions",)),
        ("approval interface permissions", ("permissions",)),
    ],
}


def _document(name: str) -> Document:
    path = SEED / name
    document, issues = parse(path.read_text("utf-8"), str(path))
    assert document is not None and not issues
    return document


def test_every_seed_item_maps_as_pinned_and_none_is_sensitive_under_any_regime() -> None:
    context = RuleContext(regimes=REGIMES, taxonomy=load_taxonomy())
    for name, expected in EXPECTED.items():
        found = [(item.text, item.categories) for item in items(_document(name), context)]
        assert found == expected, name
        for _, categories in found:
            for category in categories:
                assert not load_taxonomy().categories[category].is_sensitive(REGIMES), category
    assert sorted(EXPECTED) == sorted(p.name for p in SEED.glob("[!_]*.yaml"))
    assert Settings().regimes == ("pipl", "gb35273")
