"""The record of processing activities as an XLSX workbook (openpyxl).

Sheet "Record" holds the table (heading row frozen, filters on, text wrapped); sheet "About"
the provenance and the columns the declarations cannot fill. Every cell is stored as a string
(openpyxl would store a text starting with ``=`` as a formula) and marked with the quote prefix
that spreadsheet programs use for "this is text", so that editing a cell does not turn it into
a formula either. Characters XML cannot hold are written as visible escapes.
"""

from __future__ import annotations

import io
from typing import Any

from disclosurelint.export.about import provenance
from disclosurelint.export.cells import TRIGGERS, xml_safe
from disclosurelint.export.csvfile import TITLE, UNFILLABLE, heading
from disclosurelint.export.model import Ropa
from disclosurelint.export.zipfile_ import reproducible

WIDTH = {"narrow": 24, "wide": 48}


def _put(sheet: Any, row: int, column: int, text: str, *, bold: bool = False) -> None:
    from openpyxl.styles import Alignment, Font

    cell = sheet.cell(row=row, column=column)
    cell.value = xml_safe(text)
    cell.data_type = "s"  # never a formula, whatever the text starts with
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    if text.startswith(TRIGGERS):
        cell.quotePrefix = True
    if bold:
        cell.font = Font(bold=True)


def render_xlsx(ropa: Ropa) -> bytes:
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    book = Workbook()
    for default in list(book.worksheets):  # the empty sheet a new workbook starts with
        book.remove(default)
    record = book.create_sheet("Record")
    for column, spec in enumerate(ropa.columns, 1):
        _put(record, 1, column, heading(spec.heading, spec.article), bold=True)
        wide = spec.heading.startswith(("Personal data", "Sensitive", "Purposes", "Processing"))
        record.column_dimensions[get_column_letter(column)].width = WIDTH[
            "wide" if wide else "narrow"
        ]
    for row_number, row in enumerate(ropa.rows, 2):
        for column, text in enumerate(row, 1):
            _put(record, row_number, column, text)
    record.freeze_panes = "A2"
    last = get_column_letter(len(ropa.columns))
    record.auto_filter.ref = f"A1:{last}{max(len(ropa.rows) + 1, 1)}"

    about = book.create_sheet("About")
    _put(about, 1, 1, TITLE, bold=True)
    pairs = [*provenance(ropa.header), (UNFILLABLE, "; ".join(c.heading for c in ropa.unfillable))]
    for row_number, (label, value) in enumerate(pairs, 2):
        _put(about, row_number, 1, label, bold=True)
        _put(about, row_number, 2, value)
    about.column_dimensions["A"].width = 40
    about.column_dimensions["B"].width = 90

    buffer = io.BytesIO()
    book.save(buffer)
    return reproducible(buffer.getvalue(), ropa.header.date)
