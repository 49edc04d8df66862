"""A loaded declaration: its text, its plain data, and a source map from JSON paths to positions."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from disclosurelint.model import JsonPath, Position, Span, Target


class SourceMap:
    """Answers "where in the file is this JSON path?" from the YAML node tree.

    Positions are computed on demand, so files without findings cost nothing. A path that does not
    exist falls back to the nearest ancestor that does (a missing key points at the mapping that
    should hold it), the way Spectral places such errors.
    """

    __slots__ = ("_root", "_split", "_text")

    def __init__(self, root: Any, text: str) -> None:
        self._root = root  # a yaml MappingNode (kept duck-typed: yaml is imported by load.py)
        self._text = text
        self._split: list[str] | None = None

    @property
    def _lines(self) -> list[str]:
        """The text's lines, split when a span first needs them (most files never do)."""
        if self._split is None:
            self._split = self._text.splitlines()
        return self._split

    def _walk(self, path: JsonPath) -> Iterator[tuple[Any, Any]]:
        """Yield (key node or None, value node) for each step of ``path`` that exists."""
        node = self._root
        yield None, node
        for part in path:
            found = None
            if node.id == "mapping" and isinstance(part, str):
                for key_node, value_node in node.value:
                    if key_node.id == "scalar" and key_node.value == part:
                        found = (key_node, value_node)
                        break
            elif node.id == "sequence" and isinstance(part, int) and 0 <= part < len(node.value):
                found = (None, node.value[part])
            if found is None:
                return
            yield found
            node = found[1]

    def span(self, path: JsonPath, target: Target = Target.VALUE) -> tuple[Span, bool]:
        """The span of ``path`` (its key or value) and whether the path exists exactly."""
        steps = list(self._walk(path))
        exact = len(steps) == len(path) + 1
        key, value = steps[-1]
        if key is not None and (
            target is Target.KEY or not exact or self._points_at_key(key, value)
        ):
            return self._node_span(key), exact
        return self._node_span(value), exact

    @staticmethod
    def _points_at_key(key: Any, value: Any) -> bool:
        """A block collection or an empty value is best shown by the key that names it."""
        if value.id == "scalar":
            return bool(value.value == "" and not value.style)
        return bool(value.start_mark.line != key.start_mark.line)

    def position(self, path: JsonPath, target: Target = Target.VALUE) -> Position:
        return self.span(path, target)[0].start

    def in_scalar(self, line: int, column: int) -> bool:
        """Whether 1-based ``line``:``column`` lies inside a text value (quoted, plain or block).

        A ``#`` there is part of the text, not a comment. A block scalar's header line
        (``key: |  # comment``) is not inside it: its text starts on the next line.
        """
        where = (line - 1, column - 1)
        stack, seen = [self._root], set()
        while stack:
            node = stack.pop()
            start = (node.start_mark.line, node.start_mark.column)
            if id(node) in seen or node.end_mark.line < where[0] or start > where:
                continue  # seen already (an alias), or ends before / starts after the position
            seen.add(id(node))
            end = (node.end_mark.line, node.end_mark.column)
            if node.id == "scalar":
                if node.style in ("|", ">"):
                    start = (start[0] + 1, 0)
                if start <= where < end:
                    return True
            elif node.id == "sequence":
                stack.extend(node.value)
            else:
                stack.extend(part for pair in node.value for part in pair)
        return False

    def has(self, path: JsonPath) -> bool:
        return len(list(self._walk(path))) == len(path) + 1

    def _node_span(self, node: Any) -> Span:
        start = Position(node.start_mark.line + 1, node.start_mark.column + 1)
        if node.id == "scalar":
            end_line, end_col = node.end_mark.line + 1, node.end_mark.column + 1
            # A block scalar ends at the start of the next line: end it on its last character.
            if end_col == 1 and end_line > start.line:
                end_line -= 1
                end_col = len(self._lines[end_line - 1]) + 1 if end_line <= len(self._lines) else 1
            return Span(start, Position(end_line, end_col))
        # A mapping or sequence: mark its first line only, from its start to that line's end.
        line_text = self._lines[start.line - 1] if start.line <= len(self._lines) else ""
        return Span(start, Position(start.line, max(len(line_text) + 1, start.column + 1)))


@dataclass(frozen=True)
class Document:
    """One declaration file, loaded.

    ``data`` is the plain JSON-compatible value (a mapping when the file is a declaration at all);
    ``source`` maps JSON paths back to positions; ``None`` when the file could not be parsed.
    """

    path: str
    text: str
    data: Any
    source: SourceMap | None

    @property
    def mapping(self) -> Mapping[str, Any]:
        """The top-level mapping, or an empty one when the file's top level is something else."""
        data = self.data
        return data if type(data) is dict or isinstance(data, Mapping) else {}
