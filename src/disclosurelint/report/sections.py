"""The partners' sections and the problems tables of the HTML report, written in Python.

They are most of the page (a section per declaration, a row per problem), and the template
engine spent more time on them than building the partners did: a call per word looked up, an
escape per value and per word. Here each of the report's own words is looked up and escaped
once per language, each value escaped once with ``str.replace`` (the same five entities as
Jinja2's autoescaping), and the pieces joined once per section. :mod:`.html`'s template calls
these functions, so the page has one definition of each section.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import cache

from disclosurelint.report.catalogue import Words
from disclosurelint.report.model import (
    DataItem,
    Field,
    Paragraph,
    Partner,
    PartnerLine,
    ProblemView,
)

# what a word of the report is looked up as: ``word("partner.items")``, escaped
Lookup = Callable[[str], str]


# Held per process, each at most this many entries (then started afresh): a report's texts
# repeat across its partners (labels, "Not stated", an item's row), and a few are unique.
_MAX_HELD = 10_000
_escaped: dict[str, str] = {}


def forget() -> None:
    """Start afresh: every text is escaped and every row written again when next asked for."""
    _escaped.clear()
    _fact_rows.clear()
    _item_rows.clear()


def escape(value: object) -> str:
    """``value`` as HTML text: the characters and entities Jinja2's autoescaping writes."""
    text = value if type(value) is str else str(value)
    found = _escaped.get(text)
    if found is None:
        if len(_escaped) >= _MAX_HELD:
            _escaped.clear()
        found = _escaped[text] = (
            text.replace("&", "&amp;")
            .replace(">", "&gt;")
            .replace("<", "&lt;")
            .replace("'", "&#39;")
            .replace('"', "&#34;")
        )
    return found


@cache
def _words(lang: str) -> tuple[Words, dict[str, str]]:
    return Words(lang), {}


def lookup(t: Words) -> Lookup:
    """``t``'s words without fields, escaped, each looked up once per language (and still
    recorded in ``t.used``)."""
    shared, known = _words(t.lang)

    def word(key: str) -> str:
        text = known.get(key)
        if text is None:
            text = known[key] = escape(shared(key))
        t.used.add(key)
        return text

    return word


def runs(paragraph: Paragraph) -> str:
    """A paragraph's runs, names set as code."""
    return "".join(
        f"<code>{escape(run.text)}</code>" if run.code else escape(run.text) for run in paragraph
    )


def severity(level: str, word: Lookup) -> str:
    return f'<span class="badge sev-{escape(level)}">{word("severity." + level)}</span>'


def _status(status: str, word: Lookup) -> str:
    if status == "waived":
        return f'<span class="badge st-waived">{word("state.waived")}</span>'
    if status == "waiver expired":
        return (
            f'<span class="badge st-expired">{word("state.waiver expired")}</span><br>'
            f'<span class="expired-note">{word("problem.counts_again")}</span>'
        )
    return f'<span class="badge st-open">{word("state.open")}</span>'


def problems_table(problems: Iterable[ProblemView], t: Words) -> str:
    """The table of ``problems``: rule, finding (message, place, articles, fix, waiver), status."""
    word = lookup(t)
    out = [
        '<table class="problems">\n'
        '<colgroup><col class="c-rule"><col><col class="c-status"></colgroup>\n'
        f'<thead><tr><th scope="col">{word("problem.rule")}</th><th scope="col">'
        f'{word("problem.finding")}</th><th scope="col">{word("problem.status")}</th></tr>'
        "</thead>\n<tbody>\n"
    ]
    for problem in problems:
        original = (
            f'<p class="detail"><span class="k">{word("problem.original")}</span> '
            f"{escape(problem.original)}</p>"
            if problem.original
            else ""
        )
        field = (
            f"{word('problem.field')}<code>{escape(problem.field)}</code>" if problem.field else ""
        )
        out.append(
            f'<tr class="problem {escape(problem.status.replace(" ", "-"))}" '
            f'data-code="{escape(problem.code)}">\n'
            f"<td><strong>{escape(problem.code)}</strong><br>"
            f'<span class="name">{escape(problem.name)}</span><br>'
            f"{severity(problem.severity, word)}</td>\n"
            f'<td>\n<p class="message">{escape(problem.message)}</p>\n{original}'
            f'<p class="detail"><span class="k">{word("problem.where")}</span> '
            f"<code>{escape(problem.location)}</code>{field}</p>\n"
        )
        if problem.articles:
            out.append(
                f'<p class="detail"><span class="k">{word("problem.articles")}</span> '
                f"{escape(t('list.semicolon').join(problem.articles))}</p>\n"
            )
        if problem.fix:
            out.append(
                f'<p class="detail"><span class="k">{word("problem.fix")}</span> '
                f"{runs(problem.fix)}</p>\n"
            )
        waiver = problem.waiver
        if waiver:
            approved = t("problem.approved", who=waiver.approved_by, validity=waiver.validity)
            out.append(
                f'<p class="detail"><span class="k">{word("problem.waiver")}</span> '
                f'{escape(waiver.reason)} <span class="muted">{escape(approved)}</span></p>\n'
            )
        out.append(f"</td>\n<td>{_status(problem.status, word)}</td>\n</tr>\n")
    out.append("</tbody>\n</table>\n")
    return "".join(out)


_fact_rows: dict[tuple[str, str, bool], str] = {}


def _facts(fields: Sequence[Field]) -> str:
    return "".join(_fact(f) for f in fields)


def _fact(field: Field) -> str:
    """A fact's row, written once per distinct label, text and absence."""
    key = (field.label, field.text, field.missing)
    row = _fact_rows.get(key)
    if row is None:
        if len(_fact_rows) >= _MAX_HELD:
            _fact_rows.clear()
        row = _fact_rows[key] = (
            f'<tr><th scope="row">{escape(field.label)}</th>'
            f"<td{' class=' + chr(34) + 'missing' + chr(34) if field.missing else ''}>"
            f"{escape(field.text)}</td></tr>\n"
        )
    return row


_item_rows: dict[tuple[str, DataItem], str] = {}


def _item(item: DataItem, t: Words, word: Lookup) -> str:
    """An item's row, written once per distinct item and language."""
    key = (t.lang, item)
    row = _item_rows.get(key)
    if row is None:
        if len(_item_rows) >= _MAX_HELD:
            _item_rows.clear()
        row = _item_rows[key] = _item_row(item, t, word)
    return row


def _item_row(item: DataItem, t: Words, word: Lookup) -> str:
    if item.categories:
        labels = t("list.sep").join(item.categories)
        text = t("parenthesised", text=labels, inner=item.classification)
    else:
        text = t("items.unclassified", how=item.classification)
    if item.sensitive:
        statuses = "".join(f"<li>{escape(s)}</li>" for s in item.statuses)
        sensitive = (
            f'<span class="badge sensitive-yes">{word("items.sensitive")}</span>'
            f'<ul class="statuses">{statuses}</ul>'
        )
    else:
        sensitive = f'<span class="badge sensitive-no">{word("items.not_sensitive")}</span>'
    if item.necessity or item.impact:
        why = "".join(
            f'<p><span class="k">{word(key)}</span> {escape(text)}</p>'
            for key, text in (("items.necessity", item.necessity), ("items.impact", item.impact))
            if text
        )
    else:
        why = f'<span class="none">{word("none_given" if item.sensitive else "none")}</span>'
    optional = f'<br><span class="category">{escape(item.optional)}</span>' if item.optional else ""
    return (
        f'<tr class="item{" sensitive" if item.sensitive else ""}">\n'
        f'<td>{escape(item.text)}<br><span class="category">{escape(text)}</span></td>\n'
        f"<td>{sensitive}</td>\n<td>{why}</td>\n"
        f"<td>{escape(item.consent)}{optional}</td>\n</tr>\n"
    )


def _declared(partner: Partner, regimes: Sequence[str], t: Words, word: Lookup) -> str:
    """The published and declared facts and the data items of a readable partner."""
    out = [
        f"<h3>{word('partner.published')}</h3>\n"
        f'<table class="facts published">\n<tbody>\n{_facts(partner.published)}</tbody>\n'
        f"</table>\n<h3>{word('partner.declared')}</h3>\n"
        f'<table class="facts declared">\n<tbody>\n{_facts(partner.declared)}</tbody>\n'
        f"</table>\n<h3>{word('partner.items')}</h3>\n"
    ]
    if not partner.items:
        out.append(f'<p class="none">{word("partner.no_items")}</p>\n')
        return "".join(out)
    under = escape(t("items.sensitive_under", regimes=t("list.sep").join(regimes)))
    out.append(
        '<table class="items">\n'
        '<colgroup><col class="c-item"><col class="c-sens"><col><col class="c-consent">'
        "</colgroup>\n"
        f'<thead><tr><th scope="col">{word("items.item")}</th><th scope="col">{under}</th>'
        f'<th scope="col">{word("items.justification")}</th><th scope="col">'
        f"{word('items.consent')}</th></tr></thead>\n<tbody>\n"
    )
    out.extend(_item(item, t, word) for item in partner.items)
    out.append("</tbody>\n</table>\n")
    return "".join(out)


def _waivers(partner: Partner, word: Lookup) -> str:
    if not partner.waivers:
        return f'<p class="none">{word("partner.no_waivers")}</p>\n'
    out = [
        '<table class="waivers">\n'
        '<colgroup><col class="c-rule"><col><col class="c-who"><col class="c-until"></colgroup>\n'
        f'<thead><tr><th scope="col">{word("problem.rule")}</th><th scope="col">'
        f'{word("waiver.reason")}</th><th scope="col">{word("waiver.approved_by")}</th>'
        f'<th scope="col">{word("problem.status")}</th></tr></thead>\n<tbody>\n'
    ]
    for waiver in partner.waivers:
        out.append(
            f'<tr class="waiver{" expired" if waiver.expired else ""}">\n'
            f"<td>{escape(waiver.rule)}</td>\n"
            f'<td>{escape(waiver.reason)}<br><span class="category">'
            f"{word('waiver.written_at_lower')} <code>{escape(waiver.source)}</code></span></td>\n"
            f"<td>{escape(waiver.approved_by)}</td>\n"
            f'<td class="status">{escape(waiver.status)}</td>\n</tr>\n'
        )
    out.append("</tbody>\n</table>\n")
    return "".join(out)


def partner_section(partner: Partner, regimes: Sequence[str], t: Words) -> str:
    """One partner's section: its facts, data items, problems and waivers."""
    word = lookup(t)
    entry = f"{word('partner.entry')} <code>{escape(partner.id)}</code> · " if partner.id else ""
    body = (
        _declared(partner, regimes, t, word)
        if partner.readable
        else f'<p class="verdict fail">{word("partner.unreadable")}</p>\n'
    )
    problems = (
        problems_table(partner.problems, t) + "\n"
        if partner.problems
        else f'<p class="none">{word("partner.no_problems")}</p>\n'
    )
    path = escape(partner.path)
    return (
        f'<section class="partner" id="{escape(partner.anchor)}" data-path="{path}">\n'
        f"<h2>{partner.number}. {escape(partner.title)}</h2>\n"
        f'<p class="meta">{entry}<code>{path}</code> · SHA-256 '
        f'<span class="hash">{escape(partner.sha256)}</span></p>\n'
        f"{body}<h3>{word('partner.problems')}</h3>\n{problems}"
        f"<h3>{word('partner.waivers')}</h3>\n{_waivers(partner, word)}</section>\n"
    )


def summary_rows(lines: Iterable[PartnerLine], t: Words) -> str:
    """The rows of the summary's table of partners: one per declaration, linked to its section."""
    word = lookup(t)
    semicolon = t("list.semicolon")
    out = []
    for number, line in enumerate(lines, 1):
        sensitive = (
            escape(semicolon.join(line.sensitive))
            if line.sensitive
            else f'<span class="none">{word("none")}</span>'
        )
        expired = (
            f'<br><span class="expired-note">{escape(t("summary.expired", n=line.expired))}</span>'
            if line.expired
            else ""
        )
        out.append(
            f'<tr>\n<td>{number}</td>\n<td><a href="#{escape(line.anchor)}">'
            f"{escape(line.title)}</a></td>\n<td>{escape(line.relationship)}</td>\n"
            f"<td>{escape(line.country)}</td>\n<td>{sensitive}</td>\n"
            f'<td class="num">{line.open}{expired}</td>\n<td class="num">{line.waived}</td>\n'
            "</tr>\n"
        )
    return "".join(out)
