"""Precision and recall of the taxonomy matcher on the labelled data items.

    python bench/taxonomy_quality.py [--items bench/labelled_items.yaml] [--misses]

Prints one row per category (sensitive categories marked with *), the micro-average over the
sensitive categories and over all categories, and the items in which no category was found.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from disclosurelint.taxonomy import load_taxonomy
from disclosurelint.taxonomy.quality import evaluate, format_report, load_items

DEFAULT_ITEMS = Path(__file__).resolve().parent / "labelled_items.yaml"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--items", type=Path, default=DEFAULT_ITEMS, help="labelled items (YAML)")
    parser.add_argument("--misses", action="store_true", help="list items not labelled exactly")
    parser.add_argument(
        "--source", help="only the items of this source (seed, written, held-out...)"
    )
    args = parser.parse_args(argv)
    taxonomy = load_taxonomy()
    items = load_items(args.items, taxonomy)
    if args.source:
        items = tuple(i for i in items if i.source == args.source)
    _ = taxonomy.matcher  # build the matcher first: the timing below is classification alone
    started = time.perf_counter()
    report = evaluate(taxonomy, items)
    elapsed = time.perf_counter() - started
    print(format_report(report, show_misses=args.misses))
    print(f"classified {report.items} items in {elapsed * 1000:.1f} ms")
    texts = [item.text for item in items] or [""]
    # Distinct texts (a numbered suffix), so that the matcher's memo of earlier texts does not help.
    many = [f"{texts[i % len(texts)]} {i}" for i in range(10_000)]
    started = time.perf_counter()
    for text in many:
        taxonomy.classify(text)
    print(f"classified 10,000 distinct items in {(time.perf_counter() - started) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
