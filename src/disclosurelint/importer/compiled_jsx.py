"""The markup a compiled React page builds with ``jsx()`` calls.

A page published as a build chunk (Next.js, Vite, a Babel bundle) holds no JSX any more: each
element is a call of the runtime, its children a prop::

    (0, r.jsx)("h3", {children: "1. 星河推送SDK"}),
    (0, r.jsxs)("p", {children: [(0, r.jsx)("strong", {children: "合作方："}), "星河科技"]}),
    React.createElement("a", {href: "https://…"}, "https://…")

The calls are read back into HTML without running anything (the source is split into tokens,
:func:`.source.tokenize`): the tag, an ``href`` and the texts of each element, its styles and
handlers dropped, a component's element (``Link``, ``Fragment``) read as its children (a link
when it has an ``href``). Each piece stands on its line of the source, so an entry keeps its
line. An expression that is not a call or a text (``a && jsx(…)``, ``items.map(…)``) gives the
calls it holds.
"""

# ruff: noqa: RUF002  (full-width punctuation in the Chinese example read on purpose)

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from disclosurelint.importer.source import Token, tokenize

# "jsx)(\"h3\", {": a call of the runtime on an HTML tag, however the runtime is reached
_CALL = re.compile(r"\b(?:jsxs?|jsxDEV|createElement)\)?\(\s*[\"'][a-z][a-z0-9]*[\"']\s*,")
_RUNTIME = frozenset({"jsx", "jsxs", "jsxDEV", "_jsx", "_jsxs", "createElement"})
# a page builds this many elements at least
_MIN_CALLS = 5
_KEPT = ("href", "colSpan", "rowSpan")


def compiled_markup(text: str) -> str | None:
    """The HTML the ``jsx()`` calls of ``text`` build, each piece on its source line; None for
    a text that is not a compiled page."""
    calls = _CALL.finditer(text)
    if sum(1 for _, _ in zip(range(_MIN_CALLS), calls, strict=False)) < _MIN_CALLS:
        return None
    builder = _Builder(tokenize(text))
    try:
        builder.walk(0, len(builder.tokens))
    except RecursionError:
        return None  # elements nested deeper than any page builds them
    return "".join(builder.out) or None


class _Builder:
    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        self.out: list[str] = []
        self.line = 1
        self.closing = _closing(tokens)

    def text(self, i: int) -> str:
        return self.tokens[i].text if i < len(self.tokens) else ""

    def kind(self, i: int) -> str:
        return self.tokens[i].kind if i < len(self.tokens) else ""

    def emit(self, piece: str, at: int) -> None:
        """Add ``piece`` on the line of token ``at``."""
        line = self.tokens[min(at, len(self.tokens) - 1)].line
        if line > self.line:
            self.out.append("\n" * (line - self.line))
            self.line = line
        self.out.append(piece)

    def call_at(self, i: int) -> int | None:
        """The index of the ``(`` opening a runtime call whose name is token ``i``, or None."""
        token = self.tokens[i]
        if token.kind != "i" or token.text not in _RUNTIME:
            return None
        if self.text(i + 1) == "(":
            return i + 1
        if self.text(i + 1) == ")" and self.text(i + 2) == "(":  # (0, r.jsx)(…)
            return i + 2
        return None

    def walk(self, i: int, end: int) -> int:
        """Emit the elements the calls between ``i`` and ``end`` build; the index reached."""
        while i < end:
            opening = self.call_at(i)
            i = self.element(opening, self.text(i)) if opening is not None else i + 1
        return i

    def element(self, i: int, runtime: str) -> int:
        """Emit the element of the call of ``runtime`` whose ``(`` is at ``i``; the index after
        the call. ``createElement`` takes the children after the props, ``jsx`` a key."""
        i += 1
        tag = self.text(i) if self.kind(i) == "s" else None
        at = i
        i = self.skip(i)  # the type: a tag, or a component
        props: dict[str, str] = {}
        children: list[tuple[int, int]] = []
        if self.text(i) == ",":
            i += 1
            i = self.props(i, props, children) if self.text(i) == "{" else self.skip(i)
        while self.text(i) == ",":
            start = i + 1
            i = self.skip(start)
            if runtime == "createElement":
                children.append((start, i))
        name = tag if tag is not None and re.fullmatch(r"[a-z][a-z0-9]*", tag) else None
        if name is None and "href" in props:
            name = "a"
        attributes = "".join(
            f' {key.lower()}="{html.escape(value)}"' for key, value in props.items()
        )
        if name is not None:
            self.emit(f"<{name}{attributes}>", at)
        for start, stop in children:
            self.child(start, stop)
        if name is not None:
            self.emit(f"</{name}>", min(i, len(self.tokens) - 1))
        return i + 1 if self.text(i) == ")" else i

    def props(self, i: int, props: dict[str, str], children: list[tuple[int, int]]) -> int:
        """Read the props object at ``i`` (its kept attributes into ``props``, the span of its
        ``children`` into ``children``); the index after it."""
        i += 1
        while i < len(self.tokens) and self.text(i) != "}":
            key = self.text(i)
            if self.kind(i) in ("s", "i") and self.text(i + 1) == ":":
                start = i + 2
                i = self.skip(start)
                if key == "children":
                    children.append((start, i))
                elif key in _KEPT and self.kind(start) in ("s", "n") and i == start + 1:
                    props[key] = self.text(start)
            else:
                i = self.skip(i + 1)
            if self.text(i) == ",":
                i += 1
        return i + 1

    def child(self, i: int, end: int) -> None:
        """Emit a child expression: a text, an element, an array of them, or the elements an
        expression holds."""
        if self.text(i) == "[" and end > i:
            i += 1
            while i < min(end, len(self.tokens)) and self.text(i) != "]":
                stop = self.skip(i)
                self.child(i, stop)
                i = stop + 1 if self.text(stop) == "," else max(stop, i + 1)
            return
        if self.kind(i) == "s" and end == i + 1:
            self.emit(html.escape(self.text(i)), i)
            return
        self.walk(i, end)

    def skip(self, i: int) -> int:
        """The index of the comma or closing bracket that ends the expression at ``i``, a
        bracket it opens passed over whole."""
        while i < len(self.tokens):
            if self.kind(i) == "p" and self.text(i) in ",)]}":
                return i
            i = self.closing[i] + 1 if i in self.closing else i + 1
        return min(i, len(self.tokens))


def _closing(tokens: Sequence[Token]) -> dict[int, int]:
    """The index of the bracket that closes each one opened (the end, for one left open)."""
    found: dict[int, int] = {}
    opened: list[int] = []
    for i, token in enumerate(tokens):
        if token.kind != "p":
            continue
        if token.text in "([{":
            opened.append(i)
        elif token.text in ")]}" and opened:
            found[opened.pop()] = i
    found.update(dict.fromkeys(opened, len(tokens)))
    return found
