"""The diff for a terminal or a log: grouped per partner, each change as class, kind, field,
old → new, then what it means. Control characters from the declarations are shown escaped
(:mod:`disclosurelint.printable`)."""

from __future__ import annotations

from typing import TextIO

from disclosurelint.printable import printable
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
    for line in _lines(diff):
        out.write(printable(line) + "\n")


def _lines(diff: Diff) -> list[str]:
    lines = [f"Comparing {diff.base.shown} with {diff.head.shown}"]
    if not diff.changes:
        return [*lines, "No change in meaning."]
    for partner in diff.partners:
        changes = diff.of(partner)
        lines += ["", f"{partner} ({changes[0].path})"]
        for c in changes:
            lines.append(
                f"  {c.risk.value:<{WIDTH}}  {c.kind}  {c.field}: {shown(c.old)} → {shown(c.new)}"
            )
            lines.append(f"  {'':<{WIDTH}}  {c.message}")
    lines += ["", f"{summary(diff)}."]
    verdict = gate(diff)
    if verdict:
        lines.append(f"{verdict[0].upper()}{verdict[1:]}.")
    return lines
