"""The record of processing activities as CSV, for spreadsheet programs.

UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the local code page and garbles
Chinese), rows ended by CR LF (RFC 4180). The provenance comes first, one label and value a row,
then the columns the declarations cannot fill, an empty row, and the table with its heading row.
Every cell goes through :func:`~.cells.neutralise`: a value that starts with ``=``, ``+``, ``-``
or ``@`` is kept as text, never run as a formula.
"""

from __future__ import annotations

import csv
import io

from disclosurelint.export.about import provenance
from disclosurelint.export.cells import neutralise
from disclosurelint.export.model import Ropa

TITLE = "Record of processing activities (GDPR Art. 30(1))"
UNFILLABLE = "Columns the declarations cannot fill (left empty)"


def heading(column_heading: str, article: str) -> str:
    return f"{column_heading} ({article})" if article else column_heading


def render_csv(ropa: Ropa) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    rows: list[list[str]] = [[TITLE]]
    rows.extend([label, value] for label, value in provenance(ropa.header))
    rows.append([UNFILLABLE, "; ".join(c.heading for c in ropa.unfillable)])
    rows.append([])
    rows.append([heading(c.heading, c.article) for c in ropa.columns])
    rows.extend(list(row) for row in ropa.rows)
    writer.writerows([neutralise(cell) for cell in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")
