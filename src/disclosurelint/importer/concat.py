"""A text kept as the pieces of a string literal joined with ``+``, one piece a line.

An app's policy dialog is often copied from its code as the lines of one long string::

    "5. 第三方 SDK 名称：星河推送<br>"+
    "    第三方 SDK 提供方：星河科技有限公司<br>"+
    "    隐私政策链接：<a href=\\"https://example.com/privacy\\">…</a><br>"+

Read as it stands, the quotes and the ``+`` stay on every value (``星河科技有限公司<br>"+``) and an
escaped quote leaves a backslash on an address. When most lines are such pieces, the text is
read as the string they make: each line's piece with its escapes undone, line for line (a copy
may start or stop inside the string, so the first line may lack its opening quote and the last
its closing one).
"""

# ruff: noqa: RUF002  (full-width punctuation in published text is read on purpose)

from __future__ import annotations

import re

# a whole piece: optional "+" before, the quoted text, optional "+" (or the statement's end) after
_PIECE = re.compile(r"""^\s*\+?\s*(?P<q>["'])(?P<text>.*)(?P=q)\s*(?:\+|[;,)]+)?\s*$""")
# the first line of a copy that starts inside the string: its text, the closing quote, "+"
_OPEN_END = re.compile(r"""^(?P<text>[^"']*?)(?P<q>["'])\s*\+\s*$""")
# the last line of a copy that stops inside the string: the opening quote, its text
_CUT_START = re.compile(r"""^\s*\+?\s*(?P<q>["'])(?P<text>[^"']*)$""")
_ESCAPE = re.compile(r"\\(.)")
_ESCAPED = {"n": " ", "t": "\t", "r": ""}
_MIN_PIECES = 3
_JOINED = re.compile(r"""["']\s*\+\s*$|^\s*\+\s*["']""")


def _unescaped(text: str) -> str:
    return _ESCAPE.sub(lambda match: _ESCAPED.get(match.group(1), match.group(1)), text)


def unquoted(text: str) -> str | None:
    """The string ``text`` writes as pieces joined with ``+``, line for line; None unless at
    least :data:`_MIN_PIECES` lines, and most lines with words, are pieces joined so."""
    lines = text.splitlines()
    worded = [line for line in lines if line.strip()]
    joined = sum(bool(_JOINED.search(line)) for line in worded)
    pieces = sum(bool(_PIECE.match(line)) for line in worded)
    if joined < _MIN_PIECES or 3 * pieces < 2 * len(worded):
        return None
    out: list[str] = []
    last = max((n for n, line in enumerate(lines) if line.strip()), default=0)
    for number, line in enumerate(lines):
        piece = _PIECE.match(line)
        if piece is None and number == 0:
            piece = _OPEN_END.match(line)
        if piece is None and number == last:
            piece = _CUT_START.match(line)
        out.append(_unescaped(piece["text"]) if piece else line)
    return "\n".join(out)
