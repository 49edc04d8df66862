"""Where the cursor is: the JSON path of the key or value under it, read from the lines.

Reading indentation instead of parsing keeps this working while a line is half typed (a key
without its colon yet, an unclosed ``[``), which is exactly when completion is asked for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from disclosurelint.model import JsonPath

ASK_REASON = "disclosurelint.selectWaiverReason"  # the command that asks for a waiver's reason


def utf16_column(line: str, column: int) -> int:
    """A 0-based column in characters -> in UTF-16 code units (what LSP counts by default)."""
    head = line[:column]
    return column + sum(1 for char in head if ord(char) > 0xFFFF)


_LINE = re.compile(r"(?P<lead> *(?:- +)*)(?P<key>[A-Za-z_][\w-]*)?(?P<colon> *:(?= |$))?")


@dataclass(frozen=True)
class Place:
    """The cursor's place: ``path`` of the mapping or list that holds it, the ``key`` it is on
    (or whose value it is in), and whether it is on the key itself, in a value, or in a flow
    list (``[a, b]``) or a block list item (``- a``) of the key."""

    parent: JsonPath
    key: str | None
    on_key: bool
    in_list: bool = False
    prefix: str = ""  # the word typed so far at the cursor

    @property
    def path(self) -> JsonPath:
        return (*self.parent, self.key) if self.key is not None else self.parent


def _content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def _parse(line: str) -> tuple[list[int], int, str | None, bool]:
    """Dash columns, the column of the key (or text), the key, and whether it has a colon."""
    match = _LINE.match(line)
    assert match is not None  # the pattern matches every string
    lead = match.group("lead")
    dashes = [i for i, char in enumerate(lead) if char == "-"]
    return dashes, len(lead), match.group("key"), match.group("colon") is not None


def _item_index(lines: Sequence[str], row: int, column: int) -> int:
    """How many items of the block list at ``column`` come before the one at ``row``."""
    index = 0
    for above in range(row - 1, -1, -1):
        line = lines[above]
        if not _content(line):
            continue
        indent = len(line) - len(line.lstrip(" "))
        if indent < column:
            break
        if indent == column and line[column:].startswith("-"):
            index += 1
    return index


def _parents(lines: Sequence[str], row: int, column: int) -> list[str | int]:
    """The JSON path of the mapping or list whose entries start at ``column`` on ``row``."""
    path: list[str | int] = []
    for above in range(row - 1, -1, -1):
        if column == 0:
            break
        line = lines[above]
        if not _content(line):
            continue
        dashes, key_column, key, colon = _parse(line)
        indent = len(line) - len(line.lstrip(" "))
        if indent >= column and not (dashes and key_column == column):
            continue  # a sibling, or inside one
        if dashes and key_column == column:  # the first key of the list item that holds us
            dash = dashes[-1]
            path.append(_item_index(lines, above, dash))
            column = dash
            if len(dashes) > 1 or indent < dash:
                continue
            column = indent
            continue
        if key is not None and colon and key_column < column:
            path.append(key)
            column = key_column
            if dashes:
                dash = dashes[-1]
                path.append(_item_index(lines, above, dash))
                column = dash
    path.reverse()
    return path


def place_at(text: str, line: int, character: int) -> Place:
    """The place of 0-based ``line`` and ``character`` (a column in characters)."""
    lines = text.splitlines() or [""]
    if line >= len(lines):
        lines = [*lines, *[""] * (line - len(lines) + 1)]
    current = lines[line]
    before = current[:character]
    prefix = re.search(r"[\w-]*$", before)
    typed = prefix.group(0) if prefix else ""
    dashes, key_column, key, colon = _parse(current)
    if not current.strip():
        key_column = len(before) - len(before.lstrip(" "))
        key = None
    parents = _parents(lines, line, dashes[0] if dashes else key_column)
    if dashes and key is not None and colon:  # "  - item: x": a key of a list item
        parents.append(_item_index(lines, line, dashes[-1]))
    elif dashes:  # "  - value": an item of a block list (or the first key of one, half typed)
        list_key = parents[-1] if parents and isinstance(parents[-1], str) else None
        return Place(tuple(parents[:-1]), list_key, False, in_list=True, prefix=typed)
    if key is None or not colon:
        return Place(tuple(parents), None, True, prefix=typed)
    colon_at = current.index(":", key_column)
    if character <= colon_at:
        return Place(tuple(parents), key, True, prefix=typed)
    in_list = "[" in current[colon_at:character] and "]" not in current[colon_at:character]
    return Place(tuple(parents), key, False, in_list=in_list, prefix=typed)
