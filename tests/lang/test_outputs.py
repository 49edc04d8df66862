"""render --lang picks each language's text; the report and the export read bilingual entries."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tests.lang.common import BILINGUAL, folder, run


def test_render_prints_each_language_s_own_text(tmp_path: Path) -> None:
    product = folder(tmp_path, {"maps.yaml": BILINGUAL}, languages="[zh, en]")
    code, zh, _ = run("render", product, "--lang", "zh")
    assert code == 0
    assert "第三方公司名称：高德软件有限公司\n" in zh  # noqa: RUF001
    assert "共享信息：手机号码、设备型号\n" in zh  # noqa: RUF001
    assert "使用目的：提供地图服务。\n" in zh  # noqa: RUF001
    assert "Provide maps." not in zh
    code, en, _ = run("render", product, "--lang", "en")
    assert code == 0
    assert "Company: AutoNavi Software Co., Ltd.\n" in en
    assert "Collected information: phone number and device model\n" in en
    assert "Purpose: Provide maps.\n" in en
    assert "提供" not in en


def test_render_falls_back_to_the_first_language_where_one_is_missing(tmp_path: Path) -> None:
    text = BILINGUAL.replace("  zh: 您打开地图。\n", "")
    code, zh, _ = run("render", folder(tmp_path, {"maps.yaml": text}), "--lang", "zh")
    assert code == 0
    assert "使用场景：You open the map.\n" in zh  # noqa: RUF001


def test_published_wording_is_printed_in_its_language(tmp_path: Path) -> None:
    text = (
        BILINGUAL
        + "wording:\n  data: {zh: 手机号码以及设备型号, en: your phone number and device model}\n"
    )
    product = folder(tmp_path, {"maps.yaml": text})
    assert "共享信息：手机号码以及设备型号\n" in run("render", product, "--lang", "zh")[1]  # noqa: RUF001
    assert (
        "Collected information: your phone number and device model\n"
        in run("render", product, "--lang", "en")[1]
    )


def test_the_report_shows_the_english_text(tmp_path: Path) -> None:
    product = folder(tmp_path, {"maps.yaml": BILINGUAL})
    out = tmp_path / "report.md"
    code, _, err = run("report", product, "--format", "markdown", "-o", out, "--date", "2026-12-01")
    assert code == 0, err
    report = out.read_text("utf-8")
    assert "AutoNavi Software Co., Ltd." in report
    assert "Provide maps." in report
    assert "{'zh'" not in report


def test_the_record_of_processing_reads_bilingual_entries(tmp_path: Path) -> None:
    product = folder(tmp_path, {"maps.yaml": BILINGUAL})
    out = tmp_path / "ropa.csv"
    code, _, err = run("export", "--format", "ropa-csv", product, "-o", out, "--date", "2026-12-01")
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"))))
    cells = "\n".join(cell for row in rows for cell in row)
    assert "Provide maps." in cells and "phone number" in cells
    assert "{'zh'" not in cells


def test_the_report_names_the_language_whose_words_were_classified(tmp_path: Path) -> None:
    text = BILINGUAL.replace("      zh: 设备型号\n", "      zh: 身份证号码\n")
    product = folder(tmp_path, {"maps.yaml": text})
    out = tmp_path / "report.md"
    code, _, err = run("report", product, "--format", "markdown", "-o", out, "--date", "2026-12-01")
    assert code == 0, err
    assert "device model (zh: 身份证号码)" in out.read_text("utf-8")
