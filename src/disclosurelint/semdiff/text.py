"""The diff for a terminal or a log: grouped per partner, each change as class, kind, field,
old → new, then what it means."""

from __future__ import annotations

from typing import TextIO

from disclosurelint.semdiff.model import Diff, Risk, Value
from disclosurelint.semdiff.words import quoted

WIDTH = max(len(r.value) for r in Risk)


def summary(diff: Diff) -> str:
    counts = diff.counts()
    changes, partners = len(diff.changes), len(diff.partners)
    return (
        f"{changes} change{'s' if changes != 1 else ''} to {partners} "
        f"partner{'s' if partners != 1 else ''}: {counts[Risk.RAISES]} raise risk, "
        f"{counts[Risk.NEUTRAL]} neutral, {counts[Risk.LOWERS]} lower risk"
    )


def gate(diff: Diff) -> str | None:
    """The review gate's verdict in one sentence, when something raises the risk."""
    if diff.unreviewed:
        return (
            f"needs review: {', '.join(diff.unreviewed)}: a risk-raising change without a new "
            "review.last_reviewed or review.ticket in the same declaration"
        )
    if diff.counts()[Risk.RAISES]:
        return "every risk-raising change comes with a new review"
    return None


def shown(value: Value) -> str:
    return "-" if value is None else quoted(value)


def render(diff: Diff, out: TextIO) -> None:
    out.write(f"Comparing {diff.base.shown} with {diff.head.shown}\n")
    if not diff.changes:
        out.write("No change in meaning.\n")
        return
    for partner in diff.partners:
        changes = diff.of(partner)
        out.write(f"\n{partner} ({changes[0].path})\n")
        for c in changes:
            out.write(
                f"  {c.risk.value:<{WIDTH}}  {c.kind}  {c.field}: {shown(c.old)} → {shown(c.new)}\n"
            )
            out.write(f"  {'':<{WIDTH}}  {c.message}\n")
    out.write(f"\n{summary(diff)}.\n")
    verdict = gate(diff)
    if verdict:
        out.write(f"{verdict[0].upper()}{verdict[1:]}.\n")
