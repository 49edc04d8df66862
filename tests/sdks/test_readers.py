"""CocoaPods, SwiftPM, pub, npm, yarn, pnpm and HarmonyOS manifests, with exact positions."""

from __future__ import annotations

import json
from pathlib import Path

from disclosurelint.sdks.inventory import read_manifest
from tests.sdks.common import deps, write

PODFILE = """\
platform :ios, '13.0'
=begin
pod 'CommentedBlock'
=end
target 'App' do
  use_frameworks!
  pod 'UMCommon'            # analytics
  # pod 'JPush'
  pod "AMapLocation", '~> 2.9'
  pod 'Firebase/Analytics'
  target 'AppTests' do
    inherit! :search_paths
    pod 'OHHTTPStubs'
  end
end
post_install do |installer|
  installer.pods_project.targets.each do |t|
    puts "pod 'NotAPod'"
  end
end
"""


def test_podfile_skips_comments_and_test_targets(tmp_path: Path) -> None:
    assert deps(tmp_path, "ios/Podfile", PODFILE) == [
        ("UMCommon", 7, 8),
        ("AMapLocation", 9, 8),
        ("Firebase/Analytics", 10, 8),
    ]


def test_podfile_lock_lists_every_pod_with_subspecs(tmp_path: Path) -> None:
    lock = """\
PODS:
  - AMapFoundation (1.8.2)
  - "Bugly (2.5.93)"
  - Firebase/Analytics (10.0.0):
    - FirebaseAnalytics (~> 10.0.0)
  - FirebaseAnalytics (10.0.0)

DEPENDENCIES:
  - Bugly
"""
    assert deps(tmp_path, "ios/Podfile.lock", lock) == [
        ("AMapFoundation", 2, 5),
        ("Bugly", 3, 6),
        ("Firebase/Analytics", 4, 5),
        ("FirebaseAnalytics", 6, 5),
    ]


def test_package_resolved_versions_one_to_three(tmp_path: Path) -> None:
    v1 = {
        "object": {
            "pins": [
                {
                    "package": "Firebase",
                    "repositoryURL": "https://github.com/firebase/firebase-ios-sdk.git",
                    "state": {"version": "10.0.0"},
                }
            ]
        },
        "version": 1,
    }
    v2 = {
        "pins": [
            {
                "identity": "sentry-cocoa",
                "kind": "remoteSourceControl",
                "location": "https://github.com/getsentry/sentry-cocoa",
                "state": {"revision": "abc", "version": "8.0.0"},
            }
        ],
        "version": 2,
    }
    v3 = {"originHash": "x", **v2, "version": 3}
    assert deps(tmp_path, "a/Package.resolved", json.dumps(v1, indent=2)) == [
        ("firebase-ios-sdk", 5, 9)
    ]
    assert deps(tmp_path, "b/Package.resolved", json.dumps(v2, indent=2)) == [
        ("sentry-cocoa", 4, 7)
    ]
    assert deps(tmp_path, "c/Package.resolved", json.dumps(v3, indent=2)) == [
        ("sentry-cocoa", 5, 7)
    ]


def test_pubspec_and_its_lock(tmp_path: Path) -> None:
    pubspec = """\
name: app
dependencies:
  flutter:
    sdk: flutter
  fluwx: ^4.0.0
  amap_flutter_location:
    git: https://example.com/amap.git
dev_dependencies:
  flutter_test:
    sdk: flutter
  mockito: ^5.0.0
dependency_overrides:
  sentry_flutter: 7.0.0
"""
    assert deps(tmp_path, "pubspec.yaml", pubspec) == [
        ("fluwx", 5, 3),
        ("amap_flutter_location", 6, 3),
    ]
    lock = """\
packages:
  fluwx:
    dependency: "direct main"
    source: hosted
    version: "4.0.0"
  mockito:
    dependency: "direct dev"
    source: hosted
    version: "5.0.0"
  flutter:
    dependency: "direct main"
    source: sdk
    version: "0.0.0"
  sentry:
    dependency: transitive
    source: hosted
    version: "7.0.0"
"""
    assert deps(tmp_path, "pubspec.lock", lock) == [("fluwx", 2, 3), ("sentry", 14, 3)]


def test_package_json_leaves_out_development_and_peer_dependencies(tmp_path: Path) -> None:
    package = {
        "name": "app",
        "devDependencies": {"@sentry/react-native": "5.0.0"},
        "dependencies": {"react-native-wechat-lib": "3.0.4", "jpush-react-native": "3.0.0"},
        "peerDependencies": {"react": "*"},
        "optionalDependencies": {"@react-native-firebase/analytics": "18.0.0"},
    }
    assert deps(tmp_path, "package.json", json.dumps(package, indent=2)) == [
        ("react-native-wechat-lib", 7, 6),
        ("jpush-react-native", 8, 6),
        ("@react-native-firebase/analytics", 14, 6),
    ]


def test_package_lock_versions_one_and_three(tmp_path: Path) -> None:
    v3 = {
        "name": "app",
        "lockfileVersion": 3,
        "packages": {
            "": {"name": "app"},
            "node_modules/@sentry/browser": {"version": "7.0.0"},
            "node_modules/jest": {"version": "29.0.0", "dev": True},
            "node_modules/a/node_modules/mixpanel-browser": {"version": "2.0.0"},
        },
    }
    assert deps(tmp_path, "v3/package-lock.json", json.dumps(v3, indent=2)) == [
        ("@sentry/browser", 8, 6),
        ("mixpanel-browser", 15, 6),
    ]
    v1 = {
        "lockfileVersion": 1,
        "dependencies": {
            "amplitude-js": {"version": "8.0.0", "dependencies": {"blueimp-md5": {"version": "2"}}},
            "jest": {"version": "29.0.0", "dev": True},
        },
    }
    assert deps(tmp_path, "v1/package-lock.json", json.dumps(v1, indent=2)) == [
        ("amplitude-js", 4, 6),
        ("blueimp-md5", 7, 10),
    ]


def test_yarn_classic_and_berry(tmp_path: Path) -> None:
    classic = """\
# yarn lockfile v1


"@sentry/browser@^7.0.0", "@sentry/browser@^7.1.0":
  version "7.1.0"
  resolved "https://registry.yarnpkg.com/@sentry/browser/-/browser-7.1.0.tgz"

mixpanel-browser@^2.0.0:
  version "2.47.0"
"""
    assert deps(tmp_path, "a/yarn.lock", classic) == [
        ("@sentry/browser", 4, 2),
        ("mixpanel-browser", 8, 1),
    ]
    berry = """\
__metadata:
  version: 6

"app@workspace:.":
  version: 0.0.0-use.local

"amplitude-js@npm:^8.0.0":
  version: 8.21.0
"""
    assert deps(tmp_path, "b/yarn.lock", berry) == [("amplitude-js", 7, 2)]


def test_pnpm_lock_v6_and_v9(tmp_path: Path) -> None:
    v6 = """\
lockfileVersion: '6.0'
packages:
  /@sentry/browser@7.0.0:
    resolution: {integrity: sha512-x}
    dev: false
  /jest@29.0.0:
    dev: true
"""
    assert deps(tmp_path, "a/pnpm-lock.yaml", v6) == [("@sentry/browser", 3, 4)]
    v9 = """\
lockfileVersion: '9.0'
packages:
  '@amplitude/analytics-browser@2.0.0':
    resolution: {integrity: sha512-y}
  posthog-js@1.0.0:
    resolution: {integrity: sha512-z}
"""
    assert deps(tmp_path, "b/pnpm-lock.yaml", v9) == [
        ("@amplitude/analytics-browser", 3, 4),
        ("posthog-js", 5, 3),
    ]


def test_oh_package_json5_with_comments_bare_keys_and_local_modules(tmp_path: Path) -> None:
    text = """\
{
  // HarmonyOS module
  name: 'entry',
  version: '1.0.0',
  dependencies: {
    '@umeng/common': '^1.1.0', // analytics
    "@tencent/wechat_open_sdk": "1.0.11",
    'mylib': 'file:../mylib',
  },
  devDependencies: {
    '@ohos/hypium': '1.0.6',
  },
}
"""
    assert deps(tmp_path, "entry/oh-package.json5", text) == [
        ("@umeng/common", 6, 6),
        ("@tencent/wechat_open_sdk", 7, 6),
    ]


def test_broken_manifests_are_errors_with_positions(tmp_path: Path) -> None:
    cases = {
        "package.json": ('{"dependencies": {"a": }', (1, 24), "JSON error"),
        "pubspec.yaml": ("dependencies:\n  a: [\n", (3, 1), "YAML error"),
        "oh-package.json5": ("{ dependencies: { 'a': } }", (1, 24), "JSON5 error"),
        "gradle/libs.versions.toml": ("[libraries\n", (1, 11), "TOML syntax error"),
    }
    for name, (text, position, kind) in cases.items():
        path = write(tmp_path, name, text)
        read = read_manifest(path, name)
        (error,) = read.errors
        assert (error.line, error.column) == position, (name, error)
        assert error.message.startswith(kind), error.message


def test_unreadable_files_say_why(tmp_path: Path) -> None:
    binary = tmp_path / "package.json"
    binary.write_bytes(b"\x00\x01\x02")
    latin = tmp_path / "Podfile"
    latin.write_bytes(b"pod 'A'\npod '\xe9'\n")
    assert read_manifest(binary, "package.json").errors[0].message == (
        "the file is binary, not a manifest"
    )
    error = read_manifest(latin, "Podfile").errors[0]
    assert (error.line, error.message) == (2, "the file is not UTF-8 text")


def test_gradle_lockfile_leaves_out_test_and_build_configurations(tmp_path: Path) -> None:
    text = """\
# This is a Gradle generated file for dependency locking.
com.tencent.bugly:crashreport:4.1.9=debugRuntimeClasspath,releaseRuntimeClasspath
junit:junit:4.13.2=testCompileClasspath,testRuntimeClasspath
com.android.tools.lint:lint-api:31.0.0=lintChecks
empty=annotationProcessor
"""
    assert deps(tmp_path, "app/gradle.lockfile", text) == [("com.tencent.bugly:crashreport", 2, 1)]


def test_npm_shrinkwrap_reads_like_a_lock(tmp_path: Path) -> None:
    shrinkwrap = {"lockfileVersion": 3, "packages": {"node_modules/posthog-js": {"version": "1"}}}
    assert deps(tmp_path, "npm-shrinkwrap.json", json.dumps(shrinkwrap, indent=2)) == [
        ("posthog-js", 4, 6)
    ]


def test_a_deeply_nested_file_is_an_error_not_a_crash(tmp_path: Path) -> None:
    for name, text in [
        ("package.json", "[" * 100_000 + "]" * 100_000),
        ("oh-package.json5", "{a:" * 100_000 + "1" + "}" * 100_000),
    ]:
        path = write(tmp_path, name, text)
        (error,) = read_manifest(path, name).errors
        assert (error.line, error.message) == (1, "the file is nested too deeply to read")


def test_a_fifo_with_a_manifest_name_is_not_read(tmp_path: Path) -> None:
    import os

    from disclosurelint.sdks.inventory import discover

    os.mkfifo(tmp_path / "package.json")
    write(tmp_path, "app/Podfile", "pod 'Bugly'\n")
    assert [p.name for p in discover([tmp_path])] == ["Podfile"]


def test_every_manifest_name_has_its_reader() -> None:
    """The names that tell a manifest from a declaration (known without importing a reader) and
    the readers must agree, or a manifest would be taken for a declaration, or never read."""
    from disclosurelint.manifest_names import MANIFEST_NAMES
    from disclosurelint.sdks.inventory import READERS

    assert frozenset(READERS) == MANIFEST_NAMES
