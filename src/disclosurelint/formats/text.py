"""Human-readable output in the style of ruff and rustc.

``path:line:col: CODE name: message``, the offending source line with carets under the span, the
fix as ``help:``, grouped per file, and a closing summary. Colour only when asked for.
"""

from __future__ import annotations

from itertools import groupby
from typing import TextIO

from disclosurelint.formats import ReportOptions, exit_verdict
from disclosurelint.model import Problem, Result, Severity
from disclosurelint.printable import printable

_COLORS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


class _Paint:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __call__(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.enabled else text


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _waiver_note(problem: Problem) -> str | None:
    w = problem.waiver
    if w is None:
        return None
    parts = [f'reason="{w.reason}"']
    if w.approved_by:
        parts.append(f'approved-by="{w.approved_by}"')
    if w.expires:
        parts.append(f"expires={w.expires}")
    state = "EXPIRED waiver" if w.expired else "waived"
    return printable(f"{state}: " + " ".join(parts) + (f" ({w.source})" if w.source else ""))


def _source_block(result: Result, problem: Problem, paint: _Paint) -> list[str]:
    line_text = result.source_line(problem.path, problem.line)
    if line_text is None:
        return []
    gutter = " " * len(str(problem.line))
    start = problem.column
    end = problem.span.end.column if problem.span.end.line == problem.line else len(line_text) + 1
    width = max(1, min(end, len(line_text) + 1) - start)
    expanded = line_text.replace("\t", " ")
    prefix = printable(expanded[: start - 1])
    pad = "".join("  " if _wide(c) else " " for c in prefix)
    marked = printable(expanded[start - 1 : start - 1 + width])
    carets = "^" * max(1, sum(2 if _wide(c) else 1 for c in marked))
    expanded = printable(expanded)
    color = _COLORS[problem.severity]
    return [
        f"{gutter} {paint('|', '34')}",
        f"{paint(str(problem.line), '34')} {paint('|', '34')} {expanded}",
        f"{gutter} {paint('|', '34')} {pad}{paint(carets, color)}",
    ]


def _wide(char: str) -> bool:
    import unicodedata

    return unicodedata.east_asian_width(char) in ("W", "F")


def render(result: Result, out: TextIO, options: ReportOptions) -> None:
    paint = _Paint(options.color)
    for path, group in groupby(result.problems, key=lambda p: p.path):
        shown = (
            p
            for p in group
            if not options.quiet or (not p.waived and p.severity >= options.fail_on)
        )
        name = paint(printable(path), "1")  # once per file
        for problem in shown:
            color = _COLORS[problem.severity]
            head = (
                f"{name}:{problem.line}:{problem.column}: "
                f"{paint(problem.code, color + ';1')} {paint(problem.name, color)}: "
                f"{printable(problem.message)}"
            )
            if problem.severity is not Severity.ERROR:
                head += f" [{problem.severity.label}]"
            out.write(head + "\n")
            if options.show_source:
                for line in _source_block(result, problem, paint):
                    out.write(line + "\n")
            pad = " " * (len(str(problem.line)) + 1) if options.show_source else "  "
            note = _waiver_note(problem)
            if note:
                out.write(
                    f"{pad}{paint('=', '34')} {paint(note, '2' if problem.waived else '31;1')}\n"
                )
            if problem.fix and not problem.waived:
                out.write(
                    f"{pad}{paint('=', '34')} {paint('help', '1')}: {printable(problem.fix)}\n"
                )
            if options.show_source:
                out.write("\n")
    if options.statistics:
        _statistics(result, out, paint)
    if result.notes:
        for note in result.notes:
            out.write(f"note: {printable(note)}\n")
    _summary(result, out, paint, options)


def _statistics(result: Result, out: TextIO, paint: _Paint) -> None:
    tally = result.tally  # counted as the problems were found: no second reading
    counts, waived = tally.by_rule, tally.waived_by_code
    codes = sorted(tally.first)
    if not codes:
        return
    for code in codes:
        active = sum(n for (c, _, _), n in counts.items() if c == code)
        name = tally.first[code].name
        extra = f" ({waived[code]} waived)" if waived[code] else ""
        out.write(f"{active:>5}  {paint(code, '1')}  {printable(name)}{extra}\n")
    out.write("\n")


def _summary(result: Result, out: TextIO, paint: _Paint, options: ReportOptions) -> None:
    counts = result.counts()
    files = _plural(len(result.files), "file")
    hidden = f"{result.hidden} hidden by the baseline" if result.hidden else ""
    if not result.active_count and not result.waived_count:
        extra = f" ({hidden})" if hidden else ""
        out.write(paint(f"All clear: {files} checked, no problems{extra}.", "32") + "\n")
        return
    parts = [_plural(counts[s], s.label) for s in (Severity.ERROR, Severity.WARNING)]
    parts.append(f"{counts[Severity.INFO]} info")
    line = f"Checked {files}: " + ", ".join(parts)
    aside = [f"{result.waived_count} more waived"] if result.waived_count else []
    aside += [hidden] if hidden else []
    if aside:
        line += f" ({', '.join(aside)})"
    failing = result.exit_code(options.fail_on) != 0
    colour = ("33;1" if options.exit_zero else "31;1") if failing else "32"
    out.write(paint(f"{line}; {exit_verdict(result, options)}.", colour) + "\n")
