"""Benchmark: how fast the language server answers a change to a 200-item declaration.

Starts ``disclosurelint lsp`` as an editor does (stdio), opens a declaration with 200 data items
in a folder of other declarations (so that the repository rules read them too), then sends
whole-document ``didChange`` notifications, alternating two texts, and times each one from the
moment it is written to the moment the diagnostics for it arrive: that includes the server's
debounce (default 0.05 s, and 0 for the check's own time). Side by side: a cold
``disclosurelint check FILE`` process on the same file, which is what linting on save through
the command line costs. Target: median under 100 ms with the default debounce.

Run it with ``python bench/lsp_didchange.py``.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from tests.lsp.stdio_client import StdioClient  # noqa: E402

from generate import generate  # noqa: E402

TARGET_MS = 100.0
ITEMS = 200
_WORDS = (
    "phone number",
    "nickname",
    "email address",
    "device model",
    "IP address",
    "profile image",
    "approximate location",
    "order number",
)


def big_declaration(items: int, purpose: str) -> str:
    lines = [
        "disclosure: 1",
        "id: big-partner",
        "recipient:",
        "  name: Big Partner Ltd.",
        "  relationship: entrusted_processor",
        "  contact: privacy@bigpartner.example.com",
        "product: Big Partner SDK",
        "data:",
    ]
    for index in range(items):
        lines.append(f"  - item: {_WORDS[index % len(_WORDS)]} {index}")
    lines += [
        f"purpose: {purpose}",
        "scenario: You open the app.",
        "sharing_modes: [sdk_on_device]",
        "privacy_policy:",
        "  url: https://www.bigpartner.com/privacy",
    ]
    return "\n".join(lines) + "\n"


def session(folder: Path, file: Path, changes: int, debounce: str) -> list[float]:
    client = StdioClient(folder, "--debounce", debounce)
    try:
        client.initialize(folder)
        texts = [big_declaration(ITEMS, "Provide the service."), big_declaration(ITEMS, "TBD")]
        client.open(file, texts[0])
        client.diagnostics(file.as_uri())
        timings = []
        for version in range(2, changes + 2):
            start = time.perf_counter()
            client.change(file, texts[version % 2], version)
            client.diagnostics(file.as_uri())
            timings.append((time.perf_counter() - start) * 1000)
        return timings
    finally:
        client.close()


def cold_check(folder: Path, file: Path, runs: int) -> list[float]:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "disclosurelint", "check", str(file), "--exit-zero", "-q"],
            cwd=folder,
            capture_output=True,
            check=False,
        )
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def describe(name: str, timings: list[float]) -> str:
    ordered = sorted(timings)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    return (
        f"{name:<42} median {statistics.median(ordered):7.1f} ms   p95 {p95:7.1f} ms   "
        f"max {ordered[-1]:7.1f} ms   (n={len(ordered)})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=50, help="didChange notifications")
    parser.add_argument("--context", type=int, default=500, help="other declarations on disk")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        generate(folder / "declarations" / "generated", args.context)
        file = folder / "declarations" / "big.yaml"
        file.write_text(big_declaration(ITEMS, "Provide the service."), encoding="utf-8")
        default = session(folder, file, args.changes, "0.05")
        immediate = session(folder, file, args.changes, "0")
        cold = cold_check(folder, file, max(5, args.changes // 10))
    print(f"a {ITEMS}-item declaration, {args.context} other declarations on disk")
    print(describe("lsp didChange -> diagnostics (debounce 50 ms)", default))
    print(describe("lsp didChange -> diagnostics (no debounce)", immediate))
    print(describe("cold `disclosurelint check FILE` process", cold))
    median = statistics.median(default)
    ratio = median / statistics.median(cold)
    print(f"ratio lsp (debounce 50 ms) / cold check: {ratio:.2f}x")
    verdict = "meets" if median < TARGET_MS else "MISSES"
    print(f"target: median under {TARGET_MS:.0f} ms with the default debounce: {verdict}")
    return 0 if median < TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
