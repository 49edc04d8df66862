"""Declarations and a small repository layout shared by the gate tests."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_FILES = ("pyproject.toml", "src", "schema", "README.md")
_JUNK = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")


def declaration(
    ident: str,
    *,
    purpose: str | None = "Provide the cloud business card service.",
) -> str:
    """A complete declaration; ``purpose=None`` leaves the purpose out (DL201 at line 1)."""
    lines = [
        "disclosure: 1",
        f"id: {ident}",
        "recipient:",
        "  name: Shanghai Hehe Information Technology Co., Ltd.",
        "  relationship: third_party",
        "  contact: https://www.camcard.com/contact",
        "product: BCamCard/WeChat Mini Program",
        "data:",
        "  - item: name",
        "  - item: telephone number",
    ]
    if purpose is not None:
        lines.append(f"purpose: {purpose}")
    lines += [
        "scenario: You share your cloud business card on WeLink to WeChat.",
        "sharing_modes: [backend_api]",
        "privacy_policy:",
        "  url: https://cc-dl.camcard.com/download/PP_CamCard_zh-cn_Android.html",
        "processing_method: Stores the card and shows it to the people the user shares it with.",
        "consent_evidence: {kind: separate, how: A share dialog of its own., where: Share dialog.}",
    ]
    return "\n".join(lines) + "\n"


def write(root: Path, relative: str, text: str) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def sample_tree(root: Path) -> None:
    """Two clean declarations, one without a purpose, one that reuses an id, a product file."""
    write(root, "declarations/welink/camcard.yaml", declaration("camcard"))
    write(root, "declarations/welink/calendar.yaml", declaration("calendar"))
    write(root, "declarations/welink/no-purpose.yaml", declaration("no-purpose", purpose=None))
    write(root, "declarations/other/copy.yaml", declaration("camcard"))
    write(root, "declarations/welink/_product.yaml", "product: 1\nname: WeLink\n")


def copy_checkout(dest: Path, *names: str) -> Path:
    """What pip needs to install the package from ``dest``, plus ``names`` from the checkout."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in (*PACKAGE_FILES, *names):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, dest / name, ignore=_JUNK)
        elif source.exists():
            shutil.copy2(source, dest / name)
        elif name == "README.md":  # the package metadata reads it
            write(dest, name, "# disclosurelint\n")
    return dest


def check_jsonschema(schema: str, path: Path) -> None:
    """Validate ``path`` against one of the schemas check-jsonschema ships (no network)."""
    check = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr
