"""The exports as records: what the writers read, and nothing else.

Every text is plain words ready to print; the writers lay it out, and neutralise or escape it.
"""

from __future__ import annotations

from dataclasses import dataclass

from disclosurelint.report.model import Field, Header, ProblemView, WaiverView


@dataclass(frozen=True)
class Column:
    """A column of the record: its heading, the provision that asks for it, and its source.

    ``source`` names the declaration fields that fill it; None when the declarations cannot
    know it (the categories of data subjects, say), so the column is left empty and named.
    """

    heading: str
    article: str
    source: str | None

    @property
    def fillable(self) -> bool:
        return self.source is not None


@dataclass(frozen=True)
class Ropa:
    """The record of processing activities: one row per recipient and purpose."""

    header: Header
    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]  # one text per column, "" in a column nobody can fill

    @property
    def unfillable(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if not c.fillable)


@dataclass(frozen=True)
class Question:
    """One question of PIPL Art. 56, what the declaration answers, and what is left to answer."""

    number: str  # "56(1)"
    text: str
    evidence: tuple[str, ...]
    open: tuple[str, ...]  # what the reviewer still has to answer or find out


@dataclass(frozen=True)
class Assessment:
    """The impact assessment of one entry: why it needs one, and the three questions."""

    title: str
    id: str | None
    path: str
    sha256: str
    triggers: tuple[str, ...]  # the Art. 55 situations, in words with the provision
    facts: tuple[Field, ...]
    questions: tuple[Question, ...]
    problems: tuple[ProblemView, ...]  # problems still open, each with its articles
    waivers: tuple[WaiverView, ...]


@dataclass(frozen=True)
class Pipia:
    """The impact assessments of every entry that needs one, and the entries that do not."""

    header: Header
    assessments: tuple[Assessment, ...]
    exempt: tuple[tuple[str, str], ...]  # (entry title, why no assessment is required)
    retention: str  # how long the assessment is kept (Art. 56, second paragraph)
    notes: tuple[str, ...]  # what a declaration cannot show, for the reviewer to decide
