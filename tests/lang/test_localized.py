"""The one module that knows a text may be a map of languages."""

from __future__ import annotations

from disclosurelint import localized

BOTH = {"zh-CN": "提供地图服务。", "en": "Provide maps."}


def test_texts_carry_the_path_of_their_language() -> None:
    assert localized.texts("Provide maps.") == (((), "Provide maps."),)
    assert localized.texts(BOTH) == ((("zh-CN",), "提供地图服务。"), (("en",), "Provide maps."))
    assert localized.texts({"zh": 3, "en": "x"}) == ((("en",), "x"),)
    assert localized.texts(["Provide maps."]) == ()


def test_a_language_finds_its_text_by_tag_or_by_primary_language() -> None:
    assert localized.text_in(BOTH, "zh") == "提供地图服务。"
    assert localized.text_in(BOTH, "ZH-cn") == "提供地图服务。"
    assert localized.text_in({"zh": "地图"}, "zh-TW") == "地图"
    assert localized.text_in(BOTH, "ja") is None
    assert localized.text_in("Provide maps.", "ja") == "Provide maps."


def test_localize_falls_back_to_the_first_language_with_text() -> None:
    assert localized.localize(BOTH, "en") == "Provide maps."
    assert localized.localize(BOTH, "ja") == "提供地图服务。"
    assert localized.localize({"zh": " ", "en": "Provide maps."}, "zh") == "Provide maps."
    assert localized.primary({}) is None
    assert localized.primary(BOTH, prefer=("en",)) == "Provide maps."


def test_fields_walk_every_item_and_skip_what_is_absent() -> None:
    data = {
        "purpose": BOTH,
        "data": [{"item": "name"}, "not a mapping", {"item": {"en": "phone"}}],
        "recipient": {"relationship": "third_party"},
    }
    assert [path for path, _ in localized.fields(data)] == [
        ("purpose",),
        ("data", 0, "item"),
        ("data", 2, "item"),
    ]
    assert list(localized.fields(["not", "a", "declaration"])) == []


def test_tags() -> None:
    assert all(map(localized.is_tag, ["zh", "zh-Hans-CN", "en-GB", "es-419", "de-CH-1996"]))
    assert not any(map(localized.is_tag, ["english", "zh_CN", "", "zh-", 3]))
