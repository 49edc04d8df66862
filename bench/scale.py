"""Benchmark at scale: disclosurelint side by side with check-jsonschema, ajv-cli and Spectral.

Each case times whole processes on generated, seed-shaped declarations of which 5% carry a real
problem (a placeholder purpose, an unknown sharing mode, a plain-http policy link, a missing
scenario, a duplicate id). Dates are quoted so that every tool reads the same data (js-yaml
would read an unquoted date as a Date and ajv would then reject it).

Runs are interleaved (ours, then each peer, then ours again ...) and the median is reported, so a
busy neighbour slows every tool alike. Peak memory is the resident memory of the whole process
tree (workers included), sampled every 20 ms.

Cases and the targets they are held to (2-core machine):

* 10,000 files, cold: at most 0.12x check-jsonschema's time and at most 1.5x ajv-cli's;
* 10,000 files, run again with nothing changed (the result cache serves every file): at most
  0.5x ajv-cli's time;
* one file: at most 0.6x check-jsonschema's time;
* the pre-commit case: 3 changed files in a 10,000-file repository, checked as the hook checks
  them (the staged files named, the rest of ``declarations/`` read for repository-wide rules):
  at most 0.5 s;
* the pre-commit case again with the result cache emptied before each run (the first commit
  after a clone: every other declaration's id read from its file);
* 100,000 files (``--large``): time linear in the number of files, peak memory under 150 MiB
  (also with ``--jobs 1``: the resident memory of forked workers counts the pages they share
  with the parent again); 10,000, 50,000 and 100,000 files each with ``--jobs 1`` and with the
  jobs the tool chooses, time per file against 10,000's (``--memory`` runs this table alone);
* ``report --format html`` on 10,000 declarations, result cache off: under 5 s and 200 MiB;
* ``--jobs`` as chosen by the tool against ``--jobs 1``.

ajv-cli (with ajv-formats) and Spectral are installed with npm into a temporary folder on the
first run (``--peers DIR`` keeps them between runs); a peer that cannot be installed is left out
and said so. ``python bench/scale.py [--repeat 3] [--large]``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SCHEMA = ROOT / "schema" / "partner-disclosure.schema.json"
sys.path.insert(0, str(HERE))

from generate import declaration  # noqa: E402
from run import Run, measure, tool  # noqa: E402

PROBLEM_SHARE = 0.05
NPM_PEERS = ("ajv-cli@5", "ajv-formats@3", "@stoplight/spectral-cli@6")


# -- the corpus -------------------------------------------------------------------------------


def _problem(text: str, n: int, rng: random.Random) -> str:
    """``text`` with one real problem, chosen by ``rng``."""
    kind = rng.randrange(5)
    if kind == 0:
        return text.replace("purpose: Provide", "purpose: TBD # Provide", 1)
    if kind == 1:
        return text.replace("sharing_modes: [", "sharing_modes: [carrier_pigeon, ", 1)
    if kind == 2:
        return text.replace("url: https://", "url: http://", 1)
    if kind == 3:
        return "\n".join(line for line in text.splitlines() if not line.startswith("scenario:"))
    return text.replace(f"id: partner-{n:05d}", f"id: partner-{max(n - 1, 0):05d}", 1)


def corpus(folder: Path, count: int, seed: int = 11) -> list[Path]:
    """``count`` declarations under ``folder/declarations/app``, 5% of them with a problem."""
    rng = random.Random(seed)
    target = folder / "declarations" / "app"
    target.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        text = declaration(n, rng).replace(
            "last_reviewed: 2026-11-01", 'last_reviewed: "2026-11-01"'
        )
        if rng.random() < PROBLEM_SHARE:
            text = _problem(text, n, rng)
        path = target / f"partner-{n:06d}.yaml"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


# -- the peers --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Peers:
    ajv: str | None
    spectral: str | None
    ruleset: Path | None
    notes: tuple[str, ...]


def install_peers(folder: Path) -> Peers:
    """ajv-cli and Spectral from npm into ``folder`` (skipped when already there)."""
    notes: list[str] = []
    binaries = folder / "node_modules" / ".bin"
    npm = shutil.which("npm")
    if npm is None:
        return Peers(None, None, None, ("npm is not installed: ajv-cli and Spectral left out",))
    if not (binaries / "ajv").exists() or not (binaries / "spectral").exists():
        folder.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            [npm, "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(folder),
             *NPM_PEERS],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if done.returncode != 0:
            notes.append(f"npm install failed: {done.stderr.strip()[:200]}")
    ajv = str(binaries / "ajv") if (binaries / "ajv").exists() else None
    spectral = str(binaries / "spectral") if (binaries / "spectral").exists() else None
    ruleset = None
    if spectral:
        # Spectral's `schema` function validates the whole document against the same schema.
        ruleset = folder / "spectral.json"
        schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
        rule = {
            "given": "$",
            "severity": "error",
            "then": {
                "function": "schema",
                "functionOptions": {"dialect": "draft2020-12", "schema": schema},
            },
        }
        ruleset.write_text(json.dumps({"rules": {"partner-schema": rule}}), encoding="utf-8")
    return Peers(ajv, spectral, ruleset, tuple(notes))


# -- timing -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    label: str
    commands: dict[str, list[str]]  # tool -> command
    cwd: Path
    setup: Callable[[], None] | None = None  # run before each timed run of every tool


def interleaved(case: Case, repeat: int) -> dict[str, Run]:
    """Each tool's median run (by time; its peak memory is the largest seen)."""
    runs: dict[str, list[Run]] = {name: [] for name in case.commands}
    for _ in range(repeat):
        for name, command in case.commands.items():
            if case.setup is not None:
                case.setup()
            runs[name].append(measure(command, case.cwd))
    out = {}
    for name, found in runs.items():
        seconds = statistics.median(r.seconds for r in found)
        cpu = statistics.median(r.cpu_seconds for r in found)
        out[name] = Run(seconds, max(r.peak_mib for r in found), found[-1].exit_code, cpu)
    return out


TIMED_OUT = -9


def timed_once(command: list[str], cwd: Path, limit: float) -> Run:
    """One run of ``command``, stopped after ``limit`` seconds (exit code :data:`TIMED_OUT`)."""
    start = time.perf_counter()
    try:
        done = subprocess.run(command, cwd=cwd, capture_output=True, timeout=limit, check=False)
    except subprocess.TimeoutExpired:
        return Run(limit, 0.0, TIMED_OUT)
    return Run(time.perf_counter() - start, 0.0, done.returncode)


def _ratio(a: float, b: float | None) -> str:
    return f"{a / b:.2f}x" if b else "-"


def _timed(run: Run) -> str:
    """Wall-clock time, and CPU time beside it (what a shared machine does not stretch)."""
    return f"{run.seconds:.2f} s (CPU {run.cpu_seconds:.2f} s)"


def _verdict(ok: bool | None) -> str:
    return "" if ok is None else ("ok" if ok else "MISSED")


def print_table(rows: Sequence[tuple[str, ...]]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())


def ours_has(flag: str, ours: str) -> bool:
    found = subprocess.run([ours, "check", "--help"], capture_output=True, text=True, check=False)
    help_text = found.stdout
    return flag in help_text


def git(*args: str, cwd: Path) -> None:
    subprocess.run(
        ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.com", *args],
        cwd=cwd, check=True, capture_output=True,
    )  # fmt: skip


def memory_rows(
    work: Path, sizes: Sequence[int], cold: list[str], base: float | None = None
) -> list[tuple[str, str, str, str, str]]:
    """Time and peak memory (the whole process tree) of a cold check at each size, with
    ``--jobs 1`` and with the jobs the tool chooses; the time per file against the first
    size's (``base``: its seconds with the chosen jobs, when already measured)."""
    rows = []
    first: dict[str, float] = {}
    for size in sizes:
        repo = work / f"memory-{size}"
        folder = corpus(repo, size, seed=17)[0].parent
        found = interleaved(
            Case(
                f"memory {size}",
                {
                    "--jobs 1": [*cold, "--jobs", "1", str(folder)],
                    "default jobs": [*cold, str(folder)],
                },
                repo,
            ),
            1,
        )
        for label, run in found.items():
            per_file = run.seconds / size
            start = first.setdefault(label, per_file if base is None or label != "default jobs"
                                     else base / sizes[0])  # fmt: skip
            rows.append(
                (
                    f"{size:,} files, cold, {label}",
                    f"{run.seconds:.2f} s, {run.peak_mib:.0f} MiB",
                    f"{1000 * per_file:.3f} s and {1000 * run.cpu_seconds / size:.3f} s CPU "
                    "per 1,000 files",
                    f"{per_file / start:.2f}x of linear",
                    _verdict(run.peak_mib < 150) + " (target 150 MiB)",
                )
            )
        shutil.rmtree(repo, ignore_errors=True)
    return rows


def main() -> int:  # noqa: PLR0915 - one case after the other, in the order they print
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10_000, help="files in the main corpus")
    parser.add_argument("--repeat", type=int, default=3, help="interleaved runs per case")
    parser.add_argument("--large", action="store_true", help="also run 100,000 files")
    parser.add_argument("--peers", type=Path, help="where ajv-cli and Spectral are installed")
    parser.add_argument(
        "--memory",
        action="store_true",
        help="only the memory table: n, 5n and 10n files, --jobs 1 and the chosen jobs",
    )
    parser.add_argument(
        "--spectral-limit", type=float, default=300, help="seconds Spectral may take (300)"
    )
    args = parser.parse_args()

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "src" / "disclosurelint")],
        check=True, env=env,
    )  # fmt: skip
    ours, cjs = tool("disclosurelint"), tool("check-jsonschema")
    work = Path(tempfile.mkdtemp(prefix="disclosurelint-scale-"))
    if args.memory:
        check = [ours, "check", "--isolated", "--no-source", "-q", "--no-cache"]
        table = memory_rows(work, [args.n, 5 * args.n, 10 * args.n], check)
        print_table([("case", "disclosurelint", "per 1,000 files", "time per file", ""), *table])
        shutil.rmtree(work, ignore_errors=True)
        return 0
    cache_dir = work / "cache"  # the result cache of our runs: never the user's own
    os.environ["DISCLOSURELINT_CACHE_DIR"] = str(cache_dir)
    peers = install_peers(args.peers or work / "peers")
    for note in peers.notes:
        print(f"note: {note}")
    cache_flag = ours_has("--no-cache", ours)

    repo = work / "repo"
    files = corpus(repo, args.n)
    folder = files[0].parent
    print(
        f"{args.n:,} declarations ({PROBLEM_SHARE:.0%} with a problem) in {folder}; "
        f"{os.cpu_count()} cores; Python {sys.version.split()[0]}; median of {args.repeat}"
    )
    check = [ours, "check", "--isolated", "--no-source", "-q"]
    cold = [*check, "--no-cache"] if cache_flag else check
    peer_cmds: dict[str, list[str]] = {"check-jsonschema": [cjs, "--schemafile", str(SCHEMA)]}
    glob = str(folder / "*.yaml")
    if peers.ajv:
        peer_cmds["ajv-cli"] = [
            peers.ajv, "validate", "--spec=draft2020", "-c", "ajv-formats", "--strict=false",
            "-s", str(SCHEMA), "-d", glob,
        ]  # fmt: skip
    spectral_cmd = (
        [peers.spectral, "lint", "-q", "-r", str(peers.ruleset), glob]
        if peers.spectral and peers.ruleset
        else None
    )

    rows: list[tuple[str, str, str, str, str]] = [("case", "disclosurelint", "peer", "ratio", "")]

    many = interleaved(
        Case(
            f"{args.n:,} files, cold",
            {
                "ours": [*cold, str(folder)],
                "check-jsonschema": [*peer_cmds["check-jsonschema"], *map(str, files)],
                **{k: v for k, v in peer_cmds.items() if k != "check-jsonschema"},
            },
            repo,
        ),
        args.repeat,
    )
    base = many["ours"].seconds
    if spectral_cmd is not None:
        # Spectral takes minutes at this size: once, with a time limit, not in every round.
        many["Spectral"] = timed_once(spectral_cmd, repo, args.spectral_limit)
    targets = {"check-jsonschema": 0.12, "ajv-cli": 1.5, "Spectral": None}
    for peer, target in targets.items():
        if peer not in many:
            continue
        ratio = base / many[peer].seconds
        over = many[peer].exit_code == TIMED_OUT
        took = f"> {many[peer].seconds:.0f} s (stopped)" if over else f"{many[peer].seconds:.2f} s"
        rows.append(
            (
                f"{args.n:,} files, cold (vs {peer})",
                f"{base:.2f} s",
                took,
                _ratio(base, many[peer].seconds),
                _verdict(ratio <= target if target else None)
                + (f" (target {target}x)" if target else ""),
            )
        )

    # Nothing changed: the tool's cache (when it has one) against ajv-cli run again.
    warm_cmds = {"ours": [*check, str(folder)]}
    if "ajv-cli" in peer_cmds:
        warm_cmds["ajv-cli"] = peer_cmds["ajv-cli"]
    subprocess.run([*check, str(folder)], cwd=repo, capture_output=True, check=False)  # prime
    warm = interleaved(Case("warm", warm_cmds, repo), args.repeat)
    ajv_warm = warm["ajv-cli"].seconds if "ajv-cli" in warm else None
    rows.append(
        (
            f"{args.n:,} files, nothing changed" + ("" if cache_flag else " (no cache)"),
            _timed(warm["ours"]),
            f"{_timed(warm['ajv-cli'])} (ajv-cli)" if ajv_warm else "-",
            _ratio(warm["ours"].seconds, ajv_warm),
            _verdict(warm["ours"].seconds / ajv_warm <= 0.5 if ajv_warm else None)
            + " (target 0.5x)",
        )
    )

    alone = work / "one" / "declarations" / "app"  # one file, no repository around it
    alone.mkdir(parents=True)
    single = alone / files[1].name
    single.write_bytes(files[1].read_bytes())
    one = interleaved(
        Case(
            "one file",
            {
                "ours": [*cold, str(single)],
                "cjs": [*peer_cmds["check-jsonschema"], str(single)],
            },
            work / "one",
        ),
        max(args.repeat, 5),
    )
    rows.append(
        (
            "1 file (vs check-jsonschema)",
            _timed(one["ours"]),
            _timed(one["cjs"]),
            _ratio(one["ours"].seconds, one["cjs"].seconds),
            _verdict(one["ours"].seconds / one["cjs"].seconds <= 0.6) + " (target 0.6x)",
        )
    )

    # The commit: a repository of n files, 3 of them changed, checked as the hook checks them.
    git("init", "-q", cwd=repo)
    git("add", "-A", cwd=repo)
    git("commit", "-qm", "declarations", cwd=repo)
    changed = [files[10], files[len(files) // 2], files[-10]]
    for path in changed:
        path.write_text(path.read_text("utf-8").replace("as required", "as you ask"), "utf-8")
    hook = [ours, "check", *(str(p.relative_to(repo)) for p in changed)]
    subprocess.run(hook, cwd=repo, capture_output=True, check=False)  # as after the last commit
    commit = interleaved(Case("commit", {"ours": hook}, repo), max(args.repeat, 5))
    rows.append(
        (
            f"pre-commit, 3 changed of {args.n:,}" + (", cache warm" if cache_flag else ""),
            _timed(commit["ours"]),
            "",
            "",
            _verdict(commit["ours"].seconds <= 0.5) + " (target 0.5 s)",
        )
    )
    if cache_flag:
        # the first commit after a clone, or after `cache clean`: every id read from its file
        empty = interleaved(
            Case(
                "commit, cold cache",
                {"ours": hook},
                repo,
                setup=lambda: shutil.rmtree(cache_dir, ignore_errors=True),
            ),
            args.repeat,
        )
        rows.append(
            (
                f"pre-commit, 3 changed of {args.n:,}, cache empty",
                _timed(empty["ours"]),
                "",
                "",
                "",
            )
        )

    report = interleaved(
        Case(
            "report",
            {"ours": [ours, "report", "--isolated", "--no-cache", str(folder),
                      "-o", str(work / "r.html"), "--date", "2026-12-01"]},
            repo,
        ),
        1,
    )  # fmt: skip
    r = report["ours"]
    rows.append(
        (
            f"report --format html, {args.n:,}",
            f"{r.seconds:.2f} s, {r.peak_mib:.0f} MiB",
            "",
            "",
            _verdict(r.seconds < 5 and r.peak_mib < 200) + " (target 5 s, 200 MiB)",
        )
    )

    jobs = interleaved(
        Case(
            "jobs",
            {"default": [*cold, str(folder)], "one": [*cold, "--jobs", "1", str(folder)]},
            repo,
        ),
        args.repeat,
    )
    rows.append(
        (
            "--jobs default vs --jobs 1",
            f"{jobs['default'].seconds:.2f} s",
            f"{jobs['one'].seconds:.2f} s (--jobs 1)",
            _ratio(jobs["default"].seconds, jobs["one"].seconds),
            "",
        )
    )
    rows.append(
        (
            f"peak memory, {args.n:,} cold",
            f"{many['ours'].peak_mib:.0f} MiB",
            ", ".join(f"{k} {v.peak_mib:.0f}" for k, v in many.items() if k != "ours"),
            "",
            "",
        )
    )

    if args.large:
        rows += memory_rows(work, [args.n, 5 * args.n], cold, base)
        big_repo = work / "large"
        big = corpus(big_repo, 10 * args.n, seed=13)
        big_cmds = {"ours": [*cold, str(big[0].parent)]}
        if "ajv-cli" in peer_cmds:
            big_cmds["ajv-cli"] = [*peer_cmds["ajv-cli"][:-1], str(big[0].parent / "*.yaml")]
        big_cmds["ours, --jobs 1"] = [*cold, "--jobs", "1", str(big[0].parent)]
        large = interleaved(Case("large", big_cmds, big_repo), 1)
        linear = large["ours"].seconds / (10 * base)
        rows.append(
            (
                f"{10 * args.n:,} files, cold",
                f"{large['ours'].seconds:.2f} s, {large['ours'].peak_mib:.0f} MiB",
                f"{large['ajv-cli'].seconds:.2f} s, {large['ajv-cli'].peak_mib:.0f} MiB (ajv-cli)"
                if "ajv-cli" in large
                else "-",
                f"{linear:.2f}x of linear",
                _verdict(linear <= 1.15 and large["ours"].peak_mib < 150)
                + " (targets: linear, 150 MiB)",
            )
        )
        serial = large["ours, --jobs 1"]
        rows.append(
            (
                f"{10 * args.n:,} files, cold, --jobs 1",
                f"{serial.seconds:.2f} s, {serial.peak_mib:.0f} MiB",
                "",
                "",
                _verdict(serial.peak_mib < 150) + " (one process: no worker counted twice)",
            )
        )

    print()
    print_table(rows)
    codes = ", ".join(f"{k} {v.exit_code}" for k, v in many.items())
    print(f"\nexit codes on the corpus (problems on purpose): {codes}")
    shutil.rmtree(repo, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
