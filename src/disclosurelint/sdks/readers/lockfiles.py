"""Line-oriented lock files: ``gradle.lockfile`` and ``yarn.lock`` (classic and Berry).

``gradle.lockfile`` lines are ``group:artifact:version=configuration,...``; a dependency locked
only for test configurations (or ``empty=``) is not one the app ships. ``yarn.lock`` says nothing
about development dependencies: every entry counts (a documented limit).
"""

from __future__ import annotations

import re
from pathlib import Path

from disclosurelint.sdks.readers.base import Lines, Read
from disclosurelint.sdks.records import Dependency

_TEST = re.compile(r"^test|Test")
_NOT_SHIPPED = ("classpath", "lintChecks", "detektPlugins", "kotlinCompilerClasspath")


def read_gradle_lockfile(path: Path, text: str, shown: str) -> Read:
    result = Read()
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#") or stripped.startswith("empty="):
            continue
        notation, _, configurations = stripped.partition("=")
        parts = notation.split(":")
        if len(parts) < 2:
            continue
        names = [c.strip() for c in configurations.split(",") if c.strip()]
        if names and all(_TEST.search(c) or c.startswith(_NOT_SHIPPED) for c in names):
            continue
        column = len(line) - len(line.lstrip()) + 1
        version = parts[2] if len(parts) > 2 else None
        result.dependencies.append(
            Dependency("maven", f"{parts[0]}:{parts[1]}", shown, number, column, version)
        )
    return result


def package_name(spec: str) -> str:
    """``@scope/name@^1.0`` -> ``@scope/name``; ``name@npm:1.0`` -> ``name``."""
    spec = spec.strip().strip("\"'")
    at = spec.find("@", 1)
    return spec if at == -1 else spec[:at]


_YARN_ENTRY = re.compile(r"^([^\s#][^\n]*):[ \t]*\r?$", re.MULTILINE)
_YARN_VERSION = re.compile(r"""[ \t]+version:?[ \t]+"?([^"\s]+)""")


def read_yarn_lock(path: Path, text: str, shown: str) -> Read:
    result = Read()
    lines = Lines(text)
    for match in _YARN_ENTRY.finditer(text):
        header = match.group(1).rstrip()
        if header.strip("\"'") == "__metadata":
            continue
        first = header.split(",")[0]
        if "@workspace:" in first or "@link:" in first or "@portal:" in first:
            continue
        following = _YARN_VERSION.search(text, match.end(), match.end() + 400)
        version = following.group(1) if following else None
        line, _ = lines.position(match.start())
        column = 2 if header.startswith('"') else 1
        result.dependencies.append(
            Dependency("npm", package_name(first), shown, line, column, version)
        )
    return result
