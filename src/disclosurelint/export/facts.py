"""A partner's facts by field, as the legal report words them, and its declaration's data."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from disclosurelint.render.words import LABELS
from disclosurelint.report import words
from disclosurelint.report.collect import Source
from disclosurelint.report.model import Field, Partner

PUBLISHED = LABELS["en"]


class Facts:
    """What ``partner`` declares, each fact found by the label the report gives it."""

    def __init__(self, partner: Partner, data: Mapping[str, Any]) -> None:
        self.partner = partner
        self.data = data
        self._fields = {f.label: f for f in (*partner.published, *partner.declared)}

    def field(self, key: str) -> Field | None:
        """The published part (``purpose``) or declared fact (``retention``) named ``key``."""
        label = PUBLISHED.get(key) or words.LABELS.get(key)
        return self._fields.get(label) if label else None

    def text(self, key: str) -> str:
        """That fact's words, or "Not stated"."""
        found = self.field(key)
        return found.text if found is not None else words.NOT_STATED

    def stated(self, key: str) -> bool:
        found = self.field(key)
        return found is not None and not found.missing

    @property
    def recipient(self) -> Mapping[str, Any]:
        value = self.data.get("recipient")
        return value if isinstance(value, Mapping) else {}

    @property
    def relationship(self) -> str | None:
        value = self.recipient.get("relationship")
        return value if isinstance(value, str) else None

    def abroad(self, home: str) -> tuple[str, ...]:
        """The countries outside ``home`` that the data goes to: the declared destinations and
        the recipient's own country."""
        found: list[str] = []
        transfer = self.data.get("cross_border")
        if isinstance(transfer, Mapping) and isinstance(transfer.get("destinations"), list):
            found.extend(str(d) for d in transfer["destinations"] if isinstance(d, str))
        country = self.recipient.get("country")
        if isinstance(country, str):
            found.append(country)
        return tuple(dict.fromkeys(c.strip() for c in found if c.strip() and c.strip() != home))


def facts_of(partners: Sequence[Partner], sources: Sequence[Source]) -> tuple[Facts, ...]:
    """Each readable partner's facts, in report order."""
    data = {
        s.path: s.document.data
        for s in sources
        if s.document is not None and isinstance(s.document.data, Mapping)
    }
    return tuple(Facts(p, data[p.path]) for p in partners if p.readable and p.path in data)
