"""Speed of the SDK inventory: 1,000 manifests of every kind, read by a cold process.

    python bench/sdk_inventory_speed.py [--count 1000]

Generates the manifests in a temporary folder (shapes of real files: Gradle scripts with
comments and closures, version catalogs, CocoaPods, SwiftPM, pub, npm, yarn, pnpm and
HarmonyOS manifests, lock files of a few hundred packages) and times
`disclosurelint sdks FOLDER -f json` as a separate process, best of three. Target: < 3 s.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SDKS = [
    "com.umeng.umsdk:common:9.6.8",
    "com.tencent.bugly:crashreport:4.1.9",
    "cn.jiguang.sdk:jpush:5.0.0",
    "com.amap.api:location:6.4.0",
    "com.google.firebase:firebase-analytics:21.5.0",
]
LIBS = [f"com.example.lib{i}:artifact{i}:1.{i}.0" for i in range(40)]


def gradle(n: int) -> str:
    lines = ["plugins {", "    id 'com.android.application'", "}"]
    lines += ["android {", "    compileSdk 34", "}"]
    lines += ["dependencies {", "    // implementation 'com.commented:out:1.0'"]
    for i, coordinate in enumerate(LIBS + SDKS):
        if i % 7 == 0:
            closure = "{\n        exclude group: 'x'\n    }"
            lines.append(f"    implementation('{coordinate}') {closure}")
        else:
            lines.append(f"    implementation '{coordinate}'")
    lines += ["    testImplementation 'junit:junit:4.13.2'", "}", f"// build {n}"]
    return "\n".join(lines) + "\n"


def podfile_lock(n: int) -> str:
    pods = [f"Pod{i}" for i in range(150)] + ["UMCommon", "Bugly", "AMapLocation"]
    body = "".join(f"  - {p} (1.{n % 9}.0):\n    - Dep{p}\n" for p in pods)
    return f"PODS:\n{body}\nDEPENDENCIES:\n  - UMCommon\n\nCOCOAPODS: 1.12.1\n"


def package_lock(n: int) -> str:
    packages: dict[str, object] = {"": {"name": f"app{n}", "version": "1.0.0"}}
    for i in range(400):
        packages[f"node_modules/pkg-{i}"] = {"version": f"1.0.{i}", "dev": i % 3 == 0}
    packages["node_modules/@sentry/react-native"] = {"version": "5.0.0"}
    return json.dumps({"name": f"app{n}", "lockfileVersion": 3, "packages": packages}, indent=2)


def pubspec(n: int) -> str:
    deps = "".join(f"  pkg_{i}: ^1.{i}.0\n" for i in range(30))
    return f"name: app{n}\ndependencies:\n  flutter:\n    sdk: flutter\n  fluwx: ^4.0.0\n{deps}"


def yarn_lock(n: int) -> str:
    entries = "".join(
        f'"pkg-{i}@^1.0.0":\n  version "1.0.{i}"\n  resolved "https://r/pkg-{i}.tgz"\n\n'
        for i in range(300)
    )
    return "# yarn lockfile v1\n\n" + entries + '"jpush-react-native@^3.0.0":\n  version "3.0.1"\n'


def ohpm(n: int) -> str:
    return (
        "{\n  // HarmonyOS\n  name: 'entry',\n  dependencies: {\n"
        "    '@umeng/common': '^1.0.0',\n    '@ohos/axios': '^2.0.0',\n  },\n}\n"
    )


KINDS = [
    ("app/build.gradle", gradle),
    ("ios/Podfile.lock", podfile_lock),
    ("package-lock.json", package_lock),
    ("pubspec.yaml", pubspec),
    ("yarn.lock", yarn_lock),
    ("entry/oh-package.json5", ohpm),
]


def generate(root: Path, count: int) -> int:
    for n in range(count):
        name, make = KINDS[n % len(KINDS)]
        target = root / f"app{n:04d}" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(make(n), encoding="utf-8")
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())


def timed(args: list[str]) -> tuple[float, float, int]:
    """Wall-clock and CPU seconds (user + system) of one cold process, and SDKs it found.

    CPU time is the figure to compare on a machine shared with other work: waiting for a
    core does not count in it."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
    return elapsed, cpu, len(json.loads(done.stdout)["sdks"]) if done.stdout else 0


def main() -> int:
    parser = argparse.ArgumentParser(description="Time the SDK inventory on generated manifests.")
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        size = generate(root, args.count)
        command = [sys.executable, "-m", "disclosurelint", "sdks", str(root), "-f", "json"]
        runs = [timed(command) for _ in range(3)]
        wall = min(r[0] for r in runs)
        cpu = min(r[1] for r in runs)
        print(
            f"{args.count} manifests ({size / 1e6:.1f} MB), {runs[0][2]} catalogued SDK "
            f"dependencies: best of 3 cold processes {wall:.2f} s wall-clock, {cpu:.2f} s CPU "
            "(target < 3 s)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
