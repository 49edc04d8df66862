"""A fast reader for the YAML shapes declarations are written in, exact or not at all.

Most declarations are block mappings and sequences of one-line scalars (plain, single- or
double-quoted without escapes), one-line flow sequences of plain words (``[form, backend_api]``)
and flow mappings of such values (``{kind: separate, how: A dialog of its own.}``), folded or
literal block scalars of evenly indented lines (``>-``, ``|``), and comments. For such
a text :func:`read` returns what libyaml's parser and :class:`disclosurelint.load._Builder` would
give -- the same data, scalars resolved by the same YAML 1.2 core schema, and the same node tree
(:mod:`disclosurelint.document`'s tuple layout) with the same start and end marks -- in about a
third of the time, because it reads whole lines instead of characters and builds each node once.

It returns ``None`` the moment a text holds anything else: anchors, aliases, tags, nested
flow mappings, multi-line plain or quoted scalars, escapes, tabs, carriage returns, a byte-order
mark, directives, document markers, complex or quoted keys, a duplicate key, an empty list
entry, a sequence at its key's own indentation, deep nesting, odd indentation, or any syntax
error. The caller then reads the text with libyaml, which words every finding (duplicate keys,
syntax errors and their positions) exactly as before. A differential test holds both readers to
the same output.

This module is the source of truth, and also what runs where it was not compiled: with a C
compiler, installing the package compiles a copy of it with mypyc (``setup.py``) as
``_simple_yaml_compiled``, which carries the hash of this file as it was then;
:mod:`disclosurelint.load` uses the copy only while that hash matches this file, so an edit is
never shadowed by an old build. mypyc checks types at run time: a variable that takes nodes of
several shapes is declared ``Node``.
"""

from __future__ import annotations

import re
from typing import Any, Final

from disclosurelint.document import MAPPING, SCALAR, SEQUENCE, Node

# Final: the compiled copy keeps these in C variables (a plain module name is looked up in the
# module's dict at every use)
_SCALAR: Final[str] = SCALAR
_SEQUENCE: Final[str] = SEQUENCE
_MAPPING: Final[str] = MAPPING

__all__ = ["lines", "read"]

_AFTER: Final = re.compile(r"(?: +#.*| *)\Z")  # what may follow a value on its line
_SINGLE: Final = re.compile(r"'((?:[^']|'')*)'")
_DOUBLE: Final = re.compile(r'"([^"\\]*)"')
_WORD: Final = re.compile(r"\w[\w.\-/]*")
_FLOW: Final = re.compile(r"\[ *(?:\w[\w.\-/]*(?: *, *\w[\w.\-/]*)*)? *\]")
_EMPTY_MAPPING: Final = re.compile(r"\{ *\}")
_FLOW_KEY: Final = re.compile(r" *(\w[\w.\-/]*): +")
# a plain value inside a flow mapping: no quote, colon, comment or flow indicator anywhere
_FLOW_PLAIN: Final = re.compile(r"[^\s,\[\]{}#:'\"!&*%@`|>?\-][^,\[\]{}#:'\"]*")
_FLOW_NEXT: Final = re.compile(r" *([,}])")
_HEADER: Final = re.compile(r"([>|])(-?)(?: +#.*| *)\Z")
_MAX_DEPTH: Final = 48  # well under the loader's limit, whose finding libyaml's path then gives
_MAX_KEY: Final = 1000  # libyaml refuses a simple key longer than 1024 characters
# The first characters of a plain scalar that always stays text (no null, boolean or number
# starts so): such a scalar is not handed to the resolver.
_TEXT_FIRST: Final = frozenset("abcdeghijklmopqrsuvwxyzABCDEGHIJKLMOPQRSUVWXYZ")
# What a plain scalar may not start with (or libyaml reads it otherwise)
_INDICATORS: Final = frozenset("?:,]}#&*!%@`")
# The ASCII characters Python's str.isprintable refuses, the line break aside
_CONTROL: Final = bytes([*range(10), *range(11, 32), 127])
# Indentations as strings, shared by the lines that have them
_SPACES: Final = tuple(" " * n for n in range(33))
# Whether a text before a colon is a key, by text: a declaration's keys are a few dozen words
_KEYS: Final[dict[str, bool]] = {}
_MAX_KEYS_KNOWN: Final = 10_000

_Parts = tuple[str, str, str, str, str]


class _Refused(Exception):
    """The text holds a shape this reader leaves to libyaml."""


def read(text: str, resolve: Any) -> tuple[dict[str, Any], Node] | None:
    """The data and the root node of ``text``, or None when libyaml must read it.

    ``resolve`` turns a plain scalar's text into its value (the loader's YAML 1.2 core schema).
    """
    # Tabs, carriage returns, other line breaks, a byte-order mark and every character libyaml
    # refuses as non-printable are not printable to Python either. An ASCII text (the usual
    # one) is printable when deleting its control characters leaves its length unchanged.
    if (
        not (text.isascii() and len(text.encode("ascii").translate(None, _CONTROL)) == len(text))
        and not text.replace("\n", "").isprintable()
    ):
        return None
    parts = lines(text)
    last = len(parts) - 1
    # (line, indentation) of each line with content
    marks = [(n, len(p[0])) for n, p in enumerate(parts) if p[1] or p[2] or p[4][:1] not in "#"]
    if not marks or marks[0][1] != 0 or parts[marks[0][0]][1]:
        return None  # no mapping at the top (nothing, or a list)
    if not text.endswith("\n"):
        if marks[-1][0] != last:
            return None  # a last line of spaces or a comment, unended: libyaml closes blocks there
        last += 1
    marks.append((len(parts), -1))  # after the last line: ends every block
    reader = _Reader(parts, marks, (last, 0), resolve)
    try:
        data, root = reader.mapping(0, 0)
    except _Refused:
        return None
    return data, root


def lines(text: str) -> list[_Parts]:
    """Each line of ``text`` (split at ``\\n`` only) in five parts that joined are the line: its
    indentation (spaces), a list entry's dash and the spaces after it, a key and its colon with
    the spaces after it, and the rest. A key is a word character followed by word characters,
    dots, dashes and slashes, then a colon at the end of the line or before a space; a line
    without one has an empty key and colon. This is what
    ``re.findall(r"^( *)(- +)?(?:(\\w[\\w.\\-/]*)(:(?: +|$)))?(.*)$", text, re.MULTILINE)``
    gives (a test holds the two equal), by string methods: in the compiled reader about 60% of
    the pattern's instructions."""
    parts: list[_Parts] = []
    for line in text.split("\n"):
        content = line.lstrip(" ")
        indent = len(line) - len(content)
        spaces = _SPACES[indent] if indent < len(_SPACES) else line[:indent]
        dash = ""
        if content.startswith("- "):
            after = content[2:].lstrip(" ")
            dash = "- " if len(content) - len(after) == 2 else content[: len(content) - len(after)]
            content = after
        colon = content.find(":")
        if colon > 0:
            size = len(content)
            start = colon + 1  # of the value: past the colon and the spaces after it
            while start < size and content[start] == " ":
                start += 1
            if start > colon + 1 or start == size:
                name = content[:colon]
                if _is_key(name):
                    mark = ": " if start == colon + 2 else content[colon:start]
                    parts.append((spaces, dash, name, mark, content[start:]))
                    continue
        parts.append((spaces, dash, "", "", content))
    return parts


def _is_key(name: str) -> bool:
    """Whether ``name`` (not empty) is a word character followed by word characters (letters,
    digits and underscores, by the definition of Python's ``\\w``), dots, dashes and slashes."""
    known = _KEYS.get(name)
    if known is not None:
        return known
    first = name[0]
    key = (first.isalnum() or first == "_") and all(c.isalnum() or c in "_.-/" for c in name)
    if len(_KEYS) < _MAX_KEYS_KNOWN:
        _KEYS[name] = key
    return key


def _plain(rest: str, number: int, at: int) -> tuple[str, Node]:
    """A plain scalar's text and node: ``rest`` up to a comment, without trailing spaces."""
    cut = rest.find(" #")
    text = rest if cut < 0 else rest[:cut]
    if text[-1] == " ":
        text = text.rstrip(" ")
    if ": " in text or text[-1] == ":":
        raise _Refused  # a key inside the value (a syntax error), or a key with no value
    return text, (_SCALAR, text, "", number, at, number, at + len(text))


class _Reader:
    __slots__ = ("at", "end", "marks", "parts", "resolve")

    def __init__(
        self, parts: list[_Parts], marks: list[tuple[int, int]], end: tuple[int, int], resolve: Any
    ) -> None:
        self.parts = parts
        self.marks = marks
        self.at = 0  # the index in ``marks`` of the next line to read (the last: the end)
        self.end = end  # the mark of the stream's end
        self.resolve = resolve

    def mapping(self, column: int, depth: int) -> tuple[dict[str, Any], Node]:
        """A block mapping whose keys start at ``column``; the current line holds its first
        key there (after a list entry's dash, for a mapping inside an entry)."""
        if depth > _MAX_DEPTH:
            raise _Refused
        parts, marks = self.parts, self.marks
        data: dict[str, Any] = {}
        pairs: list[tuple[Node, Node]] = []
        number = first = marks[self.at][0]
        while True:
            _, _, name, colon, rest = parts[number]
            if not name or name in data or len(name) > _MAX_KEY:
                raise _Refused
            after = column + len(name)
            key: Node = (_SCALAR, name, "", number, column, number, after)
            self.at = at = self.at + 1
            following = marks[at]
            value: Any
            if not rest or rest[0] == "#":  # nothing on the line: a block, or empty
                if following[1] > column:
                    if parts[following[0]][1]:
                        value, node = self.sequence(following[1], depth + 1)
                    else:
                        value, node = self.mapping(following[1], depth + 1)
                    following = marks[self.at]
                else:
                    value = None
                    node = (_SCALAR, "", "", number, after + 1, number, after + 1)
            else:
                at = after + len(colon)
                if rest[0] in _TEXT_FIRST:  # plain words, the usual value: no resolving
                    value, node = _plain(rest, number, at)
                else:
                    value, node = self.scalar(rest, number, at, column, depth)
                    following = marks[self.at]  # past a block scalar's lines
            data[name] = value
            pairs.append((key, node))
            indent = following[1]
            if indent < column:
                end = following if indent >= 0 else self.end
                return data, (_MAPPING, pairs, None, first, column, *end)
            if indent > column:
                raise _Refused  # a multi-line scalar, or an error
            number = following[0]
            if parts[number][1]:
                raise _Refused  # a sequence at its key's indentation

    def sequence(self, column: int, depth: int) -> tuple[list[Any], Node]:
        """A block sequence whose dashes are at ``column``; the current line holds the first."""
        if depth > _MAX_DEPTH:
            raise _Refused
        parts, marks = self.parts, self.marks
        values: list[Any] = []
        nodes: list[Node] = []
        number = first = marks[self.at][0]
        while True:
            _, dash, name, _, rest = parts[number]
            if not dash:
                raise _Refused
            inner = column + len(dash)
            value: Any
            if name:  # a mapping inside the entry
                value, node = self.mapping(inner, depth + 1)
            else:
                if not rest or rest[0] == "#" or (rest[0] == "-" and rest[1:2] in ("", " ")):
                    raise _Refused  # an empty entry, or a sequence inside the entry
                self.at += 1
                value, node = self.scalar(rest, number, inner, column, depth)
            following = marks[self.at]
            values.append(value)
            nodes.append(node)
            indent = following[1]
            if indent < column:
                end = following if indent >= 0 else self.end
                return values, (_SEQUENCE, nodes, None, first, column, *end)
            if indent > column:
                raise _Refused
            number = following[0]

    def scalar(self, rest: str, number: int, at: int, column: int, depth: int) -> tuple[Any, Node]:
        """The value ``rest`` that starts at column ``at`` and ends on its line (or a block
        scalar, whose lines follow); ``column`` is the indentation of the collection holding
        it."""
        first = rest[0]
        if first in "\"'":
            match = (_DOUBLE if first == '"' else _SINGLE).match(rest)
            if match is None or _AFTER.match(rest, match.end()) is None:
                raise _Refused
            text = match.group(1)
            if first == "'":
                text = text.replace("''", "'")
            return text, (_SCALAR, text, first, number, at, number, at + match.end())
        if first == "[" or first == "{":  # noqa: PLR1714 - two compares beat a set's hash
            if depth + 2 > _MAX_DEPTH:
                raise _Refused
            value, node, close = (self._words if first == "[" else self._flow_mapping)(
                rest, 0, number, at
            )
            if _AFTER.match(rest, close) is None:
                raise _Refused
            return value, node
        if first in ">|":
            return self._block(rest, number, at, column)
        if first in _INDICATORS or (first == "-" and rest[1:2] in ("", " ")):
            raise _Refused
        text, node = _plain(rest, number, at)
        return (text if first in _TEXT_FIRST else self.resolve(text)), node

    def _words(self, rest: str, start: int, number: int, at: int) -> tuple[Any, Node, int]:
        """A flow sequence of plain words at ``rest[start]``: its values, its node, its end."""
        match = _FLOW.match(rest, start)
        if match is None:
            raise _Refused
        close = match.end()
        resolve = self.resolve
        values: list[Any] = []
        nodes: list[Node] = []
        for word in _WORD.finditer(rest, start, close):
            text = word.group()
            values.append(resolve(text))
            nodes.append((_SCALAR, text, "", number, at + word.start(), number, at + word.end()))
        return values, (_SEQUENCE, nodes, None, number, at + start, number, at + close), close

    def _flow_mapping(self, rest: str, start: int, number: int, at: int) -> tuple[Any, Node, int]:
        """A one-line flow mapping (``{kind: separate, how: A dialog of its own.}``) of keys
        that are words and values that are plain text, quoted, or flow sequences of words."""
        data: dict[str, Any] = {}
        pairs: list[tuple[Node, Node]] = []
        empty = _EMPTY_MAPPING.match(rest, start)
        position = empty.end() if empty is not None else start + 1
        while empty is None:
            match = _FLOW_KEY.match(rest, position)
            if match is None:
                raise _Refused
            name = match.group(1)
            if name in data:
                raise _Refused
            key = (_SCALAR, name, "", number, at + match.start(1), number, at + match.end(1))
            position = match.end()
            first = rest[position : position + 1]
            value: Any
            node: Node  # a quoted or plain scalar's, or a flow sequence's
            if first == "'" or first == '"':  # noqa: PLR1714
                quoted = (_DOUBLE if first == '"' else _SINGLE).match(rest, position)
                if quoted is None:
                    raise _Refused
                value = quoted.group(1).replace("''", "'") if first == "'" else quoted.group(1)
                node = (_SCALAR, value, first, number, at + position, number, at + quoted.end())
                position = quoted.end()
            elif first == "[":
                value, node, position = self._words(rest, position, number, at)
            else:
                plain = _FLOW_PLAIN.match(rest, position)
                if plain is None:
                    raise _Refused
                text = plain.group().rstrip(" ")
                value = text if text[0] in _TEXT_FIRST else self.resolve(text)
                node = (_SCALAR, text, "", number, at + position, number, at + position + len(text))
                position = plain.end()
            data[name] = value
            pairs.append((key, node))
            after = _FLOW_NEXT.match(rest, position)
            if after is None:
                raise _Refused
            position = after.end()
            if after.group(1) == "}":
                break
        return data, (_MAPPING, pairs, None, number, at + start, number, at + position), position

    def _block(self, rest: str, number: int, at: int, column: int) -> tuple[str, Node]:
        """A folded (``>``) or literal (``|``) block scalar of evenly indented lines, clipped
        or stripped; blank lines only after its text."""
        header = _HEADER.match(rest)
        if header is None:
            raise _Refused
        parts = self.parts
        last = len(parts)
        index = number + 1
        if index >= last:
            raise _Refused
        indent = len(parts[index][0])
        if indent <= column or parts[index] == (parts[index][0], "", "", "", ""):
            raise _Refused  # an empty scalar, or one that opens with a blank line
        lines: list[str] = []
        blank = False
        while index < last:
            spaces, *content = parts[index]
            line = "".join(content)
            if not line:
                if spaces:
                    raise _Refused  # a line of spaces: libyaml weighs its indentation
                blank = True
                index += 1
                continue
            if len(spaces) < indent:
                break
            if len(spaces) > indent or blank:
                raise _Refused  # a more indented line or a blank line inside the text
            lines.append(line)
            index += 1
        if index >= last:
            if parts[-1] != ("", "", "", "", ""):
                raise _Refused  # the text ends without a line break
            index = last - 1
        text = (" " if header.group(1) == ">" else "\n").join(lines)
        if not header.group(2):
            text += "\n"
        marks = self.marks
        while marks[self.at][0] < index:
            self.at += 1
        # libyaml ends a block scalar at the start of the line that ends it
        return text, (_SCALAR, text, header.group(1), number, at, index, 0)
