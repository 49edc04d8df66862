"""Flutter and Dart: ``pubspec.yaml`` and ``pubspec.lock``.

In ``pubspec.yaml`` the ``dependencies`` count, except the Flutter SDK itself (``sdk:``);
``dev_dependencies`` and ``dependency_overrides`` do not. In ``pubspec.lock`` every package
counts except ``dependency: "direct dev"`` and SDK packages.
"""

from __future__ import annotations

from pathlib import Path

from disclosurelint.sdks.readers.base import (
    Read,
    mapping_items,
    mark,
    scalar,
    yaml_compose,
    yaml_error,
)
from disclosurelint.sdks.records import Dependency


def _root(text: str, shown: str, result: Read) -> object | None:
    try:
        root: object | None = yaml_compose(text)
        return root
    except Exception as exc:  # yaml.YAMLError
        result.errors.append(yaml_error(exc, shown))
        return None


def read_pubspec(path: Path, text: str, shown: str) -> Read:
    result = Read()
    root = _root(text, shown, result)
    for key, value in mapping_items(root):
        if scalar(key) != "dependencies":
            continue
        for name, spec in mapping_items(value):
            package = scalar(name)
            fields = {scalar(k) for k, _ in mapping_items(spec)}
            if not package or "sdk" in fields:
                continue
            line, column = mark(name)
            result.dependencies.append(
                Dependency("pub", package, shown, line, column, scalar(spec) or None)
            )
    return result


def read_pubspec_lock(path: Path, text: str, shown: str) -> Read:
    result = Read()
    root = _root(text, shown, result)
    for key, value in mapping_items(root):
        if scalar(key) != "packages":
            continue
        for name, entry in mapping_items(value):
            package = scalar(name)
            fields = {scalar(k): scalar(v) for k, v in mapping_items(entry)}
            if not package or fields.get("source") == "sdk":
                continue
            if fields.get("dependency") == "direct dev":
                continue
            line, column = mark(name)
            result.dependencies.append(
                Dependency("pub", package, shown, line, column, fields.get("version"))
            )
    return result
