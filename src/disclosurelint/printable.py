"""Text from declarations made safe to show: on a terminal, in a log, inside JSON.

A declaration's keys, values and comments and a file's name are chosen by whoever wrote them. An
escape sequence among them would recolour the terminal, move the cursor, rewrite a line already
printed or hide text (``\\x1b[2K``, ``\\r``, right-to-left overrides); a file name that is not
UTF-8 reaches Python as lone surrogates that no UTF-8 stream can write. So, as ruff does:

* C0 control characters and DEL become their Unicode control pictures (``\\x1b`` -> ``␛``,
  ``\\r`` -> ``␍``), which keep the width of one column; a tab stays a tab, and a line break
  stays one only where the output is made of lines that may hold one (``newlines=True``);
* C1 control characters, bidirectional overrides and isolates and the line and paragraph
  separators become ``\\x85``, ``\\u202e``, ...;
* a byte of a file name that is not UTF-8 (a lone surrogate from ``surrogateescape``) becomes
  ``\\xNN``, the byte it stands for.

:func:`printable` is for terminal-facing output (text, concise, GitHub annotations, Markdown,
``diff``, ``render --format text``); :func:`json_text` for JSON documents (JSON, SARIF, GitLab,
baselines), which must be valid UTF-8 whatever the file names are.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable
from typing import Any, TextIO, cast

_UNSAFE = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"
)
_SURROGATES = re.compile("[\ud800-\udfff]")
# what json.dumps leaves raw in a string but a terminal would act on (it escapes C0 itself)
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(char: str) -> str:
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    if 0xDC80 <= code <= 0xDCFF:  # surrogateescape: the undecodable byte code - 0xDC00
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def printable(text: str, *, newlines: bool = False) -> str:
    """``text`` with every character that could act on a terminal shown escaped."""
    if text.isprintable():  # the usual text: every character _UNSAFE names is unprintable
        return text
    if newlines:  # a CRLF is a line break too
        lines = text.replace("\r\n", "\n").split("\n")
        return "\n".join(_UNSAFE.sub(lambda m: _escape(m.group()), line) for line in lines)
    return _UNSAFE.sub(lambda m: _escape(m.group()), text)


def file_name_text(name: str) -> str:
    """``name`` with each byte that is not UTF-8 written ``\\xNN``: how JSON outputs record it."""
    return _SURROGATES.sub(lambda m: _escape(m.group()), name)


def shown_path(path: object, limit: int = 200) -> str:
    """A file name for a one-line message: escaped, and cut in the middle when very long."""
    shown = printable(str(path))
    if len(shown) > limit:
        shown = f"{shown[: limit // 2]}...{shown[-limit // 5 :]} ({len(shown)} characters)"
    return shown


def json_text(document: Any, *, indent: int | None = 2) -> str:
    """``document`` as JSON that is valid UTF-8 and safe on a terminal, strings kept readable.

    Letters stay letters (no ``\\uXXXX`` for Chinese); C1 controls and bidirectional overrides
    become JSON escapes (``\\u202e``: the same string once parsed); a lone surrogate, which
    no UTF-8 can carry, becomes the text ``\\xNN`` of the file-name byte it stands for.
    """
    text = json.dumps(document, ensure_ascii=False, indent=indent)
    # Such characters can only come from a string, so they sit inside a JSON string.
    return _JSON_UNSAFE.sub(_json_escape, text)


def write_json(
    out: TextIO,
    document: Any,
    items: Iterable[Any] = (),
    *,
    stream: object = None,
    indent: int = 2,
) -> None:
    """Write :func:`json_text` of ``document`` and a line end, the value ``stream`` inside it
    (one object, found by identity) written as the list of ``items``, one item at a time: the
    same text as the whole document made at once, in memory that does not grow with the list."""
    marker = "@@items@@"
    text = json_text(_replace(document, stream, marker), indent=indent)
    while text.count(marker) != 1:  # the document's own text holds it: one it does not
        marker = marker.replace("@@", "@@@", 1)
        text = json_text(_replace(document, stream, marker), indent=indent)
    quoted = f'"{marker}"'
    at = text.index(quoted)
    out.write(text[:at])
    margin = text[text.rfind("\n", 0, at) + 1 :]
    margin = margin[: len(margin) - len(margin.lstrip(" "))]
    step = " " * indent
    inner = "\n" + margin + step
    written = False
    for item in items:
        out.write(("," if written else "[") + inner)
        out.write(json_text(item, indent=indent).replace("\n", inner))
        written = True
    out.write("\n" + margin + "]" if written else "[]")
    out.write(text[at + len(quoted) :] + "\n")


def _replace(value: Any, stream: object, marker: str) -> Any:
    """``value`` with the object ``stream`` inside it replaced by ``marker``."""
    if value is stream:
        return marker
    if isinstance(value, dict):
        return {k: _replace(v, stream, marker) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace(v, stream, marker) for v in value]
    return value


def _json_escape(match: re.Match[str]) -> str:
    char = match.group()
    if 0xD800 <= ord(char) <= 0xDFFF:
        return "\\" + _escape(char)  # the text \xNN, its backslash escaped for JSON
    return f"\\u{ord(char):04x}"


class _Terminal(io.TextIOBase):
    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(printable(text, newlines=True))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()


def terminal(stream: TextIO) -> TextIO:
    """``stream``, showing escaped whatever a terminal would act on (line breaks pass through):
    for a command's plain-text output, which names files and quotes declarations."""
    return cast(TextIO, _Terminal(stream))
