"""Measuring the matcher against labelled data items: precision and recall per category.

Used by ``bench/taxonomy_quality.py`` and by the test that holds the matcher to its targets.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from disclosurelint.taxonomy.records import REGIMES, Taxonomy, TaxonomyError


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
