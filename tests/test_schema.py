"""The schema: the contract's keys and enums, shipped identically, with exact-position findings."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from disclosurelint.api import check_text
from tests.common import BASE, merged, problems

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_PATH = ROOT / "schema" / "partner-disclosure.schema.json"


def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SCHEMA_PATH.read_text("utf-8"))
    return loaded


def test_schema_is_valid_2020_12_with_an_id() -> None:
    Draft202012Validator.check_schema(schema())
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema()["$id"].startswith("https://")


def test_packaged_schema_is_the_repository_schema() -> None:
    packaged = resources.files("disclosurelint.data").joinpath("partner-disclosure.schema.json")
    assert packaged.read_bytes() == SCHEMA_PATH.read_bytes()


def _properties(node: Any, path: str = "$") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        for name, sub in node.get("properties", {}).items():
            yield f"{path}.{name}", sub
            yield from _properties(sub, f"{path}.{name}")
        if isinstance(node.get("items"), dict):
            yield from _properties(node["items"], f"{path}[]")


def test_every_property_has_a_title_and_a_description() -> None:
    missing = [
        p for p, sub in _properties(schema()) if not sub.get("title") or not sub.get("description")
    ]
    assert missing == []


def test_examples_validate() -> None:
    validator = Draft202012Validator(schema())
    for example in schema()["examples"]:
        assert list(validator.iter_errors(example)) == []


def test_enums_are_those_of_the_format() -> None:
    props = schema()["properties"]
    assert props["recipient"]["properties"]["relationship"]["enum"] == [
        "third_party",
        "entrusted_processor",
        "enterprise_customer",
        "device_service",
        "joint_controller",
    ]
    assert props["sharing_modes"]["items"]["enum"] == [
        "backend_api",
        "local_api",
        "form",
        "terminal_initiated",
        "online_service",
        "sdk_on_device",
        "other",
    ]
    assert props["recipient"]["properties"]["selected_by"]["enum"] == [
        "administrator",
        "user",
        "administrator_or_user",
    ]
    assert props["data"]["items"]["properties"]["consent"]["enum"] == [
        "separate",
        "explicit",
        "guardian",
        "not_required",
    ]
    assert set(schema()["required"]) == {
        "disclosure",
        "id",
        "recipient",
        "product",
        "data",
        "purpose",
        "scenario",
        "sharing_modes",
        "privacy_policy",
    }


def _messages(text: str) -> list[tuple[int, int, str, str]]:
    result = check_text(text, "t.yaml")
    return [(p.line, p.column, p.code, p.message) for p in result.problems]


def test_unknown_key_is_at_the_key_with_did_you_mean() -> None:
    text = BASE.replace("purpose:", "purpse:")
    found = _messages(text)
    assert (11, 1, "DL102", "unknown key `purpse`; did you mean `purpose`?") in found


def test_nested_unknown_key_names_its_mapping() -> None:
    text = BASE.replace("  contact:", "  contct:")
    assert _messages(text)[-1] == (
        6,
        3,
        "DL102",
        "unknown key `contct` in `recipient`; did you mean `contact`?",
    )


def test_missing_key_points_at_the_mapping_that_lacks_it() -> None:
    text = BASE.replace("  relationship: third_party\n", "")
    assert _messages(text) == [
        (
            3,
            1,
            "DL101",
            "the entry does not say how the recipient relates to us (`relationship` is missing)",
        )
    ]
    assert problems(BASE.replace("product: BCamCard/WeChat Mini Program\n", "")) == [
        (1, 1, "DL101")
    ]


def test_wrong_value_is_at_the_value_with_did_you_mean() -> None:
    text = BASE.replace("relationship: third_party", "relationship: thirdparty")
    [(line, column, code, message)] = _messages(text)
    assert (line, column, code) == (5, 17, "DL104")
    assert "did you mean 'third_party'?" in message


def test_wrong_type_names_both_types() -> None:
    text = merged("sharing_modes: backend_api")
    assert _messages(text) == [(15, 16, "DL103", "`sharing_modes` must be a list, not text")]


@pytest.mark.parametrize(
    ("fragment", "code"),
    [
        ("id: Cam Card", "DL105"),  # and DL401 is silent: one file
        ("disclosure: 2", "DL104"),
        ("disclosure: '1'", "DL104"),
        ("data: []", "DL106"),
        ("sharing_modes: [backend_api, backend_api]", "DL107"),
        ("review:\n  last_reviewed: 2026-13-01", "DL105"),
        ("review:\n  last_reviewed: 1 Nov 2026", "DL105"),
        (
            "recipient:\n  name: X Co.\n  relationship: third_party\n  contact: a@x.cn\n"
            "  country: cn",
            "DL105",
        ),
        ("data:\n  - item: name\n    consent: yes", "DL104"),
        ("data:\n  - item: name\n    optional: yes", "DL103"),
    ],
)
def test_value_errors_have_codes_by_keyword(fragment: str, code: str) -> None:
    assert [c for _, _, c in problems(merged(fragment))] == [code]


def test_one_of_names_the_closest_branch() -> None:
    text = merged("recipient:\n  relationship: third_party\n  name_source: the web page")
    [(line, _, code, message)] = _messages(text)
    assert code == "DL108" and text.splitlines()[line - 1] == "recipient:"
    assert "closest is a company chosen at run time, which lacks `selected_by`" in message
    text = merged("recipient:\n  relationship: third_party\n  contact: a@b.cn")
    [(_, _, _, message)] = _messages(text)
    assert "closest is a named company, which lacks `name`" in message


def test_one_of_with_both_forms_says_so() -> None:
    text = merged(
        "recipient:\n  name: X Co.\n  selected_by: user\n  relationship: third_party\n"
        "  contact: a@x.cn"
    )
    [(_, _, code, message)] = _messages(text)
    assert code == "DL108" and "mixes more than one form" in message


def test_each_gap_is_reported_once_not_twice() -> None:
    for fragment, code in [
        ("purpose: ''", "DL201"),
        ("scenario:", "DL202"),
        ("sharing_modes: []", "DL203"),
        ("privacy_policy: {}", "DL204"),
        ("privacy_policy:\n  url: not a url", "DL204"),
    ]:
        assert [c for _, _, c in problems(merged(fragment))] == [code], fragment


def test_missing_disclosure_elements_are_said_in_plain_words() -> None:
    text = BASE.replace("product: BCamCard/WeChat Mini Program\n", "")
    start, end = text.index("data:"), text.index("purpose:")
    text = text[:start] + text[end:]
    messages = [m for _, _, _, m in _messages(text)]
    assert messages == [
        "the entry does not name the recipient's product, SDK or mode of cooperation "
        "(`product` is missing)",
        "the entry does not say which personal data the recipient receives (`data` is missing)",
    ]
