"""What the taxonomy makes of every data item of the seed (explained in the README).

The contacts export is the one sensitive entry: its items are the fields of an address book
exported into the telephone's Contacts, declared `contacts_list` (GB/T 35273-2020 Table B.1
通讯录; not enumerated by PIPL Art. 28, so "assess" under PIPL).
"""

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
        ("name", ("contacts_list",)),
        ("telephone number", ("contacts_list",)),
        ("email address", ("contacts_list",)),
        ("fixed-line phone number", ("contacts_list",)),
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


def test_every_seed_item_maps_as_pinned_and_only_the_address_book_is_sensitive() -> None:
    context = RuleContext(regimes=REGIMES, taxonomy=load_taxonomy())
    for name, expected in EXPECTED.items():
        found = [(item.text, item.categories) for item in items(_document(name), context)]
        assert found == expected, name
        for _, categories in found:
            for category in categories:
                sensitive = load_taxonomy().categories[category].sensitive_under(REGIMES)
                if category == "contacts_list":
                    assert [(s.regime, s.level) for s in sensitive] == [
                        ("pipl", "qualified"),
                        ("gb35273", "sensitive"),
                    ]
                else:
                    assert sensitive == (), category
    assert sorted(EXPECTED) == sorted(p.name for p in SEED.glob("[!_]*.yaml"))
    assert Settings().regimes == ("pipl", "gb35273")
