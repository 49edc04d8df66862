"""A report a lawyer can file: every partner, every declared fact, every problem and waiver.

The report is built in two steps that know nothing of each other's work:

* :mod:`.collect` reads the declarations (their bytes, their data) and checks them with the
  same engine as ``disclosurelint check``; :mod:`.provenance` asks git which commit they come
  from; :mod:`.build` turns all of it into a :class:`~.model.Report`, immutable records in
  plain words;
* :mod:`.html` (a Jinja2 template) and :mod:`.markdown` write a report, and read nothing else.

:mod:`.ruleset` defines the rule set's version; :mod:`.catalogue` every word the report prints
itself, in English and Chinese (``report --lang zh``), and :mod:`.words` its English for the
exports; :mod:`.articles` cites articles as a Chinese legal text does; :mod:`.ruledoc` the
readable parts of a rule's documentation.
"""

from __future__ import annotations

from disclosurelint.report.model import Report

FORMATS: tuple[str, ...] = ("html", "markdown")


def render(report: Report, fmt: str) -> str:
    """The report in ``fmt`` (one of :data:`FORMATS`)."""
    if fmt == "html":
        from disclosurelint.report.html import render_html

        return render_html(report)
    if fmt == "markdown":
        from disclosurelint.report.markdown import render_markdown

        return render_markdown(report)
    raise ValueError(f"unknown format {fmt!r}")
