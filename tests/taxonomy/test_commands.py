"""The taxonomy and classify commands, as the CLI dispatcher calls them."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path
from typing import Any

import pytest

from disclosurelint import commands
from disclosurelint.cli import main
from disclosurelint.commands import classify, taxonomy
from disclosurelint.errors import UsageError


def run(module: Any, argv: list[str]) -> tuple[int, str]:
    """The command through the command line; its output and any error message, together."""
    out, err = io.StringIO(), io.StringIO()
    code = main([module.NAME, *argv], out, err)
    return code, out.getvalue() + err.getvalue()


def test_commands_are_registered() -> None:
    assert "taxonomy" in commands.COMMANDS
    assert "classify" in commands.COMMANDS
    for module in (taxonomy, classify):
        assert module.NAME in commands.COMMANDS
        assert module.HELP


# --- taxonomy -------------------------------------------------------------------------------------


def test_taxonomy_text_lists_sensitive_categories_for_the_default_regimes() -> None:
    code, out = run(taxonomy, [])
    assert code == 0
    assert "sensitive under PIPL, GB/T 35273-2020" in out
    assert "government_id: Government-issued identity document" in out
    assert "contacts_list" in out  # sensitive under GB/T 35273
    assert "political_opinion" not in out  # sensitive under GDPR only
    assert "phone_number" not in out
    assert "PIPL Art. 28" in out


def test_taxonomy_for_gdpr_shows_special_categories_and_articles() -> None:
    code, out = run(taxonomy, ["--regime", "gdpr"])
    assert code == 0
    assert "political_opinion: Political opinion  [GDPR Art. 9(1) special category]" in out
    assert "criminal_record: Criminal record  [GDPR Art. 10 criminal data]" in out
    assert "contacts_list" not in out


def test_taxonomy_all_includes_non_sensitive_categories() -> None:
    code, out = run(taxonomy, ["--all", "--regime", "pipl"])
    assert code == 0
    assert "phone_number: Phone number" in out
    assert "not sensitive" in out


def test_taxonomy_json() -> None:
    code, out = run(taxonomy, ["--regime", "pipl,cpra", "--format", "json"])
    assert code == 0
    data = json.loads(out)
    assert data["regimes"] == ["pipl", "cpra"]
    by_id = {c["id"]: c for c in data["categories"]}
    gov = by_id["government_id"]
    assert gov["regimes"]["pipl"]["level"] == "qualified"
    assert gov["regimes"]["cpra"]["article"] == "Cal. Civ. Code § 1798.140(ae)(1)(A)"
    assert set(gov["regimes"]) == {"pipl", "cpra"}
    assert by_id["minor_under_14"]["minors"] is True
    assert all(c["sensitive"] for c in data["categories"])


def test_taxonomy_markdown() -> None:
    code, out = run(taxonomy, ["--format", "markdown", "--regime", "all"])
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "| id | category | PIPL | GB/T 35273-2020 | GDPR | CPRA |"
    assert any(line.startswith("| `biometric` |") for line in lines)


def test_taxonomy_unknown_regime_is_a_usage_error() -> None:
    code, out = run(taxonomy, ["--regime", "pipl,hipaa"])
    assert code == 2
    assert "unknown regime 'hipaa'" in out
    assert "pipl, gb35273, gdpr, cpra" in out


def test_taxonomy_unknown_format_is_a_usage_error() -> None:
    code, out = run(taxonomy, ["--format", "yaml"])
    assert code == 2
    assert "text, json, markdown" in out


def test_taxonomy_accepts_a_bare_namespace() -> None:
    out = io.StringIO()
    assert taxonomy.run(argparse.Namespace(), out) == 0
    assert "government_id" in out.getvalue()


# --- classify -------------------------------------------------------------------------------------


def test_classify_id_card_number_explains_each_regime() -> None:
    code, out = run(classify, ["ID card number", "--regime", "pipl,gb35273,cpra"])
    assert code == 0
    assert "government_id" in out
    assert "PIPL: sensitive only under a condition (TC260-PG-20244A" in out
    assert "an image or copy of an identity" in out
    assert "GB/T 35273-2020: sensitive (GB/T 35273-2020 Table B.1" in out
    assert "CPRA: sensitive (Cal. Civ. Code § 1798.140(ae)(1)(A))" in out
    assert "needs a justification" in out


def test_classify_id_card_photo_is_the_image_sensitive_under_pipl_outright() -> None:
    code, out = run(classify, ["身份证正反面照片", "护照扫描件", "--regime", "pipl"])
    assert code == 0
    assert out.count("id_document_image") == 2
    assert "PIPL: sensitive (PIPL Art. 28; TC260" in out
    assert "only under a condition" not in out


def test_classify_says_why_a_category_is_not_sensitive() -> None:
    code, out = run(classify, ["民族", "--regime", "pipl"])
    assert code == 0
    assert "racial_ethnic_origin" in out
    assert "PIPL: not sensitive (PIPL Art. 28 (not enumerated in its open list: assess" in out
    assert "=> not sensitive under PIPL" in out


def test_classify_says_pipl_does_not_enumerate_an_address_book() -> None:
    code, out = run(classify, ["通讯录", "--regime", "pipl"])
    assert code == 0
    assert "PIPL: sensitive only under a condition (PIPL Art. 28 (not enumerated" in out
    assert "assess" in out


def test_classify_several_texts_unknown_and_negated() -> None:
    code, out = run(classify, ["其他资料", "不涉及个人信息", "手机号"])
    assert code == 0
    blocks = out.split("\n\n")
    assert len(blocks) == 3
    assert "no category matched" in blocks[0]
    assert "negated" in blocks[1]
    assert "phone_number" in blocks[2]


def test_classify_json() -> None:
    code, out = run(classify, ["ID card photo", "name, 身份证号", "--format", "json"])
    assert code == 0
    data = json.loads(out)
    first, second = data["items"]
    assert first["sensitive"] is True
    (image,) = first["categories"]
    assert image["id"] == "id_document_image"
    assert image["matches"] == [
        {"text": "ID card photo", "phrase": "id card photo", "start": 0, "end": 13}
    ]
    assert image["regimes"]["pipl"]["level"] == "sensitive"
    assert [c["id"] for c in second["categories"]] == ["name", "government_id"]


def test_classify_json_unknown_and_negated() -> None:
    code, out = run(
        classify, ["gibberish words", "does not involve personal information", "--format", "json"]
    )
    assert code == 0
    unknown, negated = json.loads(out)["items"]
    assert (unknown["unknown"], unknown["negated"], unknown["categories"]) == (True, False, [])
    assert (negated["unknown"], negated["negated"], negated["categories"]) == (False, True, [])


def test_classify_unknown_regime_is_a_usage_error() -> None:
    code, out = run(classify, ["IMEI", "--regime", "ccpa"])
    assert code == 2
    assert "unknown regime 'ccpa'" in out


def test_classify_without_text_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="at least one"):
        classify.run(argparse.Namespace(texts=[]), io.StringIO())


def test_classify_with_an_extension_file(tmp_path: Path) -> None:
    config = tmp_path / ".disclosurelint.yaml"
    config.write_text(
        "taxonomy:\n"
        "  categories:\n"
        "    loyalty_tier:\n"
        "      label: Loyalty tier\n"
        "      phrases_zh: [会员等级]\n"
        "      regimes:\n"
        "        pipl: {level: sensitive, article: Internal policy P-7}\n",
        encoding="utf-8",
    )
    code, out = run(classify, ["会员等级", "--extension", str(config)])
    assert code == 0
    assert "loyalty_tier: Loyalty tier" in out
    assert "PIPL: sensitive (Internal policy P-7)" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("taxonomy:\n  categories:\n    health: {labl: x}\n", "labl"),
        ("taxonomy: [\n", "not valid YAML"),
    ],
)
def test_bad_extension_file_is_a_usage_error(tmp_path: Path, content: str, message: str) -> None:
    config = tmp_path / "ext.yaml"
    config.write_text(content, encoding="utf-8")
    code, out = run(taxonomy, ["--extension", str(config)])
    assert code == 2
    assert message in out


def test_missing_extension_file_is_a_usage_error(tmp_path: Path) -> None:
    code, out = run(classify, ["IMEI", "--extension", str(tmp_path / "nope.yaml")])
    assert code == 2
    assert "cannot read" in out
