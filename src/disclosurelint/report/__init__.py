"""A report a lawyer can file: every partner, every declared fact, every problem and waiver.

The report is built in two steps that know nothing of each other's work:

* :mod:`.collect` reads the declarations (their bytes, their data) and checks them with the
  same engine as ``disclosurelint check``; :mod:`.provenance` asks git which commit they come
  from; :mod:`.build` turns all of it into a :class:`~.model.Report`, immutable records in
  plain words;
* :mod:`.html` (a Jinja2 template) and :mod:`.markdown` write a report, and read nothing else.

``disclosurelint report`` does not hold the whole report: :mod:`.stream` makes the partners a
few at a time and writes their sections as they are made, keeping only what the summary needs.

:mod:`.ruleset` defines the rule set's version; :mod:`.catalogue` every word the report prints
itself, in English and Chinese (``report --lang zh``), and :mod:`.words` its English for the
exports; :mod:`.articles` cites articles as a Chinese legal text does; :mod:`.ruledoc` the
readable parts of a rule's documentation.
"""

from __future__ import annotations

from collections.abc import Sequence

from disclosurelint.report.model import Partner, Report

FORMATS: tuple[str, ...] = ("html", "markdown")


def render(report: Report, fmt: str, only: str | None = None) -> str:
    """The report in ``fmt`` (one of :data:`FORMATS`); with ``only``, one part of it: ``head``
    (up to the partners' sections), ``partners`` (their sections) or ``tail`` (what follows)."""
    if fmt == "html":
        from disclosurelint.report.html import render_html

        return render_html(report, only)
    if fmt == "markdown":
        from disclosurelint.report.markdown import render_markdown

        return render_markdown(report, only)
    raise ValueError(f"unknown format {fmt!r}")


def render_partners(
    fmt: str, partners: Sequence[Partner], regimes: Sequence[str], lang: str = "en"
) -> str:
    """The sections of ``partners`` in ``fmt``, as they stand in a report under ``regimes``
    (their names) in ``lang``: a report's head, its partners' sections and its tail make the
    report."""
    if fmt == "html":
        from disclosurelint.report import html

        return html.render_partners(partners, regimes, lang)
    if fmt == "markdown":
        from disclosurelint.report import markdown

        return markdown.render_partners(partners, regimes, lang)
    raise ValueError(f"unknown format {fmt!r}")
