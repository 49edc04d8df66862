"""The hook manifest and the repository's own hook configuration, read as pre-commit reads them."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib.metadata import requires
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]


def _dependencies() -> list[str]:
    """The runtime requirements, as the installed package declares them (from pyproject.toml)."""
    return [r for r in requires("disclosurelint") or [] if "extra ==" not in r]


def _validated(command: str, name: str) -> Any:
    """The file, after pre-commit's own validator accepted it."""
    check = subprocess.run(
        [sys.executable, "-m", "pre_commit", command, name],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    return yaml.safe_load((ROOT / name).read_text("utf-8"))


def test_the_manifest_exports_the_hook() -> None:
    (hook,) = _validated("validate-manifest", ".pre-commit-hooks.yaml")
    assert hook["id"] == "disclosurelint"
    assert hook["entry"] == "disclosurelint check"
    assert hook["language"] == "python"
    assert hook["require_serial"] is True
    files, exclude = re.compile(hook["files"]), re.compile(hook["exclude"])

    def selected(path: str) -> bool:
        return bool(files.search(path)) and not exclude.search(path)

    assert selected("declarations/welink/camcard.yaml")
    assert selected("declarations/welink/camcard.yml")
    assert selected("declarations/welink/CAMCARD.YAML")  # as `check` finds them in a folder
    assert not selected("declarations/welink/_product.yaml")
    assert not selected(".github/workflows/disclosures.yml")
    assert not selected("declarations/welink/notes.md")
    for manifest in (
        "app/build.gradle",
        "android/app/build.gradle.kts",
        "config.gradle",
        "gradle/libs.versions.toml",
        "ios/Podfile",
        "ios/Podfile.lock",
        "ios/App.xcworkspace/xcshareddata/swiftpm/Package.resolved",
        "pubspec.yaml",
        "pubspec.lock",
        "package.json",
        "web/package-lock.json",
        "yarn.lock",
        "pnpm-lock.yaml",
        "entry/oh-package.json5",
    ):
        assert selected(manifest), manifest
    assert not selected("settings.gradle.kts.bak")
    assert not selected("docs/package.md")


def test_the_own_hook_needs_only_the_package_index() -> None:
    config = _validated("validate-config", ".pre-commit-config.yaml")
    (repo,) = config["repos"]
    assert repo["repo"] == "local"
    (hook,) = repo["hooks"]
    assert hook["language"] == "python"
    assert sorted(hook["additional_dependencies"]) == sorted(_dependencies())
    manifest = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())[0]
    assert (hook["files"], hook["exclude"]) == (manifest["files"], manifest["exclude"])
