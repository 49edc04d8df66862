"""Web addresses in published text: found once, for the importer (a policy URL) and for the
formats that can link (Markdown, HTML).

Only ``http``/``https`` URLs with a host name (one with a dot) and no credentials count; anything
else (``javascript:``, ``data:``, ``https://user:pw@...``) stays text, so a declaration can never
put an active link on the page.
"""

# ruff: noqa: RUF001  (full-width punctuation ends a URL in Chinese text)

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from disclosurelint.urls import URL_STOP, hidden_character, split

_URL = re.compile(rf"https?://[^{URL_STOP}]+", re.IGNORECASE)
_TRAILING = ".,;:!?。，；：！？、"


@dataclass(frozen=True)
class Segment:
    """Plain text, or a link whose text is its URL."""

    text: str
    url: str | None = None


def find_urls(text: str) -> Iterator[tuple[int, str]]:
    """Each web address in ``text`` with its start, trailing punctuation left out."""
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(_TRAILING)
        parts = split(url)
        if (
            parts is not None
            and parts.hostname
            and "." in parts.hostname
            and parts.username is None
            and hidden_character(url) is None
        ):
            yield match.start(), url


def segments(text: str) -> tuple[Segment, ...]:
    """``text`` split into plain and link segments, in order."""
    out: list[Segment] = []
    position = 0
    for start, url in find_urls(text):
        if start > position:
            out.append(Segment(text[position:start]))
        out.append(Segment(url, url))
        position = start + len(url)
    if position < len(text):
        out.append(Segment(text[position:]))
    return tuple(out)
