"""The report as one self-contained HTML file: inline style, no script, prints on A4.

Jinja2 renders ``templates/report.html`` with autoescaping on, so every value from a declaration
is text: a partner named ``<script>...</script>`` appears as those characters; the partners'
sections and the problems tables, most of the page, are written by :mod:`.sections`, which
escapes every value the same way. The running footer
of printed pages is a CSS string; :func:`css_string` writes every character of it that is not a
letter, a digit or plain punctuation as a CSS escape, so no value can end the string or the style.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from disclosurelint.report import sections
from disclosurelint.report.catalogue import HTML_LANG, Words
from disclosurelint.report.model import Partner, Report
from disclosurelint.templating import environment, template

_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,:-_/()")


def css_string(text: str) -> str:
    """``text`` as the inside of a double-quoted CSS string. Each escape ends with a space,
    which CSS reads as the end of the escape, not as text."""
    return "".join(c if c in _PLAIN else f"\\{ord(c):x} " for c in text)


def footer(report: Report) -> str:
    header = report.header
    origin = header.provenance
    commit = origin.commit[:12] if origin.commit else origin.note or ""
    dirty = Words(report.lang)("footer.dirty") if origin.dirty else ""
    return f"{origin.repository} @ {commit}{dirty} \u00b7 {header.date}"


PARTS = ("head", "partners", "tail")


@cache
def _part(only: str | None) -> Any:
    """The report's template; with ``only``, the template of one of its :data:`PARTS`: ``head``
    (up to the partners' sections), ``partners`` (their sections) or ``tail`` (what follows)."""
    if only is None:
        return template("disclosurelint.report", "report.html")
    others = "".join(f"{{% block {part} %}}{{% endblock %}}" for part in PARTS if part != only)
    return environment("disclosurelint.report").from_string('{% extends "report.html" %}' + others)


def _written(t: Words, regimes: Sequence[str]) -> dict[str, Any]:
    """The parts of the page written in Python (:mod:`.sections`), as the template calls them."""
    from markupsafe import Markup

    word = sections.lookup(t)
    return {
        "partner_sections": lambda partners: Markup(
            "".join(sections.partner_section(p, regimes, t) for p in partners)
        ),
        "problems_table": lambda problems: Markup(sections.problems_table(problems, t)),
        "severity": lambda level: Markup(sections.severity(level, word)),
        "runs": lambda paragraph: Markup(sections.runs(paragraph)),
        "summary_rows": lambda lines: Markup(sections.summary_rows(lines, t)),
    }


def render_html(report: Report, only: str | None = None) -> str:
    """The report; with ``only`` (one of :data:`PARTS`), that part of it alone. The page is
    its head, then the partners' sections, then its tail, so that the sections of a few
    partners at a time can be written as they are made."""
    t = Words(report.lang)
    # a space needs no escape inside a CSS string
    page = tuple(
        css_string(t(f"page.{part}")).replace("\\20 ", " ")
        for part in ("before", "middle", "after")
    )
    text: str = _part(only).render(
        report=report,
        footer=css_string(footer(report)),
        t=t,
        page=page,
        html_lang=HTML_LANG[report.lang],
        **_written(t, report.header.regimes),
    )
    return text


def render_partners(partners: Sequence[Partner], regimes: Sequence[str], lang: str = "en") -> str:
    """The sections of ``partners``, as :func:`render_html` writes them in the page of a report
    under ``regimes`` (their names), in ``lang``."""
    t = Words(lang)
    return "".join(sections.partner_section(p, regimes, t) for p in partners)
