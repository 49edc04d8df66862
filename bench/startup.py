"""Start-up: how long a one-file `check` takes as a cold process, and what it imports.

ruamel.yaml and Jinja2 are dependencies (a plain ``pip install`` runs every documented command)
but only `import`, `render --format html` and `report` import them; this prints the time of
``disclosurelint check FILE`` and ``disclosurelint --version`` (median and best of N cold runs)
and the modules of both packages a check loads (there should be none). ``--against DIR`` times
another source tree (a checkout's ``src``) with the same interpreter, side by side.

Usage: python bench/startup.py [--runs N] [--against OTHER/src]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILE = ROOT / "declarations" / "welink" / "camcard.yaml"
COMMANDS = {"check one file": ["check", str(FILE), "-f", "json"], "--version": ["--version"]}


def _env(src: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(src), "NO_COLOR": "1"}


def _once(args: list[str], src: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "disclosurelint", *args],
        env=_env(src),
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    return time.perf_counter() - start


def timings(args: list[str], trees: list[Path], runs: int) -> list[tuple[float, float]]:
    """(median, best) per tree; the trees take turns, so a busy machine slows each alike."""
    seconds: list[list[float]] = [[] for _ in trees]
    for _ in range(runs):
        for n, src in enumerate(trees):
            seconds[n].append(_once(args, src))
    return [(statistics.median(s), min(s)) for s in seconds]


def heavy_imports(src: Path) -> list[str]:
    probe = (
        "import sys; from disclosurelint.cli import main; main(sys.argv[1:]);"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'ruamel', 'jinja2'}),"
        " file=sys.stderr)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe, *COMMANDS["check one file"]],
        env=_env(src),
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return [line for line in proc.stderr.splitlines() if line.startswith("[")]


def main() -> None:
    # every run is timed cold: the result cache would serve a second run without checking
    os.environ["DISCLOSURELINT_NO_CACHE"] = "1"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--against", type=Path, help="another source tree to time side by side")
    args = parser.parse_args()
    trees = {"this tree": ROOT / "src"}
    if args.against:
        trees["other tree"] = args.against.resolve()
    for label, command in COMMANDS.items():
        results = timings(command, list(trees.values()), args.runs)
        for name, (median, best) in zip(trees, results, strict=True):
            print(
                f"{name:10}  {label:15}  median {median * 1000:6.0f} ms  best {best * 1000:6.0f} ms"
            )
    for name, src in trees.items():
        print(f"{name:10}  ruamel/jinja2 modules loaded by check: {heavy_imports(src)}")


if __name__ == "__main__":
    main()
