"""Text -> segments of plain text and web links, for the formats that can link (Markdown, HTML).

Only ``http``/``https`` URLs with a host become links; anything else (``javascript:``, ``data:``)
stays text, so a declaration can never put an active link on the page.
"""

# ruff: noqa: RUF001  (full-width punctuation ends a URL in Chinese text)

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

_URL = re.compile(r"https?://[^\s<>\"'`()（）\[\]{}]+", re.IGNORECASE)
_TRAILING = ".,;:!?。，；：！？、"


@dataclass(frozen=True)
class Segment:
    """Plain text, or a link whose text is its URL."""

    text: str
    url: str | None = None


def segments(text: str) -> tuple[Segment, ...]:
    """``text`` split into plain and link segments, in order; adjacent plain text is merged."""
    out: list[Segment] = []
    position = 0

    def plain(part: str) -> None:
        if not part:
            return
        if out and out[-1].url is None:
            out[-1] = Segment(out[-1].text + part)
        else:
            out.append(Segment(part))

    for match in _URL.finditer(text):
        url = match.group(0).rstrip(_TRAILING)
        parts = urlsplit(url)
        if not parts.hostname or parts.username is not None:
            continue
        plain(text[position : match.start()])
        out.append(Segment(url, url))
        position = match.start() + len(url)
    plain(text[position:])
    return tuple(out)
