"""Benchmark: ``disclosurelint report`` at 1,000 and 10,000 declarations (100,000 with --large).

The corpus is bench/scale.py's: generated, seed-shaped declarations of which 5% carry a real
problem. Each size is timed as whole processes: ``report --format html`` and ``--format
markdown`` to a file, and ``check`` on the same files, since a report checks the declarations
first (the difference is what the report itself costs); and the HTML report once more after a
``check`` has filled the result cache, which the report reads (dated today, as the check).
Runs are interleaved and the median is reported, with the median CPU time (user and system,
of the process and its workers), which says what a run costs when other work slows the
clock; peak memory is the resident memory of the whole process tree (workers included),
sampled every 20 ms. The load average is printed: on a
shared machine every figure is slower.

Target (2-core machine): the HTML report on 10,000 declarations in under 5 s and 200 MiB.
``python bench/report_scale.py [--repeat 3] [--large]``.
"""

from __future__ import annotations

import argparse
import datetime
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from run import compile_ours, tool  # noqa: E402
from scale import Case, corpus, interleaved, print_table  # noqa: E402

TARGET_SECONDS, TARGET_MIB = 5.0, 200.0


def main() -> int:
    # every run is timed cold: the result cache would serve a second run without checking
    os.environ["DISCLOSURELINT_NO_CACHE"] = "1"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="interleaved runs per size")
    parser.add_argument("--large", action="store_true", help="also 100,000 declarations, once")
    parser.add_argument("--sizes", type=int, nargs="*", default=[1_000, 10_000])
    args = parser.parse_args()

    compile_ours()
    ours = tool("disclosurelint")
    work = Path(tempfile.mkdtemp(prefix="disclosurelint-report-"))
    sizes = [*args.sizes, *([100_000] if args.large else [])]
    print(
        f"{os.cpu_count()} cores; Python {sys.version.split()[0]}; median of {args.repeat} "
        f"(100,000: once); load average before: {', '.join(f'{x:.1f}' for x in os.getloadavg())}"
    )
    today = datetime.date.today().isoformat()
    rows: list[tuple[str, str, str, str, str, str]] = [
        (
            "declarations",
            "report html",
            "report markdown",
            "check alone",
            "report html after a check (cache)",
            "",
        )
    ]
    for size in sizes:
        repo = work / f"n{size}"
        folder = corpus(repo, size)[0].parent
        report = [ours, "report", "--isolated", str(folder), "--date", today]
        check = [ours, "check", "--isolated", "--no-source", "-q", str(folder)]
        # the result cache a check wrote today, read by the report (never written by it)
        warm = ["env", "-u", "DISCLOSURELINT_NO_CACHE", f"DISCLOSURELINT_CACHE_DIR={work}/cache"]
        subprocess.run([*warm, *check], cwd=repo, capture_output=True, check=False)
        commands = {
            "html": [*report, "-o", str(work / "r.html")],
            "markdown": [*report, "-f", "markdown", "-o", str(work / "r.md")],
            "check": check,
            "warm": [*warm, *report, "-o", str(work / "w.html")],
        }
        found = interleaved(
            Case(f"{size:,}", commands, repo), 1 if size >= 100_000 else args.repeat
        )
        html = found["html"]
        verdict = ""
        if size == 10_000:
            ok = html.seconds < TARGET_SECONDS and html.peak_mib < TARGET_MIB
            verdict = f"{'ok' if ok else 'MISSED'} (target {TARGET_SECONDS:.0f} s, "
            verdict += f"{TARGET_MIB:.0f} MiB)"
        html_cell, markdown_cell, check_cell, warm_cell = (
            f"{found[k].seconds:.2f} s ({found[k].cpu_seconds:.1f} s CPU), "
            f"{found[k].peak_mib:.0f} MiB"
            for k in ("html", "markdown", "check", "warm")
        )
        rows.append((f"{size:,}", html_cell, markdown_cell, check_cell, warm_cell, verdict))
        codes = {k: v.exit_code for k, v in found.items()}
        if codes["html"] != 0 or codes["markdown"] != 0 or codes["warm"] != 0:
            print(f"note: at {size:,} the report exited with {codes}")
        shutil.rmtree(repo, ignore_errors=True)
    print()
    print_table(rows)
    print(f"\nload average after: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
