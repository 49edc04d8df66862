"""DL601-DL603 in `check`: findings on manifests behave like every other finding."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.sdks.common import UMENG_LEGAL, run, write

GRADLE = """\
dependencies {
    implementation 'com.umeng.umsdk:common:9.6.8'
    implementation 'com.umeng.umsdk:asms:1.8.0'
    implementation 'com.tencent.bugly:crashreport:4.1.9'
}
"""


def declaration(ident: str, *, name: str, sdks: str = "", data: str = "device identifiers") -> str:
    lines = [
        "disclosure: 1",
        f"id: {ident}",
        "recipient:",
        f"  name: {name}",
        "  relationship: third_party",
        "  contact: https://www.camcard.com/contact",
        f"product: {ident}",
    ]
    if sdks:
        lines.append(f"sdks: {sdks}")
    lines += ["data:", *(f"  - item: {d}" for d in data.split(";"))]
    lines += [
        "purpose: Statistics and crash reports.",
        "scenario: When you use the app.",
        "sharing_modes: [sdk_on_device]",
        "privacy_policy:",
        "  url: https://www.camcard.com/privacy",
        "processing_method: Aggregates usage and crash reports per device.",
        "consent_evidence: {kind: separate, how: The first-start dialog., where: Start dialog.}",
    ]
    return "\n".join(lines) + "\n"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write(tmp_path, "app/build.gradle", GRADLE)
    write(
        tmp_path, ".disclosurelint.yaml", "paths: [declarations]\nsdk-manifests: ['app/*.gradle']\n"
    )
    write(tmp_path, "declarations/x/camcard.yaml", declaration("camcard", name="Shanghai Hehe"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


def problems(*args: str) -> tuple[int, list[dict[str, Any]]]:
    code, out, _ = run("check", "-f", "json", *args)
    return code, json.loads(out)["problems"]


def test_an_undeclared_sdk_fails_at_the_manifest_line(repo: Path) -> None:
    code, out, _ = run("check", "--no-source")
    assert code == 1
    assert (
        "app/build.gradle:2:21: DL601 undeclared-sdk: Umeng U-App analytics (友盟统计) by "
        f"{UMENG_LEGAL} (com.umeng.umsdk:common, com.umeng.umsdk:asms) is in the app, "
        "but no declaration names it" in out
    )
    assert "app/build.gradle:4:21: DL601 undeclared-sdk: Tencent Bugly (腾讯Bugly) by " in out
    code, out, _ = run("check")
    assert "4 |     implementation 'com.tencent.bugly:crashreport:4.1.9'" in out


def test_sdks_list_and_company_aliases_declare(repo: Path) -> None:
    write(
        repo,
        "declarations/x/umeng.yaml",
        declaration("umeng", name="友盟", sdks="[umeng-analytics]"),
    )
    write(repo, "declarations/x/bugly.yaml", declaration("bugly", name="腾讯", sdks="[Bugly]"))
    code, found = problems("--select", "DL601,DL602")
    assert (code, found) == (0, [])


def test_a_reference_no_manifest_ships_is_a_warning(repo: Path) -> None:
    write(
        repo,
        "declarations/x/umeng.yaml",
        declaration("umeng", name="Umeng", sdks="[umeng-analytics, jpush, com.example:gone]"),
    )
    code, found = problems("--select", "DL602")
    assert code == 1
    assert [(p["path"], p["line"], p["column"], p["message"]) for p in found] == [
        (
            "declarations/x/umeng.yaml",
            8,
            25,
            "sdks: JPush (极光推送) (jpush) is in none of the app's manifests",
        ),
        (
            "declarations/x/umeng.yaml",
            8,
            32,
            "sdks: 'com.example:gone' is in none of the app's manifests",
        ),
    ]


def test_understated_data_is_information_naming_the_categories(repo: Path) -> None:
    data = "device identifiers;device model;network type;IP address;app version;usage data"
    write(repo, "declarations/x/umeng.yaml", declaration("umeng", name="Umeng", data=data))
    code, found = problems("--select", "DL603")
    assert code == 0  # information does not fail the default gate
    (problem,) = found
    assert (problem["path"], problem["line"], problem["severity"]) == (
        "declarations/x/umeng.yaml",
        8,
        "info",
    )
    assert problem["message"].endswith(
        "typically receives Approximate location (coarse_location), "
        "which the data items do not list"
    )


def test_the_rules_are_off_without_manifests_and_on_with_the_flag(repo: Path) -> None:
    write(repo, ".disclosurelint.yaml", "paths: [declarations]\n")
    code, found = problems()
    assert (code, found) == (0, [])
    code, found = problems("--sdk-manifests", "app/build.gradle")
    assert code == 1 and {p["code"] for p in found} == {"DL601"}
    code, _, err = run("check", "--sdk-manifests", "nope.gradle")
    assert (code, err) == (
        2,
        "disclosurelint: error: sdk-manifests: nope.gradle: no such file or folder\n",
    )


def test_a_waiver_in_the_build_file_excuses_its_line(repo: Path) -> None:
    waived = GRADLE.replace(
        "    implementation 'com.tencent.bugly:crashreport:4.1.9'",
        '    // disclosurelint: allow DL601 reason="Debug builds only" approved-by="Legal"\n'
        "    implementation 'com.tencent.bugly:crashreport:4.1.9'",
    )
    write(repo, "app/build.gradle", waived)
    write(
        repo,
        "declarations/x/umeng.yaml",
        declaration("umeng", name="Umeng", sdks="[umeng-analytics]"),
    )
    code, found = problems("--select", "DL601,DL5")
    assert code == 0
    (problem,) = found
    assert problem["line"] == 5 and problem["waiver"]["reason"] == "Debug builds only"


def test_a_central_waiver_covers_a_json_manifest(repo: Path) -> None:
    write(
        repo, "web/package.json", '{\n  "dependencies": {\n    "@sentry/browser": "7.0.0"\n  }\n}\n'
    )
    write(
        repo,
        "waivers.yaml",
        "- file: web/package.json\n  code: DL601\n  reason: Self-hosted Sentry\n"
        "  approved-by: Legal\n",
    )
    write(
        repo,
        ".disclosurelint.yaml",
        "paths: [declarations]\nsdk-manifests: [web/package.json]\nwaivers: {file: waivers.yaml}\n",
    )
    code, found = problems("--select", "DL601")
    assert code == 0
    assert [(p["path"], p["line"], p["waiver"]["reason"]) for p in found] == [
        ("web/package.json", 3, "Self-hosted Sentry")
    ]


def test_a_baseline_accepts_the_sdks_already_shipped(repo: Path) -> None:
    code, _, _ = run("baseline", "baseline.json")
    assert code == 0
    code, found = problems("--baseline", "baseline.json")
    assert (code, found) == (0, [])
    write(
        repo,
        "app/build.gradle",
        GRADLE.replace("}\n", "    implementation 'cn.jiguang.sdk:jpush:5.0.0'\n}\n"),
    )
    code, found = problems("--baseline", "baseline.json")
    assert code == 1 and [p["line"] for p in found] == [5]


def test_sarif_points_at_the_manifest(repo: Path) -> None:
    code, out, _ = run("check", "-f", "sarif")
    assert code == 1
    results = json.loads(out)["runs"][0]["results"]
    location = results[0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "app/build.gradle"
    assert location["region"]["startLine"] == 2 and location["region"]["startColumn"] == 21


def test_a_named_manifest_is_checked_as_pre_commit_passes_it(repo: Path) -> None:
    write(
        repo,
        "app/other.gradle",
        "dependencies {\n  implementation 'cn.jiguang.sdk:jpush:5.0.0'\n}\n",
    )
    code, found = problems("app/other.gradle")
    assert code == 1
    assert {(p["path"], p["line"]) for p in found} == {("app/other.gradle", 2)}
    code, found = (
        problems("app/settings.gradle") if (repo / "app/settings.gradle").exists() else (0, [])
    )
    assert code == 0


def test_a_broken_manifest_is_a_finding_with_its_position(repo: Path) -> None:
    write(repo, "app/build.gradle", "dependencies {\n  implementation libs.umeng\n}\n")
    (repo / "settings.gradle").write_text("", encoding="utf-8")
    code, found = problems("--select", "DL601")
    assert code == 1
    (problem,) = found
    assert (problem["line"], problem["column"]) == (2, 18)
    assert "cannot tell which SDKs this manifest declares" in str(problem["message"])


def test_the_legal_report_lists_an_undeclared_sdk(repo: Path) -> None:
    code, _, _ = run("report", "--format", "markdown", "-o", "report.md", "--date", "2026-12-01")
    assert code == 0
    report = (repo / "report.md").read_text("utf-8")
    assert "DL601 undeclared-sdk" in report
    assert "`app/build.gradle:4:21`" in report
