"""Quality and speed of the taxonomy classifier on labelled data items.

    python bench/taxonomy_quality.py [--published FILE]... [--held-out FILE]
                                     [--items bench/labelled_items.yaml] [--misses] [--no-speed]

1. The published items (wording taken from real sharing lists, SDK lists, app-store labels and
   CPRA notices, each labelled per regime with its article): item-level confusion per regime
   (does the item need a justification?) on the tuning data (``published_items.yaml``,
   ``published_items_fresh.yaml`` and ``published_items_round2.yaml`` to
   ``published_items_round11.yaml``, ``published_items_heldout10.yaml`` to
   ``published_items_heldout21.yaml``, whose earlier
   held-out and fresh sets were measured once,
   studied, and are now tuning data) and, separately, on the held-out set
   ``published_items_holdout.yaml`` when one is in progress: wording found nowhere else in the
   project, labelled before the classifier was run on it and never tuned on. Targets on the
   held-out set: precision 0.97 and recall 0.95 under the default regimes (PIPL + GB/T 35273),
   0.95 / 0.92 under GDPR and CPRA each. When no held-out file is present the script says so
   and measures the rest.
2. The written development set: precision and recall per category.
3. Speed: 10,000 distinct items classified (targets: under 0.5 s).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from disclosurelint.taxonomy import load_taxonomy
from disclosurelint.taxonomy.quality import (
    evaluate,
    evaluate_regimes,
    format_regime_report,
    format_report,
    load_items,
    load_published,
)

HERE = Path(__file__).resolve().parent
DEFAULT_ITEMS = HERE / "labelled_items.yaml"
DEFAULT_PUBLISHED = (
    HERE / "published_items.yaml",
    HERE / "published_items_fresh.yaml",
    HERE / "published_items_round2.yaml",
    HERE / "published_items_round3.yaml",
    HERE / "published_items_round4.yaml",
    HERE / "published_items_round5.yaml",
    HERE / "published_items_round6.yaml",
    HERE / "published_items_round7.yaml",
    HERE / "published_items_round8.yaml",
    HERE / "published_items_round9.yaml",
    HERE / "published_items_round10.yaml",
    HERE / "published_items_round11.yaml",
    HERE / "published_items_heldout10.yaml",
    HERE / "published_items_heldout11.yaml",
    HERE / "published_items_heldout12.yaml",
    HERE / "published_items_heldout13.yaml",
    HERE / "published_items_heldout14.yaml",
    HERE / "published_items_heldout15.yaml",
    HERE / "published_items_heldout16.yaml",
    HERE / "published_items_heldout17.yaml",
    HERE / "published_items_heldout18.yaml",
    HERE / "published_items_heldout19.yaml",
    HERE / "published_items_heldout20.yaml",
    HERE / "published_items_heldout21.yaml",
)
DEFAULT_HELD_OUT = HERE / "published_items_holdout.yaml"
SPEED_ITEMS = 10_000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--published",
        type=Path,
        action="append",
        help="published items to tune on (YAML; repeatable)",
    )
    parser.add_argument(
        "--held-out", type=Path, default=DEFAULT_HELD_OUT, help="held-out items, never tuned on"
    )
    parser.add_argument("--items", type=Path, default=DEFAULT_ITEMS, help="written items (YAML)")
    parser.add_argument("--misses", action="store_true", help="list the items labelled otherwise")
    parser.add_argument("--no-speed", action="store_true", help="measure quality only")
    parser.add_argument(
        "--source", help="only the written items of this source (seed, written, held-out...)"
    )
    args = parser.parse_args(argv)
    taxonomy = load_taxonomy()
    _ = taxonomy.matcher  # build the matcher first: the timings below are classification alone

    published = [
        item
        for path in args.published or DEFAULT_PUBLISHED
        for item in load_published(path, taxonomy)
    ]
    held_out = load_published(args.held_out, taxonomy) if args.held_out.exists() else ()
    for title, chosen in (
        ("published items, tuning data", published),
        ("published items, held-out set (never tuned on)", held_out),
    ):
        if chosen:
            report = evaluate_regimes(taxonomy, chosen)
            print(format_regime_report(title, report, show_misses=args.misses))
            print()
    if not held_out:
        print(
            f"published items, held-out set: none ({_shown(args.held_out)} is not present;"
            " every earlier round is tuning data, so no figure on unseen wording is measured)"
        )
        print()

    items = load_items(args.items, taxonomy)
    if args.source:
        items = tuple(i for i in items if i.source == args.source)
    print(format_report(evaluate(taxonomy, items), show_misses=args.misses))
    print()
    if args.no_speed:
        return 0

    texts = [item.text for item in published] + [item.text for item in items] or [""]
    for text in texts:  # compile the phrase buckets these texts use, as a first run would
        taxonomy.matcher.classify(text)
    # Distinct texts (a numbered suffix), so that the memo of earlier texts does not help.
    many = [f"{texts[i % len(texts)]} {i}" for i in range(SPEED_ITEMS)]
    best = best_cpu = float("inf")
    for _round in range(5):
        matcher = taxonomy.matcher
        # Measure classification, not what earlier rounds left: only the parts these items
        # repeat among themselves are remembered, as in a run over as many distinct items.
        matcher.forget()
        started, started_cpu = time.perf_counter(), time.process_time()
        for text in many:
            matcher.classify(text)
        best = min(best, time.perf_counter() - started)
        best_cpu = min(best_cpu, time.process_time() - started_cpu)
    # CPU time is the figure to read on a shared machine: wall time also counts the time slices
    # other processes take.
    print(
        f"classified {SPEED_ITEMS:,} distinct items in {best * 1000:.0f} ms wall,"
        f" {best_cpu * 1000:.0f} ms CPU (best of 5; target: under 500 ms)"
    )
    return 0


def _shown(path: Path) -> str:
    """``path`` relative to the working directory when it is below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


if __name__ == "__main__":
    sys.exit(main())
