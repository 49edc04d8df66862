"""Swift Package Manager ``Package.resolved``, versions 1, 2 and 3 (JSON).

Each pin is named by its repository (``github.com/firebase/firebase-ios-sdk`` gives
``firebase-ios-sdk``), which is the ``identity`` of versions 2 and 3; version 1's ``package``
name is used only when it has no repository URL.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from disclosurelint.sdks.readers.base import Lines, Read, json_positions
from disclosurelint.sdks.records import Dependency, ManifestError


def identity(location: str) -> str:
    tail = location.rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1]
    return tail.removesuffix(".git").lower()


def read(path: Path, text: str, shown: str) -> Read:
    result = Read()
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        result.errors.append(ManifestError(shown, exc.lineno, exc.colno, f"JSON error: {exc.msg}"))
        return result
    if not isinstance(data, dict):
        return result
    version = data.get("version")
    pins: Any = data.get("pins")
    prefix: tuple[str, ...] = ("pins",)
    if version == 1 or (pins is None and isinstance(data.get("object"), dict)):
        holder = data.get("object")
        pins = holder.get("pins") if isinstance(holder, dict) else None
        prefix = ("object", "pins")
    if not isinstance(pins, list):
        result.errors.append(ManifestError(shown, 1, 1, "no `pins` list in Package.resolved"))
        return result
    positions = json_positions(text, len(prefix) + 2)
    lines = Lines(text)
    for index, pin in enumerate(pins):
        if not isinstance(pin, dict):
            continue
        location = pin.get("location") or pin.get("repositoryURL")
        name = identity(location) if isinstance(location, str) else pin.get("package")
        name = pin.get("identity") or name
        if not isinstance(name, str) or not name:
            continue
        key = next(
            (k for k in ("identity", "location", "package", "repositoryURL") if k in pin), None
        )
        offset = positions.get((*prefix, index, key) if key else (*prefix, index), 0)
        line, column = lines.position(offset)
        state = pin.get("state")
        pinned = (
            (state.get("version") or state.get("revision")) if isinstance(state, dict) else None
        )
        result.dependencies.append(
            Dependency("swiftpm", name.lower(), shown, line, column, pinned or None)
        )
    return result
