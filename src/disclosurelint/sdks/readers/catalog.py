"""Gradle version catalogs (``gradle/libs.versions.toml``), read with a TOML parser.

A library is reported where a build script uses it (``implementation(libs.umeng.common)``);
entries no scanned build script uses are reported at their own line in the catalog.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from disclosurelint.sdks.readers.base import Read
from disclosurelint.sdks.readers.gradle import Catalog
from disclosurelint.sdks.records import Dependency, ManifestError

_HEADER = re.compile(r"^\s*\[\s*([A-Za-z0-9_.-]+)\s*\]")
_KEY = re.compile(r"""^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_.-]+))\s*=""")


def _toml(text: str) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    return tomllib.loads(text)


def parse(
    text: str, shown: str
) -> tuple[dict[str, str], dict[str, list[str]], ManifestError | None]:
    """Library alias -> ``group:artifact[:version]``, and bundle -> aliases."""
    try:
        data = _toml(text)
    except ValueError as exc:  # tomllib.TOMLDecodeError is a ValueError
        where = re.search(r"line (\d+), column (\d+)", str(exc))
        line, column = (int(where.group(1)), int(where.group(2))) if where else (1, 1)
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        return {}, {}, ManifestError(shown, line, column, f"TOML syntax error: {reason}")
    found = data.get("versions")
    versions: dict[str, Any] = found if isinstance(found, dict) else {}
    libraries: dict[str, str] = {}
    for alias, spec in (data.get("libraries") or {}).items():
        coordinate = _coordinate(spec, versions)
        if coordinate:
            libraries[alias] = coordinate
    bundles = {
        k: [str(a) for a in v]
        for k, v in (data.get("bundles") or {}).items()
        if isinstance(v, list)
    }
    return libraries, bundles, None


def _coordinate(spec: Any, versions: dict[str, Any]) -> str | None:
    if isinstance(spec, str):
        return spec if spec.count(":") >= 1 else None
    if not isinstance(spec, dict):
        return None
    module = spec.get("module")
    if not isinstance(module, str):
        group, name = spec.get("group"), spec.get("name")
        if not (isinstance(group, str) and isinstance(name, str)):
            return None
        module = f"{group}:{name}"
    version = spec.get("version")
    if isinstance(version, dict):
        ref = version.get("ref")
        version = versions.get(ref) if isinstance(ref, str) else version.get("strictly")
    return f"{module}:{version}" if isinstance(version, str) else module


def load(path: Path, text: str, shown: str) -> Catalog:
    libraries, bundles, _ = parse(text, shown)
    return Catalog(shown, libraries, bundles)


def read(path: Path, text: str, shown: str) -> Read:
    libraries, _, error = parse(text, shown)
    result = Read()
    if error:
        result.errors.append(error)
        return result
    section = ""
    for number, line in enumerate(text.splitlines(), 1):
        header = _HEADER.match(line)
        if header:
            section = header.group(1)
            continue
        key = _KEY.match(line) if section == "libraries" else None
        if key is None:
            continue
        alias = key.group(1) or key.group(2) or key.group(3)
        coordinate = libraries.get(alias)
        if coordinate is None:
            continue
        group, _, rest = coordinate.partition(":")
        artifact, _, version = rest.partition(":")
        column = len(line) - len(line.lstrip()) + 1
        result.catalog_aliases[len(result.dependencies)] = alias
        result.dependencies.append(
            Dependency("maven", f"{group}:{artifact}", shown, number, column, version or None)
        )
    return result
