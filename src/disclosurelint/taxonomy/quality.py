"""Measuring the matcher against labelled data items: precision and recall per category.

Used by ``bench/taxonomy_quality.py`` and by the test that holds the matcher to its targets.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from disclosurelint.taxonomy.records import (
    LEVELS,
    NOT_SENSITIVE,
    REGIMES,
    Taxonomy,
    TaxonomyError,
)


@dataclass(frozen=True)
class LabelledItem:
    text: str
    expect: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class Score:
    """Counts for one category (or a micro-average over several)."""

    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def support(self) -> int:
        return self.tp + self.fn


@dataclass(frozen=True)
class Miss:
    """An item where the matcher and the label disagree."""

    text: str
    expected: tuple[str, ...]
    found: tuple[str, ...]


@dataclass(frozen=True)
class QualityReport:
    items: int
    unknown: tuple[str, ...]  # texts the matcher found no category in (and no negation)
    negated: int
    scores: Mapping[str, Score]  # per category, every category labelled or found
    sensitive: tuple[str, ...]  # categories sensitive or qualified under some regime
    overall: Score  # micro-average over the sensitive categories
    overall_all: Score  # micro-average over every category
    misses: tuple[Miss, ...]


def load_items(path: Path, taxonomy: Taxonomy) -> tuple[LabelledItem, ...]:
    """Labelled items from a YAML file ``{items: [{text, expect, source}]}``."""
    import yaml

    data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    raw = data.get("items") if isinstance(data, dict) else None
    if not isinstance(raw, list):
        raise TaxonomyError(f"{path}: expected a mapping with a list under 'items'")
    items = []
    for n, entry in enumerate(raw):
        text, expect = entry.get("text"), entry.get("expect")
        if not isinstance(text, str) or not isinstance(expect, list):
            raise TaxonomyError(f"{path}: items[{n}]: needs 'text' (string) and 'expect' (list)")
        unknown = [c for c in expect if c not in taxonomy]
        if unknown:
            raise TaxonomyError(f"{path}: items[{n}]: unknown category {unknown[0]!r}")
        items.append(LabelledItem(text, tuple(expect), str(entry.get("source", ""))))
    return tuple(items)


def _micro(name: str, scores: Iterable[Score]) -> Score:
    tp = fp = fn = 0
    for s in scores:
        tp, fp, fn = tp + s.tp, fp + s.fp, fn + s.fn
    return Score(name, tp, fp, fn)


def evaluate(taxonomy: Taxonomy, items: Sequence[LabelledItem]) -> QualityReport:
    """Compare the matcher's categories with the labels, item by item."""
    counts: dict[str, list[int]] = {}
    unknown: list[str] = []
    misses: list[Miss] = []
    negated = 0
    for item in items:
        result = taxonomy.classify(item.text)
        negated += result.negated
        if result.unknown:
            unknown.append(item.text)
        found, expected = set(result.categories), set(item.expect)
        for cid in found | expected:
            tp_fp_fn = counts.setdefault(cid, [0, 0, 0])
            tp_fp_fn[0 if cid in found & expected else 1 if cid in found else 2] += 1
        if found != expected:
            misses.append(Miss(item.text, item.expect, result.categories))
    scores = {cid: Score(cid, *c) for cid, c in sorted(counts.items())}
    sensitive = tuple(c.id for c in taxonomy.sensitive(REGIMES))
    return QualityReport(
        items=len(items),
        unknown=tuple(unknown),
        negated=negated,
        scores=scores,
        sensitive=sensitive,
        overall=_micro(
            "sensitive categories (micro)", (scores[c] for c in sensitive if c in scores)
        ),
        overall_all=_micro("all categories (micro)", scores.values()),
        misses=tuple(misses),
    )


def _ratio(value: float | None) -> str:
    return "   -" if value is None else f"{value:.2f}"


def format_report(report: QualityReport, *, show_misses: bool = False) -> str:
    """A plain-text table: one row per category (sensitive ones marked), then the overall rows."""
    width = max([len(n) for n in report.scores] + [len(report.overall_all.name)])
    header = f"{'category':<{width}}  sens  support   tp   fp   fn  precision  recall"
    lines = [header, "-" * len(header)]

    def row(score: Score, mark: str) -> str:
        return (
            f"{score.name:<{width}}  {mark:^4}  {score.support:>7} {score.tp:>4} {score.fp:>4}"
            f" {score.fn:>4}  {_ratio(score.precision):>9}  {_ratio(score.recall):>6}"
        )

    for cid, score in report.scores.items():
        lines.append(row(score, "*" if cid in report.sensitive else ""))
    lines.append("-" * len(header))
    lines.append(row(report.overall, "*"))
    lines.append(row(report.overall_all, ""))
    lines.append("")
    lines.append(
        f"items: {report.items}   unknown (no category, no negation): {len(report.unknown)}"
    )
    lines.append(
        f"negated items: {report.negated}   items not labelled exactly: {len(report.misses)}"
    )
    for text in report.unknown:
        lines.append(f"  unknown: {text}")
    if show_misses:
        for miss in report.misses:
            lines.append(
                f"  miss: {miss.text!r}: expected {list(miss.expected)}, found {list(miss.found)}"
            )
    return "\n".join(lines)


# --- Per-regime measurement on published items --------------------------------------------------

DEFAULT_SET: tuple[str, ...] = ("pipl", "gb35273")
"""The regimes a check applies by default; an item counts when either calls it sensitive."""


@dataclass(frozen=True)
class RegimeLabel:
    level: str
    article: str


@dataclass(frozen=True)
class PublishedItem:
    """A data item as a published list words it, its source and its label under each regime."""

    text: str
    source: str
    split: str  # "tune" or "held-out"
    expect: tuple[str, ...]
    labels: Mapping[str, RegimeLabel]


@dataclass(frozen=True)
class Confusion:
    """Item-level counts: does the item need a justification under the regime(s)?"""

    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass(frozen=True)
class RegimeMiss:
    text: str
    regime: str
    expected: str
    found: str


@dataclass(frozen=True)
class RegimeReport:
    items: int
    confusions: tuple[Confusion, ...]  # the default set, then each regime
    level_agreement: Mapping[str, float]  # share of items whose exact level matches, per regime
    misses: tuple[RegimeMiss, ...]


def load_published(path: Path, taxonomy: Taxonomy) -> tuple[PublishedItem, ...]:
    """Items from ``{sources: {key: url}, items: [{text, source, split, expect, pipl: ...}]}``."""
    import yaml

    data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    raw = data.get("items") if isinstance(data, dict) else None
    if not isinstance(raw, list):
        raise TaxonomyError(f"{path}: expected a mapping with a list under 'items'")
    sources = data.get("sources") or {}
    items = []
    for n, entry in enumerate(raw):
        where = f"{path}: items[{n}]"
        unknown = [c for c in entry.get("expect", ()) if c not in taxonomy]
        if unknown:
            raise TaxonomyError(f"{where}: unknown category {unknown[0]!r}")
        if entry.get("source") not in sources:
            raise TaxonomyError(f"{where}: source {entry.get('source')!r} is not under 'sources'")
        labels = {}
        for regime in REGIMES:
            label = entry.get(regime)
            if not isinstance(label, dict) or label.get("level") not in LEVELS:
                raise TaxonomyError(f"{where}: needs {regime}: {{level, article}}")
            labels[regime] = RegimeLabel(label["level"], str(label.get("article", "")))
        items.append(
            PublishedItem(
                text=str(entry["text"]),
                source=str(entry["source"]),
                split=str(entry.get("split", "tune")),
                expect=tuple(entry.get("expect", ())),
                labels=labels,
            )
        )
    return tuple(items)


def _positive(level: str) -> bool:
    return level != NOT_SENSITIVE


def evaluate_regimes(taxonomy: Taxonomy, items: Sequence[PublishedItem]) -> RegimeReport:
    """Compare the level the classifier gives each item, per regime, with its label."""
    names = ("default (pipl+gb35273)", *REGIMES)
    counts = {name: [0, 0, 0, 0] for name in names}
    agree = dict.fromkeys(REGIMES, 0)
    misses: list[RegimeMiss] = []
    for item in items:
        result = taxonomy.classify(item.text)
        found = {r: result.level(taxonomy, r) for r in REGIMES}
        for name in names:
            chosen = DEFAULT_SET if name.startswith("default") else (name,)
            want = any(_positive(item.labels[r].level) for r in chosen)
            got = any(_positive(found[r]) for r in chosen)
            counts[name][(0 if got else 2) if want else (1 if got else 3)] += 1
        for regime in REGIMES:
            if found[regime] == item.labels[regime].level:
                agree[regime] += 1
            elif _positive(found[regime]) != _positive(item.labels[regime].level):
                misses.append(
                    RegimeMiss(item.text, regime, item.labels[regime].level, found[regime])
                )
    total = len(items) or 1
    return RegimeReport(
        items=len(items),
        confusions=tuple(Confusion(name, *counts[name]) for name in names),
        level_agreement={r: agree[r] / total for r in REGIMES},
        misses=tuple(misses),
    )


def format_regime_report(title: str, report: RegimeReport, *, show_misses: bool = False) -> str:
    """One row per regime: the confusion counts, precision and recall, exact-level agreement."""
    header = f"{'regimes':<24} {'tp':>4} {'fp':>4} {'fn':>4} {'tn':>4}  precision  recall  level"
    lines = [f"{title}: {report.items} items", header, "-" * len(header)]
    for c in report.confusions:
        level = report.level_agreement.get(c.name)
        lines.append(
            f"{c.name:<24} {c.tp:>4} {c.fp:>4} {c.fn:>4} {c.tn:>4}  {_ratio(c.precision):>9}"
            f"  {_ratio(c.recall):>6}  {'' if level is None else f'{level:.2f}':>5}"
        )
    if show_misses:
        for miss in report.misses:
            lines.append(
                f"  miss [{miss.regime}] {miss.text!r}:"
                f" expected {miss.expected}, found {miss.found}"
            )
    return "\n".join(lines)
