"""Benchmark: the cost of organisation policies, side by side with the same run without them.

Generates N seed-shaped declarations (default 10,000) and times whole cold processes of
``disclosurelint check DIR`` with every built-in rule, once with the six example policies of
``examples/policies/`` enabled and once without (best of ``--repeat`` runs each, alternating, as
the machine may be shared). Target: the run with policies takes at most 1.3x the run without.
Run it with ``python bench/policies.py``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402
from run import measure, tool  # noqa: E402

TARGET = 1.3


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10_000, help="number of files (default 10000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each configuration")
    parser.add_argument("--out", type=Path, default=HERE / "out-policies")
    args = parser.parse_args()
    if args.out.exists():
        shutil.rmtree(args.out)
    folder = generate(args.out / "declarations", args.n)[0].parent
    shutil.copytree(ROOT / "examples" / "policies", args.out / "policies")
    shutil.copy(ROOT / "examples" / "approved-vendors.list.yaml", args.out)
    plain = args.out / "plain.yaml"
    plain.write_text("regimes: [pipl, gb35273]\n", encoding="utf-8")
    with_policies = args.out / "policies.yaml"
    with_policies.write_text("regimes: [pipl, gb35273]\npolicies: [policies/]\n", "utf-8")
    ours = tool("disclosurelint")
    runs: dict[str, list[float]] = {"without": [], "with": []}
    for _ in range(args.repeat):
        for label, config in (("without", plain), ("with", with_policies)):
            command = [ours, "check", str(folder), "--no-source", "--config", str(config)]
            runs[label].append(measure(command, args.out).seconds)
    without, with_ = min(runs["without"]), min(runs["with"])
    ratio = with_ / without
    print(f"{args.n:,} declarations, best of {args.repeat}; Python {sys.version.split()[0]}")
    print(f"  without policies       {without:7.2f} s")
    print(f"  with 6 example policies {with_:6.2f} s")
    print(f"  ratio {ratio:.2f}x (target <= {TARGET}x): {'ok' if ratio <= TARGET else 'MISSED'}")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
