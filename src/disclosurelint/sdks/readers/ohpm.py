"""HarmonyOS ``oh-package.json5`` (JSON5, read with the json5 library).

``dependencies`` and ``dynamicDependencies`` count; ``devDependencies`` do not; local modules
(``file:../lib``) are the app's own code and are not reported.
"""

from __future__ import annotations

import re
from pathlib import Path

from disclosurelint.sdks.readers.base import Lines, Read, find_key5
from disclosurelint.sdks.records import Dependency, ManifestError

SHIPPED = ("dependencies", "dynamicDependencies")


_TOKEN = re.compile(
    r"""(?P<comment>//[^\n]*|/\*.*?\*/)"""
    r"""|(?P<dq>"(?:[^"\\\n]|\\.)*")"""
    r"""|(?P<sq>'(?:[^'\\\n]|\\.)*')"""
    r"""|(?P<word>[A-Za-z_$][\w$]*)(?=\s*:)"""
    r"""|(?P<comma>,)(?=\s*(?://[^\n]*\s*|/\*.*?\*/\s*)*[}\]])""",
    re.DOTALL,
)


def as_json(text: str) -> str:
    """The common subset of JSON5 rewritten as JSON: comments dropped, bare keys and single
    quotes turned into double quotes, trailing commas removed. Anything else stays as it is
    (and, if it is not JSON, the json5 library reads the original)."""

    def replace(match: re.Match[str]) -> str:
        kind = match.lastgroup
        value = match.group()
        if kind == "comment":
            return " " * len(value) if "\n" not in value else "\n" * value.count("\n")
        if kind == "sq":
            inner = value[1:-1].replace("\\'", "'").replace('"', '\\"')
            return f'"{inner}"'
        if kind == "word":
            return f'"{value}"'
        if kind == "comma":
            return " "
        return value

    return _TOKEN.sub(replace, text)


def _load(text: str) -> object:
    """JSON5 data: through :mod:`json` when the text is plain JSON after :func:`as_json`
    (fast), else through the json5 library (slow, complete)."""
    import json

    try:
        return json.loads(as_json(text))
    except ValueError:
        import json5

        return json5.loads(text)


def read(path: Path, text: str, shown: str) -> Read:
    result = Read()
    try:
        data = _load(text)
    except ValueError as exc:
        line, column, message = _where(str(exc))
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


def _where(message: str) -> tuple[int, int, str]:
    """Line, column and reason from the json5 library's ``<string>:L Reason at column C``."""
    match = re.match(r"<string>:(\d+)\s+(.*?)(?:\s+at column (\d+))?$", message.strip())
    if match:
        return int(match.group(1)), int(match.group(3) or 1), match.group(2)
    return 1, 1, message
