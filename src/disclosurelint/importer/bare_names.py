"""Service names given one to a line, bare, under a heading on third-party services.

A generated app policy, once its links are lost (kept as a string in code, copied as text),
names its services on lines of their own under a heading::

    Link to the privacy policy of third-party service providers used by the app

    Tallyho Analytics
    Beacon Crash Reports
    Log Data

    We want to inform you that whenever you use our Service, ...

The run of short, capitalised lines without sentence punctuation right under a line (not a
sentence) that speaks of third-party service providers, services or SDKs are the names; the
last line of a run of two or more is the next section's heading when a paragraph is the
next text, and is left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_HEADING = re.compile(
    r"third[-\u2010\u2011 ]party (?:service providers?|services|sdks?|libraries)", re.IGNORECASE
)
_MAX_HEADING = 120
_MAX_WORDS = 5
_MIN_PARAGRAPH = 80


def _bare_name(line: str) -> bool:
    text = line.strip()
    return (
        bool(text)
        and text[0].isupper()
        and len(text.split()) <= _MAX_WORDS
        and not re.search(r"[.,;:!?()\[\]/@]|https?", text)
    )


def _paragraph(line: str) -> bool:
    return len(line.strip()) >= _MIN_PARAGRAPH


def bare_names(lines: Sequence[str], start: int) -> list[tuple[int, str]]:
    """The 0-based line and name of each bare service name under such a heading on
    ``lines`` (from ``start``)."""
    for index in range(start, len(lines)):
        heading = lines[index].strip()
        if (
            len(heading) > _MAX_HEADING
            or heading.endswith((".", "。"))
            or not _HEADING.search(heading)
        ):
            continue
        at = index + 1
        while at < len(lines) and not lines[at].strip():
            at += 1
        run: list[tuple[int, str]] = []
        while at < len(lines) and _bare_name(lines[at]):
            run.append((at, lines[at].strip()))
            at += 1
        after = next((line for line in lines[at:] if line.strip()), "")
        if len(run) > 1 and _paragraph(after):  # the next section's heading over its text
            run = run[:-1]
        if run:
            return run
    return []
