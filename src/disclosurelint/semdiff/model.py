"""The records a semantic diff produces: changes, their classes, and the whole comparison."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from types import MappingProxyType
from typing import TypeAlias

from disclosurelint.semdiff.classes import CLASSES, Risk

__all__ = ["REVIEW_FIELDS", "Change", "Diff", "Revision", "Risk", "Sensitivity", "Value"]

Value: TypeAlias = str | tuple[str, ...] | None
"""An old or new value: a text, a list of texts (sharing modes, destinations), or nothing."""

REVIEW_FIELDS = ("review.last_reviewed", "review.ticket")
"""A new value in one of these fields is the review that the risk gate asks for."""


@dataclass(frozen=True)
class Sensitivity:
    """Why a data item is sensitive: its categories, the enabled regimes that say so, and where."""

    categories: tuple[str, ...]
    regimes: tuple[str, ...]
    articles: tuple[str, ...]
    explanation: str  # "Government-issued identity document: sensitive under ... (Table B.1)"


@dataclass(frozen=True)
class Change:
    """One difference in meaning between a partner's two declarations.

    ``field`` names what changed (``purpose``, ``data[ID card number]``, ``privacy_policy.url``);
    ``path`` is the declaration's file (at HEAD, or at BASE for a removed partner). The class comes
    from the kind, through the one table in :mod:`disclosurelint.semdiff.classes`.
    """

    partner: str
    kind: str
    field: str
    old: Value
    new: Value
    message: str
    path: str
    sensitivity: Sensitivity | None = None

    @property
    def risk(self) -> Risk:
        return CLASSES[self.kind].risk

    @property
    def is_review(self) -> bool:
        """A review recorded in this change: a new ``last_reviewed`` or ``ticket``."""
        return self.kind == "review-changed" and self.field in REVIEW_FIELDS and bool(self.new)


@dataclass(frozen=True)
class Revision:
    """One side of the comparison: what the user named, and the commit (None: working tree)."""

    label: str
    commit: str | None

    @property
    def shown(self) -> str:
        return f"{self.label} ({self.commit[:12]})" if self.commit else self.label


@dataclass(frozen=True)
class Diff:
    """Every change between two revisions, grouped by partner in order."""

    base: Revision
    head: Revision
    regimes: tuple[str, ...]
    changes: tuple[Change, ...]

    @cached_property
    def by_partner(self) -> Mapping[str, tuple[Change, ...]]:
        grouped: dict[str, list[Change]] = {}
        for change in self.changes:
            grouped.setdefault(change.partner, []).append(change)
        return MappingProxyType({partner: tuple(found) for partner, found in grouped.items()})

    @property
    def partners(self) -> tuple[str, ...]:
        return tuple(self.by_partner)

    def of(self, partner: str) -> tuple[Change, ...]:
        return self.by_partner.get(partner, ())

    def counts(self) -> dict[Risk, int]:
        counted = Counter(c.risk for c in self.changes)
        return {risk: counted.get(risk, 0) for risk in Risk}

    @property
    def unreviewed(self) -> tuple[str, ...]:
        """Partners with a risk-raising change and no new review in the same change."""
        reviewed = {c.partner for c in self.changes if c.is_review}
        return tuple(
            partner
            for partner, changes in self.by_partner.items()
            if partner not in reviewed and any(c.risk is Risk.RAISES for c in changes)
        )

    def exit_code(self, fail_on_risk: bool) -> int:
        return 1 if fail_on_risk and self.unreviewed else 0
