"""Every bench item and thousands of variants classify as the snapshot says, under every regime.

How matching runs (indexes, compiled patterns, memos, fast paths) may change; what it finds may
not, unless the snapshot is rewritten on purpose (``python -m tests.taxonomy.snapshot --write``).
"""

from __future__ import annotations

from disclosurelint.taxonomy import Taxonomy
from tests.taxonomy.snapshot import SNAPSHOT, bench_texts, changed, read_snapshot, texts


def test_the_snapshot_covers_every_bench_item_and_its_variants() -> None:
    count = len(list(texts()))
    assert len(read_snapshot()) == count
    assert count > 4 * len(bench_texts()) > 4 * 1500


def test_every_text_classifies_as_the_snapshot_says(taxonomy: Taxonomy) -> None:
    moved = changed(taxonomy)
    shown = "\n".join(f"{text!r}: {now}" for text, now in moved[:20])
    assert not moved, (
        f"{len(moved)} result(s) differ from {SNAPSHOT.name} (rewrite it only for an intended"
        f" change of results):\n{shown}"
    )
