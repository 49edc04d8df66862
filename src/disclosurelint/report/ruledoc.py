"""The readable parts of a rule's documentation: its "What it checks" and "Why" sections.

A rule's docstring is Markdown-like text (``## What it checks``, ``## Why``, ...) whose paragraphs
mark names as code with backticks. Here a section becomes paragraphs of :class:`~.model.Inline`
runs, so that each format sets the code its own way and escapes everything else.
"""

from __future__ import annotations

import re
from functools import lru_cache

from disclosurelint.report.model import Inline, Paragraph

_CODE = re.compile(r"`([^`]+)`")


@lru_cache(maxsize=4096)
def inlines(text: str) -> Paragraph:
    """``text`` on one line, split into plain runs and code runs (the parts in backticks).

    Remembered: a rule's fix is the same text in each of the many problems it finds."""
    flat = " ".join(text.split())
    out: list[Inline] = []
    position = 0
    for match in _CODE.finditer(flat):
        if match.start() > position:
            out.append(Inline(flat[position : match.start()]))
        out.append(Inline(match.group(1), code=True))
        position = match.end()
    if position < len(flat):
        out.append(Inline(flat[position:]))
    return tuple(out)


def section(doc: str, title: str) -> tuple[Paragraph, ...]:
    """The paragraphs of the ``## title`` section of ``doc``; empty when it has none."""
    match = re.search(rf"^## {re.escape(title)}[ \t]*\n(.*?)(?=^## |\Z)", doc, re.M | re.S)
    if match is None:
        return ()
    blocks = re.split(r"\n[ \t]*\n", match.group(1).strip())
    return tuple(inlines(block) for block in blocks if block.strip())
