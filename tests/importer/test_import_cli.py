# ruff: noqa: RUF001  (published Chinese labels use full-width colons)
"""``disclosurelint import`` through the command line, as a user runs it: HTML pages, the label
table extended from the configuration or a file, and `check` on what was written."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from disclosurelint.cli import main

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


def run(*args: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main([str(arg) for arg in args], out, err)
    return code, out.getvalue(), err.getvalue()


def test_an_html_page_imports_and_its_links_are_sorted(tmp_path: Path) -> None:
    page = DATA / "en_subprocessors_rowspan.html"
    code, _, err = run("import", page, "-o", tmp_path, "--product", "fernleaf")
    assert (code, err) == (0, "")
    folder = tmp_path / "fernleaf"
    assert sorted(p.name for p in folder.iterdir()) == [
        "_product.yaml",
        "datavault-gmbh.yaml",
        "postwing.yaml",
        "skyhold.yaml",
    ]
    skyhold = yaml.safe_load((folder / "skyhold.yaml").read_text("utf-8"))
    assert skyhold["recipient"] == {
        "name": "Skyhold",
        "relationship": "entrusted_processor",
        "country": "US",
    }
    assert skyhold["purpose"] == "Hosting and database"  # the rowspan cell
    assert skyhold["privacy_policy"] == {"url": "https://skyhold.example/legal/privacy"}
    text = (folder / "skyhold.yaml").read_text("utf-8")
    assert "# note: dpa link: https://skyhold.example/legal/dpa" in text
    assert (
        "# not mapped: 'website': https://skyhold.example/ (the format has no website field)"
        in (text)
    )
    assert "merged with the entry on line 34" in text  # the second Skyhold row
    datavault = yaml.safe_load((folder / "datavault-gmbh.yaml").read_text("utf-8"))
    assert datavault["purpose"] == "Hosting and database"
    product = yaml.safe_load((folder / "_product.yaml").read_text("utf-8"))
    assert product["title"] == "Sub-processors"
    assert product["order"] == ["skyhold", "datavault-gmbh", "postwing"]


@pytest.mark.parametrize(
    "name", sorted(p.name for p in DATA.iterdir() if p.name != "README.md"), ids=str
)
def test_imported_files_have_no_load_or_schema_error_of_the_importers_making(
    name: str, tmp_path: Path
) -> None:
    code, _, err = run("import", DATA / name, "-o", tmp_path, "--product", "page")
    assert (code, err) == (0, "")
    code, out, _ = run("check", tmp_path / "page", "-f", "concise", "--exit-zero", "--no-source")
    assert code == 0
    codes = {line.split(": ")[1].split()[0] for line in out.splitlines() if ": DL" in line}
    reading_or_schema = {c for c in codes if c < "DL2"}
    # a part the page never gives stays missing, and check says so (DL101; DL108 for a
    # recipient without a name): anything else would be the importer's mistake
    assert reading_or_schema <= {"DL101", "DL108"}, out


def test_labels_from_the_configuration_and_from_a_file_are_read(tmp_path: Path) -> None:
    source = tmp_path / "list.txt"
    source.write_text(
        "Acme Maps SDK\n承接方：Acme Mapping Ltd.\nUse: show maps\n隐私政策：https://acme.example/p\n",
        encoding="utf-8",
    )
    code, out, _ = run("import", source, "-o", tmp_path / "before")
    assert code == 0
    assert "unknown labels (add them under import.labels in the configuration" in out
    assert "  '承接方' (1x)\n" in out
    (tmp_path / ".disclosurelint.yaml").write_text(
        "import:\n  labels:\n    company: [承接方]\n", encoding="utf-8"
    )
    code, out, _ = run("import", source, "-o", tmp_path / "configured")
    assert code == 0
    data = yaml.safe_load((tmp_path / "configured" / "list" / "acme-maps-sdk.yaml").read_text())
    assert data["recipient"]["name"] == "Acme Mapping Ltd."
    assert "'承接方'" not in out
    labels = tmp_path / "more-labels.yaml"
    labels.write_text("labels:\n  purpose: [Use]\n", encoding="utf-8")
    code, out, _ = run("import", source, "-o", tmp_path / "both", "--labels", labels)
    assert code == 0
    data = yaml.safe_load((tmp_path / "both" / "list" / "acme-maps-sdk.yaml").read_text())
    assert (data["recipient"]["name"], data["purpose"]) == ("Acme Mapping Ltd.", "show maps")


def test_a_wrong_label_extension_is_a_one_line_usage_error(tmp_path: Path) -> None:
    source = DATA / "en_subprocessors_table.md"
    labels = tmp_path / "labels.yaml"
    labels.write_text("labels:\n  recipient: [承接方]\n", encoding="utf-8")
    code, out, err = run("import", source, "-o", tmp_path / "out", "--labels", labels)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "'recipient' is not one of" in err
    (tmp_path / ".disclosurelint.yaml").write_text(
        "import:\n  labels:\n    company: 承接方\n", encoding="utf-8"
    )
    code, _, err = run("check", tmp_path / "out")
    assert code == 2  # the configuration itself is checked like any other key
    assert "import.labels.company" in err


def test_a_file_that_is_not_text_is_a_clear_error(tmp_path: Path) -> None:
    binary = tmp_path / "page.html"
    binary.write_bytes(b"\x00\x01\x02PNG")
    code, _, err = run("import", binary, "-o", tmp_path / "out")
    assert code == 2
    assert err == f"disclosurelint import: {binary}: a binary file, not a published list\n"
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Company: Caf\xe9 Ltd.\n".encode("latin-1"))
    code, _, err = run("import", latin, "-o", tmp_path / "out")
    assert code == 2
    assert "not UTF-8 text (byte 13)" in err


def test_a_page_that_names_its_charset_is_decoded_with_it(tmp_path: Path) -> None:
    page = tmp_path / "gbk.html"
    html = (
        "<html><head><meta charset='gbk'></head><body><h3>甲SDK</h3>"
        "<p>使用目的：推送<br>SDK提供方：甲公司</p></body></html>"
    )
    page.write_bytes(html.encode("gbk"))
    code, _, err = run("import", page, "-o", tmp_path / "out", "--product", "gbk")
    assert (code, err) == (0, "")
    (written,) = (tmp_path / "out" / "gbk").glob("[!_]*.yaml")
    assert yaml.safe_load(written.read_text("utf-8"))["recipient"]["name"] == "甲公司"


def _docs_block(language: str, after: str) -> str:
    """The first ``language`` code block after ``after`` in docs/render-and-import.md."""
    text = (Path(__file__).resolve().parents[2] / "docs" / "render-and-import.md").read_text(
        "utf-8"
    )
    rest = text[text.index(after) :]
    start = rest.index(f"```{language}\n") + len(language) + 4
    return rest[start : rest.index("```", start)]


def test_the_documented_report_and_configuration_are_what_the_program_does(
    tmp_path: Path,
) -> None:
    source = tmp_path / "list.txt"
    source.write_text(
        "Acme Maps SDK\n承接方：Acme Mapping Ltd.\nUse: show maps\n隐私政策：https://acme.example/p\n",
        encoding="utf-8",
    )
    code, out, _ = run("import", source, "-o", tmp_path / "before")
    assert code == 0
    assert _docs_block("text", "Labels that\nmatch nothing") in out
    config = _docs_block("yaml", "added labels win over built-in ones")
    (tmp_path / ".disclosurelint.yaml").write_text(config, encoding="utf-8")
    code, _, _ = run("import", source, "-o", tmp_path / "after")
    data = yaml.safe_load((tmp_path / "after" / "list" / "acme-maps-sdk.yaml").read_text())
    assert (data["recipient"]["name"], data["purpose"]) == ("Acme Mapping Ltd.", "show maps")


def test_a_list_with_labels_and_values_on_alternate_lines_imports_and_checks(
    tmp_path: Path,
) -> None:
    code, _, err = run(
        "import", DATA / "zh_label_line_value_line.txt", "-o", tmp_path, "--product", "lanyue"
    )
    assert (code, err) == (0, "")
    folder = tmp_path / "lanyue"
    written = {p.name: yaml.safe_load(p.read_text("utf-8")) for p in folder.glob("*.yaml")}
    recipients = sorted(
        (data["recipient"]["name"], data["privacy_policy"]["url"])
        for name, data in written.items()
        if name != "_product.yaml"
    )
    assert recipients == [
        ("星河云科技有限公司", "https://push.xinghe.example/privacy"),
        ("白鹭数据(杭州)有限公司", "https://bailu.example/legal/privacy"),
    ]


def test_the_documented_report_of_sections_left_out_is_what_the_program_prints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "subprocessors.md"
    source.write_text(
        (DATA / "en_subprocessors_current_planned_former.md").read_text("utf-8"), "utf-8"
    )
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("import", "subprocessors.md", "-o", tmp_path / "out")
    assert code == 0
    assert _docs_block("text", "so that nothing disappears unseen") in out


CARD_PAGE = """<html><body><h1>Third-party SDKs</h1>
<p>Lumen uses the following SDKs:</p>
<div class="card"><div class="icon">🧭</div><div>
  <div class="name">Wayfinder</div>
  <div class="subtitle">Offline routing engine · v3.2</div></div>
  <div class="row"><span class="label">Provider</span>
    <span class="value">Wayfinder Labs Ltd.</span></div>
  <div class="row"><span class="label">Purpose</span>
    <span class="value">Plans walking routes on the device</span></div>
  <div class="row"><span class="label">Privacy Policy</span>
    <span class="value"><a href="https://wayfinder.example/privacy">wayfinder.example/privacy</a></span></div>
</div>
<div class="card"><div class="icon">🔔</div><div>
  <div class="name">Chime</div>
  <div class="subtitle">Notification scheduler · v1.0</div></div>
  <div class="row"><span class="label">Provider</span>
    <span class="value">Chime Software GmbH</span></div>
  <div class="row"><span class="label">Purpose</span>
    <span class="value">Schedules reminders</span></div>
  <div class="row"><span class="label">Privacy Policy</span>
    <span class="value"><a href="https://chime.example/legal/privacy">chime.example/legal/privacy</a></span></div>
</div></body></html>
"""


def test_a_card_page_with_a_subtitle_under_each_name_imports_every_card(tmp_path: Path) -> None:
    # each card: an icon, the name, a one-line subtitle, then label and value elements
    page = tmp_path / "sdks.html"
    page.write_text(CARD_PAGE, "utf-8")
    code, out, err = run("import", page, "-o", tmp_path / "out", "--product", "lumen")
    assert (code, err) == (0, "")
    folder = tmp_path / "out" / "lumen"
    written = {p.name: yaml.safe_load(p.read_text("utf-8")) for p in folder.glob("*.yaml")}
    found = sorted(
        (data["product"], data["recipient"]["name"], data["privacy_policy"]["url"])
        for name, data in written.items()
        if name != "_product.yaml"
    )
    assert found == [
        ("Chime", "Chime Software GmbH", "https://chime.example/legal/privacy"),
        ("Wayfinder", "Wayfinder Labs Ltd.", "https://wayfinder.example/privacy"),
    ]
    # the subtitle is no field of the declaration: it is reported, not lost
    assert "Offline routing engine · v3.2" in out


def test_the_source_of_a_page_component_imports_what_the_page_shows(tmp_path: Path) -> None:
    # a React page's source: the imports and code around the markup are not read as entries;
    # an <h3> per processor with <strong> labels, and list items holding nested lists
    written: dict[str, dict[str, object]] = {}
    for name in ("en_component_cards_strong_labels.jsx", "en_component_nested_lists.tsx"):
        product = name.split(".")[0].replace("_", "-")
        code, _, err = run("import", DATA / name, "-o", tmp_path, "--product", product)
        assert (code, err) == (0, "")
        for path in (tmp_path / product).glob("*.yaml"):
            if path.name != "_product.yaml":
                written[path.stem] = yaml.safe_load(path.read_text("utf-8"))
    found = sorted(
        (
            str((data["recipient"] or {})["name"]),  # type: ignore[index]
            data.get("purpose"),
            (data.get("privacy_policy") or {}).get("url"),  # type: ignore[attr-defined]
        )
        for data in written.values()
    )
    assert found == [
        ("Beaconhost Inc.", "runs the service", None),  # the privacy shield page is no policy
        ("Harborlight", "application hosting", None),
        ("Quillpost Ltd. (Quillpost Mail)", "transactional email and newsletters", None),
        ("Reelworks Ltd.", "newsletters", None),  # who runs it; a GDPR page is no policy either
        ("Ticketly", "support tickets", "https://ticketly.example/legal/privacy-policy/"),
    ]
    beaconhost = next(d for d in written.values() if d.get("product") == "Beaconhost Compute")
    assert beaconhost["recipient"]["name"] == "Beaconhost Inc."  # type: ignore[index]


def _import_in_process(page: Path, out: Path) -> subprocess.CompletedProcess[str]:
    """``disclosurelint import`` in a process of its own, so warnings print as they would."""
    return subprocess.run(
        [sys.executable, "-m", "disclosurelint", "import", str(page), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_an_xml_file_imports_without_the_parsers_own_warnings(tmp_path: Path) -> None:
    # an app layout is read as markup, and the HTML parser's advice to parse XML as XML is not
    # printed to the person importing it
    layout = tmp_path / "share_list.xml"
    layout.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<LinearLayout xmlns:android="http://schemas.android.com/apk/res/android">\n'
        '  <TextView android:text="第三方SDK共享清单" />\n'
        '  <TextView android:text="SDK名称：示例推送SDK" />\n'
        '  <TextView android:text="运营方：示例推送科技有限公司" />\n'
        '  <TextView android:text="隐私政策：https://push.example.cn/privacy" />\n'
        "</LinearLayout>\n",
        encoding="utf-8",
    )
    done = _import_in_process(layout, tmp_path / "o")
    assert "Warning" not in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    # an Android layout shows the text of its views' android:text attributes: the list is read
    assert done.returncode == 0, done.stderr
    (written,) = [p for p in (tmp_path / "o").rglob("*.yaml") if p.name != "_product.yaml"]
    data = yaml.safe_load(written.read_text("utf-8"))
    assert data["product"] == "示例推送SDK"
    assert data["recipient"]["name"] == "示例推送科技有限公司"
    # other XML: attributes are not text a page shows, and nothing found is said in the
    # importer's own words, without the parser's advice
    other = tmp_path / "sdks.xml"
    other.write_text(
        '<?xml version="1.0"?>\n<sdks>\n  <sdk name="示例推送SDK" vendor="示例" />\n</sdks>\n',
        encoding="utf-8",
    )
    done = _import_in_process(other, tmp_path / "x")
    assert "Warning" not in done.stderr, done.stderr
    assert done.returncode == 2 and "no entry found" in done.stderr
