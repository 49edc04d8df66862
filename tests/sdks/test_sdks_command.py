"""`disclosurelint sdks`: the inventory in every format, drafts, and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from tests.sdks.common import UMENG_LEGAL, run, write

GRADLE = """\
dependencies {
    implementation 'com.umeng.umsdk:common:9.6.8'
    implementation 'com.tencent.bugly:crashreport:4.1.9'
    implementation 'com.squareup.okhttp3:okhttp:4.12.0'
}
"""
UMENG = f"""\
disclosure: 1
id: umeng
recipient:
  name: {UMENG_LEGAL}
  relationship: third_party
  contact: https://www.umeng.com/page/policy
product: Umeng
data:
  - item: device identifiers
purpose: Statistics.
scenario: When you use the app.
sharing_modes: [sdk_on_device]
privacy_policy:
  url: https://www.umeng.com/page/policy
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write(tmp_path, "android/app/build.gradle", GRADLE)
    write(tmp_path, "declarations/app/umeng.yaml", UMENG)
    write(tmp_path, "android/node_modules/x/package.json", '{"dependencies": {"a": "1"}}')
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_json_has_the_documented_shape(project: Path) -> None:
    code, out, _ = run("sdks", "-f", "json")
    assert code == 0
    document = json.loads(out)
    assert document["manifests"] == ["android/app/build.gradle"]  # node_modules is not read
    umeng, bugly = document["sdks"]
    assert {k: umeng[k] for k in ("coordinate", "manifest", "line", "column")} == {
        "coordinate": "com.umeng.umsdk:common",
        "manifest": "android/app/build.gradle",
        "line": 2,
        "column": 21,
    }
    assert umeng["catalogue_id"] == "umeng-analytics"
    assert umeng["company"] == UMENG_LEGAL
    assert umeng["declared_by"] == ["umeng"]  # by the provider's legal name
    assert (bugly["catalogue_id"], bugly["declared_by"]) == ("tencent-bugly", [])
    assert [u["coordinate"] for u in document["unknown"]] == ["com.squareup.okhttp3:okhttp"]
    assert document["errors"] == []


def test_text_and_markdown(project: Path) -> None:
    code, out, _ = run("sdks", "--unknown")
    assert code == 0
    assert out.splitlines() == [
        "android/app/build.gradle:2:21: com.umeng.umsdk:common Umeng U-App analytics (友盟统计) "
        f"[umeng-analytics] {UMENG_LEGAL} (declared by umeng)",
        "android/app/build.gradle:3:21: com.tencent.bugly:crashreport Tencent Bugly (腾讯Bugly) "
        "[tencent-bugly] 深圳市腾讯计算机系统有限公司 (UNDECLARED)",
        "android/app/build.gradle:4:21: com.squareup.okhttp3:okhttp (not catalogued)",
        "2 SDKs in 1 manifest, 1 undeclared; 1 dependencies not in the catalogue",
    ]
    code, out, _ = run("sdks", "-f", "markdown", "-o", "sdks.md")
    assert code == 0 and out == ""
    markdown = (project / "sdks.md").read_text("utf-8")
    assert (
        "| Tencent Bugly (腾讯Bugly) | 深圳市腾讯计算机系统有限公司 | "
        "com.tencent.bugly:crashreport | android/app/build.gradle:3 | **undeclared** |" in markdown
    )


def test_scaffold_drafts_the_undeclared_and_never_overwrites(project: Path) -> None:
    code, out, _ = run("sdks", "--scaffold", "-o", "declarations/app")
    assert (code, out) == (0, "wrote declarations/app/tencent-bugly.yaml\n")
    draft = yaml.safe_load((project / "declarations/app/tencent-bugly.yaml").read_text("utf-8"))
    assert draft["recipient"]["name"] == "深圳市腾讯计算机系统有限公司"
    assert draft["sdks"] == ["tencent-bugly"]
    assert [d["category"] for d in draft["data"]][:2] == ["crash_logs", "device_id"]
    assert "purpose" not in draft and "scenario" not in draft
    # what the catalogue cannot know is left for the author, and check asks for it
    code, out, _ = run("check", "declarations/app/tencent-bugly.yaml", "-f", "concise")
    assert code == 1
    assert "DL201" in out and "DL202" in out and "DL101" not in out
    # the draft now declares Bugly, so there is nothing left to draft
    code, out, _ = run("sdks", "--scaffold", "-o", "declarations/app")
    assert out == "every catalogued SDK in the manifests is declared; nothing to draft\n"


def test_scaffold_keeps_an_existing_file(project: Path) -> None:
    write(project, "drafts/tencent-bugly.yaml", "mine\n")
    code, out, _ = run("sdks", "--scaffold", "-o", "drafts", "--declarations", "nothing-here")
    assert code == 2  # --declarations names a path that does not exist
    code, out, _ = run("sdks", "--scaffold", "-o", "drafts", "--declarations", "declarations")
    assert out == "kept drafts/tencent-bugly.yaml (exists; --force overwrites it)\n"
    assert (project / "drafts/tencent-bugly.yaml").read_text("utf-8") == "mine\n"


def test_bad_input_is_a_one_line_error(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run("sdks", "missing/")
    assert (code, err) == (2, "disclosurelint: error: missing/: no such file or folder\n")
    code, _, err = run("sdks", "--scaffold")
    assert code == 2 and "--scaffold needs -o" in err
    write(project, "web/package.json", '{"dependencies": {')
    capsys.readouterr()
    code, out, _ = run("sdks", "-f", "json")
    assert code == 2
    assert capsys.readouterr().err.startswith("web/package.json:1:19: error: JSON error:")
    assert json.loads(out)["sdks"][0]["coordinate"] == "com.umeng.umsdk:common"  # nothing lost


def test_the_configured_manifests_are_read_when_no_path_is_given(project: Path) -> None:
    write(project, "ios/Podfile", "pod 'Bugly'\n")
    write(project, ".disclosurelint.yaml", "sdk-manifests: ['ios/Podfile']\n")
    code, out, _ = run("sdks", "-f", "json")
    assert code == 0
    assert [s["coordinate"] for s in json.loads(out)["sdks"]] == ["Bugly"]
