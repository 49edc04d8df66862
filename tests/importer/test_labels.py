# ruff: noqa: RUF001  (published Chinese labels use full-width brackets)
"""The label table: data with a schema, matched after NFKC, by keyword and fuzzily, extensible."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from disclosurelint.importer.labels import (
    FIELDS,
    LabelTableError,
    builtin_table,
    extension_labels,
    normalize_label,
    read_extension,
    table,
)

PACKAGE = resources.files("disclosurelint.importer")


def test_the_bundled_table_follows_its_schema() -> None:
    schema = json.loads(PACKAGE.joinpath("labels.schema.json").read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    data = yaml.safe_load(PACKAGE.joinpath("labels.yaml").read_text("utf-8"))
    assert list(Draft202012Validator(schema).iter_errors(data)) == []
    assert set(data["labels"]) == set(FIELDS)


def test_every_listed_label_finds_its_own_field() -> None:
    labels = builtin_table().labels
    for field, values in labels.items():
        for value in values:
            assert builtin_table().field_for(value) == field, value


@pytest.mark.parametrize(
    ("label", "field", "how"),
    [
        ("合作方主体", "company", "exact"),
        ("ＳＤＫ提供方", "company", "exact"),  # full-width letters
        ("隐私政策链接（供参考）", "policy", "exact"),  # an explanation glued on
        ("Privacy Notice URL", "policy", "exact"),
        ("Privcy Policy", "policy", "fuzzy"),  # a typo
        ("rivacy policy", "policy", "fuzzy"),  # the first letter lost
        ("Vendr name", "company", "fuzzy"),
        ("第三方SDK提供商的主体名称", "company", "keyword"),
        ("We ensure that all subprocessors", None, None),  # a sentence, not a label
        ("Enabled when", None, None),
        ("隱私權政策連結", "policy", "exact"),  # Traditional characters
        ("第三方業者", "company", "exact"),
        ("個人資訊", "data", "exact"),
        ("蒐集目的", "purpose", "exact"),
        ("第三方公司名稱", "company", "exact"),
        ("开发者联系邮件", "contact", "keyword"),  # the developer's contact, not a company
        ("开发者联系方式", "contact", "keyword"),
        ("第三方公司SDK", "product", "exact"),  # names the SDKs of third-party companies
    ],
)
def test_labels_match_exactly_by_keyword_or_fuzzily(
    label: str, field: str | None, how: str | None
) -> None:
    found = builtin_table().match(label)
    assert (found.field if found else None, found.how if found else None) == (field, how)


def test_nfkc_makes_kangxi_radicals_and_full_width_forms_equal() -> None:
    assert normalize_label("\u2f40付宝") == normalize_label("支付宝")
    assert normalize_label("Ｐｒｉｖａｃｙ Policy") == normalize_label("privacy policy")


def test_traditional_characters_are_compared_in_simplified_ones() -> None:
    assert normalize_label("隱私權政策鏈接") == normalize_label("隐私权政策链接")
    assert normalize_label("個人資訊類型") == normalize_label("个人资讯类型")


def test_the_traditional_table_holds_pairs_of_different_characters() -> None:
    from importlib import resources

    import yaml

    text = resources.files("disclosurelint.importer").joinpath("traditional.yaml").read_text()
    pairs = str(yaml.safe_load(text)["pairs"]).split()
    assert all(len(pair) == 2 and pair[0] != pair[1] for pair in pairs)
    assert len({pair[0] for pair in pairs}) == len(pairs)  # each Traditional character once


def test_an_extension_adds_labels_and_wins_over_the_built_in_ones() -> None:
    extended = table({"company": ("承接方",), "product": ("Provider",)})
    assert extended.field_for("承接方") == "company"
    assert extended.field_for("provider") == "product"
    assert builtin_table().field_for("承接方") is None  # the built-in table is unchanged


def test_a_bad_extension_names_where_it_is_wrong(tmp_path: Path) -> None:
    with pytest.raises(LabelTableError, match=r"^cfg: import.labels: .* is not of type 'object'"):
        extension_labels(["company"], "cfg: import.labels")
    with pytest.raises(LabelTableError, match=r"'recipient' is not one of"):
        extension_labels({"recipient": ["承接方"]}, "x")
    bad = tmp_path / "labels.yaml"
    bad.write_text("labels:\n  company: [a\n", encoding="utf-8")
    with pytest.raises(LabelTableError, match=r"labels.yaml:\d+:\d+: not valid YAML"):
        read_extension(bad)
    good = tmp_path / "good.yaml"
    good.write_text("labels:\n  company: [承接方]\n", encoding="utf-8")
    assert read_extension(good) == {"company": ("承接方",)}
