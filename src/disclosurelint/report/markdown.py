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
from disclosurelint.report.catalogue import Words
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


def _fields(fields: Sequence[Field], t: Words) -> str:
    rows = [
        (f"**{escape(f.label)}**", f"_{escape(f.text)}_" if f.missing else escape(f.text))
        for f in fields
    ]
    return table((t("partner.fact"), t("partner.declared_value")), rows)


def _configuration(config: Configuration) -> str:
    if config.path is None:
        return escape(config.note or "")
    digest = f", SHA-256 {code(config.sha256, cell=True)}" if config.sha256 else ""
    return code(config.path, cell=True) + digest


def _header(report: Report, t: Words) -> list[str]:
    header = report.header
    origin = header.provenance
    if origin.dirty is None:
        changes = escape(t("header.unknown", note=origin.note or ""))
    elif origin.dirty:
        listed = "<br>".join(code(c, cell=True) for c in origin.changes)
        changes = f"**{t('header.yes')}**{escape(t('header.dirty'))}<br>{listed}"
    else:
        changes = escape(t("header.clean"))
    count = len(report.partners)
    level = t(f"severity.{header.fail_on}")
    rows = [
        (t("header.repository"), escape(origin.repository)),
        (
            t("header.commit"),
            code(origin.commit, cell=True) if origin.commit else escape(origin.note or ""),
        ),
        (t("header.uncommitted"), changes),
        (t("header.date"), escape(header.date)),
        ("disclosurelint", escape(t("header.version", version=header.tool_version))),
        (t("header.ruleset"), code(header.ruleset_version, cell=True)),
        (t("header.regimes"), escape(t.join(header.regimes))),
        (t("header.home_country"), escape(header.home_country)),
        (t("header.gate"), escape(t("header.fails_at", level=level))),
        (t("header.configuration"), _configuration(header.configuration)),
        (t("header.declarations"), escape(t.count("header.files", count))),
        (t("header.content_hash"), code(header.content_hash, cell=True)),
    ]
    return [
        heading(1, header.title),
        f"{_plain(t('subtitle.lead'))}**{escape(origin.repository)}**"
        f"{_plain(t('subtitle.tail', date=header.date))}",
        table(("", ""), ((f"**{label}**", value) for label, value in rows)),
    ]


def _counts(counts: Sequence[Count]) -> list[tuple[str, str]]:
    return [(escape(c.label), str(c.count)) for c in counts]


def _summary(report: Report, t: Words) -> list[str]:
    summary = report.summary
    partners = [
        (
            str(n),
            f"[{escape(line.title)}](#{line.anchor})",
            escape(line.relationship),
            escape(line.country),
            escape(t.join(line.sensitive, "list.semicolon"))
            if line.sensitive
            else f"_{t('none')}_",
            str(line.open) + (t("summary.expired_md", n=line.expired) if line.expired else ""),
            str(line.waived),
        )
        for n, line in enumerate(summary.partners, 1)
    ]
    head = tuple(
        t(f"summary.{key}")
        for key in ("number", "partner", "relationship", "country", "sensitive", "open", "waived")
    )
    severities = [
        (t(f"severity.{c.severity}"), str(c.open), str(c.waived), str(c.expired))
        for c in summary.severities
    ]
    total = (
        f"**{t('summary.total')}**",
        f"**{summary.open}**",
        f"**{summary.waived}**",
        f"**{summary.expired}**",
    )
    severity_head = tuple(
        t(f"summary.{key}") for key in ("severity", "open", "waived", "open_expired")
    )
    return [
        heading(2, t("summary.heading")),
        f"**{escape(summary.verdict)}**",
        table(head, partners),
        heading(3, t("summary.by_relationship")),
        table((t("summary.relationship"), t("summary.partners")), _counts(summary.by_relationship)),
        heading(3, t("summary.by_country")),
        table((t("summary.country"), t("summary.partners")), _counts(summary.by_country)),
        heading(3, t("summary.by_severity")),
        table(severity_head, [*severities, total]),
    ]


def _status(problem: ProblemView, t: Words) -> str:
    if problem.status == "waiver expired":
        return t("problem.expired_md")
    return t(f"state.{problem.status}")


def _problems(problems: Sequence[ProblemView], t: Words) -> str:
    rows = []
    for p in problems:
        finding = [f"**{escape(p.message)}**"]
        if p.original:
            finding.append(escape(t("labelled", label=t("problem.original"), text=p.original)))
        if p.waiver is not None:
            w = p.waiver
            waiver = t("problem.waiver_md", reason=w.reason, who=w.approved_by, validity=w.validity)
            finding.append(escape(waiver))
        rows.append(
            (
                f"{p.code} {escape(p.name)}",
                t(f"severity.{p.severity}"),
                _status(p, t),
                "<br>".join(finding),
                code(p.location, cell=True)
                + (f"{t('problem.field')}{code(p.field, cell=True)}" if p.field else ""),
                escape(t.join(p.articles, "list.semicolon")),
                runs(p.fix, cell=True),
            )
        )
    keys = ("rule", "severity", "status", "finding", "where", "articles", "fix")
    return table(tuple(t(f"problem.{key}") for key in keys), rows)


def _waivers(waivers: Sequence[WaiverView], t: Words) -> str:
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
    head = (
        t("problem.rule"),
        t("waiver.reason"),
        t("waiver.approved_by"),
        t("waiver.in_force_through"),
        t("problem.status"),
        t("waiver.written_at"),
    )
    return table(head, rows)


def _item(item: DataItem, t: Words) -> tuple[str, ...]:
    if item.categories:
        category = escape(
            t("parenthesised", text=t.join(item.categories), inner=item.classification)
        )
    else:
        category = escape(t("items.unclassified", how=item.classification))
    sensitive = (
        f"**{t('items.sensitive')}**"
        + escape(t("labelled", label="", text=t.join(item.statuses, "list.semicolon")))
        if item.sensitive
        else t("items.not_sensitive")
    )
    justification = []
    if item.necessity:
        justification.append(escape(t("labelled", label=t("items.necessity"), text=item.necessity)))
    if item.impact:
        justification.append(escape(t("labelled", label=t("items.impact"), text=item.impact)))
    consent = escape(item.consent) + (f"<br>{escape(item.optional)}" if item.optional else "")
    none = f"_{t('none_given')}_" if item.sensitive else f"_{t('none')}_"
    return escape(item.text), category, sensitive, "<br>".join(justification) or none, consent


def _partner(partner: Partner, regimes: str, t: Words) -> list[str]:
    meta = [code(partner.path), f"SHA-256 {code(partner.sha256)}"]
    if partner.id:
        meta.insert(0, f"{t('partner.entry')} {code(partner.id)}")
    blocks = [
        f'<a id="{partner.anchor}"></a>',
        heading(2, f"{partner.number}. {partner.title}"),
        " · ".join(meta),
    ]
    if not partner.readable:
        blocks.append(f"**{t('partner.unreadable')}**")
    else:
        items = [_item(item, t) for item in partner.items]
        sensitive = t("items.sensitive_under", regimes=regimes)
        keys = ("items.item", "items.category", "items.justification", "items.consent")
        head = (t(keys[0]), t(keys[1]), sensitive, t(keys[2]), t(keys[3]))
        blocks += [
            heading(3, t("partner.published")),
            _fields(partner.published, t),
            heading(3, t("partner.declared")),
            _fields(partner.declared, t),
            heading(3, t("partner.items")),
            table(head, items) if items else f"_{t('partner.no_items')}_",
        ]
    blocks += [
        heading(3, t("partner.problems")),
        _problems(partner.problems, t) if partner.problems else f"_{t('partner.no_problems')}_",
        heading(3, t("partner.waivers")),
        _waivers(partner.waivers, t) if partner.waivers else f"_{t('partner.no_waivers')}_",
    ]
    return blocks


def _rules(report: Report, t: Words) -> list[str]:
    blocks = [heading(2, t("rules.heading"))]
    if not report.rules:
        blocks.append(f"_{t('rules.none')}_")
    for rule in report.rules:
        severity = t(f"severity.{rule.severity}")
        blocks += [
            f'<a id="rule-{rule.code}"></a>',
            heading(3, f"{rule.code} {t('parenthesised', text=rule.name, inner=severity)}"),
            f"**{escape(rule.summary)}**",
        ]
        if rule.articles:
            articles = t.join(rule.articles, "list.semicolon")
            blocks.append(escape(t("rules.articles_md", articles=articles)))
        blocks += [f"**{t('rules.checks')}**", *(paragraph(p) for p in rule.checks)]
        blocks += [f"**{t('rules.why')}**", *(paragraph(p) for p in rule.why)]
        blocks.append(f"_{t.count('rules.cited', rule.cited)}_")
    return blocks


def _context(report: Report, t: Words) -> list[str]:
    """What was assessed, the controller and published list, and the change log."""
    blocks: list[str] = []
    if report.scope is not None:
        scope = report.scope
        blocks += [
            heading(2, t("scope.heading")),
            table(
                ("", ""),
                (
                    (f"**{t('scope.assessed')}**", escape(t.join(scope.assessed)) or t("none")),
                    (
                        f"**{t('scope.not_assessed')}**",
                        escape(t.join(scope.not_assessed)) or t("none"),
                    ),
                ),
            ),
            f"**{escape(scope.statement)}**",
        ]
    for group in report.products:
        blocks += [
            heading(2, t("product.heading", title=group.title)),
            _fields(group.fields, t),
        ]
    if report.changes is not None:
        blocks.append(heading(2, t("changes.heading", since=report.changes.since)))
        rows = [
            (escape(c.partner), escape(c.risk), escape(c.message)) for c in report.changes.lines
        ]
        head = (t("changes.partner"), t("changes.risk"), t("changes.change"))
        blocks.append(table(head, rows) if rows else t("changes.none"))
    return blocks


def _tail(report: Report, t: Words) -> list[str]:
    """What follows the partners: problems elsewhere, the rules cited, the sign-off, the files."""
    header = report.header
    blocks = []
    if report.others:
        blocks += ["---", heading(2, t("partner.others")), _problems(report.others, t)]
    blocks += ["---", *_rules(report, t)]
    if report.sign_off is not None:
        blocks += ["---", heading(2, report.sign_off.title), _fields(report.sign_off.fields, t)]
    blocks += ["---", heading(2, t("files.heading"))]
    blocks.append(
        table(
            (t("files.file"), "SHA-256"),
            ((code(f.path, cell=True), code(f.sha256, cell=True)) for f in report.files),
        )
    )
    closing = t("files.closing", version=header.tool_version, ruleset=header.ruleset_version)
    blocks.append(escape_paragraph(closing))
    return blocks


def render_partners(partners: Sequence[Partner], regimes: Sequence[str], lang: str = "en") -> str:
    """The sections of ``partners``, as :func:`render_markdown` writes them in a report under
    ``regimes`` (their names), in ``lang``."""
    t = Words(lang)
    named = t.join(regimes)
    return "".join("\n\n" + "\n\n".join(["---", *_partner(p, named, t)]) for p in partners)


def render_markdown(report: Report, only: str | None = None) -> str:
    """The report; with ``only`` (``head``, ``partners`` or ``tail``), that part of it alone:
    the page is its head, the partners' sections and its tail, written one after the other."""
    t = Words(report.lang)
    parts: dict[str, Callable[[], str]] = {
        "head": lambda: "\n\n".join(
            [*_header(report, t), *_context(report, t), *_summary(report, t)]
        ),
        "partners": lambda: render_partners(report.partners, report.header.regimes, report.lang),
        "tail": lambda: "\n\n" + "\n\n".join(_tail(report, t)) + "\n",
    }
    if only is not None:
        return parts[only]()
    return "".join(part() for part in parts.values())
