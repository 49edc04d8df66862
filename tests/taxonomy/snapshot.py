"""What the classifier makes of every bench item and of thousands of variants of them, as digests.

The texts are every item of ``bench/published_items*.yaml`` (but a held-out set's) and
``bench/labelled_items.yaml`` and, for each, variants made with a fixed seed in the shapes the
structure rules read: compounds in both orders, notes that deny, negations, results and hashes,
photos, coarse and tracked locations, linking words, case, full-width and Traditional characters,
other separators, a numbered suffix. For each text the snapshot keeps a digest of the whole result
(matches with their spans, negation, decisions, per-regime overrides) and of the item's level under
every regime, so that work on how matching runs cannot change what it finds.

When a change is meant to alter results (new vocabulary, a new structure rule), rewrite the
snapshot with ``python -m tests.taxonomy.snapshot --write``; the test lists the texts whose result
moved, to review.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import yaml

from disclosurelint.taxonomy import REGIMES, Taxonomy, load_taxonomy

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench"
SNAPSHOT = Path(__file__).with_name("data") / "classification_snapshot.txt"
VARIANTS_PER_ITEM = 5


def bench_texts() -> list[str]:
    """Every item text of the bench's labelled and published sets, each once, in file order.

    Items of a held-out set (``split: held-out``) are left out: a held-out round is measured
    once, by the quality bench, and never classified before that."""
    texts: list[str] = []
    for path in [BENCH / "labelled_items.yaml", *sorted(BENCH.glob("published_items*.yaml"))]:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        texts.extend(
            str(entry["text"]) for entry in data["items"] if entry.get("split") != "held-out"
        )
    return list(dict.fromkeys(texts))


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _traditional(text: str) -> str:
    from disclosurelint.packagedata import read_text

    pairs = str(json.loads(read_text("disclosurelint.taxonomy", "traditional.json"))["chars"])
    back = {pairs[i + 1]: pairs[i] for i in range(0, len(pairs), 2)}
    return "".join(back.get(c, c) for c in text)


_Shape = Callable[[str, str, int], str]
SHAPES: tuple[_Shape, ...] = (
    lambda t, u, n: f"{t} {n}",
    lambda t, u, n: f"{t}、{u}",
    lambda t, u, n: f"{u}, {t}",
    lambda t, u, n: f"{t} and {u}",
    lambda t, u, n: f"{t}和{u}",
    lambda t, u, n: f"{t}的{u}",
    lambda t, u, n: f"{t} linked to your {u}",
    lambda t, u, n: f"{t}\uff08本版本未采集\uff09",
    lambda t, u, n: f"{t} (not collected)",
    lambda t, u, n: f"does not collect {t}",
    lambda t, u, n: f"不涉及{t}; {u}",
    lambda t, u, n: f"{t}验证结果",
    lambda t, u, n: f"whether {t} matched",
    lambda t, u, n: f"hash of {t}",
    lambda t, u, n: f"{t}照片",
    lambda t, u, n: f"a scan of your {t}",
    lambda t, u, n: f"city-level {t}",
    lambda t, u, n: f"{t}轨迹",
    lambda t, u, n: f"{t} history",
    lambda t, u, n: f"{t}: {u}",
    lambda t, u, n: f"{t}, such as {u}",
    lambda t, u, n: f"{t}\uff08例如{u}\uff09",
    lambda t, u, n: f"{t} with the security code",
    lambda t, u, n: f"contents of {t} messages",
    lambda t, u, n: f"selfie, {t}",
    lambda t, u, n: t.upper(),
    lambda t, u, n: _full_width(t),
    lambda t, u, n: _traditional(t),
    lambda t, u, n: t.replace(" ", "-"),
    lambda t, u, n: t.replace(" ", "_").replace("、", "/"),
    lambda t, u, n: f"  {t}\n{u}  ",
)


def texts() -> Iterator[str]:
    """The bench texts and their variants, always the same ones in the same order."""
    base = bench_texts()
    rng = random.Random(14)
    seen: set[str] = set()
    for n, text in enumerate(base):
        chosen = [text] + [
            rng.choice(SHAPES)(text, rng.choice(base), n) for _ in range(VARIANTS_PER_ITEM)
        ]
        for variant in chosen:
            if variant not in seen:
                seen.add(variant)
                yield variant


def _digest(value: str, size: int) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:size]


def result(taxonomy: Taxonomy, text: str) -> str:
    """Everything the classifier says of ``text``, as one canonical JSON line."""
    found = taxonomy.classify(text)
    return json.dumps(
        {
            "matches": [[m.category, m.phrase, m.start, m.end] for m in found.matches],
            "negated": found.negated,
            "decisions": [[d.rule, d.words, d.effect, d.reason] for d in found.decisions],
            "overrides": [
                [o.category, o.regime, o.level, o.article, o.reason] for o in found.overrides
            ],
            "levels": [found.level(taxonomy, regime) for regime in REGIMES],
        },
        ensure_ascii=False,
    )


def snapshot(taxonomy: Taxonomy) -> dict[str, str]:
    """Text digest -> result digest for every text of :func:`texts`."""
    return {_digest(text, 10): _digest(result(taxonomy, text), 8) for text in texts()}


def read_snapshot() -> dict[str, str]:
    lines = SNAPSHOT.read_text(encoding="utf-8").splitlines()
    return dict(line.split(" ", 1) for line in lines if line and not line.startswith("#"))


def changed(taxonomy: Taxonomy) -> list[tuple[str, str]]:
    """(text, current result) of every text whose result differs from the snapshot's."""
    kept = read_snapshot()
    moved = []
    for text in texts():
        now = result(taxonomy, text)
        if kept.get(_digest(text, 10)) != _digest(now, 8):
            moved.append((text, now))
    return moved


def write(taxonomy: Taxonomy) -> int:
    rows = snapshot(taxonomy)
    SNAPSHOT.parent.mkdir(exist_ok=True)
    header = "# text digest, result digest: python -m tests.taxonomy.snapshot --write\n"
    SNAPSHOT.write_text(
        header + "".join(f"{k} {v}\n" for k, v in sorted(rows.items())), encoding="utf-8"
    )
    return len(rows)


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit("usage: python -m tests.taxonomy.snapshot --write")
    print(f"wrote {write(load_taxonomy())} results to {SNAPSHOT.relative_to(ROOT)}")
