"""``check --fix``: apply the fixes to files, report what was fixed and what was left."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from disclosurelint.authoring.files import Rewritten, rewrite_file
from disclosurelint.authoring.fixes import FixPlan, fix_text, plan

if TYPE_CHECKING:
    from disclosurelint.config import Settings


@dataclass(frozen=True)
class FixRun:
    files: tuple[Rewritten, ...]
    fixed: int
    withheld: int
    refused: tuple[str, ...] = ()  # files that load but whose fixes were not written, and why


def fix_files(
    files: Sequence[Path], shown: Sequence[str], settings: Settings, *, unsafe: bool
) -> FixRun:
    """The fixed text of each file (nothing written yet); files that do not load are skipped:
    ``check`` reports them."""
    from disclosurelint.taxonomy import load_taxonomy

    taxonomy = load_taxonomy(settings.taxonomy)
    plans: dict[str, FixPlan] = {}

    def how(text: str, path: str) -> str:
        plans[path] = plan(text, path, taxonomy, unsafe=unsafe)
        return fix_text(text, path, plans[path].applied)

    results = tuple(rewrite_file(f, s, how) for f, s in zip(files, shown, strict=True))
    # a changed file without value fixes had spaces at line ends: one fix
    fixed = sum(len(plans[r.shown].applied) or 1 for r in results if r.changed and r.shown in plans)
    withheld = sum(len(p.withheld) for p in plans.values())
    # a file that does not load has no plan: `check` reports it; any other refusal is said here
    refused = tuple(r.error for r in results if r.error and r.shown in plans)
    return FixRun(tuple(r for r in results if r.changed), fixed, withheld, refused)


def run_fixes(
    paths: Sequence[str], settings: Settings, out: TextIO, *, unsafe: bool, diff: bool
) -> FixRun:
    """Fix the declarations under ``paths``: write them, or print the diff when ``diff``."""
    from disclosurelint.discover import discover, display_path

    files = discover(paths, settings.exclude, root=settings.root)
    run = fix_files(files, [display_path(f) for f in files], settings, unsafe=unsafe)
    for result in run.files:
        if diff:
            out.write(result.diff())
        else:
            result.write()
    for error in run.refused:
        sys.stderr.write(f"disclosurelint: warning: {error}\n")
    verb = "Would fix" if diff else "Fixed"
    count = len(run.files)
    message = f"{verb} {run.fixed} problem{'s' if run.fixed != 1 else ''} in {count} file"
    message += "s" if count != 1 else ""
    if run.withheld:
        message += f"; {run.withheld} more with --unsafe-fixes"
    sys.stderr.write(f"disclosurelint: {message}.\n")
    return run
