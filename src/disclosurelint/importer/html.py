"""HTML pages -> the lines and tables the text reader understands, with Beautiful Soup.

Headings become Markdown headings, paragraphs and list items their own lines, ``<br>`` a line
break, a definition list ``term: description`` lines, a two-column table whose first column is
labels ``label: value`` lines, and any other table a :class:`~.tables.Grid` (``rowspan`` and
``colspan`` spread over the cells they cover). A link is written ``[text](href)`` so that the
reader keeps both. Scripts, styles, the document head, navigation and footers are left out.
Each line keeps the source line of the element it came from.
"""

# ruff: noqa: RUF001  (full-width colons of published Chinese labels are read on purpose)

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from disclosurelint.importer.labels import LabelTable
from disclosurelint.importer.links import Link
from disclosurelint.importer.tables import Cell, Grid, columns, is_recipient_table

if TYPE_CHECKING:
    from bs4 import BeautifulSoup
    from bs4.element import PageElement, Tag

GRID_MARK = "\x00grid:"
"""A rendered line ``GRID_MARK + n`` stands for ``HtmlText.grids[n]``."""

_SKIP = frozenset({"script", "style", "head", "nav", "footer", "noscript", "template", "svg"})
_BLOCK = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "aside", "blockquote", "pre",
        "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td",
        "th", "table", "thead", "tbody", "tfoot", "caption", "figure", "form", "hr", "body",
        "html", "center",
    }
)  # fmt: skip
_HEADING = re.compile(r"^h([1-6])$")
_LOOKS_HTML = re.compile(r"<(?:!doctype\s+html|html|body|table|dl)\b", re.IGNORECASE)
_LOOKS_PAGE = re.compile(r"<(?:!doctype\s+html|html|body)\b", re.IGNORECASE)
_HTML_NAME = (".html", ".htm", ".xhtml")
# the source of a page component (React, Vue, Svelte): code around the markup it shows
_COMPONENT_NAME = (".jsx", ".tsx", ".js", ".ts", ".mjs", ".vue", ".svelte")
_COMPONENT_START = re.compile(
    r"^\s*(?:import\s|export\s|[\"']use client[\"']|<template\b|<script\b)", re.IGNORECASE
)
_CLOSED_BLOCK = re.compile(r"</(?:p|li|h[1-6]|div|ul|ol|td|th|dd|section|article)\s*>", re.I)
# a React Native screen: its <View>s are blocks, its <Text>s paragraphs
_NATIVE = re.compile(r"""\bfrom\s+['"]react-native['"]""")
_NATIVE_TAG = re.compile(r"<(/?)(?:(Text)|(?:SafeArea|Scroll)?View)\b")


def _native_markup(text: str, name: str = "") -> str:
    """A React Native screen's markup with its views as ``<div>``s, its texts as ``<p>``s and a
    text inside a text (``<Text>·</Text>`` before the words of a bullet) as a ``<span>``, shown
    on the same line as React Native does; any other text unchanged. A component file holding
    only ``<Text>`` elements (a part of a screen, without its imports) is read the same way."""
    if not _NATIVE.search(text) and not (
        name.lower().endswith(_COMPONENT_NAME)
        and "</Text>" in text
        and not _CLOSED_BLOCK.search(text)
    ):
        return text
    depth = 0  # <Text> elements open around the tag being read

    def tag(match: re.Match[str]) -> str:
        nonlocal depth
        closing, is_text = match.group(1), match.group(2)
        if not is_text:
            return f"<{closing}div"
        if closing:
            depth = max(depth - 1, 0)
            return f"</{'span' if depth else 'p'}"
        end = text.find(">", match.end())
        empty = end > 0 and text[end - 1] == "/"
        depth += not empty
        return f"<{'span' if depth > 1 or (empty and depth) else 'p'}"

    return _NATIVE_TAG.sub(tag, text)


def looks_like_html(text: str, name: str = "") -> bool:
    """True for a ``.html``/``.htm`` file, a text that holds an HTML document or table, and the
    source of a page component whose markup closes block elements (``</h3>``, ``</li>``)."""
    if name.lower().endswith(_HTML_NAME) or _LOOKS_HTML.search(text):
        return True
    if is_component_source(text, name):
        return True
    return text.lstrip().startswith("<") and bool(re.search(r"</[a-zA-Z][\w-]*>", text))


def is_component_source(text: str, name: str = "") -> bool:
    """A React, Vue or Svelte source file (by its name or its first statement) holding markup
    with at least two closed block elements, or a Vue file's top-level ``<template>``."""
    if not (name.lower().endswith(_COMPONENT_NAME) or _COMPONENT_START.match(text)):
        return False
    if _VUE_TEMPLATE.match(text):  # a Vue file's template, of <div>s or of uni-app <view>s
        return True
    return len(_CLOSED_BLOCK.findall(_native_markup(text, name))) >= 2


@dataclass
class HtmlText:
    """The rendered lines, their source lines, and the tables they stand for."""

    lines: list[str] = field(default_factory=list)
    line_numbers: list[int] = field(default_factory=list)
    grids: list[Grid] = field(default_factory=list)


class _Renderer:
    def __init__(self, table: LabelTable, *, collapse: bool = False, source: str = "") -> None:
        self.table = table
        self.source = source  # the text rendered, to find a Markdown text's lines in
        self.out = HtmlText()
        self.buffer: list[str] = []
        self.buffer_line = 1
        self.prefix = ""
        # in a page (not Markdown that holds some HTML) a line break within words is a space,
        # as a browser shows it
        self.collapse = collapse
        self.lists = 0  # <ul>/<ol> around the element being read

    def flush(self) -> None:
        text = re.sub(r"[ \t\r\f\v\u00a0]+", " ", "".join(self.buffer))
        raws = text.split("\n")
        for offset, raw in enumerate(raws):
            part = raw.strip()
            if part:
                self.out.lines.append(self.prefix + part)
                # in Markdown that holds some HTML, each line of a text is a source line
                self.out.line_numbers.append(self.buffer_line + (0 if self.collapse else offset))
                self.prefix = ""
            elif (
                not self.collapse
                and 0 < offset < len(raws) - 1
                and self.out.lines
                and self.out.lines[-1] != ""
            ):
                # a blank line of Markdown parts paragraphs and tables, as in any Markdown text
                self.out.lines.append("")
                self.out.line_numbers.append(self.buffer_line + offset)
        self.buffer = []

    def blank(self, line: int) -> None:
        self.flush()
        if self.out.lines and self.out.lines[-1] != "":
            self.out.lines.append("")
            self.out.line_numbers.append(line)

    def walk(self, node: PageElement) -> None:
        from bs4.element import (
            Comment,
            Declaration,
            Doctype,
            NavigableString,
            ProcessingInstruction,
            Tag,
        )

        if isinstance(node, (Comment, Doctype, Declaration, ProcessingInstruction)):
            return
        if isinstance(node, NavigableString):
            text = str(node)
            if not self.buffer:
                self.buffer_line = self._text_line(text) or _line_of(node)
            # words wrapped over source lines are one line; a line break between two elements
            # (a label <span>, then its value <span>) still parts them
            wrapped = self.collapse and text.strip()
            self.buffer.append(re.sub(r"\s+", " ", text) if wrapped else text)
            return
        if not isinstance(node, Tag):
            return
        name = node.name.lower()
        if name in _SKIP:
            return
        line = node.sourceline or self.buffer_line
        if name == "br":
            self.buffer.append("\n")
            return
        if name == "table":
            self.blank(line)
            self.table_(node)
            self.blank(line)
            return
        if _is_link(node):
            self.buffer.append(_link_markdown(node))
            return
        if name == "dt":
            self.flush()
            self.buffer_line = line
            self.buffer.append(_markdown_text(node).rstrip(":：") + ": ")
            return
        if name == "dd":
            self.buffer.append(_markdown_text(node))
            self.flush()
            return
        if name in _BLOCK:
            self.flush()
            self.buffer_line = line
            heading = _HEADING.match(name)
            if heading:
                self.blank(line)
                self.prefix = "#" * int(heading.group(1)) + " "
            elif name == "li":
                # a list inside a list is indented under the item it belongs to
                self.prefix = "  " * max(self.lists - 1, 0) + "- "
            nested = name in ("ul", "ol")
            self.lists += nested
            for child in node.children:
                self.walk(child)
            self.lists -= nested
            self.flush()
            if heading or name in ("p", "ul", "ol", "dl", "section", "article"):
                self.blank(line)
            return
        for child in node.children:
            self.walk(child)

    def _text_line(self, text: str) -> int | None:
        """In Markdown that holds some HTML, the source line a text of several lines starts on
        (bs4 gives lines to elements only), or None."""
        if self.collapse or "\n" not in text.strip():
            return None
        lines = text.split("\n")
        first = next((i for i, line in enumerate(lines) if line.strip()), None)
        at = self.source.find(lines[first].strip()) if first is not None else -1
        if first is None or at < 0:
            return None
        return self.source.count("\n", 0, at) + 1 - first

    def table_(self, node: Tag) -> None:
        grid = grid_of(node)
        if grid is None:
            return
        if _is_label_value(grid, self.table):
            for tr in _rows(node):
                cells = tr.find_all(["td", "th"], recursive=False)
                label = _markdown_text(cells[0]).rstrip(":：")
                value = " ".join(_markdown_text(cell) for cell in cells[1:])
                self.out.lines.append(f"{label}: {value}".strip())
                self.out.line_numbers.append(tr.sourceline or grid.line)
            return
        self.out.lines.append(f"{GRID_MARK}{len(self.out.grids)}")
        self.out.line_numbers.append(grid.line)
        self.out.grids.append(grid)


def _rows(node: Tag) -> list[Tag]:
    """The rows of a table, not those of a table nested in it."""
    return [tr for tr in node.find_all("tr") if tr.find_parent("table") is node]


def _markdown_text(node: Tag) -> str:
    """The words of an element on one line, its links written ``[text](href)``."""
    from bs4.element import NavigableString, Tag

    parts: list[str] = []

    def visit(element: PageElement) -> None:
        if isinstance(element, NavigableString):
            parts.append(str(element))
        elif isinstance(element, Tag) and element.name.lower() not in _SKIP:
            if _is_link(element):
                parts.append(_link_markdown(element))
                return
            for child in element.children:
                visit(child)
            if element.name.lower() in _BLOCK or element.name.lower() == "br":
                parts.append(" ")

    visit(node)
    return " ".join("".join(parts).split())


def _line_of(node: PageElement) -> int:
    parent = node.parent
    while parent is not None:
        if parent.sourceline is not None:
            return int(parent.sourceline)
        parent = parent.parent
    return 1


_NOT_LINKS = frozenset({"link", "base", "area", "script", "img"})


def _is_link(node: Tag) -> bool:
    """An ``<a href>``, or a page component written like one (``<ExternalLink href=...>``,
    ``<Link href=...>``): any element with an address that is not a stylesheet or an image."""
    return bool(node.get("href")) and node.name.lower() not in _NOT_LINKS


def _link_markdown(node: Tag) -> str:
    href = str(node.get("href") or "").strip()
    text = " ".join(node.get_text(" ").split())
    if not text or text == href:
        return f" {href} "
    return f"[{text}]({href})"


def _cell_text(node: Tag) -> str:
    """The text of a cell or item: block children and ``<br>`` on their own lines."""
    from bs4.element import NavigableString, Tag

    parts: list[str] = []

    def visit(element: PageElement) -> None:
        if isinstance(element, NavigableString):
            parts.append(str(element))
        elif isinstance(element, Tag):
            name = element.name.lower()
            if name in _SKIP or _is_badge(element):
                return
            if name == "br":
                parts.append("\n")
                return
            if name in _BLOCK:
                parts.append("\n")
            for child in element.children:
                visit(child)
            if name in _BLOCK:
                parts.append("\n")

    visit(node)
    lines = [" ".join(line.split()) for line in "".join(parts).split("\n")]
    return "\n".join(line for line in lines if line)


_BADGE = re.compile(r"\b(?:badge|pill|chip|tag|label)\b", re.IGNORECASE)


def _is_badge(node: Tag) -> bool:
    """A decoration beside a name (``<span class="badge">New</span>``), not part of it."""
    classes: list[str] = list(node.get_attribute_list("class"))
    return node.name.lower() == "span" and any(_BADGE.search(str(c)) for c in classes)


def _cell(node: Tag) -> Cell:
    links = tuple(
        Link(str(a.get("href")).strip(), " ".join(a.get_text(" ").split()))
        for a in node.find_all(_is_link)
        if str(a.get("href")).strip()
    )
    return Cell(_cell_text(node), links)


def grid_of(node: Tag) -> Grid | None:
    """The cells of an HTML table, with ``rowspan``/``colspan`` spread over the cells they
    cover; the header is the first row (the first row of ``<th>`` cells when there is one)."""
    rows: list[list[Cell]] = []
    lines: list[int] = []
    pending: dict[int, tuple[int, Cell]] = {}  # column -> (rows still covered, cell)
    header_index: int | None = None
    for tr in _rows(node):
        row: list[Cell] = []
        column = 0
        cells = tr.find_all(["td", "th"], recursive=False)
        if header_index is None and cells and all(c.name == "th" for c in cells):
            header_index = len(rows)
        for source in cells:
            while column in pending:
                left, cell = pending[column]
                row.append(cell)
                pending = _covered(pending, column, left)
                column += 1
            cell = _cell(source)
            span = _span(source.get("colspan"))
            down = _span(source.get("rowspan"), jsx=True)
            for offset in range(span):
                row.append(cell)
                if down > 1:
                    pending[column + offset] = (down - 1, cell)
            column += span
        while column in pending:
            left, cell = pending[column]
            row.append(cell)
            pending = _covered(pending, column, left)
            column += 1
        if any(cell.text for cell in row):
            rows.append(row)
            lines.append(tr.sourceline or node.sourceline or 1)
    if not rows:
        return None
    start = header_index or 0
    width = max(len(row) for row in rows)
    padded = [tuple(row + [Cell("")] * (width - len(row))) for row in rows]
    return Grid(
        padded[start],
        tuple(padded[start + 1 :]),
        lines[start],
        tuple(lines[start + 1 :]),
    )


def _covered(
    pending: dict[int, tuple[int, Cell]], column: int, left: int
) -> dict[int, tuple[int, Cell]]:
    updated = dict(pending)
    if left <= 1:
        del updated[column]
    else:
        updated[column] = (left - 1, pending[column][1])
    return updated


def _span(value: object, *, jsx: bool = False) -> int:
    """A ``rowspan``/``colspan`` value, written ``"2"`` in HTML; with ``jsx``, ``{2}`` too (a
    JSX ``rowSpan={48}``; a word processor's JSX export writes ``colSpan={2}`` on every cell of
    a row, which says nothing of the columns, so a column span in braces is not read)."""
    text = str(value).strip()
    if jsx:
        text = text.strip("{}").strip()
    try:
        return max(1, min(int(text), 100))
    except (TypeError, ValueError):
        return 1


def _is_label_value(grid: Grid, table: LabelTable) -> bool:
    """A table whose rows are ``label | value`` (the first column holds the labels)."""
    rows = (grid.header, *grid.rows)
    if len(grid.header) != 2 or len(rows) < 3:
        return False
    if is_recipient_table(columns(grid.header, table)):
        return False
    known = sum(1 for row in rows if table.field_for(row[0].text))
    return known * 2 > len(rows)


# the rule row under a Markdown pipe table's header, alone on its line ("| --- | :-: |")
_MARKDOWN_TABLE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$", re.MULTILINE)
_JSX_COMMENT = re.compile(r"\{/\*.*?\*/\}", re.DOTALL)
_JSX_STRING = re.compile(r"\{\s*([\"'`])([^\"'`{}]*)\1\s*\}")
_VUE_TEMPLATE = re.compile(r"^\s*<template\b[^>]*>(?P<markup>.*)</template>", re.I | re.DOTALL)


def _markup_of(text: str) -> str:
    """The markup a component shows: a Vue file's top-level ``<template>``, or the lines from
    the first one that opens an element to the last one that closes one (the imports and code
    around them left out); ``{" "}`` and other JSX string expressions as their words."""
    template = _VUE_TEMPLATE.match(text)
    if template:
        text = template.group("markup")
    else:
        lines = text.split("\n")
        opening = [i for i, line in enumerate(lines) if re.match(r"\s*<[A-Za-z]", line)]
        closing = [i for i, line in enumerate(lines) if re.search(r"/?>\s*\)?;?\s*$", line)]
        if opening and closing and closing[-1] >= opening[0]:
            kept = lines[opening[0] : closing[-1] + 1]
            # blank lines keep the source line numbers of what is read
            text = "\n" * opening[0] + "\n".join(kept)
    return _JSX_STRING.sub(lambda m: m.group(2), text)


def _soup(markup: str) -> BeautifulSoup:
    """``markup`` parsed as HTML, whatever it looks like: an Android layout or another XML file
    holding a list is read for the text it shows, and bs4's advice to parse it as XML (or to
    open a file its text resembles the name of) is not for the person importing it."""
    import warnings

    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        return BeautifulSoup(markup, "html.parser")


def render(text: str, table: LabelTable, name: str = "") -> HtmlText:
    """The lines and tables of an HTML page, a page component's markup (or a Markdown text
    holding HTML tables)."""
    component = is_component_source(text, name)
    if component:
        text = _markup_of(_native_markup(text, name))
    # the JSX source of a page writes its comments as {/* ... */}: markup in them is not shown
    soup = _soup(_JSX_COMMENT.sub("", text))
    html_name = name.lower().endswith(_HTML_NAME)
    # a Markdown page wrapped in <html><body> (a blog's page without a layout) is no browser's
    # page: its pipe tables keep their rows, one a line, as in any Markdown text
    wrapped = not html_name and bool(_MARKDOWN_TABLE.search(text))
    page = component or html_name or (bool(_LOOKS_PAGE.search(text)) and not wrapped)
    renderer = _Renderer(table, collapse=page, source=text)
    for child in list(soup.children):
        renderer.walk(child)
    renderer.flush()
    return renderer.out


def inline_text(fragment: str) -> tuple[str, tuple[Link, ...]]:
    """The words and links of a small HTML fragment (a Markdown table cell holding ``<p>``,
    ``<br>`` or ``<a>``): lines joined with ``; ``."""
    soup = _soup(f"<div>{fragment}</div>")
    node = soup.div
    if node is None:
        return fragment, ()
    cell = _cell(node)
    return "; ".join(cell.text.split("\n")), cell.links


__all__ = [
    "GRID_MARK",
    "HtmlText",
    "grid_of",
    "inline_text",
    "is_component_source",
    "looks_like_html",
    "render",
]
