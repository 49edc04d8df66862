"""Fuzz run: 100,000 generated inputs through ``check_text`` and every output format.

The inputs and the invariants are those of the suite's bounded fuzz test
(``tests/robust/fuzzing.py``), run much longer: declarations with random values of any JSON
shape put at, added to or removed from random places; YAML-looking text made of YAML's syntax
characters, full-width look-alikes and control characters; and a real declaration's text with
characters inserted, deleted or replaced. Each input must keep every invariant: no exception
escapes ``check_text`` and no rule fails; whatever jsonschema rejects is reported; a file the
loader could not read is never a pass; and (for every tenth input of each kind, where rendering
would otherwise take most of the time) every output format renders and the machine-readable ones
parse.

It prints how many inputs of each kind ran, what the tool made of them (no problem, problems,
a file it could not load) and every broken invariant, with the first input that broke it
written to ``--failures`` (default ``fuzz-failures.txt``). Exit 1 when an invariant broke.

Usage: python bench/fuzz.py [--inputs 100000] [--jobs 2] [--seed 0]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _worker(args: tuple[int, int, int]) -> tuple[Counter[str], dict[str, str]]:
    """Run ``count`` inputs from the generator seeded with ``start``; every ``format_every``-th
    input of a kind is also rendered in every output format."""
    from hypothesis import HealthCheck, Phase, given, seed, settings
    from hypothesis import strategies as st
    from tests.robust.documents import dump
    from tests.robust.fuzzing import documents, judge, mangled_texts, yaml_texts

    count, start, format_every = args
    counts: Counter[str] = Counter()
    first: dict[str, str] = {}
    kinds = st.one_of(
        documents().map(lambda d: ("document", dump(d))),
        yaml_texts.map(lambda t: ("yaml text", t)),
        mangled_texts().map(lambda t: ("mangled text", t)),
    )

    @seed(start)
    @settings(
        max_examples=count,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(kinds)
    def run(case: tuple[str, str]) -> None:
        kind, text = case
        counts[f"input: {kind}"] += 1
        formats = counts[f"input: {kind}"] % format_every == 0
        counts["formats rendered and parsed"] += formats
        result, broken = judge(text, formats=formats)
        for violation in broken:
            what = violation.split(":", 1)[0]
            counts[f"broken: {what}"] += 1
            first.setdefault(what, f"{violation}\n--- input ({kind}) ---\n{text!r}\n")
        if result is not None:
            codes = {p.code for p in result.problems}
            if any(c < "DL1" for c in codes):
                counts["outcome: a problem reading the file (DL001-DL012)"] += 1
            elif codes:
                counts["outcome: other problems found"] += 1
            else:
                counts["outcome: no problem"] += 1

    run()
    return counts, first


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--formats-every",
        type=int,
        default=10,
        help="render every output format for every N-th input",
    )
    parser.add_argument("--failures", type=Path, default=Path("fuzz-failures.txt"))
    args = parser.parse_args(argv)

    share, extra = divmod(args.inputs, args.jobs)
    work = [
        (share + (1 if i < extra else 0), args.seed + i, args.formats_every)
        for i in range(args.jobs)
    ]
    started = time.perf_counter()
    counts: Counter[str] = Counter()
    first: dict[str, str] = {}
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for part, examples in pool.map(_worker, work):
            counts.update(part)
            for what, text in examples.items():
                first.setdefault(what, text)
    seconds = time.perf_counter() - started

    total = sum(v for k, v in counts.items() if k.startswith("input: "))
    print(f"{total:,} inputs in {seconds:,.0f} s ({args.jobs} processes, seed {args.seed})")
    for prefix in ("input: ", "outcome: ", "formats", "broken: "):
        for key, value in sorted(counts.items()):
            if key.startswith(prefix):
                print(f"  {key:<60} {value:>9,}")
    broken = sum(v for k, v in counts.items() if k.startswith("broken: "))
    print(f"  {'invariants broken':<60} {broken:>9,}")
    if first:
        args.failures.write_text("\n".join(first.values()), encoding="utf-8")
        print(f"first input of each kind of failure: {args.failures}")
    return 1 if broken else 0


if __name__ == "__main__":
    raise SystemExit(main())
