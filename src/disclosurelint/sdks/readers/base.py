"""What every manifest reader returns, and the helpers they share (positions, text)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from disclosurelint.sdks.records import Dependency, ManifestError


@dataclass
class Read:
    """A manifest's dependencies and the problems met while reading it.

    ``catalog_uses`` are the version-catalog aliases a build file refers to, keyed by the
    catalog file they resolve against: those entries are reported where they are used.
    """

    dependencies: list[Dependency] = field(default_factory=list)
    errors: list[ManifestError] = field(default_factory=list)
    catalog_uses: dict[str, set[str]] = field(default_factory=dict)
    catalog_aliases: dict[int, str] = field(default_factory=dict)  # index in dependencies -> alias


class Lines:
    """Offsets to 1-based line and column.

    Readers ask in increasing order, so the line is counted forward from the last answer
    (``str.count`` at C speed); an earlier offset is counted from the start.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._offset = 0
        self._line = 1

    def position(self, offset: int) -> tuple[int, int]:
        text = self.text
        if offset < self._offset:
            self._offset, self._line = 0, 1
        self._line += text.count("\n", self._offset, offset)
        self._offset = offset
        return self._line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def find_key(text: str, key: str, start: int = 0, end: int | None = None) -> int:
    """The offset of the quoted key ``"key"`` followed by ``:`` in ``text[start:end]``, or -1."""
    quoted = '"' + key.replace("\\", "\\\\").replace('"', '\\"') + '"'
    stop = len(text) if end is None else end
    at = text.find(quoted, start, stop)
    while at != -1:
        rest = at + len(quoted)
        while rest < stop and text[rest] in " \t\r\n":
            rest += 1
        if rest < stop and text[rest] == ":":
            return at
        at = text.find(quoted, at + 1, stop)
    return -1


_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]')


def json_positions(text: str, depth: int) -> dict[tuple[str | int, ...], int]:
    """Offsets of the object keys (and array items) of a JSON text, down to ``depth`` levels.

    The data itself comes from :mod:`json`; this only says where each key is written, so a
    dependency keeps its line and column. Items of arrays are keyed by their index.
    """
    out: dict[tuple[str | int, ...], int] = {}
    path: list[str | int] = []
    kinds: list[str] = []  # "{" or "["
    pending: str | None = None  # a string that may be a key
    pending_at = 0
    expect_item = False
    for match in _JSON_TOKEN.finditer(text):
        token = match.group()
        if token[0] == '"':
            pending, pending_at = token, match.start()
            if expect_item and kinds and kinds[-1] == "[" and len(path) <= depth:
                out[tuple(path)] = match.start()
            expect_item = False
            continue
        if token == ":" and pending is not None and kinds and kinds[-1] == "{":
            key = json.loads(pending) if "\\" in pending else pending[1:-1]
            path[-1] = key
            if len(path) <= depth:
                out[tuple(path)] = pending_at
        elif token in "{[":
            if expect_item and kinds and kinds[-1] == "[" and len(path) <= depth:
                out[tuple(path)] = match.start()
            kinds.append(token)
            path.append(0 if token == "[" else "")
            expect_item = token == "["
        elif token in "}]":
            if kinds:
                kinds.pop()
                path.pop()
        elif token == "," and kinds and kinds[-1] == "[":
            index = path[-1]
            path[-1] = index + 1 if isinstance(index, int) else 0
            expect_item = True
        pending = None if token != ":" else pending
    return out


def find_key5(text: str, key: str, start: int = 0) -> int:
    """Like :func:`find_key` for JSON5: the key may be in single or double quotes, or bare."""
    pattern = re.compile(r"""(?:"%s"|'%s'|(?<![\w$])%s(?![\w$]))\s*:""" % ((re.escape(key),) * 3))
    match = pattern.search(text, start)
    return match.start() if match else -1


def yaml_compose(text: str) -> Any:
    """The YAML node tree of ``text`` (marks give positions), with libyaml when present."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.compose(text, Loader=loader)


def mapping_items(node: Any) -> list[tuple[Any, Any]]:
    """The (key node, value node) pairs of a mapping node; nothing for another node."""
    import yaml

    return list(node.value) if isinstance(node, yaml.MappingNode) else []


def scalar(node: Any) -> str | None:
    import yaml

    return str(node.value) if isinstance(node, yaml.ScalarNode) else None


def mark(node: Any) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def yaml_error(exc: Exception, shown: str) -> ManifestError:
    """A PyYAML (or libyaml) error as a manifest error at its position."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    reason = str(getattr(exc, "problem", None) or exc).splitlines()[0]
    return ManifestError(shown, line, column, f"YAML error: {reason}")
