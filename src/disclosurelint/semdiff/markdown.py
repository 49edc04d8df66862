"""The diff for a pull-request comment: a verdict, then one table per partner.

Text from declarations is escaped as the ``check`` Markdown report escapes it (``|`` cannot break
a table, no HTML gets through).
"""

from __future__ import annotations

from typing import TextIO

from disclosurelint.formats.markdown import escape
from disclosurelint.semdiff.model import Diff, Risk, Value
from disclosurelint.semdiff.text import gate, summary

_MARKS = {Risk.RAISES: "**raises-risk**", Risk.NEUTRAL: "neutral", Risk.LOWERS: "lowers-risk"}


def _cell(value: Value) -> str:
    if value is None:
        return "-"
    if isinstance(value, tuple):
        return escape(", ".join(value))
    return escape(value)


def render(diff: Diff, out: TextIO) -> None:
    base, head = escape(diff.base.shown), escape(diff.head.shown)
    lines = [f"## Declaration changes: {base} → {head}", ""]
    if not diff.changes:
        lines.append("No change in meaning.")
    else:
        lines.append(f"{escape(summary(diff))}.")
        verdict = gate(diff)
        if verdict:
            strong = "**" if diff.unreviewed else ""
            lines += ["", f"{strong}{escape(verdict[0].upper() + verdict[1:])}.{strong}"]
    for partner in diff.partners:
        changes = diff.of(partner)
        lines += [
            "",
            f"### {escape(partner)}",
            "",
            f"{escape(changes[0].path)}",
            "",
            "| Class | Change | Field | Old | New | Meaning |",
            "|---|---|---|---|---|---|",
        ]
        lines += [
            f"| {_MARKS[c.risk]} | {c.kind} | {escape(c.field)} | {_cell(c.old)} | "
            f"{_cell(c.new)} | {escape(c.message)} |"
            for c in changes
        ]
    out.write("\n".join(lines) + "\n")
