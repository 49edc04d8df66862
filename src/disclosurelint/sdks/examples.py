"""The manifest the SDK rules' documented examples are checked against."""

from __future__ import annotations

EXAMPLE_MANIFEST: tuple[tuple[str, str], ...] = (
    (
        "app/build.gradle",
        "dependencies {\n    implementation 'com.umeng.umsdk:common:9.6.8'\n}\n",
    ),
)
