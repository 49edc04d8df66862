"""Declarations -> the public "Information Shared with Third Parties" page.

:mod:`.collect` reads a product folder into a :class:`~.page.Page` (title and introduction from
``_product.yaml``, one entry per declaration, in order); :mod:`.text`, :mod:`.markdown` and
:mod:`.html` write it. :mod:`.words` holds the generated words (labels, sharing-mode words, lists
as prose) that the importer and the wording rule share. Only :mod:`.html` needs Jinja2, and it
imports it when called.
"""

from __future__ import annotations

from disclosurelint.render.page import Page

FORMATS: tuple[str, ...] = ("text", "markdown", "html")


def render(page: Page, fmt: str) -> str:
    """The page in ``fmt`` (one of :data:`FORMATS`)."""
    if fmt == "html":
        from disclosurelint.render.html import render_html

        return render_html(page)
    if fmt == "markdown":
        from disclosurelint.render.markdown import render_markdown

        return render_markdown(page)
    if fmt == "text":
        from disclosurelint.render.text import render_text

        return render_text(page)
    raise ValueError(f"unknown format {fmt!r}")
