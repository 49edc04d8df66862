"""Which file names are app manifests (the SDK inventory reads them), known without importing the
sdks package and its readers: telling a declaration from a manifest on the command line then
costs a one-file check nothing."""

from __future__ import annotations

import os
from pathlib import Path

# the manifests read by name (their readers: disclosurelint.sdks.inventory.READERS)
MANIFEST_NAMES = frozenset(
    {
        "gradle.lockfile",
        "Podfile",
        "Podfile.lock",
        "Package.resolved",
        "pubspec.yaml",
        "pubspec.lock",
        "package.json",
        "package-lock.json",
        "npm-shrinkwrap.json",
        "yarn.lock",
        "pnpm-lock.yaml",
        "oh-package.json5",
    }
)
NOT_BUILD_SCRIPTS = ("settings.gradle", "settings.gradle.kts", "init.gradle")


def kind_of(path: Path) -> str | None:
    """Which reader a file name calls for, or None when it is not a manifest."""
    name = path.name
    if name in MANIFEST_NAMES:
        return name
    if name.endswith(".versions.toml"):
        return "versions.toml"
    if name.endswith((".gradle", ".gradle.kts")) and name not in NOT_BUILD_SCRIPTS:
        return "gradle"
    return None


def is_manifest(path: str | os.PathLike[str]) -> bool:
    return kind_of(Path(path)) is not None


def is_build_file(path: str | os.PathLike[str]) -> bool:
    """A manifest, or a build file that names none (``settings.gradle``): never a declaration."""
    return is_manifest(path) or Path(path).name in NOT_BUILD_SCRIPTS
