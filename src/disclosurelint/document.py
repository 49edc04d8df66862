"""A loaded declaration: its text, its plain data, and a source map from JSON paths to positions."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from disclosurelint.model import JsonPath, Position, Span, Target

# The parsed-node layout: one tuple per node, built once by the reader and read by the source
# map. ``(kind, value, style, start line, start column, end line, end column)``, lines and
# columns 0-based as libyaml's marks are; ``kind`` is SCALAR, SEQUENCE or MAPPING; ``value`` is
# the scalar's text, the sequence's list of nodes, or the mapping's list of (key, value) node
# pairs; ``style`` is a scalar's style (``""`` plain, ``'``, ``"``, ``|``, ``>``), None for a
# collection. Tuples cost a fraction of libyaml's node objects and their marks.
Node = tuple[Any, ...]
SCALAR = "scalar"
SEQUENCE = "sequence"
MAPPING = "mapping"
_KIND, _VALUE, _STYLE, _LINE, _COLUMN, _END_LINE, _END_COLUMN = range(7)


def from_yaml(root: Any) -> Node:
    """A libyaml (PyYAML) node tree in the tuple layout; an aliased node stays shared."""
    made: dict[int, Node] = {}

    def convert(node: Any) -> Node:
        known = made.get(id(node))
        if known is not None:
            return known
        kind = node.id
        if kind == SCALAR:
            value: Any = node.value
            style = node.style if node.style is not None else ""
        else:
            value = []
            style = None
        start, end = node.start_mark, node.end_mark
        made[id(node)] = result = (
            kind,
            value,
            style,
            start.line,
            start.column,
            end.line,
            end.column,
        )
        if kind == SEQUENCE:
            value.extend(convert(child) for child in node.value)
        elif kind == MAPPING:
            value.extend((convert(k), convert(v)) for k, v in node.value)
        return result

    return convert(root)


class SourceMap:
    """Answers "where in the file is this JSON path?" from the YAML node tree.

    Positions are computed on demand, so files without findings cost nothing. A path that does not
    exist falls back to the nearest ancestor that does (a missing key points at the mapping that
    should hold it), the way Spectral places such errors.
    """

    __slots__ = ("_given", "_split", "_text", "_tree")

    def __init__(self, root: Any, text: str) -> None:
        # a tuple-layout node, or a libyaml node tree converted when first asked
        self._given = root
        self._tree: Node | None = root if type(root) is tuple else None
        self._text = text
        self._split: list[str] | None = None

    @property
    def _root(self) -> Node:
        tree = self._tree
        if tree is None:
            tree = self._tree = from_yaml(self._given)
        return tree

    @property
    def _lines(self) -> list[str]:
        """The text's lines, split when a span first needs them (most files never do)."""
        if self._split is None:
            self._split = self._text.splitlines()
        return self._split

    def _walk(self, path: JsonPath) -> Iterator[tuple[Node | None, Node]]:
        """Yield (key node or None, value node) for each step of ``path`` that exists."""
        node = self._root
        yield None, node
        for part in path:
            found = None
            kind = node[_KIND]
            if kind == MAPPING and isinstance(part, str):
                for key_node, value_node in node[_VALUE]:
                    if key_node[_KIND] == SCALAR and key_node[_VALUE] == part:
                        found = (key_node, value_node)
                        break
            elif kind == SEQUENCE and isinstance(part, int) and 0 <= part < len(node[_VALUE]):
                found = (None, node[_VALUE][part])
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
    def _points_at_key(key: Node, value: Node) -> bool:
        """A block collection or an empty value is best shown by the key that names it."""
        if value[_KIND] == SCALAR:
            return bool(value[_VALUE] == "" and not value[_STYLE])
        return bool(value[_LINE] != key[_LINE])

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
            start = (node[_LINE], node[_COLUMN])
            if id(node) in seen or node[_END_LINE] < where[0] or start > where:
                continue  # seen already (an alias), or ends before / starts after the position
            seen.add(id(node))
            end = (node[_END_LINE], node[_END_COLUMN])
            kind = node[_KIND]
            if kind == SCALAR:
                if node[_STYLE] in ("|", ">"):
                    start = (start[0] + 1, 0)
                if start <= where < end:
                    return True
            elif kind == SEQUENCE:
                stack.extend(node[_VALUE])
            else:
                stack.extend(part for pair in node[_VALUE] for part in pair)
        return False

    def has(self, path: JsonPath) -> bool:
        return len(list(self._walk(path))) == len(path) + 1

    def _node_span(self, node: Node) -> Span:
        line, column, end_line, end_column = self._bounds(node)
        return Span(Position(line, column), Position(end_line, end_column))

    def _bounds(self, node: Node) -> tuple[int, int, int, int]:
        """A node's span as plain numbers: line, column, end line, end column (1-based)."""
        line, column = node[_LINE] + 1, node[_COLUMN] + 1
        if node[_KIND] == SCALAR:
            end_line, end_col = node[_END_LINE] + 1, node[_END_COLUMN] + 1
            # A block scalar ends at the start of the next line: end it on its last character.
            if end_col == 1 and end_line > line:
                end_line -= 1
                end_col = len(self._lines[end_line - 1]) + 1 if end_line <= len(self._lines) else 1
            return line, column, end_line, end_col
        # A mapping or sequence: mark its first line only, from its start to that line's end.
        line_text = self._lines[line - 1] if line <= len(self._lines) else ""
        return line, column, line, max(len(line_text) + 1, column + 1)

    def top_bounds(self, key: str) -> tuple[int, int, int, int] | None:
        """:meth:`span` of the top-level ``key``'s value as plain numbers (line, column, end
        line, end column), without making a span; None when there is no such key. What a
        repository rule keeps of every file."""
        root = self._root
        if root[_KIND] != MAPPING:
            return None
        for key_node, value_node in root[_VALUE]:
            if key_node[_KIND] == SCALAR and key_node[_VALUE] == key:
                shown = key_node if self._points_at_key(key_node, value_node) else value_node
                return self._bounds(shown)
        return None


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

    @cached_property  # read by most rules: worked out once per document
    def mapping(self) -> Mapping[str, Any]:
        """The top-level mapping, or an empty one when the file's top level is something else."""
        data = self.data
        return data if type(data) is dict or isinstance(data, Mapping) else {}
