"""The matcher's measured quality on the labelled items: what users rely on when a field is
flagged (or not) as sensitive."""

from __future__ import annotations

from pathlib import Path

from disclosurelint.taxonomy import Taxonomy
from disclosurelint.taxonomy.quality import (
    LabelledItem,
    evaluate,
    evaluate_regimes,
    format_regime_report,
    format_report,
    load_published,
)

PUBLISHED = Path(__file__).resolve().parents[2] / "bench" / "published_items.yaml"

PRECISION_TARGET = 0.95
RECALL_TARGET = 0.90


def test_labelled_set_is_large_and_bilingual(labelled: tuple[LabelledItem, ...]) -> None:
    assert len(labelled) >= 220
    chinese = [i for i in labelled if any("\u4e00" <= c <= "\u9fff" for c in i.text)]
    assert len(chinese) >= 60
    assert len({i.text for i in labelled}) == len(labelled)


def test_every_sensitive_category_is_labelled(
    taxonomy: Taxonomy, labelled: tuple[LabelledItem, ...]
) -> None:
    labels = {c for i in labelled for c in i.expect}
    missing = [c.id for c in taxonomy.sensitive() if c.id not in labels]
    assert missing == []


def test_precision_and_recall_on_sensitive_categories(
    taxonomy: Taxonomy, labelled: tuple[LabelledItem, ...]
) -> None:
    report = evaluate(taxonomy, labelled)
    table = format_report(report, show_misses=True)
    assert report.overall.precision is not None and report.overall.recall is not None
    assert report.overall.precision >= PRECISION_TARGET, table
    assert report.overall.recall >= RECALL_TARGET, table


def test_report_counts_unknown_items(
    taxonomy: Taxonomy, labelled: tuple[LabelledItem, ...]
) -> None:
    report = evaluate(taxonomy, labelled)
    assert report.items == len(labelled)
    assert "Customer Data" in report.unknown
    assert "items: " in format_report(report)


# --- published items: per-regime levels, tuning split --------------------------------------------


def test_published_items_keep_a_source_and_a_label_per_regime(taxonomy: Taxonomy) -> None:
    items = load_published(PUBLISHED, taxonomy)
    assert len(items) >= 600
    assert len({i.text for i in items}) == len(items)
    chinese = [i for i in items if any("\u4e00" <= c <= "\u9fff" for c in i.text)]
    assert len(chinese) >= 200
    held_out = [i for i in items if i.split == "held-out"]
    assert 0.25 <= len(held_out) / len(items) <= 0.35
    for item in items:
        assert set(item.labels) == {"pipl", "gb35273", "gdpr", "cpra"}
        assert all(label.article for label in item.labels.values()), item.text


def test_published_tuning_split_meets_the_targets(taxonomy: Taxonomy) -> None:
    items = [i for i in load_published(PUBLISHED, taxonomy) if i.split == "tune"]
    report = evaluate_regimes(taxonomy, items)
    table = format_regime_report("tune", report, show_misses=True)
    by_name = {c.name: c for c in report.confusions}
    for name, (precision, recall) in {
        "default (pipl+gb35273)": (0.97, 0.95),
        "gdpr": (0.95, 0.92),
        "cpra": (0.95, 0.92),
    }.items():
        score = by_name[name]
        assert score.precision is not None and score.precision >= precision, table
        assert score.recall is not None and score.recall >= recall, table
