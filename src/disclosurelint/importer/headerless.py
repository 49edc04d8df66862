"""Pipe tables without a header row, their rows perhaps broken one cell per line.

A page's table copied as text may lose its header row and keep only the rows, each opening with
``| Name |`` and every further cell on a line of its own, closed by ``|``::

    | Klaviyo, Inc. |
    Email marketing |
    United States |
    | Hotjar |
    Behaviour analytics |
    Malta |

With no header to say what a column holds, the first column names whom the row is about (the
recipient), a column whose cells are mostly places is the location, and the others are kept as
they are, under their place ("(column 2)"). Such a table is read only where the page gives no
other list.
"""

# ruff: noqa: RUF001  (full-width punctuation in published text is read on purpose)

from __future__ import annotations

import re
from collections.abc import Sequence

from disclosurelint.importer.labels import LabelTable
from disclosurelint.importer.tables import Cell, Grid, columns, is_location, split_cells

# the header the reader gives the first column and a column of places
NAME_HEADER = "Provider"
PLACE_HEADER = "Location"

_MIN_ROWS = 3
_MIN_WIDTH = 2
_MAX_NAME = 80
_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
# a sentence, not a name ("Inc." and "Ltd." end names too)
_SENTENCE = re.compile(r"[。!?！？:：]$|^(?:\S+\s+){5,}\S*\.$")


def _opens_row(line: str) -> bool:
    return line.lstrip().startswith("|") and not _RULE.match(line)


def _closes_cell(line: str) -> bool:
    """A line that carries one more cell of the row above it: not opened by a pipe, closed
    by one."""
    text = line.strip()
    return bool(text) and not text.startswith("|") and text.endswith("|")


def _rows(lines: Sequence[str]) -> list[list[tuple[int, list[str]]]]:
    """The runs of pipe rows (a row broken one cell per line joined again), each row with its
    0-based line; blank lines between two rows do not end a run."""
    runs: list[list[tuple[int, list[str]]]] = [[]]
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            index += 1
            continue
        if not _opens_row(line):
            if runs[-1]:
                runs.append([])
            index += 1
            continue
        start, parts = index, [line.strip()]
        index += 1
        while index < len(lines) and _closes_cell(lines[index]):
            parts.append(lines[index].strip())
            index += 1
        cells = split_cells(" ".join(parts))
        runs[-1].append((start, cells))
    return [run for run in runs if run]


def _name_cell(text: str) -> bool:
    return (
        0 < len(text) <= _MAX_NAME
        and not _SENTENCE.search(text)
        and not re.fullmatch(r"[\d\s.,#-]+", text)
    )


def _place(text: str) -> bool:
    """A cell that only names a place, or places set apart by slashes ("United States/Canada")."""
    parts = [part.strip() for part in text.split("/")]
    return all(parts) and all(is_location(part) for part in parts)


def headerless_grids(lines: Sequence[str], table: LabelTable) -> list[Grid]:
    """The tables of ``lines`` that have no header row: at least three rows of at least two
    cells, as many in each (the last row may stop short), the first cell of each a name and
    the first row no header (its cells not known labels). Each is given a header: the first
    column names the recipient, a column of places the location."""
    grids: list[Grid] = []
    for run in _rows(lines):
        width = len(run[0][1])
        whole = run if len(run[-1][1]) == width else run[:-1]
        if len(run) < _MIN_ROWS or width < _MIN_WIDTH:
            continue
        if any(len(cells) != width for _, cells in whole) or len(run[-1][1]) > width:
            continue
        if not all(_name_cell(cells[0]) for _, cells in run):
            continue
        if any(columns([Cell(text) for text in run[0][1]], table)):
            continue  # a header row: read as any table
        header = [NAME_HEADER] + [f"(column {n})" for n in range(2, width + 1)]
        for column in range(1, width):
            cells = [row[column] for _, row in whole if row[column]]
            if cells and 2 * sum(map(_place, cells)) >= len(cells):
                header[column] = PLACE_HEADER
        rows = tuple(
            tuple(Cell(text) for text in (cells + [""] * width)[:width]) for _, cells in run
        )
        grids.append(
            Grid(
                header=tuple(Cell(text) for text in header),
                rows=rows,
                line=run[0][0] + 1,
                row_lines=tuple(start + 1 for start, _ in run),
                cut=len(run[-1][1]) < width,
            )
        )
    return grids
