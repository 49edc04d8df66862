"""Benchmark: disclosurelint check against check-jsonschema on the same files, side by side.

Generates N seed-shaped declarations (default 10,000), then times whole cold processes:

* ``disclosurelint check DIR`` and ``check-jsonschema --schemafile SCHEMA FILE...`` on all files;
* both on one file (best of several runs, since one run is a few hundred milliseconds).

It prints wall-clock seconds, peak memory of the whole process tree (workers included), and the
ratios against the targets: 10,000 files in at most 0.35x check-jsonschema's time, one file in at
most 0.8x, peak memory under 300 MiB. Run it with ``make bench`` or ``python bench/run.py``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SCHEMA = ROOT / "schema" / "partner-disclosure.schema.json"
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

TARGET_MANY, TARGET_ONE, TARGET_MIB = 0.35, 0.8, 300


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mib: float
    exit_code: int
    cpu_seconds: float = 0.0  # user + system time of the process and the workers it waited for


def _tree_rss_kib(root: int) -> int:
    """Resident memory of ``root`` and all its descendants, from /proc."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with Path(f"/proc/{entry.name}/status").open(encoding="ascii", errors="replace") as f:
                fields = dict(line.split(":", 1) for line in f if ":" in line)
        except OSError:
            continue
        pid = int(entry.name)
        parents[pid] = int(fields.get("PPid", "0").strip() or 0)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0])
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(child for child, parent in parents.items() if parent == pid)
    return total


def measure(command: list[str], cwd: Path) -> Run:
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kib(proc.pid))
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    # wait4: the exit status and the CPU time of this process alone (a busy machine stretches
    # wall-clock times; CPU time says what the run itself cost)
    _, status, usage = os.wait4(proc.pid, 0)
    code = proc.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - start
    done.set()
    sampler.join()
    return Run(elapsed, peak / 1024, code, usage.ru_utime + usage.ru_stime)


def best(command: list[str], cwd: Path, repeat: int) -> Run:
    runs = [measure(command, cwd) for _ in range(repeat)]
    return min(runs, key=lambda r: r.seconds)


def compile_ours() -> None:
    """pip compiles an installed package's bytecode (check-jsonschema's is); an editable checkout
    may not have it (PYTHONDONTWRITEBYTECODE): compile ours the same way before timing."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "src" / "disclosurelint")],
        check=True,
        env=env,
    )


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} is not installed (pip install -e '.[dev]')")
    return found


def main() -> int:
    # every run is timed cold: the result cache would serve a second run without checking
    os.environ["DISCLOSURELINT_NO_CACHE"] = "1"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10_000, help="number of files (default 10000)")
    parser.add_argument("--repeat", type=int, default=5, help="runs for the one-file timing")
    parser.add_argument("--out", type=Path, default=HERE / "out")
    args = parser.parse_args()

    compile_ours()
    if args.out.exists():
        shutil.rmtree(args.out)
    files = generate(args.out, args.n)
    folder = files[0].parent
    ours, peer = tool("disclosurelint"), tool("check-jsonschema")
    peer_cmd = [peer, "--schemafile", str(SCHEMA)]
    print(
        f"{args.n:,} seed-shaped declarations in {folder}; {os.cpu_count()} cores; "
        f"Python {sys.version.split()[0]}"
    )

    many_ours = measure([ours, "check", str(folder), "--no-source"], ROOT)
    many_peer = measure([*peer_cmd, *map(str, files)], ROOT)
    one_ours = best([ours, "check", str(files[1])], ROOT, args.repeat)
    one_peer = best([*peer_cmd, str(files[1])], ROOT, args.repeat)

    rows = [
        (f"{args.n:,} files", many_ours, many_peer, TARGET_MANY),
        ("1 file", one_ours, one_peer, TARGET_ONE),
    ]
    print(
        f"\n{'':<14}{'disclosurelint':>16}{'check-jsonschema':>18}{'ratio':>8}"
        f"{'target':>8}  {'peak MiB (ours / peer)':>24}"
    )
    ok = True
    for label, a, b, target in rows:
        ratio = a.seconds / b.seconds
        met = ratio <= target and a.peak_mib < TARGET_MIB
        ok &= met
        print(
            f"{label:<14}{a.seconds:>15.2f}s{b.seconds:>17.2f}s{ratio:>7.2f}x{target:>7.2f}x"
            f"  {a.peak_mib:>11.0f} / {b.peak_mib:<10.0f} {'ok' if met else 'MISSED'}"
        )
    print(
        f"\nexit codes: disclosurelint {many_ours.exit_code} (problems found in the synthetic "
        f"set by design), check-jsonschema {many_peer.exit_code}"
    )
    print("targets met" if ok else "a target was missed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
