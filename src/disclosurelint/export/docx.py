"""The impact assessments as a Word document (python-docx), the same content as the Markdown.

python-docx escapes XML itself; characters XML cannot hold are written as visible escapes
(:func:`~.cells.xml_safe`). The file is made reproducible for the export's date.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Any

from disclosurelint.export.about import provenance
from disclosurelint.export.cells import xml_safe
from disclosurelint.export.markdown import SIGN_OFF, TITLE
from disclosurelint.export.model import Assessment, Pipia
from disclosurelint.export.zipfile_ import reproducible


def _bullets(document: Any, lines: Iterable[str]) -> None:
    listed = list(lines) or ["None"]
    for line in listed:
        document.add_paragraph(xml_safe(line), style="List Bullet")


def _table(document: Any, rows: Iterable[tuple[str, str]]) -> None:
    pairs = list(rows)
    grid = document.add_table(rows=len(pairs), cols=2)
    grid.style = "Table Grid"
    for cells, (label, value) in zip(grid.rows, pairs, strict=True):
        cells.cells[0].text = xml_safe(label)
        cells.cells[1].text = xml_safe(value)
        for run in cells.cells[0].paragraphs[0].runs:
            run.bold = True


def _assessment(document: Any, number: int, entry: Assessment) -> None:
    document.add_heading(xml_safe(f"{number}. {entry.title}"), level=1)
    where = entry.path + (f" (id {entry.id})" if entry.id else "")
    document.add_paragraph(xml_safe(f"Declaration {where}, SHA-256 {entry.sha256}"))
    document.add_heading("Why an assessment is required", level=2)
    _bullets(document, entry.triggers)
    document.add_heading("What the declaration says", level=2)
    _table(document, ((f.label, f.text) for f in entry.facts))
    for question in entry.questions:
        document.add_heading(xml_safe(f"Art. {question.number}: {question.text}"), level=2)
        document.add_paragraph("What the declaration answers:")
        _bullets(document, question.evidence)
        document.add_paragraph("Still to answer:")
        _bullets(document, question.open)
        document.add_paragraph("Reviewer's answer:")
        document.add_paragraph("")
    document.add_heading("Open problems", level=2)
    _bullets(
        document,
        (
            f"{p.code} {p.name} ({p.severity}, {p.location}): {p.message}"
            + (f" [{'; '.join(p.articles)}]" if p.articles else "")
            for p in entry.problems
        ),
    )
    document.add_heading("Waivers and their reasons", level=2)
    _bullets(
        document,
        (
            f"{w.rule}: {w.reason} (approved by {w.approved_by}; {w.status}; written at {w.source})"
            for w in entry.waivers
        ),
    )
    document.add_heading("Sign-off", level=2)
    _table(document, ((label, "") for label in SIGN_OFF))


def render_pipia_docx(pipia: Pipia) -> bytes:
    import datetime

    from docx import Document

    document = Document()
    when = datetime.datetime.fromisoformat(pipia.header.date)
    properties = document.core_properties
    properties.title = TITLE
    properties.author = "disclosurelint"
    properties.created = properties.modified = when
    properties.last_modified_by = "disclosurelint"
    properties.revision = 1
    document.add_heading(TITLE, level=0)
    _table(document, provenance(pipia.header))
    document.add_paragraph(pipia.retention)
    for note in pipia.notes:
        document.add_paragraph(note)
    for number, entry in enumerate(pipia.assessments, 1):
        _assessment(document, number, entry)
    document.add_heading("Entries that need no assessment", level=1)
    _bullets(document, (f"{title}: {why}" for title, why in pipia.exempt))
    buffer = io.BytesIO()
    document.save(buffer)
    return reproducible(buffer.getvalue(), pipia.header.date)
