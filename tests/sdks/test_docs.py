"""docs/sdks.md: its examples are what the program prints and accepts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from disclosurelint.sdks.catalogue import Source, build, builtin_sources
from tests.sdks.common import UMENG_LEGAL, run, write

DOC = Path(__file__).resolve().parents[2] / "docs" / "sdks.md"


def blocks(kind: str) -> list[str]:
    return re.findall(rf"```{kind}\n(.*?)```", DOC.read_text("utf-8"), re.S)


def test_the_text_example_is_what_sdks_prints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(
        tmp_path,
        "app/build.gradle",
        "dependencies {\n"
        "    implementation 'com.umeng.umsdk:common:9.6.8'\n"
        "    implementation 'com.tencent.bugly:crashreport:4.1.9'\n"
        "    implementation 'com.squareup.okhttp3:okhttp:4.12.0'\n"
        "}\n",
    )
    write(
        tmp_path,
        "declarations/myapp/umeng.yaml",
        f"disclosure: 1\nid: umeng\nrecipient:\n  name: {UMENG_LEGAL}\n",
    )
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("sdks")
    (expected,) = [b for b in blocks("text") if "UNDECLARED" in b]
    assert (code, out) == (0, expected)


def test_the_catalogue_extension_example_is_valid() -> None:
    (example,) = [b for b in blocks("yaml") if "sdk-catalogue:" in b]
    extension = yaml.safe_load(example)["sdk-catalogue"]
    catalogue = build([*builtin_sources(), Source("docs", {"version": 1, **extension})])
    assert catalogue.by_id["acme-tracker"].company.aliases == ("艾克美",)


def test_the_waiver_example_waives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (gradle,) = blocks("groovy")
    write(tmp_path, "app/build.gradle", gradle)
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(
        "check", "--isolated", "--sdk-manifests", "app/build.gradle", "-f", "concise"
    )
    assert code == 0
    assert "DL601" in out and "waived" in out.lower()


def test_the_numbers_in_the_doc_are_the_catalogue_s() -> None:
    catalogue = build(builtin_sources())
    chinese = sum(1 for s in catalogue.sdks if s.company.country == "CN")
    text = DOC.read_text("utf-8")
    assert (
        f"catalogue of {len(catalogue.sdks)} SDKs from {len(catalogue.companies)} providers" in text
    )
    assert f"({chinese} of them from Chinese providers)" in text
