"""Gradle build scripts: what is a dependency and what is not, with exact positions."""

from __future__ import annotations

from pathlib import Path

from tests.sdks.common import deps, found, write

GROOVY = """\
// implementation 'com.commented.out:line:1.0'
/* implementation 'com.commented.out:block:1.0'
   implementation 'com.commented.out:block2:1.0' */
buildscript {
    ext.kotlin_version = '1.9.0'
    dependencies {
        classpath 'com.android.tools.build:gradle:8.1.0'
    }
}
plugins {
    id 'com.android.application'
    id 'com.google.gms.google-services' version '4.4.0' apply false
}
configurations.all {
    resolutionStrategy { force 'com.forced:lib:1.0' }
    exclude group: 'com.excluded', module: 'x'
}
dependencies {
    implementation 'com.umeng.umsdk:common:9.6.8' // analytics
    implementation("com.tencent.bugly:crashreport:4.1.9") {
        exclude group: 'com.android.support', module: 'support-v4'
        force = true
    }
    api group: 'com.amap.api', name: '3dmap', version: '9.8.2'
    implementation platform('com.google.firebase:firebase-bom:32.7.0')
    implementation "cn.jiguang.sdk:jpush:$jpushVersion"
    api project(':core')
    testImplementation 'junit:junit:4.13.2'
    androidTestImplementation 'androidx.test.espresso:espresso-core:3.5.1'
    kaptTest 'com.google.dagger:hilt-compiler:2.50'
    debugImplementation 'com.squareup.leakcanary:leakcanary-android:2.12'
    if (project.hasProperty('pay')) {
        implementation 'com.unionpay:uppay:3.5.0'
    }
    constraints { implementation 'com.constraint:only:1.0' }
    lintChecks 'com.lint:checks:1.0'
}
"""


def test_groovy_dependencies_and_the_traps_around_them(tmp_path: Path) -> None:
    assert deps(tmp_path, "app/build.gradle", GROOVY) == [
        ("com.umeng.umsdk:common", 19, 21),
        ("com.tencent.bugly:crashreport", 20, 21),
        ("com.amap.api:3dmap", 24, 17),
        ("com.google.firebase:firebase-bom", 25, 30),
        ("cn.jiguang.sdk:jpush", 26, 21),
        ("com.squareup.leakcanary:leakcanary-android", 31, 26),
        ("com.unionpay:uppay", 33, 25),
    ]


KOTLIN = """\
plugins {
    alias(libs.plugins.android.application)
}
dependencies {
    implementation(libs.umeng.common)
    implementation(libs.bundles.push)
    implementation(group = "com.amap.api", name = "location", version = "6.4.0")
    "gplayImplementation"("com.google.android.gms:play-services-ads:22.0.0")
    add("implementation", "com.tencent.mm.opensdk:wechat-sdk-android:6.8.0")
    implementation(kotlin("stdlib"))
    testImplementation(libs.junit)
    implementation(files("libs/alipaySdk-15.8.11.aar"))
}
"""

CATALOG = """\
[versions]
umeng = "9.6.8"
[libraries]
umeng-common = { module = "com.umeng.umsdk:common", version.ref = "umeng" }
getui = "com.getui:gtsdk:3.3.6.0"
jpush = { group = "cn.jiguang.sdk", name = "jpush", version = "5.0.0" }
junit = "junit:junit:4.13.2"
sentry = "io.sentry:sentry-android:7.0.0"
[bundles]
push = ["getui", "jpush"]
[plugins]
gms = { id = "com.google.gms.google-services", version = "4.4.0" }
"""


def test_kotlin_scripts_and_version_catalogs(tmp_path: Path) -> None:
    write(tmp_path, "gradle/libs.versions.toml", CATALOG)
    assert deps(tmp_path, "app/build.gradle.kts", KOTLIN) == [
        ("com.umeng.umsdk:common", 5, 20),
        ("com.getui:gtsdk", 6, 20),
        ("cn.jiguang.sdk:jpush", 6, 20),
        ("com.amap.api:location", 7, 29),
        ("com.google.android.gms:play-services-ads", 8, 28),
        ("com.tencent.mm.opensdk:wechat-sdk-android", 9, 28),
        ("org.jetbrains.kotlin:kotlin-stdlib", 10, 20),
        ("alipaySdk-15.8.11.aar", 12, 27),
    ]


def test_a_catalog_entry_is_reported_where_it_is_used_else_in_the_catalog(tmp_path: Path) -> None:
    """Used entries appear at the build script's line once; the test-only junit nowhere;
    the unused sentry entry at its own line in the catalog."""
    write(tmp_path, "gradle/libs.versions.toml", CATALOG)
    write(tmp_path, "app/build.gradle.kts", KOTLIN)
    rows = found(tmp_path, "app/build.gradle.kts", "gradle/libs.versions.toml")
    assert [r for r in rows if r[0].startswith(("com.umeng", "junit", "io.sentry"))] == [
        ("com.umeng.umsdk:common", 5, "umeng-analytics"),
        ("io.sentry:sentry-android", 8, "sentry"),
    ]


def test_local_jars_and_aars(tmp_path: Path) -> None:
    for name in ("BaiduLBS_Android.jar", "open_sdk_3.5.jar", "notes.txt", "old.aar"):
        write(tmp_path, f"app/libs/{name}", "")
    script = """\
repositories { flatDir { dirs 'libs' } }
dependencies {
    implementation fileTree(include: ['*.jar'], dir: 'libs')
    implementation fileTree(dir: 'libs', include: ['*.aar'], exclude: ['old.aar'])
    implementation(name: 'SMSSDK-3.0.0', ext: 'aar')
    compile files('libs/alipaySdk-15.8.aar', 'libs/UPPayAssistEx.jar')
}
"""
    assert deps(tmp_path, "app/build.gradle", script) == [
        ("BaiduLBS_Android.jar", 3, 20),
        ("open_sdk_3.5.jar", 3, 20),
        ("SMSSDK-3.0.0.aar", 5, 27),
        ("alipaySdk-15.8.aar", 6, 20),
        ("UPPayAssistEx.jar", 6, 47),
    ]


def test_coordinates_in_a_shared_ext_map_count_where_they_are_written(tmp_path: Path) -> None:
    config = """\
ext {
    versions = [umeng: "9.4.7"]
    deps = [
        umeng_common : "com.umeng.umsdk:common:${versions.umeng}",
        gson         : 'com.google.code.gson:gson:2.10',
        not_a_dep    : "just text",
    ]
}
"""
    assert deps(tmp_path, "config.gradle", config) == [
        ("com.umeng.umsdk:common", 4, 25),
        ("com.google.code.gson:gson", 5, 25),
    ]


def test_a_catalog_reference_without_catalog_is_a_partial_error(tmp_path: Path) -> None:
    from disclosurelint.sdks.inventory import read_manifest

    path = write(tmp_path, "app/build.gradle", "dependencies {\n  implementation libs.x.y\n}\n")
    (tmp_path / "settings.gradle").write_text("", encoding="utf-8")
    read = read_manifest(path, "app/build.gradle")
    assert read.dependencies == []
    (error,) = read.errors
    assert (error.line, error.column, error.partial) == (2, 18, True)
    assert "libs.x.y refers to a version catalog that was not found" in error.message
