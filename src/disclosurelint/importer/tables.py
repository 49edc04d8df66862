"""Tables of recipients: one entry per row.

A :class:`Grid` is a table whatever it was published as: an HTML ``<table>`` (``rowspan`` and
``colspan`` already spread over the cells they cover), a Markdown or pipe table (with or without
a separator row, a row broken over several lines, a row that lacks its number cell), a table
flattened to one cell per line or per paragraph, a table whose cells are separated by tabs or
runs of spaces, or one whose cells run together without any separator.
The header row says which field each column holds (through the label table); a table none of
whose columns names a recipient or a product is not a list of recipients and yields nothing.
"""

# ruff: noqa: RUF001  (full-width punctuation in published Chinese text is read on purpose)

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from disclosurelint.importer.labels import LabelTable, normalize_label
from disclosurelint.importer.links import Link


@dataclass(frozen=True)
class Cell:
    """A table cell: its text (lines joined by newlines) and the links it holds."""

    text: str
    links: tuple[Link, ...] = ()


@dataclass(frozen=True)
class Grid:
    """A table: the header cells, the rows (each as long as the header), and the 1-based source
    line of the header and of each row. ``cut`` says the source stops inside the last row."""

    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    line: int
    row_lines: tuple[int, ...]
    cut: bool = False


_ENTITY_HEADER = re.compile(
    r"^\W*(?:legal\s+)?entit(?:y|ies)(?:\s+name)?\W*$|^\W*legal\s+name\W*$|法人|主体", re.I
)


def names_entity(header: str) -> bool:
    """A column header that names the legal entity itself ("Entity Name", "法人主体")."""
    return bool(_ENTITY_HEADER.search(header))


SERVICE_HEADER = re.compile(
    r"^\W*(?:(?:third[- ]party\s+)?services?(?:\s+name)?|(?:第三方)?服务)\W*$", re.I
)


# a column that counts ("SDK数量", "Number of vendors"): the table sums up categories
_COUNT_HEADER = re.compile(
    r"^\W*(?:\w*\s*(?:数量|个数|數量|個數)|(?:number|count|no\.?)\s+of\b.*|\w+\s+count)\W*$", re.I
)


def columns(header: Sequence[Cell], table: LabelTable) -> list[str | None]:
    """The field of each column (None for a column no label names); a field named by two
    columns keeps the first, except that a second name column is read as the company (and a
    later "Entity" column as the company behind the service the first one names); a "Service"
    (``服务``) column with no company column beside it names the recipient. A table with a
    column that counts (``SDK数量 | 主要厂商``) sums up categories: no column names a recipient."""
    if any(_COUNT_HEADER.match(cell.text) for cell in header):
        return [None] * len(header)
    found: list[str | None] = []
    for cell in header:
        name = table.field_for(cell.text) if cell.text.strip() else None
        if name is None and SERVICE_HEADER.match(cell.text):
            name = "product"  # "服务" heads a column; as a label it says what is done
        if (
            name == "company"
            and "company" in found
            and "product" not in found
            and _ENTITY_HEADER.search(cell.text)
        ):
            # "Sub-processor | … | Entity": the service, then the legal entity behind it
            found[found.index("company")] = "product"
            found.append(name)
            continue
        if name in found and name not in (None, "data", "purpose"):
            name = "company" if name == "product" and "company" not in found else None
        found.append(name)
    if "company" not in found and "product" in found:
        service = found.index("product")
        if SERVICE_HEADER.search(header[service].text):
            # "Service | Purpose | Data sent": a list of the services that receive the data,
            # with no column for who runs them, names the recipients in its service column
            found[service] = "company"
    return found


def is_url(text: str) -> bool:
    """A cell that is only an address."""
    return bool(re.fullmatch(r"\s*https?://\S+\s*", text))


def is_recipient_table(fields: Sequence[str | None]) -> bool:
    """True when a column names the recipient or the product, and another column is known."""
    known = [name for name in fields if name]
    return bool({"company", "product"} & set(known)) and len(known) >= 2


# --- pipe tables -----------------------------------------------------------------------------

# a pipe table's rule row: "|---|:--:|", "---", or with one dash a cell ("|-|-|-|") between pipes
_SEPARATOR = re.compile(
    r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$"
    r"|^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$"
)
_NUMBER = re.compile(r"^\s*\d{1,3}[.、)]?\s*$")


def split_cells(row: str) -> list[str]:
    """The cells of one pipe-table row (outer pipes optional, ``\\|`` is a literal pipe)."""
    row = row.strip()
    row = row.removeprefix("|")
    if row.endswith("|") and not row.endswith("\\|"):
        row = row[:-1]
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", row)]


def _pipes(line: str) -> int:
    return len(re.findall(r"(?<!\\)\|", line))


def pipe_header(lines: Sequence[str], index: int, table: LabelTable) -> bool:
    """True when ``lines[index]`` is the header row of a pipe table of recipients: a separator
    row follows it, or (without one) its cells name a recipient or product column and another
    known field."""
    line = lines[index]
    if _pipes(line) < 1 or _SEPARATOR.match(line):
        return False
    following = lines[index + 1] if index + 1 < len(lines) else ""
    if _SEPARATOR.match(following) and "|" in following:
        return True
    cells = split_cells(line)
    return len(cells) >= 2 and is_recipient_table(columns([Cell(c) for c in cells], table))


def read_pipe_table(
    lines: Sequence[str], index: int, cell: type[Cell] | None = None
) -> tuple[Grid, int]:
    """The table whose header is ``lines[index]``, and the index of the first line after it.

    A row whose cells run over several lines (fewer pipes than the header) is joined until it
    has them all, or until a line that holds only ``|``; a row that lacks the header's first cell
    (a number column) and ends with an empty cell is moved one column to the right.
    """
    make = cell or Cell
    header_line = lines[index]
    header = [make(text) for text in split_cells(header_line)]
    wanted = _pipes(header_line)
    # a header of one blank cell: the rows are labels and values, as many cells as they hold
    headless = len(header) == 1 and not header[0].text.strip()
    position = index + 1
    ruled = position < len(lines) and bool(_SEPARATOR.match(lines[position]))
    if ruled:
        position += 1
    rows: list[tuple[Cell, ...]] = []
    row_lines: list[int] = []
    cut = False
    while position < len(lines):
        line = lines[position]
        if not line.strip() and not ruled:
            next_row = _spaced_row(lines, position)
            if next_row is not None:
                position = next_row
                continue
        if not line.strip():
            break
        if _pipes(line) == 0 and (headless or not rows or _next_table(lines, position + 1, header)):
            break  # or a heading over the next table ("Payments", then its own header row)
        start = position
        buffer = line
        while _pipes(buffer) < wanted and position + 1 < len(lines):
            following = lines[position + 1]
            if not following.strip():
                break
            if (
                line.lstrip().startswith("|")
                and following.strip().startswith("|")
                and (following.strip() != "|")
            ):
                break  # the next row: this one only lacks its closing pipe
            position += 1
            buffer = f"{buffer}\n{following}"
            if following.strip() == "|":
                break
        position += 1
        if _pipes(buffer) == 0:
            break
        texts = split_cells(buffer)
        if _pipes(buffer) < wanted:
            cut = position >= len(lines)
        texts = _shift(texts, [c.text for c in header])
        width = max(len(header), len(texts)) if headless else len(header)
        texts = (texts + [""] * width)[:width]
        rows.append(tuple(make(text) for text in texts))
        row_lines.append(start + 1)
    if headless and rows:
        header, rows = _as_wide_as_rows(rows, make)
    return Grid(tuple(header), tuple(rows), index + 1, tuple(row_lines), cut), position


# lines without pipes (a heading and its note) that may stand above the next table
_HEADING_LINES = 2


def _next_table(lines: Sequence[str], index: int, header: Sequence[Cell]) -> bool:
    """Whether ``lines[index]``, or the line after a note without pipes, opens another pipe
    table: a row opened by a pipe with a rule row under it, or one that restates this table's
    header (the next group's table, its copy cut off before the rule)."""
    ahead = index
    while (
        ahead < min(len(lines), index + _HEADING_LINES)
        and lines[ahead].strip()
        and not _pipes(lines[ahead])
    ):
        ahead += 1  # the heading's note ("The following are planned: …") before the table
    index = ahead
    if index >= len(lines) or not lines[index].lstrip().startswith("|"):
        return False
    if index + 1 < len(lines) and _SEPARATOR.match(lines[index + 1]):
        return True
    cells = split_cells(lines[index])
    return bool(cells) and bool(header) and cells[0].strip() == header[0].text.strip() != ""


def _as_wide_as_rows(
    rows: Sequence[tuple[Cell, ...]], make: type[Cell]
) -> tuple[list[Cell], list[tuple[Cell, ...]]]:
    """A blank header as wide as the widest row, and the rows filled out to it ("| |" over
    "| Role | Hosting |": a table of labels and their values)."""
    width = max(len(row) for row in rows)
    header = [make("") for _ in range(width)]
    return header, [row + tuple(make("") for _ in range(width - len(row))) for row in rows]


def _spaced_row(lines: Sequence[str], blank: int) -> int | None:
    """The index of the row after the blank lines from ``lines[blank]`` on, when the rows of a
    table without a rule row stand apart (a web page's table copied as text, each row a line
    that opens with a pipe and a blank line between two): that line opens with ``|``, holds a
    second cell and is not the header of another table (no rule row under it). None otherwise."""
    position = blank
    while position < len(lines) and not lines[position].strip():
        position += 1
    if position >= len(lines):
        return None
    line = lines[position]
    following = lines[position + 1] if position + 1 < len(lines) else ""
    if not line.lstrip().startswith("|") or _pipes(line) < 2 or _SEPARATOR.match(following):
        return None
    return position


def _shift(cells: list[str], header: Sequence[str]) -> list[str]:
    """A row that lacks the number cell of a numbered table, moved one column right."""
    first = header[0].strip() if header else ""
    numbered = first == "#" or normalize_label(first) in {"序号", "no", "number", "编号"}
    if numbered and cells and cells[0].strip() and not _NUMBER.match(cells[0]):
        if len(cells) >= len(header) and not cells[-1].strip():
            cells = cells[:-1]
        return ["", *cells]
    return cells


# --- one cell per line -------------------------------------------------------------------------


def cell_per_line_header(
    lines: Sequence[str], index: int, table: LabelTable
) -> tuple[int, list[str | None]] | None:
    """``(width, fields)`` when ``lines[index]`` starts a run of at least three header cells,
    each alone on its line (one blank line between two cells is allowed: a table flattened to
    one paragraph per cell) and a known label, one of them the recipient or the product."""
    fields: list[str | None] = []
    known: list[bool] = []
    position = index
    spaced: bool | None = None  # whether the cells are blank-separated, fixed by the first gap
    while position < len(lines):
        text = lines[position].strip()
        if not text or len(text) > 30 or re.search(r"[:：,，、]|[。.!?]$", text):
            break
        if _label_then_value(text, table):
            break  # "公司名称<tab>星河云科技有限公司": a labelled value, no header cell
        if _BULLET.match(text):
            break  # "- Vendor name": an item of a list (of a register's fields), no cell
        name = table.field_for(text)
        label = name is not None or bool(_KNOWN_EXTRA.match(text.removesuffix("|").strip()))
        unknown_run = len(known) - len("".join("x" if k else " " for k in known).rstrip())
        if not label and (not known or unknown_run >= _MAX_UNKNOWN_RUN):
            break  # unknown cells stand only between known ones ("声明/申请权限")
        fields.append(name)
        known.append(label)
        position += 1
        gap = position < len(lines) and not lines[position].strip()
        if spaced is None:
            spaced = gap
        if gap != spaced:
            break
        if gap:
            position += 1
    while known and not known[-1]:
        known.pop()
        fields.pop()
    if sum(known) >= 3 and is_recipient_table(fields):
        return len(fields), fields
    return None


_BULLET = re.compile(r"^[-*+•]\s")
# a header flattened one cell per line may hold up to this many unknown cells in a row
# ("Registration Number", "Registered Address" between "Legal Entity" and "Country")
_MAX_UNKNOWN_RUN = 3


def _label_then_value(text: str, table: LabelTable) -> bool:
    """A known label, a tab or two spaces, then a value that is no label."""
    parts = re.split(r"\t+| {2,}", text, maxsplit=1)
    if len(parts) < 2:
        return False
    first, rest = (table.match(part) for part in parts)
    return first is not None and first.how == "exact" and (rest is None or rest.how != "exact")


_NEXT_TABLE = re.compile(r"^\|{2,}$")
_KNOWN_EXTRA = re.compile(r"^(?:所属系统|所屬系統|平台|序号|序號|No\.?|#)$", re.IGNORECASE)


def read_cell_per_line(lines: Sequence[str], index: int, width: int) -> tuple[Grid, int]:
    """The table whose ``width`` header cells start at ``lines[index]``: then ``width`` lines per
    row, blank lines skipped, until the end of the text. When a lone ``|`` line stands above the
    header, every row opens with one too (a pipe table flattened so that each row's opening pipe
    has a line of its own): that line starts the row and is no cell."""
    values: list[tuple[int, str]] = []
    position = index
    while position < len(lines):
        text = lines[position].strip()
        if position > index + width and _NEXT_TABLE.match(text):
            # "||||": the opening line of the next flattened table; a lone cell just above it
            # that leaves a row short is that table's title ("共享"), no cell of this one
            if (len(values) - width) % width == 1:
                values.pop()
            break
        if text:
            # a cell closed by " |" (a pipe table flattened one cell per line); "|" is empty
            values.append((position + 1, text.removesuffix("|").rstrip()))
        position += 1
    header = tuple(Cell(text) for _, text in values[:width])
    values = values[width:]
    opened = index > 0 and lines[index - 1].strip() == "|"
    chunks = _rows_opened_by_pipes(values, width) if opened else _rows_ending_in_urls(values, width)
    if chunks is None:
        across = _row_width(values, width)
        chunks = [values[start : start + across] for start in range(0, len(values), across)]
    else:
        across = width
    rows: list[tuple[Cell, ...]] = []
    row_lines: list[int] = []
    for chunk in chunks:
        cells = [Cell(text) for _, text in chunk]
        cells += [Cell("")] * (width - len(cells))
        rows.append(tuple(cells))
        row_lines.append(chunk[0][0])
    cut = bool(chunks) and len(chunks[-1]) != across
    return Grid(header, tuple(rows), index + 1, tuple(row_lines), cut), position


# rows of a table flattened one paragraph per cell lose their empty cells: at most this many
_MAX_LOST = 2
_MIN_ROWS_TO_ALIGN = 2
# how much better the cells must line up before rows are read narrower than the header
_ALIGNED_BETTER = 0.15
_SHORT, _MEDIUM = 12, 40


def _shape(text: str) -> tuple[int, bool, bool]:
    size = 0 if len(text) <= _SHORT else 1 if len(text) <= _MEDIUM else 2
    return size, bool(re.search(r"\d", text)), is_url(text)


def _alignment(values: Sequence[tuple[int, str]], width: int) -> float | None:
    """How alike the cells of each column are (their length and whether they hold a digit),
    when the values are cut into rows of ``width``: 1.0 when every column is of one kind. None
    when that gives fewer than two whole rows."""
    rows = [values[start : start + width] for start in range(0, len(values), width)]
    whole = [row for row in rows if len(row) == width]
    if len(whole) < _MIN_ROWS_TO_ALIGN:
        return None
    alike = 0.0
    for column in range(width):
        shapes = [_shape(row[column][1]) for row in whole]
        alike += max(shapes.count(shape) for shape in set(shapes)) / len(shapes)
    return alike / width


def _row_width(values: Sequence[tuple[int, str]], width: int) -> int:
    """How many cells a row of a flattened table holds: the header's width, or fewer where
    every row lacks its last cells (left empty, they left no paragraph) and the cells of each
    column line up clearly better so."""
    best, best_score = width, _alignment(values, width)
    if best_score is None or any(not text for _, text in values):
        return width  # an empty cell kept its line: no row lost one
    for narrower in range(width - 1, max(width - _MAX_LOST, 2) - 1, -1):
        score = _alignment(values, narrower)
        if score is not None and score >= best_score + _ALIGNED_BETTER:
            best, best_score = narrower, score
    return best


def _rows_opened_by_pipes(
    values: Sequence[tuple[int, str]], width: int
) -> list[list[tuple[int, str]]]:
    """Rows that each open with a lone ``|`` line (here an empty value), then ``width`` cells,
    an empty cell being a lone ``|`` too: the opening line is dropped, the cells counted."""
    chunks: list[list[tuple[int, str]]] = []
    for value in values:
        if chunks and len(chunks[-1]) < width:
            chunks[-1].append(value)
        elif not value[1]:
            chunks.append([])  # the opening "|" of the next row
        else:
            chunks.append([value])  # a row whose opening line is missing
    return [chunk for chunk in chunks if chunk]


def _rows_ending_in_urls(
    values: Sequence[tuple[int, str]], width: int
) -> list[list[tuple[int, str]]] | None:
    """Rows of a one-cell-per-line table whose rows each end with an address (the policy
    column last): split after each address, so that a row with one cell too many (a name
    given over two lines, "极光;" then "极光推送") does not shift the rows after it. None when
    the rows do not all end so."""
    chunks: list[list[tuple[int, str]]] = [[]]
    for value in values:
        chunks[-1].append(value)
        if is_url(value[1]):
            chunks.append([])
    if not chunks[-1]:
        chunks.pop()
    whole = chunks[:-1] if chunks and not is_url(chunks[-1][-1][1]) else chunks
    if len(whole) < 2 or any(len(chunk) not in (width, width + 1) for chunk in whole):
        return None
    for chunk in whole:
        if len(chunk) == width + 1:
            at = next(
                (i for i, (_, text) in enumerate(chunk[:-2]) if text.endswith((";", "；", "、"))),
                0,
            )
            (line, first), (_, second) = chunk[at], chunk[at + 1]
            chunk[at : at + 2] = [(line, f"{first} {second}")]
    return chunks


# --- cells run together --------------------------------------------------------------------------

_URL = re.compile(r"https?://[^\s<>\"'，。、；）)]+", re.IGNORECASE)
_ROW_NUMBER = re.compile(r"^(?P<number>\d{1,3})(?=[^\d\s.、．)）])")
_COMPANY = re.compile(
    r"[\u4e00-\u9fff][\u4e00-\u9fff()（）·]{1,40}?"
    r"(?:股份有限公司|有限责任公司|有限責任公司|有限公司|集团|集團|公司)"
)


def glued_header(line: str, table: LabelTable) -> list[str | None] | None:
    """The fields of a header whose cells run together without a separator
    (``序号SDK名称第三方主体使用目的隐私政策链接``): the line is read as a row of known labels,
    the longest known label first at each place, text between them as one unknown cell. At
    least three known cells, among them the recipient and the policy."""
    text = line.strip()
    if not 8 <= len(text) <= 80 or re.search(r"\s{2,}|[:：|,，。]", text):
        return None
    known = sorted({*table.exact_labels(), "序号"}, key=len, reverse=True)
    key = normalize_label(text)
    fields: list[str | None] = []
    position = 0
    unknown = ""
    while position < len(key):
        label = next((k for k in known if k and key.startswith(k, position)), None)
        if label is None:
            unknown += key[position]
            position += 1
            continue
        if unknown:
            fields.append(table.field_for(unknown))
            unknown = ""
        fields.append(table.field_for(label))
        position += len(label)
    if unknown:
        fields.append(table.field_for(unknown))
    named = [name for name in fields if name]
    if len(named) >= 3 and "company" in named and "policy" in named and is_recipient_table(fields):
        return fields
    return None


def read_glued(lines: Sequence[str], index: int, table: LabelTable) -> tuple[Grid, int]:
    """Rows of a table whose cells run together, after its header at ``lines[index]``: each row
    starts with its number (1, 2, ...) glued to the first cell and runs until the next number.
    Of each row it keeps what can be told apart without separators: the product (the text
    before the company), the company (a registered Chinese company name) and the policy (the
    row's last URL); a row without the policy URL the header promises is cut off."""
    rows: list[tuple[Cell, ...]] = []
    row_lines: list[int] = []
    texts: list[tuple[int, list[str]]] = []
    position = index + 1
    while position < len(lines):
        text = lines[position].strip()
        found = _ROW_NUMBER.match(text)
        if found and int(found["number"]) == len(texts) + 1:
            texts.append((position + 1, [text[found.end() :]]))
        elif texts and text:
            texts[-1][1].append(text)
        elif text or texts:
            break
        position += 1
    header = tuple(Cell(table.labels[name][0]) for name in ("product", "company", "policy"))
    cut = False
    for line_number, parts in texts:
        row = "\n".join(parts)
        company = _COMPANY.search(row)
        product = row[: company.start()].strip() if company else ""
        urls = _URL.findall(row)
        name = company.group() if company else ""
        rows.append((Cell(product), Cell(name), Cell(urls[-1] if urls else "")))
        row_lines.append(line_number)
        cut = not urls
    grid = Grid(header, tuple(rows), index + 1, tuple(row_lines), cut)
    return grid, position


# --- spaces and tabs -----------------------------------------------------------------------------


def _header_words(line: str, table: LabelTable) -> list[str] | None:
    """The header cells of a line of known labels separated by single spaces, or None."""
    words = line.split()
    cells: list[str] = []
    position = 0
    while position < len(words):
        for size in (3, 2, 1):
            candidate = " ".join(words[position : position + size])
            if len(words[position : position + size]) == size and table.match(candidate):
                match = table.match(candidate)
                if match and match.how == "exact":
                    cells.append(candidate)
                    position += size
                    break
        else:
            return None
    return cells


def spaced_header(line: str, table: LabelTable) -> list[str] | None:
    """The header cells of a table whose cells are separated by tabs, by runs of two or more
    spaces, or (when every word is part of a known label) by single spaces; None otherwise."""
    text = line.strip()
    if not text or "|" in text or re.search(r"[:：]", text):
        return None
    if "\t" in text or re.search(r"\S {2,}\S", text):
        cells = [c.strip() for c in re.split(r"\t+| {2,}", text) if c.strip()]
    else:
        cells = _header_words(text, table) or []
    fields = columns([Cell(c) for c in cells], table)
    if len(cells) >= 3 and is_recipient_table(fields) and all(fields[:2]):
        return cells
    return None


_COUNTRY = re.compile(
    r"^(?:[A-Z]{2}(?:/[A-Z]{2})*|EU|EEA|USA|United States|Germany|Ireland|France|Netherlands|"
    r"Finland|Sweden|Switzerland|Canada|Japan|Singapore|Australia|India|China|Global|Worldwide)$"
)


def read_spaced(
    lines: Sequence[str], index: int, header: Sequence[str], table: LabelTable
) -> tuple[Grid, int]:
    """Rows under a spaced header, up to a blank line. Cells split like the header; rows
    written with single spaces are split at the location column (a country code or name)."""
    fields = columns([Cell(c) for c in header], table)
    rows: list[tuple[Cell, ...]] = []
    row_lines: list[int] = []
    position = index + 1
    while position < len(lines) and lines[position].strip():
        text = lines[position].strip()
        if "\t" in text or re.search(r"\S {2,}\S", text):
            cells = [c.strip() for c in re.split(r"\t+| {2,}", text)]
        else:
            cells = _split_at_location(text, fields)
        cells = (cells + [""] * len(header))[: len(header)]
        rows.append(tuple(Cell(c) for c in cells))
        row_lines.append(position + 1)
        position += 1
    return Grid(tuple(Cell(c) for c in header), tuple(rows), index + 1, tuple(row_lines)), position


_CJK = re.compile(r"[\u4e00-\u9fff]")


def _split_words(text: str, fields: Sequence[str | None]) -> list[str]:
    """A Chinese row whose cells are separated by single spaces (Chinese cells rarely hold a
    space, a data list sometimes does): one word per column from the left up to the widest
    column (the data, else the purpose), one per column from the right after it, and what is
    left to the widest one."""
    words = text.split()
    at = fields.index("company") if "company" in fields else 0
    named = next((i for i, word in enumerate(words[:at]) if _COMPANY.fullmatch(word)), None)
    if named is not None and _CJK.search(text) and len(fields) >= 3:
        # a row that continues the one above leaves out its first cells (the scenario): its
        # company word goes to the company column, the cells before it stay empty
        words = [""] * (at - named) + words
        if len(words) < len(fields):
            return words
    elif not _CJK.search(text) or len(words) < len(fields) or len(fields) < 3:
        return [text]
    wide = next((fields.index(name) for name in ("data", "purpose") if name in fields), None)
    if wide is None:
        return [text]
    after = len(fields) - wide - 1
    middle = words[wide : len(words) - after]
    return [*words[:wide], " ".join(middle), *words[len(words) - after :]]


def _split_title_case(text: str) -> list[str] | None:
    """``Name, what it does, where``: a name in capitalised words, then a description that
    starts with the capitalised word before the first lower-case one, then a place from the
    next capitalised word ("Amazon Web Services Cloud service provider Oregon, USA")."""
    words = text.split()
    first = next((i for i, word in enumerate(words) if i >= 2 and word[:1].islower()), None)
    if first is None:
        return None
    place = next((i for i in range(first, len(words)) if words[i][:1].isupper()), len(words))
    return [
        " ".join(words[: first - 1]),
        " ".join(words[first - 1 : place]),
        " ".join(words[place:]),
    ]


def _split_at_location(text: str, fields: Sequence[str | None]) -> list[str]:
    words = text.split()
    if "location" not in fields:
        return _split_words(text, fields)
    where = fields.index("location")
    if where == 2 and fields[1] in ("purpose", "data") and not _CJK.search(text):
        split = _split_title_case(text)
        if split:
            return split
    # a country code first ("Google Ireland Ltd. IE ..."), then a country name
    for size, pattern in ((1, _CODE), (1, _COUNTRY), (2, _COUNTRY)):
        for position in range(1, len(words) - size + 1):
            if pattern.match(" ".join(words[position : position + size])):
                before = " ".join(words[:position])
                rest = " ".join(words[position + size :])
                place = " ".join(words[position : position + size])
                return [*([""] * (where - 1)), before, place, rest]
    return _split_words(text, fields)


def is_location(text: str) -> bool:
    """A paragraph that is only a place: a country or region, perhaps with a bracketed remark
    ("Germany (EU)", "United States")."""
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", text.strip())
    return bool(bare) and bool(_COUNTRY.match(bare) or _REGION.match(bare))


_REGION = re.compile(
    r"^(?:United Kingdom|UK|Italy|Spain|Poland|Belgium|Austria|Denmark|Norway|Estonia|Brazil|"
    r"Israel|South Korea|Korea|Hong Kong|Taiwan|European Union|Europe|Asia|Global)$"
)

_CODE = re.compile(r"^(?:[A-Z]{2}(?:/[A-Z]{2})*|EU|EEA|USA)$")
