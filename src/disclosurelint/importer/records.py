"""What reading a published list gives: its entries (:class:`ImportedEntry`), the parts set
aside (:class:`SetAside`), the page (:class:`ImportedPage`), and the canonical fields the labels
stand for."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from disclosurelint.importer.labels import LabelTable
from disclosurelint.importer.labels import table as label_table


def _field_labels() -> Mapping[str, tuple[str, ...]]:
    return label_table().labels


FIELD_LABELS: Mapping[str, tuple[str, ...]] = _field_labels()
"""Canonical field -> the built-in labels for it (``importer/labels.yaml``)."""

LINK_FIELDS = frozenset({"policy", "website", "contact"})
_LINK_LABELS = frozenset({"policy", "website", "contact", "dpa"})


def field_for_label(label: str, table: LabelTable | None = None) -> str | None:
    """The canonical field a published label stands for, or None when it is not known."""
    return (table or label_table()).field_for(label)


@dataclass(frozen=True)
class ImportedEntry:
    """One entry of a published list, in its published words.

    ``fields`` maps canonical field names (see ``importer/labels.yaml``) to the text; ``labels``
    to the label the text was published under; ``field_lines`` to its 1-based line. ``line`` is
    where the entry starts (its heading, when it has one). ``unmapped`` holds ``(label, value)``
    pairs whose label is not one of the known ones; ``incomplete`` says the source stops inside
    this entry (it is cut off); ``notes`` are remarks on how the text was read; ``fuzzy`` pairs a
    misspelt label with the known label it was read as; ``links`` holds the entry's addresses by
    kind (``policy``, ``website``, ``dpa``, ``terms``, ``contact``), wherever it gave them;
    ``processor`` says the page lists (sub-)processors, who process the data on its behalf.
    """

    fields: Mapping[str, str]
    line: int
    field_lines: Mapping[str, int] = field(default_factory=dict)
    title: str | None = None
    unmapped: tuple[tuple[str, str], ...] = ()
    incomplete: bool = False
    labels: Mapping[str, str] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    fuzzy: tuple[tuple[str, str], ...] = ()
    links: Mapping[str, str] = field(default_factory=dict)
    processor: bool = False  # the page calls its recipients (sub-)processors


@dataclass(frozen=True)
class SetAside:
    """A section whose heading says its recipients receive nothing now (planned, former, or
    configured by the customer): its 1-based line, its heading and how many entries it held."""

    line: int
    heading: str
    entries: int


@dataclass(frozen=True)
class ImportedPage:
    """A published list: the title and introduction paragraphs above its entries, the
    entries, and the sections set aside as not current. ``title`` is None when the text does
    not start with a title line."""

    title: str | None
    introduction: tuple[str, ...]
    entries: tuple[ImportedEntry, ...]
    set_aside: tuple[SetAside, ...] = ()
