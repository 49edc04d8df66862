"""Cost of hostile input: time and peak memory of whole ``disclosurelint check`` processes.

* a file just under the 1 MiB limit holding as many one-line data items as fit (every one a
  problem), checked with ``-f json`` and with the default text output;
* a 600 MB file over the limit (sparse, so it costs no disk), which must be refused unread;
* a per-path glob made of 2,000 ``**/``.

Each case runs in a fresh process in a temporary folder; the figures are wall-clock seconds and
the peak resident memory of the process. Targets: each case under 30 s and 300 MiB.

Usage: python bench/cost.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
LIMIT = 1024 * 1024
TARGET_SECONDS, TARGET_MIB = 30.0, 300.0
HEAD = (
    "disclosure: 1\nid: many\nrecipient:\n  name: Alpha Co.\n  relationship: third_party\n"
    "product: P\npurpose: Provide it.\nscenario: You use it.\nsharing_modes: [form]\n"
    "privacy_policy:\n  url: https://alpha-analytics.cn/p\ndata:\n"
)


def command() -> list[str]:
    script = BIN / "disclosurelint"
    return [str(script)] if script.exists() else [sys.executable, "-m", "disclosurelint"]


def measure(args: list[str], cwd: Path) -> tuple[float, float, int]:
    """Seconds, peak MiB and exit code of one process (ru_maxrss of the child alone)."""
    code = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "print(time.perf_counter() - t, "
        "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, p.returncode)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, *command(), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "NO_COLOR": "1"},
    ).stdout.split()
    return float(out[0]), int(out[1]) / 1024, int(out[2])


def main() -> int:
    # every run is timed cold: the result cache would serve a second run without checking
    os.environ["DISCLOSURELINT_NO_CACHE"] = "1"
    failed = 0
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / ".git").mkdir()
        many = root / "declarations" / "many.yaml"
        many.parent.mkdir()
        lines, n = [HEAD], 0
        size = len(HEAD)
        while True:
            line = f"- {{item: thing {n:x}}}\n"
            if size + len(line) > LIMIT:
                break
            lines.append(line)
            size += len(line)
            n += 1
        many.write_text("".join(lines), encoding="utf-8")
        huge = root / "big" / "huge.yaml"
        huge.parent.mkdir()
        with huge.open("wb") as handle:
            handle.truncate(600 * 1000 * 1000)
        small = root / "small" / "x.yaml"
        small.parent.mkdir()
        small.write_text(HEAD + "- item: name\n", encoding="utf-8")
        (root / "glob.yaml").write_text(
            "per-path:\n  - files: ['" + "**/" * 2000 + "x.yaml']\n    ignore: [DL2]\n", "utf-8"
        )
        cases = [
            (f"{n:,} items in {size:,} bytes, -f json", ["check", "declarations", "-f", "json"]),
            (f"{n:,} items in {size:,} bytes, text", ["check", "declarations"]),
            ("600 MB file over the limit", ["check", "big"]),
            ("per-path glob of 2,000 **/", ["check", "small", "--config", "glob.yaml"]),
        ]
        print(f"{'case':<48} {'seconds':>8} {'peak MiB':>9} {'exit':>5}")
        for name, args in cases:
            seconds, mib, code = measure(args, root)
            ok = seconds <= TARGET_SECONDS and mib <= TARGET_MIB and code in (0, 1)
            failed += not ok
            print(
                f"{name:<48} {seconds:>8.1f} {mib:>9.0f} {code:>5}{'' if ok else '  over target'}"
            )
    print(f"targets: each under {TARGET_SECONDS:.0f} s and {TARGET_MIB:.0f} MiB")
    return 1 if failed else 0


if __name__ == "__main__":
    started = time.perf_counter()
    code = main()
    print(f"(ran in {time.perf_counter() - started:.0f} s)")
    raise SystemExit(code)
