"""The page as Markdown (CommonMark): a ``#`` title, the introduction, then each entry's parts as
``**Label**: value`` paragraphs, entries separated by rules.

Every value is text, never Markdown: the characters that would start emphasis, a link, a table
cell, an HTML tag or an entity are escaped, a paragraph cannot start a heading, list or quote, and
web addresses become autolinks (a ``|`` in one written ``%7C``: GitHub splits a table cell at
every ``|``, even inside a link, and ``%7C`` is the same address). Control characters are shown
escaped (:mod:`disclosurelint.printable`).
"""

from __future__ import annotations

import re

from disclosurelint.printable import printable
from disclosurelint.render.links import segments
from disclosurelint.render.page import Page
from disclosurelint.render.words import LABEL_SEPARATOR

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_BLOCK_START = re.compile(r"^(#|>|[-+=]|\d+(?=[.)]))")


def escape(text: str) -> str:
    """``text`` on one line, with Markdown-special characters escaped and URLs as autolinks."""
    out: list[str] = []
    for segment in segments(" ".join(printable(text).split())):
        if segment.url is not None:
            out.append(f"<{segment.url.replace('|', '%7C')}>")
        else:
            out.append(_ENTITY.sub("&amp;", _SPECIAL.sub(r"\\\1", segment.text)))
    return "".join(out)


def escape_paragraph(text: str) -> str:
    """:func:`escape`, and a start that Markdown would read as a block marker made literal."""
    escaped = escape(text)
    match = _BLOCK_START.match(escaped)
    if match is None:
        return escaped
    marker = match.group(0)
    if marker[0].isdigit():
        return marker + "\\" + escaped[len(marker) :]
    return "\\" + escaped


def render_markdown(page: Page) -> str:
    separator = LABEL_SEPARATOR[page.lang]
    title = escape(page.title).replace("#", "\\#")  # no "#" can open or close the heading
    blocks = [f"# {title}", *(escape_paragraph(p) for p in page.introduction)]
    for entry in page.entries:
        blocks.append("---")
        blocks += [f"**{part.label}**{separator}{escape(part.text)}" for part in entry.parts]
    return "\n\n".join(blocks) + "\n"
