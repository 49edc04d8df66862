"""The one module that knows a text may be a map of languages."""

from __future__ import annotations

from typing import Any

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


def test_fields_come_in_the_order_of_the_field_list() -> None:
    # every field present, each written as a map of languages: the order a reader of the
    # field list expects, items in their order within each pattern
    def texts(n: int) -> dict[str, str]:
        return {"zh": f"文{n}", "en": f"text {n}"}

    data = {
        "wording": {
            part[1]: texts(i) for i, part in enumerate(localized.FIELDS) if part[0] == "wording"
        },
        "retention": texts(1),
        "cross_border": {"note": texts(2)},
        "privacy_policy": {"reference": texts(3)},
        "recipient": {"name_source": texts(4), "name": texts(5)},
        "processing_method": texts(6),
        "sharing_mode_note": texts(7),
        "data_note": texts(8),
        "data": [
            {"item": texts(9), "justification": {"impact": texts(10), "necessity": texts(11)}},
            {"item": texts(12)},
        ],
        "scenario": texts(13),
        "purpose": texts(14),
        "product": texts(15),
    }
    expected: list[tuple[tuple[str | int, ...], Any]] = []
    for pattern in localized.FIELDS:
        matches: list[tuple[tuple[str | int, ...], Any]] = [((), data)]
        for step in pattern:
            if step == "*":
                matches = [((*w, i), c) for w, v in matches for i, c in enumerate(v)]
            else:
                matches = [((*w, step), v[step]) for w, v in matches if step in v]
        expected.extend(matches)
    assert list(localized.fields(data)) == expected
    assert len(expected) == len(localized.FIELDS) + 1  # the second item: its `item` alone
    assert localized.field_values(data) == [value for _, value in expected]


def test_field_values_are_the_values_of_fields_whatever_the_shapes() -> None:
    shapes: list[Any] = [
        None, "text", 3, [], {}, [1, "x", {"item": "name"}], {"note": {"en": "x"}},
        {"name": "A", "name_source": ["list"]}, {"reference": None}, BOTH,
    ]  # fmt: skip
    firsts = list(dict.fromkeys(str(p[0]) for p in localized.FIELDS))
    for n, first in enumerate(firsts):
        for shape in shapes:
            data = {key: shapes[(n + i) % len(shapes)] for i, key in enumerate(firsts)}
            data[first] = shape
            expected = [value for _, value in localized.fields(data)]
            assert localized.field_values(data) == expected
    assert localized.field_values(["not", "a", "declaration"]) == []


def test_any_mapping_is_a_mapping_and_other_values_are_not() -> None:
    import datetime
    from collections import OrderedDict
    from types import MappingProxyType

    from disclosurelint.localized import is_mapping

    assert is_mapping({"en": "x"}) and is_mapping(OrderedDict(en="x"))
    assert is_mapping(MappingProxyType({"en": "x"}))
    assert not any(is_mapping(v) for v in ("x", ["x"], 1, 1.5, True, None, datetime.date.today()))
