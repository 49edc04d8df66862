"""Benchmark: the cost of organisation policies, side by side with the same run without them.

Generates N seed-shaped declarations (default 10,000) and times whole cold processes of
``disclosurelint check DIR`` with every built-in rule, once with the six example policies of
``examples/policies/`` enabled and once without (``--repeat`` runs each, alternating; the
medians are compared, the best runs shown beside them). The approved-vendor list holds the
generated recipients, as an organisation's list holds its partners: the policies hold on most
declarations, and report on those that break them. Target: the run with policies takes at most
1.3x the run without, in the CPU time of the whole process tree (the steadier figure on a
shared machine); wall-clock time is printed beside it.
Run it with ``python bench/policies.py``.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import sys
from pathlib import Path
from statistics import median

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402
from run import measure, tool  # noqa: E402

TARGET = 1.3


def main() -> int:
    # every run is timed cold: the result cache would serve a second run without checking
    os.environ["DISCLOSURELINT_NO_CACHE"] = "1"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10_000, help="number of files (default 10000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each configuration")
    parser.add_argument("--out", type=Path, default=HERE / "out" / "policies")
    args = parser.parse_args()
    if args.out.exists():
        shutil.rmtree(args.out)
    folder = generate(args.out / "declarations", args.n)[0].parent
    shutil.copytree(ROOT / "examples" / "policies", args.out / "policies")
    names = sorted(
        {
            match.group(1)
            for path in folder.glob("*.yaml")
            for match in [re.search(r"^  name: (.+)$", path.read_text("utf-8"), re.M)]
            if match
        }
    )
    (args.out / "approved-vendors.list.yaml").write_text(
        "".join(f"- {name!r}\n" for name in names), encoding="utf-8"
    )
    plain = args.out / "plain.yaml"
    plain.write_text("regimes: [pipl, gb35273]\n", encoding="utf-8")
    with_policies = args.out / "policies.yaml"
    with_policies.write_text("regimes: [pipl, gb35273]\npolicies: [policies/]\n", "utf-8")
    ours = tool("disclosurelint")
    wall: dict[str, list[float]] = {"without": [], "with": []}
    cpu: dict[str, list[float]] = {"without": [], "with": []}
    for _ in range(args.repeat):
        for label, config in (("without", plain), ("with", with_policies)):
            command = [ours, "check", str(folder), "--no-source", "--config", str(config)]
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            wall[label].append(measure(command, args.out).seconds)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[label].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    print(
        f"{args.n:,} declarations, median of {args.repeat} interleaved runs (best in brackets); "
        f"Python {sys.version.split()[0]}"
    )
    print(f"{'':26}{'wall s':>16}{'CPU s':>16}")
    for label, title in (("without", "without policies"), ("with", "with 6 example policies")):
        print(
            f"{title:26}{_figure(wall[label]):>16}{_figure(cpu[label]):>16}",
        )
    ratio = median(wall["with"]) / median(wall["without"])
    cpu_ratio = median(cpu["with"]) / median(cpu["without"])
    verdict = "ok" if cpu_ratio <= TARGET else "MISSED"
    print(
        f"ratio of medians: wall {ratio:.2f}x, CPU {cpu_ratio:.2f}x "
        f"(target <= {TARGET}x, on the CPU time of the process tree): {verdict}"
    )
    _load_figures(args.out / "policies")
    return 0 if cpu_ratio <= TARGET else 1


def _load_figures(policies: Path) -> None:
    """What loading the policy files costs, once per run: reading, compiling and the static
    type check of every expression (which is not run again for any declaration)."""
    import time

    sys.path.insert(0, str(ROOT / "src"))
    from disclosurelint.policy import load_files, typecheck
    from disclosurelint.policy.files import discover

    files = discover([str(policies)])
    started = time.perf_counter()
    rules = load_files(files, activate=False)
    loaded = time.perf_counter() - started
    checks = [
        (source, typecheck.variables(rule.each_path))
        for rule in rules
        for source in (*rule.sources, *(e.source for e in rule.message.expressions))
    ]
    rounds = 200
    started = time.perf_counter()
    for _ in range(rounds):
        for source, variables in checks:
            typecheck.check(source, variables)
    checked = (time.perf_counter() - started) / rounds
    print(
        f"loading the {len(files)} policy files, once per run: {loaded * 1000:.0f} ms, of which "
        f"the type check of their {len(checks)} expressions {checked * 1000:.1f} ms "
        "(0 per declaration)"
    )


def _figure(values: list[float]) -> str:
    return f"{median(values):.2f} ({min(values):.2f})"


if __name__ == "__main__":
    raise SystemExit(main())
