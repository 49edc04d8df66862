"""The page as one self-contained HTML file (inline style, no script, no outside resource).

Jinja2 renders ``templates/page.html`` with autoescaping on: every value from a declaration is
text, so a partner named ``<script>...</script>`` appears as those characters. Jinja2 comes with
the ``report`` extra; :func:`disclosurelint.templating.require_jinja2` says so when it is missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from disclosurelint.render.links import Segment, segments
from disclosurelint.render.page import Page
from disclosurelint.templating import template

_ANCHOR = re.compile(r"[a-z0-9][a-z0-9-]{0,62}\Z")
_LANG_TAGS = {"en": "en", "zh": "zh-CN"}


@dataclass(frozen=True)
class _Part:
    label: str
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class _Entry:
    anchor: str | None
    parts: tuple[_Part, ...]


def render_html(page: Page) -> str:
    page_template = template("disclosurelint.render", "page.html")
    entries = [
        _Entry(
            anchor=f"entry-{entry.id}" if entry.id and _ANCHOR.match(entry.id) else None,
            parts=tuple(_Part(part.label, segments(part.text)) for part in entry.parts),
        )
        for entry in page.entries
    ]
    text: str = page_template.render(page=page, entries=entries, lang_tag=_LANG_TAGS[page.lang])
    return text
