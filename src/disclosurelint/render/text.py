"""The page as plain text, laid out as published lists are: the title, the introduction, then
each entry's parts as ``Label: value`` paragraphs, entries two blank lines apart.

Control characters in the declarations are shown escaped (:mod:`disclosurelint.printable`): the
page is read on a terminal before it is published."""

from __future__ import annotations

from disclosurelint.printable import printable
from disclosurelint.render.page import Page
from disclosurelint.render.words import LABEL_SEPARATOR


def render_text(page: Page) -> str:
    separator = LABEL_SEPARATOR[page.lang]
    head = "\n\n".join(printable(p, newlines=True) for p in (page.title, *page.introduction))
    entries = [
        "\n\n".join(
            f"{part.label}{separator}{printable(part.text, newlines=True)}" for part in entry.parts
        )
        for entry in page.entries
    ]
    body = "\n\n\n".join(entries)
    return (f"{head}\n\n{body}" if body else head) + "\n"
