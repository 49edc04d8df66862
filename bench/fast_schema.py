"""Time the fast validity check of the declaration schema, in microseconds per document.

The documents are synthetic declarations (``bench/generate.py``) read as ``disclosurelint check``
reads them; each is checked once per pass, and the best of five passes is reported, with the
garbage collector off. Usage: python bench/fast_schema.py [--count N]
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from disclosurelint.load import parse
from disclosurelint.schema import fast_valid
from generate import declaration


def documents(count: int, seed: int = 11) -> list[object]:
    rng = random.Random(seed)
    loaded = []
    for n in range(count):
        document, _ = parse(declaration(n, rng), f"partner-{n:05d}.yaml")
        if document is not None:
            loaded.append(document.data)
    return loaded


def best_pass(docs: list[object], passes: int = 5) -> float:
    """Seconds per document of the fastest pass."""
    best = float("inf")
    gc.disable()
    try:
        for _ in range(passes):
            start = time.perf_counter()
            for doc in docs:
                fast_valid(doc)
            best = min(best, time.perf_counter() - start)
    finally:
        gc.enable()
    return best / len(docs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    args = parser.parse_args()
    docs = documents(args.count)
    valid = sum(fast_valid(doc) for doc in docs)
    print(f"{len(docs)} documents, {valid} valid: {best_pass(docs) * 1e6:.2f} µs per document")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
