"""The report as Markdown (GitHub-flavoured: tables), with the same content as the HTML.

Every value is text, never Markdown: it goes through :func:`disclosurelint.render.markdown.escape`
(the characters that would start emphasis, a link, a table cell, an HTML tag or an entity are
escaped, web addresses become autolinks). Names set as code use a fence longer than any backtick
run inside them, and in a table cell ``|`` is escaped there too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from disclosurelint.render import markdown as _markdown
from disclosurelint.render.markdown import escape_paragraph
from disclosurelint.report.model import (
    Configuration,
    Count,
    DataItem,
    Field,
    Paragraph,
    Partner,
    ProblemView,
    Report,
    WaiverView,
)
from disclosurelint.report.words import plural

_TICKS = re.compile(r"`+")

# every section repeats the same labels and many of the same values: each is escaped once
escape = lru_cache(maxsize=1 << 14)(_markdown.escape)


def code(text: str, *, cell: bool = False) -> str:
    """``text`` as a code span (inside a table cell when ``cell``)."""
    flat = " ".join(text.split())
    longest = max((len(m) for m in _TICKS.findall(flat)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    span = f"{fence}{pad}{flat}{pad}{fence}"
    return span.replace("|", "\\|") if cell else span


def _plain(text: str) -> str:
    """:func:`escape`, keeping one space where ``text`` starts or ends with one (between runs)."""
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() and text.strip() else ""
    return lead + escape(text) + trail


def runs(paragraph: Paragraph, *, cell: bool = False) -> str:
    return "".join(code(r.text, cell=cell) if r.code else _plain(r.text) for r in paragraph)


def paragraph(runs_: Paragraph) -> str:
    """:func:`runs` as a paragraph of its own: a start Markdown would read as a block marker
    (a heading, a list, a quote) is made literal."""
    if runs_ and not runs_[0].code:
        first = runs_[0].text
        trail = " " if first[-1:].isspace() and first.strip() else ""
        return escape_paragraph(first) + trail + runs(runs_[1:])
    return runs(runs_)


def heading(level: int, text: str) -> str:
    return f"{'#' * level} {escape(text).replace('#', chr(92) + '#')}"


def table(head: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def _fields(fields: Sequence[Field]) -> str:
    rows = [
        (f"**{escape(f.label)}**", f"_{escape(f.text)}_" if f.missing else escape(f.text))
        for f in fields
    ]
    return table(("Fact", "Declared"), rows)


def _configuration(config: Configuration) -> str:
    if config.path is None:
        return escape(config.note or "")
    digest = f", SHA-256 {code(config.sha256, cell=True)}" if config.sha256 else ""
    return code(config.path, cell=True) + digest


def _header(report: Report) -> list[str]:
    header = report.header
    origin = header.provenance
    if origin.dirty is None:
        changes = f"Unknown: {escape(origin.note or '')}"
    elif origin.dirty:
        listed = "<br>".join(code(c, cell=True) for c in origin.changes)
        changes = f"**Yes**: the checked files differ from the commit<br>{listed}"
    else:
        changes = "None: the checked files are those of the commit"
    count = len(report.partners)
    rows = [
        ("Repository", escape(origin.repository)),
        ("Commit", code(origin.commit, cell=True) if origin.commit else escape(origin.note or "")),
        ("Uncommitted changes", changes),
        ("Date", escape(header.date)),
        ("disclosurelint", f"version {escape(header.tool_version)}"),
        ("Rule set", code(header.ruleset_version, cell=True)),
        ("Regimes", escape(", ".join(header.regimes))),
        ("Home country", escape(header.home_country)),
        ("Gate", f"fails at {escape(header.fail_on)} and above"),
        ("Configuration", _configuration(header.configuration)),
        ("Declarations", f"{plural(count, 'file')}, listed with their hashes at the end"),
        ("Content hash (SHA-256)", code(header.content_hash, cell=True)),
    ]
    return [
        heading(1, header.title),
        f"Report on the declarations of **{escape(origin.repository)}**, {escape(header.date)}",
        table(("", ""), ((f"**{label}**", value) for label, value in rows)),
    ]


def _counts(counts: Sequence[Count]) -> list[tuple[str, str]]:
    return [(escape(c.label), str(c.count)) for c in counts]


def _summary(report: Report) -> list[str]:
    summary = report.summary
    partners = [
        (
            str(n),
            f"[{escape(line.title)}](#{line.anchor})",
            escape(line.relationship),
            escape(line.country),
            escape("; ".join(line.sensitive)) if line.sensitive else "_none_",
            str(line.open) + (f" ({line.expired} expired)" if line.expired else ""),
            str(line.waived),
        )
        for n, line in enumerate(summary.partners, 1)
    ]
    head = ("No.", "Partner", "Relationship", "Country", "Sensitive categories", "Open", "Waived")
    severities = [
        (c.severity, str(c.open), str(c.waived), str(c.expired)) for c in summary.severities
    ]
    total = ("**Total**", f"**{summary.open}**", f"**{summary.waived}**", f"**{summary.expired}**")
    return [
        heading(2, "Summary"),
        f"**{escape(summary.verdict)}**",
        table(head, partners),
        heading(3, "Partners by relationship"),
        table(("Relationship", "Partners"), _counts(summary.by_relationship)),
        heading(3, "Partners by country"),
        table(("Country", "Partners"), _counts(summary.by_country)),
        heading(3, "Problems by severity"),
        table(("Severity", "Open", "Waived", "Open, waiver expired"), [*severities, total]),
    ]


def _status(problem: ProblemView) -> str:
    if problem.status == "waiver expired":
        return "**WAIVER EXPIRED**: counts again"
    return problem.status.capitalize()


def _problems(problems: Sequence[ProblemView]) -> str:
    rows = []
    for p in problems:
        finding = [f"**{escape(p.message)}**"]
        if p.waiver is not None:
            w = p.waiver
            finding.append(
                f"Waiver: {escape(w.reason)} (approved by {escape(w.approved_by)}; "
                f"{escape(w.validity)})"
            )
        rows.append(
            (
                f"{p.code} {escape(p.name)}",
                p.severity,
                _status(p),
                "<br>".join(finding),
                code(p.location, cell=True)
                + (f", field {code(p.field, cell=True)}" if p.field else ""),
                escape("; ".join(p.articles)),
                runs(p.fix, cell=True),
            )
        )
    head = ("Rule", "Severity", "Status", "Finding", "Where", "Articles", "Fix")
    return table(head, rows)


def _waivers(waivers: Sequence[WaiverView]) -> str:
    rows = [
        (
            escape(w.rule),
            escape(w.reason),
            escape(w.approved_by),
            escape(w.expires),
            f"**{escape(w.status)}**" if w.expired else escape(w.status),
            code(w.source, cell=True),
        )
        for w in waivers
    ]
    head = ("Rule", "Reason", "Approved by", "In force through", "Status", "Written at")
    return table(head, rows)


def _item(item: DataItem) -> tuple[str, ...]:
    if item.categories:
        category = escape(f"{', '.join(item.categories)} ({item.classification})")
    else:
        category = escape(f"Unclassified: {item.classification}")
    sensitive = (
        "**Sensitive**: " + escape("; ".join(item.statuses)) if item.sensitive else "Not sensitive"
    )
    justification = []
    if item.necessity:
        justification.append(f"Necessity: {escape(item.necessity)}")
    if item.impact:
        justification.append(f"Impact: {escape(item.impact)}")
    consent = escape(item.consent) + (f"<br>{escape(item.optional)}" if item.optional else "")
    none = "_none given_" if item.sensitive else "_none_"
    return escape(item.text), category, sensitive, "<br>".join(justification) or none, consent


def _partner(partner: Partner, regimes: str) -> list[str]:
    meta = [code(partner.path), f"SHA-256 {code(partner.sha256)}"]
    if partner.id:
        meta.insert(0, f"Entry {code(partner.id)}")
    blocks = [
        f'<a id="{partner.anchor}"></a>',
        heading(2, f"{partner.number}. {partner.title}"),
        " · ".join(meta),
    ]
    if not partner.readable:
        blocks.append(
            "**This file could not be read as a declaration; its problems are listed below.**"
        )
    else:
        items = [_item(item) for item in partner.items]
        sensitive = f"Sensitive under {regimes}"
        blocks += [
            heading(3, "As the published list states it"),
            _fields(partner.published),
            heading(3, "Further declared facts"),
            _fields(partner.declared),
            heading(3, "Data items"),
            table(("Item", "Category", sensitive, "Justification", "Consent"), items)
            if items
            else "_No data item is declared._",
        ]
    blocks += [
        heading(3, "Problems"),
        _problems(partner.problems) if partner.problems else "_No problem found._",
        heading(3, "Waivers"),
        _waivers(partner.waivers) if partner.waivers else "_No waiver._",
    ]
    return blocks


def _rules(report: Report) -> list[str]:
    blocks = [heading(2, "Rules cited")]
    if not report.rules:
        blocks.append("_No rule is cited: no problem was found._")
    for rule in report.rules:
        blocks += [
            f'<a id="rule-{rule.code}"></a>',
            heading(3, f"{rule.code} {rule.name} ({rule.severity})"),
            f"**{escape(rule.summary)}**",
        ]
        if rule.articles:
            blocks.append(f"Articles: {escape('; '.join(rule.articles))}")
        blocks += ["**What it checks**", *(paragraph(p) for p in rule.checks)]
        blocks += ["**Why**", *(paragraph(p) for p in rule.why)]
        blocks.append(f"_Cited {rule.cited} time{'' if rule.cited == 1 else 's'} in this report._")
    return blocks


def _context(report: Report) -> list[str]:
    """What was assessed, the controller and published list, and the change log."""
    blocks: list[str] = []
    if report.scope is not None:
        scope = report.scope
        blocks += [
            heading(2, "Scope of this review"),
            table(
                ("", ""),
                (
                    ("**Regimes assessed**", escape(", ".join(scope.assessed)) or "none"),
                    ("**Not assessed**", escape(", ".join(scope.not_assessed)) or "none"),
                ),
            ),
            f"**{escape(scope.statement)}**",
        ]
    for group in report.products:
        blocks += [
            heading(2, f"Controller and published list: {group.title}"),
            _fields(group.fields),
        ]
    if report.changes is not None:
        blocks.append(heading(2, f"Changes since {report.changes.since}"))
        rows = [
            (escape(c.partner), escape(c.risk), escape(c.message)) for c in report.changes.lines
        ]
        blocks.append(
            table(("Partner", "Risk", "Change"), rows) if rows else "No change in meaning."
        )
    return blocks


def _tail(report: Report) -> list[str]:
    """What follows the partners: problems elsewhere, the rules cited, the sign-off, the files."""
    header = report.header
    blocks = []
    if report.others:
        blocks += ["---", heading(2, "Problems outside the declarations"), _problems(report.others)]
    blocks += ["---", *_rules(report)]
    if report.sign_off is not None:
        blocks += ["---", heading(2, report.sign_off.title), _fields(report.sign_off.fields)]
    blocks += ["---", heading(2, "Declarations checked")]
    blocks.append(
        table(
            ("File", "SHA-256"),
            ((code(f.path, cell=True), code(f.sha256, cell=True)) for f in report.files),
        )
    )
    blocks.append(
        escape_paragraph(
            f"Written by disclosurelint {header.tool_version} with rule set "
            f"{header.ruleset_version}. The same declarations, configuration and date give the "
            "same report, byte for byte. The content hash is the SHA-256 of the files above, "
            "taken in order of their paths: for each file its path, a NUL byte, its length in "
            "bytes, a NUL byte and its bytes."
        )
    )
    return blocks


def render_partners(partners: Sequence[Partner], regimes: Sequence[str]) -> str:
    """The sections of ``partners``, as :func:`render_markdown` writes them in a report under
    ``regimes`` (their names)."""
    named = ", ".join(regimes)
    return "".join("\n\n" + "\n\n".join(["---", *_partner(p, named)]) for p in partners)


def render_markdown(report: Report, only: str | None = None) -> str:
    """The report; with ``only`` (``head``, ``partners`` or ``tail``), that part of it alone:
    the page is its head, the partners' sections and its tail, written one after the other."""
    parts: dict[str, Callable[[], str]] = {
        "head": lambda: "\n\n".join([*_header(report), *_context(report), *_summary(report)]),
        "partners": lambda: render_partners(report.partners, report.header.regimes),
        "tail": lambda: "\n\n" + "\n\n".join(_tail(report)) + "\n",
    }
    if only is not None:
        return parts[only]()
    return "".join(part() for part in parts.values())
