"""The matcher's measured quality on the labelled items: what users rely on when a field is
flagged (or not) as sensitive."""

from __future__ import annotations

from disclosurelint.taxonomy import Taxonomy
from disclosurelint.taxonomy.quality import LabelledItem, evaluate, format_report

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
