"""The report as one self-contained HTML file: inline style, no script, prints on A4.

Jinja2 renders ``templates/report.html`` with autoescaping on, so every value from a declaration
is text: a partner named ``<script>...</script>`` appears as those characters. The running footer
of printed pages is a CSS string; :func:`css_string` writes every character of it that is not a
letter, a digit or plain punctuation as a CSS escape, so no value can end the string or the style.
"""

from __future__ import annotations

from disclosurelint.report.catalogue import HTML_LANG, Words
from disclosurelint.report.model import Report
from disclosurelint.templating import template

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


def render_html(report: Report, words: Words | None = None) -> str:
    """The report as HTML, its own words looked up in ``words`` (the report's language)."""
    t = words or Words(report.lang)
    # a space needs no escape inside a CSS string
    page = tuple(
        css_string(t(f"page.{part}")).replace("\\20 ", " ")
        for part in ("before", "middle", "after")
    )
    text: str = template("disclosurelint.report", "report.html").render(
        report=report,
        footer=css_string(footer(report)),
        t=t,
        page=page,
        html_lang=HTML_LANG[report.lang],
    )
    return text
