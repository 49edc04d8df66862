"""Every rule reads every language; DL207 and DL310 judge the languages themselves."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tests.lang.common import BILINGUAL, check, folder, found


def _replace(old: str, new: str) -> str:
    assert old in BILINGUAL
    return BILINGUAL.replace(old, new)


def test_a_placeholder_in_the_chinese_purpose_is_found_at_its_language(tmp_path: Path) -> None:
    text = _replace("  zh: 提供地图服务。", "  zh: 待定")
    _, problems = check(folder(tmp_path, {"maps.yaml": text}))
    (problem,) = problems
    assert (problem["code"], problem["json_path"]) == ("DL201", "$.purpose.zh")
    assert (problem["line"], problem["column"]) == (text.splitlines().index("  zh: 待定") + 1, 7)
    assert "(purpose.zh is a placeholder ('待定'))" in problem["message"]


def test_a_plain_placeholder_is_found_as_before(tmp_path: Path) -> None:
    text = _replace("purpose:\n  zh: 提供地图服务。\n  en: Provide maps.", "purpose: 待定")
    _, problems = check(folder(tmp_path, {"maps.yaml": text}), "--ignore", "DL207")
    assert found(problems) == {("DL201", "$.purpose")}


def test_a_blank_english_scenario_is_found(tmp_path: Path) -> None:
    text = _replace("  en: You open the map.", '  en: "  "')
    _, problems = check(folder(tmp_path, {"maps.yaml": text}))
    assert found(problems) == {("DL202", "$.scenario.en")}


def test_the_chinese_words_alone_can_make_an_item_sensitive(tmp_path: Path) -> None:
    text = _replace(
        "      zh: 设备型号\n      en: device model",
        "      zh: 身份证正反面照片\n      en: device model",
    )
    _, problems = check(folder(tmp_path, {"maps.yaml": text}), "--ignore", "DL304")
    assert ("DL301", "$.data[1].item.zh") in found(problems)
    assert ("DL310", "$.data[1].item") in found(problems)
    dl301 = next(p for p in problems if p["code"] == "DL301")
    assert dl301["message"].startswith("'身份证正反面照片' is sensitive personal information")


def test_a_placeholder_justification_in_one_language_is_not_a_justification(
    tmp_path: Path,
) -> None:
    item = (
        "      zh: 身份证正反面照片\n      en: photo of both sides of the ID card\n"
        "    consent: separate\n"
        "    justification:\n"
        "      necessity: {zh: 核验持卡人身份。, en: Verifies the card holder.}\n"
        "      impact: {zh: 待定, en: Identity theft if leaked.}"
    )
    text = _replace("      zh: 设备型号\n      en: device model", item)
    _, problems = check(folder(tmp_path, {"maps.yaml": text}))
    dl301 = [p for p in problems if p["code"] == "DL301"]
    assert len(dl301) == 1 and "lacks impact" in dl301[0]["message"]
    fixed = text.replace("impact: {zh: 待定,", "impact: {zh: 泄露可致身份盗用。,")
    (tmp_path / "product" / "maps.yaml").write_text(fixed, encoding="utf-8")
    _, problems = check(tmp_path / "product")
    assert "DL301" not in {p["code"] for p in problems}


def test_the_languages_agree_on_the_seed_like_items(tmp_path: Path) -> None:
    code, problems = check(folder(tmp_path, {"maps.yaml": BILINGUAL}))
    assert (code, problems) == (0, [])


def test_disagreeing_languages_name_each_language(tmp_path: Path) -> None:
    text = _replace(
        "      zh: 手机号码\n      en: phone number", "      zh: 身份证号码\n      en: name"
    )
    _, problems = check(folder(tmp_path, {"maps.yaml": text}), "--regime", "gb35273")
    dl310 = next(p for p in problems if p["code"] == "DL310")
    assert dl310["json_path"] == "$.data[0].item"
    assert dl310["severity"] == "warning"
    assert "zh '身份证号码' is government_id; en 'name' is not sensitive" in dl310["message"]


def test_a_declared_category_speaks_for_every_language(tmp_path: Path) -> None:
    text = _replace(
        "      zh: 手机号码\n      en: phone number",
        "      zh: 身份证号码\n      en: ID card number\n    category: government_id",
    )
    _, problems = check(folder(tmp_path, {"maps.yaml": text}))
    assert "DL310" not in {p["code"] for p in problems}


def test_category_mismatch_is_read_in_every_language(tmp_path: Path) -> None:
    text = _replace(
        "      zh: 手机号码\n      en: phone number",
        "      zh: 手机号码\n      en: phone number\n    category: device_id",
    )
    _, problems = check(folder(tmp_path, {"maps.yaml": text}))
    messages = [p["message"] for p in problems if p["code"] == "DL302"]
    assert len(messages) == 2
    assert any("'手机号码'" in m for m in messages) and any("'phone number'" in m for m in messages)


def test_an_item_is_unclassified_only_when_no_language_is_classified(tmp_path: Path) -> None:
    text = _replace(
        "      zh: 设备型号\n      en: device model",
        "      zh: 企业C&Q信息\n      en: device model",
    )
    _, problems = check(folder(tmp_path, {"maps.yaml": text}))
    assert "DL303" not in {p["code"] for p in problems}
    both = _replace(
        "      zh: 设备型号\n      en: device model",
        "      zh: 企业C&Q信息\n      en: enterprise C&Q information",
    )
    (tmp_path / "product" / "maps.yaml").write_text(both, encoding="utf-8")
    _, problems = check(tmp_path / "product")
    assert ("DL303", "$.data[1].item.zh") in found(problems)


def test_an_other_sharing_mode_needs_its_note_in_every_language(tmp_path: Path) -> None:
    text = _replace(
        "sharing_modes: [sdk_on_device]",
        "sharing_modes: [other]\nsharing_mode_note: {zh: 邮件导出, en: TBD}",
    )
    _, problems = check(folder(tmp_path, {"maps.yaml": text}))
    assert found(problems) == {("DL203", "$.sharing_mode_note")}


# -- DL207 -----------------------------------------------------------------------------------


def test_a_field_lacking_a_product_language_is_reported_at_the_field(tmp_path: Path) -> None:
    text = _replace(
        "scenario:\n  zh: 您打开地图。\n  en: You open the map.", "scenario:\n  zh: 您打开地图。"
    )
    text += "retention: Deleted after 30 days.\n"
    product = folder(tmp_path, {"maps.yaml": text}, languages="[zh, en, ja]")
    _, problems = check(product)
    by_path = {p["json_path"]: p["message"] for p in problems if p["code"] == "DL207"}
    assert by_path["$.scenario"] == (
        "`scenario` has no text in en, ja, one of the product's languages (zh, en, ja)"
    )
    # a plain text counts as the product's first language
    assert by_path["$.retention"].startswith("`retention` has no text in en, ja")
    assert by_path["$.purpose"].startswith("`purpose` has no text in ja")
    line = next(p["line"] for p in problems if p["json_path"] == "$.scenario")
    assert line == text.splitlines().index("scenario:") + 1


@pytest.mark.parametrize("settled", [True, False])
def test_a_product_file_added_later_is_read_at_once(tmp_path: Path, settled: bool) -> None:
    # A run in the same process (an editor, a watcher) remembers that a folder had no product
    # file; adding one must count from the next check on, whether the folder was changed long
    # ago (its time then tells) or just now.
    product = folder(tmp_path, {"maps.yaml": BILINGUAL})
    if settled:
        os.utime(product, ns=(time.time_ns() - 60 * 10**9,) * 2)
    assert check(product, "--no-cache") == (0, [])
    assert check(product, "--no-cache") == (0, [])
    (product / "_product.yaml").write_text("product: 1\nlanguages: [zh, en, ja]\n", "utf-8")
    _, problems = check(product)
    assert ("DL207", "$.purpose") in found(problems)


def test_region_subtags_serve_their_language(tmp_path: Path) -> None:
    text = BILINGUAL.replace("  zh: ", "  zh-CN: ").replace("      zh: ", "      zh-CN: ")
    code, problems = check(folder(tmp_path, {"maps.yaml": text}, languages="[zh, en-US]"))
    assert (code, problems) == (0, [])


def test_one_product_language_accepts_plain_text(tmp_path: Path) -> None:
    plain = "purpose: Provide maps.\n"
    text = _replace("purpose:\n  zh: 提供地图服务。\n  en: Provide maps.\n", plain)
    product = folder(tmp_path, {"maps.yaml": text}, languages="[en]")
    assert "DL207" not in {p["code"] for p in check(product)[1]}


def test_without_a_product_list_the_entry_s_own_languages_count(tmp_path: Path) -> None:
    text = _replace("  en: Provide maps.\n", "")
    _, problems = check(folder(tmp_path, {"maps.yaml": text}))
    assert found(problems) == {("DL207", "$.purpose")}
    assert "one of the languages this entry uses (zh, en)" in problems[0]["message"]


@pytest.mark.parametrize("languages", [None, "[en]"])
def test_the_english_only_seed_is_not_reported(languages: str | None, tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    seed = root / "declarations" / "welink" / "camcard.yaml"
    product = folder(tmp_path, {"camcard.yaml": seed.read_text("utf-8")}, languages=languages)
    assert "DL207" not in {p["code"] for p in check(product)[1]}


def test_the_processing_method_is_read_in_every_language(tmp_path: Path) -> None:
    text = _replace("{zh: 显示用户周围的地图。,", "{zh: 待定,")
    _, problems = check(folder(tmp_path, {"maps.yaml": text}))
    assert found(problems) == {("DL309", "$.processing_method.zh")}
