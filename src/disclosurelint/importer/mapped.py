"""Tables a page component draws from an array, read without running anything.

A React or Vue page often keeps its recipients in an array and draws the table's rows from it:
``SUBPROCESSORS.map(([name, use, where]) => <tr><td>{name}</td>…</tr>)`` under a header row of
``<th>Who</th><th>What for</th><th>Where</th>``, or ``subprocessors.map((processor) =>
<TableRow><TableCell>{processor.name}</TableCell><TableCell>{processor.description}</TableCell>
…)`` under ``<TableHead>Service</TableHead><TableHead>Purpose</TableHead>``. The header says what
each column is; the cells say which key of an item (or which place of a tuple) each column
shows. Each item of the array is a row of the table as the page shows it, a cell computed any
other way (a status badge) left empty.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from disclosurelint.importer.source import Obj, Token, Value, _Parser, tokenize
from disclosurelint.importer.tables import Cell, Grid

# "rows.map((row) =>", "rows.map(row =>", "rows.map(([name, use]) =>", "rows.map((row, i) =>"
_MAP = re.compile(
    r"(?P<array>[A-Za-z_$][\w$]*)\s*\.\s*map\(\s*(?:\(\s*(?P<params>\[[^\]]*\]|\{[^}]*\}|[\w$]+)"
    r"\s*(?:,\s*[\w$]+\s*)?\)|(?P<param>[\w$]+))\s*=>"
)
_TABLE_OPEN = re.compile(r"<(?:table|Table)\b")
_HEAD_CELL = re.compile(
    r"<(?P<tag>th|TableHead|Th|TableHeaderCell|HeaderCell)\b[^>]*>(?P<text>.*?)</(?P=tag)\s*>",
    re.DOTALL,
)
_ROW = re.compile(r"<(?P<tag>tr|TableRow|Tr)\b[^>]*>(?P<cells>.*?)</(?P=tag)\s*>", re.DOTALL)
_BODY_CELL = re.compile(
    r"<(?P<tag>td|TableCell|Td|th)\b[^>]*>(?P<text>.*?)</(?P=tag)\s*>", re.DOTALL
)
# "{row.name}", "{row['name']}", "{name}": the one expression a cell shows
_SHOWN = re.compile(
    r"^\{\s*(?P<name>[\w$]+)(?:\s*\.\s*(?P<key>[\w$]+)|\[\s*[\"'](?P<quoted>[^\"']+)[\"']\s*\])?"
    r"\s*\}$"
)
_TAG = re.compile(r"<[^>]+>")
_JSX_STRING = re.compile(r"\{\s*([\"'`])([^\"'`{}]*)\1\s*\}")


def mapped_tables(text: str) -> list[Grid]:
    """The tables a component draws from its arrays: per table its header, and a row per item
    of the array with the cells the header's columns show (lines: the header's, each item's)."""
    tokens = tokenize(text)
    grids: list[Grid] = []
    for match in _MAP.finditer(text):
        header = _header_before(text, match.start())
        row = _ROW.search(text, match.end())
        if not header or row is None:
            continue
        shown = [_shown(cell["text"]) for cell in _BODY_CELL.finditer(row["cells"])]
        if len(shown) != len(header) or not any(shown):
            continue
        items = _array(tokens, match["array"])
        if not items:
            continue
        params = _params(match["params"] or match["param"] or "")
        rows = [
            (line, tuple(Cell(_cell(value, params, said)) for said in shown))
            for line, value in items
        ]
        grids.append(
            Grid(
                tuple(Cell(text) for text in header),
                tuple(cells for _, cells in rows),
                text.count("\n", 0, match.start()) + 1,
                tuple(line for line, _ in rows),
            )
        )
    return grids


def _header_before(text: str, at: int) -> list[str]:
    """The header cells of the table a ``.map(`` at ``at`` draws rows in: those between the
    last table opened before it and the map."""
    opened = [found.start() for found in _TABLE_OPEN.finditer(text, 0, at)]
    if not opened:
        return []
    window = text[opened[-1] : at]
    return [_words(cell["text"]) for cell in _HEAD_CELL.finditer(window)]


def _words(markup: str) -> str:
    return " ".join(_TAG.sub(" ", _JSX_STRING.sub(lambda m: m.group(2), markup)).split())


def _shown(markup: str) -> tuple[str, str | None] | None:
    """What a cell shows: the name and the key of its one expression (``{row.name}`` ->
    ``("row", "name")``, ``{name}`` -> ``("name", None)``), or None for anything else."""
    found = _SHOWN.match(_TAG.sub("", markup).strip())
    if found is None:
        return None
    return found["name"], found["key"] or found["quoted"]


def _params(text: str) -> list[str]:
    """The names a map's function takes an item as: one name, or the places of a tuple
    (``[name, use, where]``) or the keys of an object (``{name, purpose}``) it opens."""
    return list(re.findall(r"[\w$]+", text))


def _cell(value: Value, params: Sequence[str], said: tuple[str, str | None] | None) -> str:
    if said is None:
        return ""
    name, key = said
    if isinstance(value, list) and key is None and name in params:  # ([name, use]) => {name}
        place = params.index(name)
        item = value[place] if place < len(value) else None
        return item if isinstance(item, str) else ""
    if isinstance(value, Obj):
        wanted = key if key is not None else name  # (row) => {row.name}; ({name}) => {name}
        for pair_key, item in value.pairs:
            if pair_key == wanted and isinstance(item, str):
                return item
    return ""


def _array(tokens: Sequence[Token], name: str) -> list[tuple[int, Value]]:
    """The items of the array literal the name is given (``const NAME = [ … ]``, with a type
    or not), each with the line it starts on; empty when there is none."""
    parser = _Parser(tokens)
    for index, token in enumerate(tokens):
        if token.kind != "i" or token.text != name or index + 1 >= len(tokens):
            continue
        if index == 0 or tokens[index - 1].text not in ("const", "let", "var"):
            continue
        at = index + 1
        while at < len(tokens) and tokens[at].text != "=" and tokens[at].text not in ";{":
            at += 1  # a type: ": Row[]"
        if at + 1 >= len(tokens) or tokens[at].text != "=" or tokens[at + 1].text != "[":
            continue
        items: list[tuple[int, Value]] = []
        at += 2
        while at < len(tokens) and tokens[at].text != "]":
            line = tokens[at].line
            value, at = parser.value(at)
            items.append((line, value))
            if at < len(tokens) and tokens[at].text != "]":
                at += 1  # the comma after the item (or a token no item starts with)
        return items
    return []


__all__ = ["mapped_tables"]
