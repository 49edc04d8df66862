"""``disclosurelint import`` end to end: files written, what they hold, reports and exit codes."""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from disclosurelint.commands import COMMANDS
from disclosurelint.commands import import_ as command
from disclosurelint.importer.parse import parse_page

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "corpus"
DATA = ROOT / "tests" / "data" / "import"  # lists written for the tests, in published layouts
SCHEMA = ROOT / "schema" / "partner-disclosure.schema.json"
SEED = CORPUS / "welink-information-shared-with-third-parties.txt"
SOURCES = [SEED, *sorted(p for p in DATA.iterdir() if p.suffix != ".md" or p.stem != "README")]
ENTRIES = 5 + 137  # the seed's, and those of the lists under tests/data/import

# Required elements of the declaration format, and the source field each one comes from.
REQUIRED_FROM_SOURCE = {
    "product": "product",
    "data": "data",
    "purpose": "purpose",
    "scenario": "scenario",
    "sharing_modes": "sharing_mode",
    "privacy_policy": "policy",
}
ENUM_MODES = {
    "backend_api",
    "local_api",
    "form",
    "terminal_initiated",
    "online_service",
    "sdk_on_device",
    "other",
}
RELATIONSHIPS = {
    "third_party",
    "entrusted_processor",
    "enterprise_customer",
    "device_service",
    "joint_controller",
}


def run_import(*argv: str | Path) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="disclosurelint import")
    command.add_arguments(parser)
    out, err = io.StringIO(), io.StringIO()
    saved, sys.stderr = sys.stderr, err
    try:
        code = command.run(parser.parse_args([str(arg) for arg in argv]), out)
    finally:
        sys.stderr = saved
    return code, out.getvalue(), err.getvalue()


def load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), path
    return data


def check_required_keys(data: dict[str, Any], fields: set[str]) -> None:
    """The format's required keys, where the source gave the words for them."""
    assert data["disclosure"] == 1
    assert isinstance(data["id"], str) and data["id"]
    recipient = data["recipient"]
    assert recipient["relationship"] in RELATIONSHIPS
    if "company" in fields:
        assert "name" in recipient or recipient.get("selected_by") in {
            "administrator",
            "user",
            "administrator_or_user",
        }
    for key, field in REQUIRED_FROM_SOURCE.items():
        if field in fields:
            assert data[key], key
    if "data" in data:
        assert all(isinstance(item["item"], str) and item["item"] for item in data["data"])
    if "sharing_modes" in data:
        assert set(data["sharing_modes"]) <= ENUM_MODES
        assert ("other" in data["sharing_modes"]) == ("sharing_mode_note" in data)
    if "privacy_policy" in data:
        assert set(data["privacy_policy"]) in ({"url"}, {"reference"})


def test_registered_as_a_command() -> None:
    assert "import_" in COMMANDS
    assert command.NAME == "import"
    assert command.HELP


def test_importing_the_command_does_not_load_ruamel() -> None:
    code = "import sys, disclosurelint.commands.import_; print('ruamel' in ' '.join(sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_every_test_list_imports_into_valid_yaml(out_dir: Path) -> None:
    code, out, err = run_import(*SOURCES, "-o", out_dir)
    assert (code, err) == (0, "")
    files = sorted(out_dir.rglob("[!_]*.yaml"))
    assert len(files) == ENTRIES
    products = sorted(out_dir.rglob("_product.yaml"))
    assert len(products) == len(SOURCES)  # one per product folder
    assert out.strip().endswith(f"{ENTRIES + len(SOURCES)} written, 0 skipped")
    by_source: dict[tuple[str, int], set[str]] = {}
    for source in SOURCES:
        page = parse_page(source.read_text(encoding="utf-8"), name=source.name)
        for entry in page.entries:
            fields = set(entry.fields) | ({"product"} if entry.title else set())
            if entry.fields.get("policy") in entry.links.values() and "policy" not in entry.links:
                fields.discard("policy")  # a project's page under "隐私政策 / 项目链接"
            by_source[(str(source), entry.line)] = fields
    for path in files:
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        assert lines[0] == (
            "# yaml-language-server: $schema=../../schema/partner-disclosure.schema.json"
        )
        assert lines[1].startswith("# imported from ")
        origin, _, line = lines[1].removeprefix("# imported from ").rpartition(":")
        data = load(path)
        assert path.stem == data["id"]
        check_required_keys(data, by_source[(origin, int(line))])


def test_seed_files_are_complete_and_validate_against_the_schema_when_present(
    out_dir: Path,
) -> None:
    code, _, _ = run_import(SEED, "-o", out_dir, "--product", "welink")
    assert code == 0
    files = sorted((out_dir / "welink").glob("[!_]*.yaml"))
    assert [path.name for path in files] == [
        "bcamcard-wechat-mini-program.yaml",
        "default-calendar-on-your-telephone.yaml",
        "default-contacts-on-your-telephone.yaml",
        "welink-entry-1.yaml",
        "welink-entry-2.yaml",
    ]
    all_fields = set(REQUIRED_FROM_SOURCE.values()) | {"company"}
    documents = [load(path) for path in files]
    for data in documents:
        check_required_keys(data, all_fields)
    if SCHEMA.exists():
        import jsonschema

        schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
        validator = jsonschema.Draft202012Validator(
            schema, format_checker=jsonschema.FormatChecker()
        )
        for path, data in zip(files, documents, strict=True):
            errors = [error.message for error in validator.iter_errors(data)]
            assert errors == [], path.name


def test_the_written_text_keeps_source_line_long_strings_and_unicode(out_dir: Path) -> None:
    run_import(SEED, DATA / "zh_sdk_labels.md", "-o", out_dir)
    camcard = out_dir / "welink-information-shared-with-third-parties"
    text = (camcard / "bcamcard-wechat-mini-program.yaml").read_text(encoding="utf-8")
    assert f"# imported from {SEED}:67\n" in text
    assert "sharing_modes: [backend_api]\n" in text
    assert "  url: https://cc-dl.camcard.com/download/PP_CamCard_zh-cn_Android.html\n" in text
    first = (camcard / "welink-information-shared-with-third-parties-entry-1.yaml").read_text(
        encoding="utf-8"
    )
    long_line = (
        "data_note: See the authorization content displayed on the page, such as basic personal "
        "information (including profile image, nickname, and phone number) and basic permissions "
        "(including enterprise and organization permissions and approval interface permissions).\n"
    )
    assert long_line in first
    crash = (out_dir / "zh-sdk-labels" / "lantern-crash-sdk.yaml").read_text(encoding="utf-8")
    assert "  name: 深圳市灯塔计算机系统有限公司\n" in crash
    assert "# not mapped: '第三方SDK官网链接': https://crash.lantern.example/" in crash
    keys = [line.split(":")[0] for line in crash.splitlines() if line[:1].isalpha()]
    assert keys == [
        "disclosure",
        "id",
        "recipient",
        "product",
        "data",
        "purpose",
        "privacy_policy",
        "processing_method",
    ]  # no wording: rendering generates the published words of this entry verbatim


def test_cut_off_entries_are_marked_in_the_file_and_the_report(out_dir: Path) -> None:
    cut = DATA / "zh_sharing_list_cut.txt"
    code, out, _ = run_import(cut, "-o", out_dir, "--product", "yun")
    assert code == 0
    assert f"incomplete (the source stops inside these entries):\n  {cut}:18 sdk-share-sdk" in out
    assert "could not map:" in out
    assert f"{cut}:9 yun-entry-1: label '数据是否去标识化传输'" in out
    assert "unknown labels (add them under import.labels in the configuration" in out
    assert "  '数据是否去标识化传输' (1x)\n" in out
    text = (out_dir / "yun" / "sdk-share-sdk.yaml").read_text(encoding="utf-8")
    assert "# incomplete: the source stops inside this entry" in text


def test_unmapped_sharing_mode_words_are_reported(tmp_path: Path, out_dir: Path) -> None:
    source = tmp_path / "pigeon.txt"
    source.write_text("Company: Acme\nSharing method: carrier pigeon\n", encoding="utf-8")
    _, out, _ = run_import(source, "-o", out_dir)
    assert "acme: sharing mode 'carrier pigeon'" in out


def test_existing_files_are_skipped_without_force_and_overwritten_with_it(out_dir: Path) -> None:
    assert run_import(SEED, "-o", out_dir, "--product", "welink")[0] == 0
    target = out_dir / "welink" / "bcamcard-wechat-mini-program.yaml"
    target.write_text("# edited by hand\n", encoding="utf-8")
    code, out, _ = run_import(SEED, "-o", out_dir, "--product", "welink")
    assert code == 1
    assert f"skipped {target} ({SEED}:67): the file exists; --force overwrites it" in out
    assert out.strip().endswith("0 written, 6 skipped")
    assert target.read_text(encoding="utf-8") == "# edited by hand\n"
    code, out, _ = run_import(SEED, "-o", out_dir, "--product", "welink", "--force")
    assert code == 0
    assert load(target)["id"] == "bcamcard-wechat-mini-program"


def test_unknown_shape_fails_and_names_the_known_labels(tmp_path: Path, out_dir: Path) -> None:
    odd = tmp_path / "odd.txt"
    odd.write_text("We share your data with nice people.\n\nFoo: bar\n", encoding="utf-8")
    code, out, err = run_import(SEED, odd, "-o", out_dir)
    assert code == 2
    assert out == ""
    assert f"{odd}: no entry found" in err
    for label in ("Company", "Product/Mode", "Collected information", "第三方SDK名称", "收集方式"):
        assert label in err
    assert not out_dir.exists()  # nothing is written when one input cannot be read


def test_missing_file_is_a_one_line_error(out_dir: Path) -> None:
    code, out, err = run_import("no-such-list.txt", "-o", out_dir)
    assert code == 2
    assert err == "disclosurelint import: no-such-list.txt: no such file\n"
    assert out == ""


def test_product_without_ascii_is_a_usage_error(out_dir: Path) -> None:
    code, _, err = run_import(SEED, "-o", out_dir, "--product", "星付")
    assert code == 2
    assert "--product" in err


def test_json_report(out_dir: Path) -> None:
    source = DATA / "en_subprocessors_table.md"
    code, out, _ = run_import(source, "-o", out_dir, "--format", "json")
    assert code == 0
    report = json.loads(out)
    assert (report["written"], report["skipped"]) == (5, 0)  # 4 entries and the page
    first = report["entries"][0]
    assert first["id"] == "cloudnest"
    assert first["line"] == 10
    assert first["status"] == "written"
    assert first["path"] == str(out_dir / "en-subprocessors-table" / "cloudnest.yaml")
    assert first["could_not_map"] == [
        {"kind": "location", "label": "Location", "value": "Worldwide", "line": 10}
    ]
    assert report["unknown_labels"] == []
    [page] = report["products"]
    assert page["path"] == str(out_dir / "en-subprocessors-table" / "_product.yaml")
    assert (page["status"], page["order"][:2]) == ("written", ["cloudnest", "mailbird"])


def test_the_product_file_keeps_the_title_introduction_and_order(out_dir: Path) -> None:
    code, out, _ = run_import(SEED, "-o", out_dir, "--product", "welink")
    assert code == 0
    path = out_dir / "welink" / "_product.yaml"
    assert f"wrote {path} ({SEED}: title, introduction, order)" in out
    text = path.read_text(encoding="utf-8")
    assert text.startswith(
        "# yaml-language-server: $schema=../../schema/product.schema.json\n"
        f"# The page's title, introduction and entry order, imported from {SEED}\n"
    )
    data = load(path)
    assert data == {
        "product": 1,
        "title": "Huawei Cloud WeLink Information Shared with Third Parties",
        "introduction": [
            data["introduction"][0],
            "The partners involved in WeLink are listed as follows:",
        ],
        "order": [
            "welink-entry-1",
            "welink-entry-2",
            "default-calendar-on-your-telephone",
            "default-contacts-on-your-telephone",
            "bcamcard-wechat-mini-program",
        ],
    }
    assert data["introduction"][0].startswith("To improve our offerings, we will allow partners")
    assert data["introduction"][0].endswith("please carefully read the partners' privacy policies.")
    product_schema = json.loads((SCHEMA.parent / "product.schema.json").read_text("utf-8"))
    import jsonschema

    assert list(jsonschema.Draft202012Validator(product_schema).iter_errors(data)) == []


def test_sources_imported_into_one_folder_share_its_product_file(out_dir: Path) -> None:
    table, labels = DATA / "en_subprocessors_table.md", DATA / "zh_sdk_labels.md"
    code, _, _ = run_import(table, labels, "-o", out_dir, "--product", "mixed")
    assert code == 0
    data = load(out_dir / "mixed" / "_product.yaml")
    assert data["title"] == "Subprocessor List"
    assert len(data["order"]) == 4 + 3


def test_help_says_existing_files_exit_1() -> None:
    parser = argparse.ArgumentParser(prog="disclosurelint import")
    command.add_arguments(parser)
    text = parser.format_help()
    assert "--force" in text
    assert "1  some files existed and were left alone" in text


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    return tmp_path / "declarations"


def test_sections_of_planned_and_former_recipients_are_reported_not_imported(
    out_dir: Path,
) -> None:
    source = DATA / "en_subprocessors_current_planned_former.md"
    code, out, _ = run_import(source, "-o", out_dir, "--product", "lumen")
    assert code == 0
    assert sorted(path.name for path in (out_dir / "lumen").iterdir()) == [
        "_product.yaml",
        "brightmail-ltd.yaml",
        "northwind-hosting-inc.yaml",
    ]
    assert (
        "not imported (the heading says these recipients are planned, former, the customer's "
        "own or the operator's own services; declare them by hand when they receive data):\n"
        f"  {source}:12 'Decided, not yet in use': 1 entry\n"
        f"  {source}:18 'Only where a customer configures it': no entry read\n"
        f"  {source}:24 'Former sub-processors': 1 entry\n"
    ) in out
    code, out, _ = run_import(source, "-o", out_dir / "json", "--format", "json")
    assert [(s["line"], s["entries"]) for s in json.loads(out)["not_imported"]] == [
        (12, 1),
        (18, 0),
        (24, 1),
    ]
