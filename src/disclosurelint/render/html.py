"""The page as one self-contained HTML file (inline style, no script, no outside resource).

Jinja2 renders ``templates/page.html`` with autoescaping on: every value from a declaration is
text, so a partner named ``<script>...</script>`` appears as those characters. Jinja2 comes with
the ``report`` extra; :func:`require_jinja2` says so when it is missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

from disclosurelint.errors import UsageError
from disclosurelint.render.links import Segment, segments
from disclosurelint.render.page import Page

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


def require_jinja2() -> Any:
    """The ``jinja2`` module, or a :class:`UsageError` that says how to install it."""
    try:
        import jinja2
    except ImportError:
        raise UsageError(
            "HTML output needs Jinja2, which is not installed; "
            "install it with: pip install 'disclosurelint[report]'"
        ) from None
    return jinja2


def render_html(page: Page) -> str:
    jinja2 = require_jinja2()
    environment = jinja2.Environment(
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    source = resources.files("disclosurelint.render").joinpath("templates/page.html")
    template = environment.from_string(source.read_text(encoding="utf-8"))
    entries = [
        _Entry(
            anchor=f"entry-{entry.id}" if entry.id and _ANCHOR.match(entry.id) else None,
            parts=tuple(_Part(part.label, segments(part.text)) for part in entry.parts),
        )
        for entry in page.entries
    ]
    text: str = template.render(page=page, entries=entries, lang_tag=_LANG_TAGS[page.lang])
    return text
