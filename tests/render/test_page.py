"""What each part of an entry says: published words first, else words generated from fields."""

from __future__ import annotations

from typing import Any

import yaml

from disclosurelint.render.page import entry_parts, make_entry
from tests.common import BASE


def parts(data: dict[str, Any], lang: str = "en") -> dict[str, str]:
    return {part.key: part.text for part in entry_parts(data, lang)}  # type: ignore[arg-type]


def base() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(BASE)
    return data


def test_a_complete_declaration_renders_seven_parts_in_page_order() -> None:
    rendered = entry_parts(base())
    assert [part.label for part in rendered] == [
        "Company",
        "Product/Mode",
        "Collected information",
        "Purpose",
        "Scenario",
        "Sharing mode",
        "Personal data handling rules of the third party",
    ]
    assert [part.text for part in rendered] == [
        "Shanghai Hehe Information Technology Co., Ltd.",
        "BCamCard/WeChat Mini Program",
        "name and telephone number",
        "Provide the cloud business card service.",
        "You share your cloud business card on WeLink to WeChat.",
        "backend API transmission",
        "https://cc-dl.camcard.com/download/PP_CamCard_zh-cn_Android.html",
    ]


def test_published_words_win_over_generated_ones() -> None:
    data = base()
    data["data_note"] = "See the page, such as name."
    data["wording"] = {
        "recipient": "the card service",
        "product": "the mini program",
        "data": "name, and telephone number",
        "purpose": "cards",
        "scenario": "sharing",
        "sharing_modes": "background API transmission",
        "privacy_policy": "See https://example.com/privacy",
    }
    assert parts(data) == {
        "company": "the card service",
        "product": "the mini program",
        "data": "name, and telephone number",
        "purpose": "cards",
        "scenario": "sharing",
        "sharing_modes": "background API transmission",
        "policy": "See https://example.com/privacy",
    }


def test_fallbacks_note_then_items_selected_by_and_reference() -> None:
    data = base()
    data["data_note"] = "See the page,\n  such as name."
    data["recipient"] = {
        "selected_by": "user",
        "name_source": "the store page",
        "relationship": "third_party",
    }
    data["privacy_policy"] = {"reference": "See the store page."}
    data["sharing_modes"] = ["form", "other"]
    data["sharing_mode_note"] = "e-mail"
    assert parts(data) == {
        "company": "the third party chosen by the user. Its name is shown on the store page.",
        "product": "BCamCard/WeChat Mini Program",
        "data": "See the page, such as name.",
        "purpose": "Provide the cloud business card service.",
        "scenario": "You share your cloud business card on WeLink to WeChat.",
        "sharing_modes": "form transmission and e-mail",
        "policy": "See the store page.",
    }
    chinese = parts(data, "zh")
    assert chinese["company"] == "由用户选择的第三方，名称见the store page。"  # noqa: RUF001
    assert chinese["sharing_modes"] == "表单传输、e-mail"


def test_missing_blank_and_mistyped_fields_are_left_out() -> None:
    data = {
        "id": 7,
        "recipient": "Acme",
        "product": "  ",
        "data": ["name", {"item": 3}, {"item": "address"}],
        "purpose": ["a", "b"],
        "sharing_modes": "backend_api",
        "wording": "all of it",
    }
    assert parts(data) == {"data": "address"}
    entry = make_entry(data, "x.yaml")
    assert entry.id is None and entry.text_of("purpose") == ""
