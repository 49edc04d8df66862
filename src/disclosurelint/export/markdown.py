"""The impact assessments as Markdown, every value escaped as the legal report escapes it."""

from __future__ import annotations

from collections.abc import Iterable

from disclosurelint.export.about import provenance
from disclosurelint.export.model import Assessment, Pipia
from disclosurelint.render.markdown import escape
from disclosurelint.report.markdown import code, heading, table

TITLE = "Personal information protection impact assessment (PIPL Arts. 55-56)"
SIGN_OFF = ("Reviewer", "Title", "Date", "Conclusion")


def _bullets(lines: Iterable[str]) -> str:
    return "\n".join(f"- {escape(line)}" for line in lines) or "- None"


def _assessment(number: int, entry: Assessment) -> list[str]:
    where = code(entry.path) + (f" (id {code(entry.id)})" if entry.id else "")
    out = [
        heading(2, f"{number}. {entry.title}"),
        f"Declaration {where}, SHA-256 {code(entry.sha256)}",
        heading(3, "Why an assessment is required"),
        _bullets(entry.triggers),
        heading(3, "What the declaration says"),
        table(
            ("Fact", "Declared"),
            ((f"**{escape(f.label)}**", f"_{escape(f.text)}_" if f.missing else escape(f.text))
             for f in entry.facts),
        ),
    ]  # fmt: skip
    for question in entry.questions:
        out += [
            heading(3, f"Art. {question.number}: {question.text}"),
            "What the declaration answers:",
            _bullets(question.evidence),
            "Still to answer:",
            _bullets(question.open),
            "Reviewer's answer: _to be written by the reviewer_",
        ]
    out.append(heading(3, "Open problems"))
    out.append(
        _bullets(
            f"{p.code} {p.name} ({p.severity}, {p.location}): {p.message}"
            + (f" [{'; '.join(p.articles)}]" if p.articles else "")
            for p in entry.problems
        )
    )
    out.append(heading(3, "Waivers and their reasons"))
    out.append(
        _bullets(
            f"{w.rule}: {w.reason} (approved by {w.approved_by}; {w.status}; written at {w.source})"
            for w in entry.waivers
        )
    )
    out.append(heading(3, "Sign-off"))
    out.append(table(("", ""), ((f"**{label}**", " ") for label in SIGN_OFF)))
    return out


def render_pipia_markdown(pipia: Pipia) -> str:
    blocks = [
        heading(1, TITLE),
        table(("", ""), ((f"**{escape(k)}**", escape(v)) for k, v in provenance(pipia.header))),
        escape(pipia.retention),
        *(escape(note) for note in pipia.notes),
    ]
    for number, entry in enumerate(pipia.assessments, 1):
        blocks += _assessment(number, entry)
    blocks.append(heading(2, "Entries that need no assessment"))
    blocks.append(_bullets(f"{title}: {why}" for title, why in pipia.exempt))
    return "\n\n".join(blocks) + "\n"
