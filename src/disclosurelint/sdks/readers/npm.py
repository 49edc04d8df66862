"""JavaScript: ``package.json``, ``package-lock.json`` (v1-v3) and ``pnpm-lock.yaml`` (v5-v9).

``dependencies`` and ``optionalDependencies`` count; ``devDependencies`` and lock entries marked
``dev: true`` do not (a lock file's test-only packages are known only where it marks them:
``pnpm-lock.yaml`` v9 does not, so its every package counts). Each package is reported where
its name is written. ``peerDependencies`` are the host's to install and are not reported.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from disclosurelint.sdks.readers.base import (
    Lines,
    Read,
    find_key,
    json_positions,
    mapping_items,
    mark,
    scalar,
    yaml_compose,
    yaml_error,
)
from disclosurelint.sdks.records import Dependency, ManifestError

SHIPPED = ("dependencies", "optionalDependencies")


def _json(text: str, shown: str, result: Read) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        result.errors.append(ManifestError(shown, exc.lineno, exc.colno, f"JSON error: {exc.msg}"))
        return None


def read_package_json(path: Path, text: str, shown: str) -> Read:
    result = Read()
    data = _json(text, shown, result)
    if not isinstance(data, dict):
        return result
    positions = json_positions(text, 2)
    lines = Lines(text)
    for section in SHIPPED:
        block = data.get(section)
        if not isinstance(block, dict):
            continue
        for name, spec in block.items():
            line, column = lines.position(positions.get((section, name), 0) + 1)
            version = spec if isinstance(spec, str) else None
            result.dependencies.append(Dependency("npm", name, shown, line, column, version))
    return result


def read_package_lock(path: Path, text: str, shown: str) -> Read:
    result = Read()
    data = _json(text, shown, result)
    if not isinstance(data, dict):
        return result
    lines = Lines(text)
    packages = data.get("packages")
    if isinstance(packages, dict):  # lockfileVersion 2 and 3
        # keys are unique and in the text's order: one forward search each, at C speed
        cursor = max(find_key(text, "packages"), 0)
        for key, entry in packages.items():
            at = find_key(text, key, cursor)
            if at >= 0:
                cursor = at + 1
            if not key or not isinstance(entry, dict) or entry.get("dev") or entry.get("link"):
                continue
            name = entry.get("name") or key.rsplit("node_modules/", 1)[-1]
            if "node_modules/" not in key and "name" not in entry:
                continue  # a workspace folder, not a package
            line, column = lines.position(max(at, 0) + 1)
            version = entry.get("version")
            result.dependencies.append(
                Dependency("npm", str(name), shown, line, column, str(version) if version else None)
            )
        return result
    # lockfileVersion 1: nested "dependencies"
    positions = json_positions(text, 64)
    _v1(data.get("dependencies"), ("dependencies",), positions, lines, shown, result)
    return result


def _v1(  # noqa: PLR0917 - a recursive walk that carries its context
    block: Any,
    at: tuple[str | int, ...],
    positions: dict[tuple[str | int, ...], int],
    lines: Lines,
    shown: str,
    result: Read,
) -> None:
    if not isinstance(block, dict):
        return
    for name, entry in block.items():
        if not isinstance(entry, dict) or entry.get("dev"):
            continue
        line, column = lines.position(positions.get((*at, name), 0) + 1)
        version = entry.get("version")
        result.dependencies.append(
            Dependency("npm", name, shown, line, column, str(version) if version else None)
        )
        _v1(entry.get("dependencies"), (*at, name, "dependencies"), positions, lines, shown, result)


def pnpm_name(key: str) -> tuple[str, str | None]:
    """``/@scope/a@1.0.0(peer@2)`` (v6, v9) or ``/@scope/a/1.0.0`` (v5) -> name, version."""
    key = key.strip().lstrip("/").split("(", 1)[0]
    at = key.find("@", 1)
    if at != -1:
        return key[:at], key[at + 1 :] or None
    head, _, tail = key.rpartition("/")
    if head and tail[:1].isdigit():
        return head, tail
    return key, None


def read_pnpm_lock(path: Path, text: str, shown: str) -> Read:
    result = Read()
    try:
        root = yaml_compose(text)
    except Exception as exc:  # yaml.YAMLError
        result.errors.append(yaml_error(exc, shown))
        return result
    for key, value in mapping_items(root):
        if scalar(key) != "packages":
            continue
        for package, entry in mapping_items(value):
            name_key = scalar(package)
            if not name_key:
                continue
            fields = {scalar(k): scalar(v) for k, v in mapping_items(entry)}
            if fields.get("dev") == "true":
                continue
            name, version = pnpm_name(name_key)
            line, column = mark(package)
            if package.style in ('"', "'"):
                column += 1
            if name_key.startswith("/"):
                column += 1
            result.dependencies.append(Dependency("npm", name, shown, line, column, version))
    return result
