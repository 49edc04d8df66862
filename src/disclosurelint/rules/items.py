"""What the sensitive-data rules share: each data item with its categories and their regimes.

Not a rule: a helper the DL3xx rules read, so that they classify items the same way.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from disclosurelint.document import Document
from disclosurelint.model import JsonPath, Severity
from disclosurelint.rules.base import RuleContext, is_placeholder, text_of


@dataclass(frozen=True)
class Item:
    """One entry of ``data``: its words, its categories (declared or inferred) and where it is."""

    index: int
    text: str
    declared: str | None
    categories: tuple[str, ...]
    inferred: bool
    phrases: tuple[str, ...]  # the matched phrase per inferred category (empty when declared)
    raw: Mapping[str, Any]
    reading: Any = None  # the Classification of the words, when the categories were inferred

    @property
    def path(self) -> JsonPath:
        return ("data", self.index, "item")

    @property
    def base(self) -> JsonPath:
        return ("data", self.index)


_last: tuple[Document | None, Any, tuple[Item, ...]] = (None, None, ())


def items(document: Document, context: RuleContext) -> tuple[Item, ...]:
    """Every well-formed data item, classified with the run's taxonomy.

    Several rules read the same document's items one after the other: the last document's
    items are kept (by identity, holding a reference so that identity cannot be reused).
    """
    global _last  # noqa: PLW0603 - a one-entry memo shared by the DL3xx rules
    if _last[0] is document and _last[1] is context.taxonomy:
        return _last[2]
    found = tuple(_classify(document, context.taxonomy))
    _last = (document, context.taxonomy, found)
    return found


def _classify(document: Document, taxonomy: Any) -> Iterator[Item]:
    data = document.mapping.get("data")
    if not isinstance(data, list):
        return
    for index, entry in enumerate(data):
        if not isinstance(entry, Mapping):
            continue
        text = text_of(entry.get("item"))
        if not text:
            continue
        declared = entry.get("category") if isinstance(entry.get("category"), str) else None
        if declared and declared in taxonomy.categories:
            yield Item(index, text, declared, (declared,), False, (), entry)
            continue
        found = taxonomy.classify(text)
        phrases = tuple(
            next(m.phrase for m in found.matches if m.category == c) for c in found.categories
        )
        yield Item(index, text, declared, found.categories, True, phrases, entry, found)


def sensitivity(item: Item, context: RuleContext) -> tuple[list[Any], Severity | None]:
    """The enabled regimes' statuses that make ``item`` sensitive, and how grave that is.

    The most severe category decides, whatever the order of the words: ERROR when a regime
    calls one of its categories sensitive outright; WARNING when every regime that counts it does
    so only under a condition (a "qualified" category); None when not sensitive under the enabled
    regimes. An inferred item's own words may decide a condition (a card number without its
    security code is not sensitive under CPRA).
    """
    statuses = sensitive_statuses(item, context, context.regimes)
    if not statuses:
        return [], None
    outright = any(status.level == "sensitive" for _, status in statuses)
    return statuses, Severity.ERROR if outright else Severity.WARNING


def sensitive_statuses(item: Item, context: RuleContext, regimes: Any) -> list[Any]:
    """(category, status) pairs sensitive or qualified under ``regimes``, in the item's order."""
    if item.reading is not None:
        return list(item.reading.statuses(context.taxonomy, regimes))
    return [
        (category, status)
        for category_id in item.categories
        if (category := context.taxonomy.get(category_id)) is not None
        for status in category.sensitive_under(regimes)
    ]


def explain(statuses: list[Any]) -> str:
    """``government_id (ID card number): sensitive under GB/T 35273-2020 (Table B.1); ...``."""
    parts: dict[str, list[str]] = {}
    for category, status in statuses:
        parts.setdefault(category.label, []).append(status.explain())
    return "; ".join(f"{label}: {', '.join(texts)}" for label, texts in parts.items())


def justified(entry: Mapping[str, Any]) -> tuple[bool, list[str]]:
    """Whether ``justification`` gives both necessity and impact, and which are missing."""
    justification = entry.get("justification")
    given = justification if isinstance(justification, Mapping) else {}
    missing = [k for k in ("necessity", "impact") if is_placeholder(given.get(k))]
    return not missing, missing
