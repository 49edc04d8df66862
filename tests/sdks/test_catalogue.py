"""The built-in SDK catalogue: valid, large enough, consistent; and extended by configuration."""

from __future__ import annotations

from pathlib import Path

import pytest

from disclosurelint.sdks.catalogue import (
    CatalogueError,
    Source,
    build,
    builtin_sources,
    load_catalogue,
    validate,
)
from disclosurelint.sdks.records import Dependency
from disclosurelint.taxonomy import load_taxonomy
from tests.sdks.common import UMENG_LEGAL, run, write


def test_every_built_in_file_is_valid_and_names_known_categories() -> None:
    sources = builtin_sources()
    for source in sources:
        assert validate(source) == [], source.origin
    catalogue = build(sources, load_taxonomy().categories)  # raises on any inconsistency
    assert len(catalogue.sdks) >= 250
    chinese = [s for s in catalogue.sdks if s.company.country == "CN"]
    assert len(chinese) >= 100
    for sdk in catalogue.sdks:
        assert sdk.sources["coordinates"].startswith("https://"), sdk.id
        assert sdk.data, sdk.id


@pytest.mark.parametrize(
    ("ecosystem", "coordinate", "sdk"),
    [
        ("maven", "com.umeng.umsdk:common", "umeng-analytics"),
        ("maven", "cn.jiguang.sdk.plugin:xiaomi", "xiaomi-push"),  # exact beats the prefix
        ("maven", "cn.jiguang.sdk.plugin:fcm", "jpush"),
        ("maven", "com.tencent.bugly:crashreport_upgrade", "tencent-tinker-bugly-upgrade"),
        ("cocoapods", "Firebase/Analytics", "firebase-analytics"),
        ("cocoapods", "UMengUShare/Social/QQ", "umeng-share"),
        ("npm", "@react-native-firebase/messaging", "firebase-messaging"),
        ("pub", "fluwx", "wechat-opensdk"),
        ("ohpm", "@umeng/analytics", "umeng-analytics"),
        ("swiftpm", "firebase-ios-sdk", "firebase-apple-package"),
        ("files", "alipaySdk-15.8.11.aar", "alipay-sdk"),
        ("files", "BaiduLBS_Android.jar", "baidu-map"),
    ],
)
def test_coordinates_find_their_sdk(ecosystem: str, coordinate: str, sdk: str) -> None:
    found = load_catalogue().match(Dependency(ecosystem, coordinate, "m", 1, 1))
    assert found is not None and found.id == sdk


def test_unrelated_libraries_are_not_sdks() -> None:
    catalogue = load_catalogue()
    for ecosystem, name in [
        ("maven", "com.squareup.okhttp3:okhttp"),
        ("maven", "com.tencent:mmkv"),
        ("npm", "react"),
        ("cocoapods", "Alamofire"),
        ("files", "gson-2.8.jar"),
    ]:
        assert catalogue.match(Dependency(ecosystem, name, "m", 1, 1)) is None


def test_company_names_match_in_any_width_case_or_language() -> None:
    catalogue = load_catalogue()
    for name in ("友盟同欣(北京)科技有限公司", UMENG_LEGAL, "umeng", "友盟+"):
        assert catalogue.companies_named(name) == {"umeng"}, name
    assert catalogue.companies_named("Google LLC") == {"google"}
    assert catalogue.companies_named("Some Other Company Ltd.") == set()


def test_a_broken_extension_says_where() -> None:
    bad = Source("mine.yaml", {"sdks": [{"id": "x", "name": "X"}]})
    with pytest.raises(CatalogueError, match=r"mine\.yaml: sdks\[0\]: 'company' is a required"):
        build([*builtin_sources(), bad], trusted=len(builtin_sources()))


def test_an_unknown_company_or_category_in_an_extension_is_refused() -> None:
    sdk = {
        "id": "acme-tracker",
        "name": "Acme tracker",
        "company": "acme",
        "kind": "analytics",
        "coordinates": {"maven": ["com.acme:tracker"]},
        "data": ["telepathy"],
        "sources": {"coordinates": "https://acme.example/docs"},
    }
    with pytest.raises(CatalogueError, match="unknown company 'acme'"):
        build([Source("ext", {"sdks": [sdk]})])
    company = {"acme": {"names": ["Acme Ltd."], "source": "https://acme.example"}}
    with pytest.raises(CatalogueError, match="unknown data categories"):
        build([Source("ext", {"companies": company, "sdks": [sdk]})], ["device_id"])


def test_the_configuration_adds_sdks_and_refuses_a_broken_extension(tmp_path: Path) -> None:
    write(
        tmp_path,
        ".disclosurelint.yaml",
        """\
sdk-catalogue:
  companies:
    acme:
      names: [Acme Analytics Ltd.]
      aliases: {zh: [艾克美]}
      source: https://acme.example/legal
  sdks:
    - id: acme-tracker
      name: Acme tracker
      company: acme
      kind: analytics
      coordinates: {maven: ["com.acme:*"]}
      data: [device_id, usage_data]
      sources: {coordinates: https://acme.example/docs}
""",
    )
    write(
        tmp_path, "app/build.gradle", "dependencies {\n  implementation 'com.acme:tracker:1.0'\n}\n"
    )
    code, out, _ = run(
        "sdks", str(tmp_path / "app"), "--config", str(tmp_path / ".disclosurelint.yaml")
    )
    assert code == 0
    assert "com.acme:tracker Acme tracker [acme-tracker] Acme Analytics Ltd. (UNDECLARED)" in out

    write(tmp_path, "bad.yaml", "sdk-catalogue:\n  sdks:\n    - id: Bad Id\n")
    code, _, err = run("sdks", str(tmp_path / "app"), "--config", str(tmp_path / "bad.yaml"))
    assert code == 2
    assert err.startswith("disclosurelint: error: ") and "sdk-catalogue" in err
    assert "Traceback" not in err
