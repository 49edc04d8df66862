"""HarmonyOS ``oh-package.json5`` (JSON5, read with the json5 library).

``dependencies`` and ``dynamicDependencies`` count; ``devDependencies`` do not; local modules
(``file:../lib``) are the app's own code and are not reported.
"""

from __future__ import annotations

from pathlib import Path

from disclosurelint.sdks.readers.base import Lines, Read, find_key5
from disclosurelint.sdks.records import Dependency, ManifestError

SHIPPED = ("dependencies", "dynamicDependencies")


def read(path: Path, text: str, shown: str) -> Read:
    import json5

    result = Read()
    try:
        data = json5.loads(text)
    except ValueError as exc:
        line, column = _where(str(exc))
        message = str(exc).split(":", 1)[-1].strip() if "<string>" in str(exc) else str(exc)
        result.errors.append(ManifestError(shown, line, column, f"JSON5 error: {message}"))
        return result
    if not isinstance(data, dict):
        return result
    lines = Lines(text)
    for section in SHIPPED:
        block = data.get(section)
        if not isinstance(block, dict):
            continue
        start = find_key5(text, section)
        for name, spec in block.items():
            if isinstance(spec, str) and spec.startswith("file:"):
                continue
            offset = find_key5(text, name, max(start, 0))
            line, column = lines.position(offset if offset >= 0 else max(start, 0))
            if offset >= 0 and text[offset] in "\"'":
                column += 1
            version = spec if isinstance(spec, str) else None
            result.dependencies.append(Dependency("ohpm", name, shown, line, column, version))
    return result


def _where(message: str) -> tuple[int, int]:
    import re

    match = re.search(r"<string>:(\d+)(?::(\d+))?", message)
    if match:
        return int(match.group(1)), int(match.group(2) or 1)
    return 1, 1
