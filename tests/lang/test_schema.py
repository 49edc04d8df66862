"""A free-text field is text or a map of BCP 47 tags to text; anything else is a clear finding."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from disclosurelint.schema import SchemaValidator, fast_valid, load_schema
from tests.lang.common import BILINGUAL, check, folder, found


def _with(key: str, value: str) -> str:
    """BILINGUAL with the top-level ``key`` replaced by ``key: value``."""
    lines, skipping = [], False
    for line in BILINGUAL.splitlines():
        if line and not line[0].isspace():
            skipping = line.split(":", 1)[0] == key
            if skipping:
                lines.append(f"{key}: {value}")
                continue
        if not skipping:
            lines.append(line)
    return "\n".join(lines) + "\n"


def test_a_bilingual_declaration_is_valid(tmp_path: Path) -> None:
    code, problems = check(folder(tmp_path, {"maps.yaml": BILINGUAL}))
    assert (code, problems) == (0, [])


def test_both_schema_copies_are_identical_and_share_one_definition() -> None:
    root = Path(__file__).resolve().parents[2]
    repo = (root / "schema" / "partner-disclosure.schema.json").read_text("utf-8")
    bundled = root / "src" / "disclosurelint" / "data" / "partner-disclosure.schema.json"
    assert repo == bundled.read_text("utf-8")
    refs = repo.count('"$ref": "#/$defs/text"')
    assert refs == 21  # 14 fields of the declaration and the 7 published wordings
    assert list(json.loads(repo)["$defs"]) == ["text"]


def test_a_key_that_is_not_a_language_tag_is_reported_at_the_key(tmp_path: Path) -> None:
    text = _with("product", "{english: Amap SDK, zh: 高德地图SDK}")
    _, problems = check(folder(tmp_path, {"maps.yaml": text}))
    # the English text is not under a tag, so the entry's other languages find it missing
    assert found(problems) == {("DL105", "$.product.english"), ("DL207", "$.product")}
    problem = next(p for p in problems if p["code"] == "DL105")
    assert "'english', which is not a language tag (BCP 47" in problem["message"]
    assert (problem["line"], problem["column"]) == (10, 11)


def test_an_empty_map_is_reported(tmp_path: Path) -> None:
    _, problems = check(folder(tmp_path, {"maps.yaml": _with("product", "{}")}))
    assert [(p["code"], p["message"]) for p in problems] == [
        ("DL106", "`product` is an empty mapping: give the text, or its text in each language")
    ]


def test_an_empty_purpose_map_is_reported_once_by_the_purpose_rule(tmp_path: Path) -> None:
    _, problems = check(folder(tmp_path, {"maps.yaml": _with("purpose", "{}")}))
    assert [(p["code"], p["json_path"]) for p in problems] == [("DL201", "$.purpose")]
    assert "(purpose is empty)" in problems[0]["message"]


@pytest.mark.parametrize(
    ("value", "code", "path", "words"),
    [
        ("[Provide maps.]", "DL103", "$.product", "must be text, or a mapping of language tags"),
        ("{zh: 1, en: Amap SDK}", "DL103", "$.product.zh", "must be text, not a whole number"),
        ("{zh: '', en: Amap SDK}", "DL106", "$.product.zh", "is empty"),
    ],
)
def test_wrong_values_in_a_map(
    tmp_path: Path, value: str, code: str, path: str, words: str
) -> None:
    _, problems = check(folder(tmp_path, {"maps.yaml": _with("product", value)}))
    assert found(problems) == {(code, path)}
    assert words in problems[0]["message"]


@pytest.mark.parametrize("tag", ["zh", "zh-CN", "zh-Hans-CN", "en", "en-GB", "yue", "es-419"])
def test_bcp47_tags_are_accepted_by_both_validators(tag: str) -> None:
    data = {**_base(), "purpose": {tag: "Provide maps."}}
    assert fast_valid(data)
    assert list(SchemaValidator().findings(data)) == []


@pytest.mark.parametrize("tag", ["english", "zh_CN", "z", "zh-", "-en", "zh CN", "1a"])
def test_other_keys_are_rejected_by_both_validators(tag: str) -> None:
    data = {**_base(), "purpose": {tag: "Provide maps."}}
    assert not fast_valid(data)
    assert [code for code, _ in SchemaValidator().findings(data)] == ["DL105"]


def test_a_short_field_keeps_its_minimum_length_in_both_validators() -> None:
    data = {**_base(), "product": ""}
    assert not fast_valid(data)
    assert [code for code, _ in SchemaValidator().findings(data)] == ["DL106"]


def test_the_product_schema_names_languages() -> None:
    languages = load_schema("product.schema.json")["properties"]["languages"]
    assert (
        languages["items"]["pattern"] == load_schema()["$defs"]["text"]["propertyNames"]["pattern"]
    )


def test_a_bad_language_in_the_product_file_stops_rendering(tmp_path: Path) -> None:
    from tests.lang.common import run

    product = folder(tmp_path, {"maps.yaml": BILINGUAL}, languages="[zh, chinese]")
    code, _, err = run("render", product)
    assert code == 2
    assert "_product.yaml:2:" in err and "'chinese' is not in the expected form" in err


def _base() -> dict[str, object]:
    import yaml

    data: dict[str, object] = yaml.safe_load(BILINGUAL)
    return data
