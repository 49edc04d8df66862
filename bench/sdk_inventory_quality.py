"""Recall and precision of the SDK inventory on real app manifests.

    python bench/sdk_inventory_quality.py FOLDER [--split tune|held-out|all] [-v]

FOLDER holds the manifests named in bench/sdk_manifests.yaml, each as FOLDER/<id>/<path>
(read them at the recorded commit; they are other projects' files and are not kept in this
repository). A found SDK counts when its coordinate and line match an expected one; an SDK the
tool reports that the annotation does not list is a false positive. Exit 2 when a manifest is
missing from FOLDER.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
FACTS = HERE / "sdk_manifests.yaml"


@dataclass
class Score:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positive + self.false_negative
        return self.true_positive / wanted if wanted else 1.0


def load_facts(path: Path = FACTS) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text("utf-8"))
    manifests: list[dict[str, Any]] = data["manifests"]
    return manifests


def evaluate(
    folder: Path, entries: Sequence[dict[str, Any]], verbose: bool = False
) -> tuple[Score, list[str]]:
    from disclosurelint.sdks import inventory, load_catalogue

    catalogue = load_catalogue()
    score = Score()
    lines: list[str] = []
    for entry in entries:
        base = folder / entry["id"]
        for name in entry.get("local_files", ()):
            (base / name).parent.mkdir(parents=True, exist_ok=True)
            (base / name).touch()
        manifest = base / entry["path"]
        found = inventory([manifest], catalogue, cwd=str(base))
        got = {(f.dependency.coordinate, f.dependency.line) for f in found.known}
        wanted = {(e["coordinate"], e["line"]) for e in entry.get("expected") or ()}
        hits, extra, missed = got & wanted, got - wanted, wanted - got
        score.true_positive += len(hits)
        score.false_positive += len(extra)
        score.false_negative += len(missed)
        lines.append(
            f"{entry['id']:<26} {entry['split']:<9} expected {len(wanted):>2}  found {len(hits):>2}"
            f"  missed {len(missed):>2}  extra {len(extra):>2}  not catalogued {len(found.unknown)}"
        )
        if verbose:
            lines += [f"    missed {c} at line {n}" for c, n in sorted(missed)]
            lines += [f"    extra  {c} at line {n}" for c, n in sorted(extra)]
    return score, lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--split", choices=("tune", "held-out", "all"), default="all")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    entries = [e for e in load_facts() if args.split in ("all", e["split"])]
    missing = [e for e in entries if not (args.folder / e["id"] / e["path"]).is_file()]
    if missing:
        for entry in missing:
            sys.stderr.write(
                f"missing: {args.folder / entry['id'] / entry['path']} "
                f"({entry['repo']} {entry['path']} at {entry['commit']})\n"
            )
        return 2
    for split in ("tune", "held-out"):
        chosen = [e for e in entries if e["split"] == split]
        if not chosen:
            continue
        score, lines = evaluate(args.folder, chosen, args.verbose)
        print("\n".join(lines))
        print(
            f"{split}: {len(chosen)} manifests, {score.true_positive} SDK dependencies found, "
            f"{score.false_negative} missed, {score.false_positive} wrongly reported; "
            f"precision {score.precision:.2f}, recall {score.recall:.2f}\n"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
