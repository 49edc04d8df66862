"""Lines whose labels are not one per line: a label alone on its line with the value on the next,
several labels glued on one line, ``label | value`` cells one per line, and the page's title and
headings before the list (its preamble)."""

# ruff: noqa: RUF001, RUF002, RUF003  (full-width punctuation in published Chinese text is read on purpose)

from __future__ import annotations

import re
from collections.abc import Sequence

from disclosurelint.importer.labels import LabelTable
from disclosurelint.importer.lines import _LABEL_LINE, _SENTENCE_END, _strip_emphasis, nfkc_spaces


def _label_only(line: str, table: LabelTable, loosely: bool = False) -> bool:
    """A line that is nothing but a known label, without a colon (``第三方名称``); not a
    header cell closed by a pipe (``第三方名称 |``: a table flattened one cell per line).
    ``loosely``: a label read as a misspelling of one counts too."""
    text = _strip_emphasis(nfkc_spaces(line))
    if not text or len(text) > _LABEL_ONLY_MAX or re.search(r"[:：|]|https?://", text):
        return False
    found = table.match(text)
    return found is not None and (loosely or found.how != "fuzzy")


_LABEL_ONLY_MAX = 24
# a line break lost in a text that kept its indentation: a run of spaces between words, in a
# line longer than _FLATTENED_MIN, where more than _FLATTENED_RUNS of the parts are labelled
_FLATTENED_BREAK = re.compile(r"(?<=\S) {8,}(?=\S)")
_FLATTENED_MIN = 200
_FLATTENED_RUNS = 3


def _split_labelled(line: str, table: LabelTable) -> list[str]:
    """A line that gives two labelled values one after the other (``官网链接：https://a/ ；
    隐私政策链接：https://a/p``, or ``第三方名称：A公司 使用目的：推送`` with a mere space before
    a Chinese label) as one line per label; any other line unchanged. A long line whose words
    stand apart in wide runs of spaces (a text whose line breaks were lost, its indentation
    kept) is first parted at those runs."""
    flattened = _FLATTENED_BREAK.split(line) if len(line) > _FLATTENED_MIN else []
    apart = [_LABEL_LINE.match(part) for part in flattened]
    if (
        sum(bool(m and table.match(m.group("label"))) for m in apart) > _FLATTENED_RUNS
    ):  # labelled values apart, not the cells of a table spaced into columns
        return [piece for part in flattened for piece in _split_labelled(part, table)]
    parts = _SECOND_LABEL.split(line)
    if len(parts) == 1:
        return [line]
    out = [parts[0]]
    for separator, part in zip(parts[1::2], parts[2::2], strict=True):
        labelled = _LABEL_LINE.match(part)
        found = table.match(labelled.group("label")) if labelled else None
        # after a mere space the label must be one the table knows word for word, and follow
        # a labelled value (not a list marker: "- 第三方名称: ...")
        spaced = not re.search(r"[；;]", separator)
        allowed = ("exact",) if spaced else ("exact", "keyword")
        if (
            found is None
            or found.how not in allowed
            or (spaced and not _LABEL_LINE.match(out[-1].strip()))
        ):
            out[-1] = f"{out[-1]}{separator}{part}"  # a semicolon inside one value
        else:
            out.append(part)
    return [piece for part in out for piece in _glued_labels(part, table)]


# a label run into the words before it, up to its colon ("统计分析收集个人信息类型：")
_GLUED_LABEL = re.compile(r"(?P<run>[^\s:：；;,，。、()（）\[\]【】<>]{2,16})[:：](?!//)")


def _glued_labels(part: str, table: LabelTable) -> list[str]:
    """A labelled value that holds further labelled values run into it with no separator
    (``服务类型：统计分析收集个人信息类型：设备信息（…）隐私权政策链接：https://…``), or a lead-in
    before the first label (``App使用以下SDK集成服务：使用SDK名称：友盟SDK``): one part per
    label. A label within a run of words must be one the table knows word for word; any other
    part unchanged."""
    labelled = _LABEL_LINE.match(part)
    if labelled is None:
        return [part]
    label, value = labelled.group("label"), labelled.group("value")
    inner = _LABEL_LINE.match(value)
    if table.match(label) is None and inner is not None:
        found = table.match(inner.group("label"))
        if found is not None and found.how == "exact":
            return [f"{label}：", *_glued_labels(value, table)]  # a lead-in, then the labels
    for match in _GLUED_LABEL.finditer(value):
        run = match.group("run")
        before = value[: match.start()]
        # a whole run after a space is a label the caller splits (or not); within a run, or a
        # whole run after a bracket or other mark, it is glued to the words before it
        after_mark = bool(before) and not before[-1].isalnum() and not before[-1].isspace()
        cut = _glued_start(run, table, after_mark=after_mark)
        if cut is not None and (cut or after_mark):
            at = match.start() + cut
            head = part[: labelled.start("value") + at].rstrip()
            return [head, *_glued_labels(value[at:], table)]
    return [part]


def _glued_start(run: str, table: LabelTable, after_mark: bool) -> int | None:
    """Where a label the table knows word for word starts in ``run`` (the words before a
    colon): the whole run after a closing bracket or other mark, else its longest such ending;
    None when there is none."""
    for start in range(0 if after_mark else 1, len(run) - 1):
        found = table.match(run[start:])
        if found is not None and found.how == "exact":
            return start
    return None


# the start of a second label on a line: after a semicolon, or after a space before a Chinese
# label (which may hold a remark in brackets: "隐私政策(API对接)地址:")
_SECOND_LABEL = re.compile(
    r"(\s*[；;]\s*|(?<=\S)\s+(?=[\u4e00-\u9fff]))"
    r"(?=[^\s:：；;()（）]{2,12}(?:[(（][^\s:：；;()（）]{1,12}[)）][^\s:：；;()（）]{0,8})?[:：](?!//))"
)


# one table cell on a line, closed by a pipe: "Entity Name |"
_CELL_LINE = re.compile(r"^\s*(?P<cell>[^|\s][^|]*?)\s*\|\s*$")
# a run of cell lines read as label/value pairs holds at least this many pairs
_MIN_CELL_PAIRS = 6


def paired_cells(lines: Sequence[str], table: LabelTable) -> tuple[list[str], list[int]] | None:
    """A key/value table flattened one cell per line, each closed by a pipe, labels and values
    alternating (``Entity Name |`` then ``Apple Inc. |``): each pair as one ``Entity Name：Apple
    Inc.`` line, with the 1-based source line of each line; None where the text holds no such
    run. A flattened table whose header cells come first (labels one after another) is no such
    run and is left to the table reader."""
    out: list[str] = []
    numbers: list[int] = []
    index = 0
    changed = False
    while index < len(lines):
        end = index
        while end < len(lines) and _CELL_LINE.match(lines[end]):
            end += 1
        cells = [_CELL_LINE.match(line)["cell"] for line in lines[index:end]]  # type: ignore[index]
        labels = [len(cell) <= _LABEL_ONLY_MAX and table.match(cell) is not None for cell in cells]
        pairs = len(cells) // 2
        if (
            pairs >= _MIN_CELL_PAIRS
            and sum(labels[0::2]) * 4 >= pairs * 3
            and not any(
                labels[at] and labels[at + 1] and labels[at + 2] for at in range(len(cells) - 2)
            )
        ):
            for at in range(0, len(cells) - 1, 2):
                out.append(f"{cells[at]}：{cells[at + 1]}")
                numbers.append(index + at + 1)
            if len(cells) % 2:
                out.append(cells[-1])
                numbers.append(end)
            index, changed = end, True
            continue
        out.append(lines[index])
        numbers.append(index + 1)
        index += 1
    return (out, numbers) if changed else None


# a list item's dash: "- Purpose"
_DASH_ITEM = re.compile(r"^\s*[-–•]\s+")
# a definition list's term: a few capitalised words, no sentence
_TERM_WORDS = re.compile(r"^[A-Z][A-Za-z/&' -]{1,28}$")
# a web address run into the first term of a flattened definition list: "stripe.com- Purpose"
_GLUED_SITE = re.compile(
    r"^\s*(?P<site>(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?)-\s+(?P<term>\S.*?)\s*$"
)


def _unglued_site(line: str, table: LabelTable) -> list[str]:
    """``stripe.com- Purpose`` (a vendor's web address, its definition list's first term run
    into it) as a ``Website`` line and the term's own list item; any other line unchanged."""
    glued = _GLUED_SITE.match(line)
    if glued is None or not _label_only(glued["term"], table):
        return [line]
    return [f"Website：{glued['site']}", f"- {glued['term']}"]


def join_label_lines(
    lines: Sequence[str], start: int, table: LabelTable
) -> tuple[list[str], list[int]] | None:
    """The lines from ``start`` written as one labelled value a line, and the 1-based source
    line of each; None when nothing changes. Every run of at least two "label line, value line"
    pairs becomes ``label：value`` lines (a flattened table's header cells, labels one after
    another, are no run); a line with two labelled values becomes two lines."""
    split = [
        (part, number)
        for number in range(start, len(lines))
        for part in _split_labelled(lines[number], table)
    ]
    split = [(piece, number) for part, number in split for piece in _unglued_site(part, table)]
    changed = len(split) != len(lines) - start
    lines = [part for part, _ in split]
    origin = [number for _, number in split]
    start = 0
    label = [_label_only(line, table) for line in lines]
    bare = [_DASH_ITEM.sub("", line) for line in lines]
    dashed = [bool(_DASH_ITEM.match(line)) for line in lines]
    dashed_label = [dashed[at] and _label_only(bare[at], table) for at in range(len(lines))]

    def pair(index: int) -> bool:
        if index + 1 >= len(lines):
            return False
        if dashed_label[index]:  # "- Purpose" over "- Cloud hosting.": a flattened definition
            # a term that reads as a label, even loosely ("- Service provided" under "- Vendor
            # name" in a list of a register's fields), is no value
            return dashed[index + 1] and not _label_only(bare[index + 1], table, loosely=True)
        value = lines[index + 1].strip()
        # a pipe table's row under a heading that is a label ("Current subprocessors") is no value
        return label[index] and not label[index + 1] and bool(value) and not value.startswith("|")

    def unknown_pair(index: int) -> bool:
        """An unknown term among known ones in a flattened definition list ("- Jurisdiction")."""
        return (
            index + 1 < len(lines)
            and dashed[index]
            and dashed[index + 1]
            and bool(_TERM_WORDS.match(bare[index]))
            and not dashed_label[index + 1]
        )

    out: list[str] = []
    numbers: list[int] = []
    index = start
    while index < len(lines):
        run = index
        while pair(run) or (run > index and dashed_label[index] and unknown_pair(run)):
            run += 2
        if (run - index) // 2 >= 2:
            for at in range(index, run, 2):
                out.append(f"{bare[at].strip()}：{bare[at + 1].strip()}")
                numbers.append(origin[at] + 1)
            index, changed = run, True
            continue
        out.append(lines[index])
        numbers.append(origin[index] + 1)
        index += 1
    return (out, numbers) if changed else None


_HEADING_LEVEL = re.compile(r"^\s*(?P<marks>#{1,6})\s+(?P<text>\S.*)$")
# a section of recipients that receive nothing now: planned, former, or the customer's own;
# or of no third parties at all: the services the list's operator runs itself ("自有服务")
_NOT_CURRENT = re.compile(
    r"\b(?:planned|upcoming|proposed|future|not yet in use|historical|former|previously used"
    r"|past|retired|discontinued|decommissioned|no longer (?:used|in use)|removed"
    r"|customer[- ]configured|(?:where|when) (?:a|the) customer configures"
    r"|configured by the customer|not (?:sub-?)?processors|our own (?:services|systems))\b"
    r"|计划接入|拟接入|即将接入|历史|已停用|停止使用|不再使用|已下线|已移除"
    r"|自有(?:服务|系统)|自建(?:服务|系统)",
    re.IGNORECASE,
)
_FRONT_MATTER_TITLE = re.compile(r"^\s*title\s*:\s*(?P<title>.+?)\s*$")
_HEADING = re.compile(r"^#{1,6}\s+")
_MAX_TITLE = 150
_MAX_HEADING = 80


def preamble(lines: Sequence[str]) -> tuple[str | None, tuple[str, ...]]:
    """The title and introduction paragraphs of the text above the entries.

    A Markdown page's YAML front matter gives the title; otherwise the first line does, unless it
    reads as a sentence (it ends like one, or is long). Paragraphs are separated by blank lines;
    the lines of one paragraph are joined with a space.
    """
    body = list(lines)
    title: str | None = None
    first = next((i for i, line in enumerate(body) if line.strip()), None)
    if first is not None and body[first].strip() == "---":
        close = next((i for i in range(first + 1, len(body)) if body[i].strip() == "---"), None)
        if close is not None:
            for line in body[first + 1 : close]:
                match = _FRONT_MATTER_TITLE.match(line)
                if match:
                    title = match.group("title").strip("'\"").strip() or None
            body = body[close + 1 :]
    paragraphs: list[list[str]] = [[]]
    for line in body:
        text = _HEADING.sub("", line.strip()).strip()
        if text:
            paragraphs[-1].append(text)
        elif paragraphs[-1]:
            paragraphs.append([])
    blocks = [block for block in paragraphs if block]
    if title is None and blocks:
        candidate = blocks[0][0]
        if len(candidate) <= _MAX_TITLE and not _SENTENCE_END.search(candidate):
            title = candidate
            blocks[0] = blocks[0][1:]
    return title, tuple(" ".join(block) for block in blocks if block)
