"""Published text -> :class:`ImportedEntry` records.

Shapes understood:

- labelled blocks, one ``Label: value`` per line (``:`` or the full-width ``：``), in English or
  Chinese. An entry ends at a repeated first label, at a heading (a line without a label directly
  before a labelled block: ``Huawei Push SDK``, ``支付宝SDK``), at a numbered label, or at a blank
  line when the document keeps each entry's lines together (when it puts blank lines between the
  fields, as the WeLink list does, two blank lines or a repeated label end an entry instead);
- Markdown or pipe tables whose header row names known fields (``| Subprocessor | Purpose |``);
- entries under ``#`` headings or numbers (``## Huawei Push SDK``, ``1. 支付宝SDK``).

A file that starts with a ``Source:`` line carries a header (``Source:``, ``Title:``, ``Note:``
lines, then a blank line) that is not part of the list; it is skipped, and line numbers stay those
of the file. Values keep the published words; a Markdown link becomes its URL where the field is a
link (policy, website, contact) and ``text (url)`` elsewhere.
"""

# ruff: noqa: RUF001, RUF002  (full-width punctuation in published Chinese text is read on purpose)

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

FIELD_LABELS: Mapping[str, tuple[str, ...]] = {
    "company": (
        "Company", "Third Party", "Third party name", "Operating Company", "Partner entity",
        "Partner", "Partner name", "Recipient", "Recipient name", "Service provider", "Provider",
        "Developer", "Subprocessor", "Sub-processor", "Vendor",
        "第三方公司名称", "接收方名称", "第三方名称", "所属公司名称", "第三方SDK提供方的公司名称",
        "第三方SDK提供方", "SDK提供方", "公司名称", "合作方名称", "合作方主体", "第三方主体",
        "开发者", "提供方",
    ),
    "product": (
        "Product/Mode", "Product", "Sharing type", "SDK name", "Third-party SDK",
        "产品/类型", "产品名称", "第三方SDK名称", "SDK名称", "插件名称",
    ),
    "data": (
        "Collected information", "Shared Information", "Shared data",
        "involves personal information", "Personal information", "Data collected", "Data types",
        "Categories of personal data",
        "共享信息", "收集个人信息类型", "收集的个人信息类型", "处理的个人信息类型",
        "个人信息收集范围", "第三方收集的个人信息", "收集的个人信息", "共享的个人信息",
        "个人信息类型", "个人信息字段", "涉及的个人信息",
    ),
    "purpose": (
        "Purpose", "Purpose of use", "Purposes",
        "使用目的", "收集目的", "实现目的", "使用目的及功能场景", "共享目的", "处理目的", "目的",
    ),
    "scenario": (
        "Scenario", "Usage scenario", "Use case",
        "使用场景", "场景描述", "实现功能/场景", "功能场景", "应用场景", "业务场景", "场景",
    ),
    "sharing_mode": (
        "Sharing mode", "Sharing method", "Collection method", "Transmission method",
        "共享方式", "收集方式", "处理方式", "传输方式",
    ),
    "policy": (
        "Personal data handling rules of the third party", "Partner privacy policy",
        "Third party information processing rules", "Third-party privacy policy",
        "Privacy policy", "Privacy policy link",
        "第三方个人信息处理规则", "第三方隐私政策链接", "第三方隐私政策", "SDK 隐私说明链接",
        "第三方SDK隐私政策链接", "隐私政策链接", "隐私政策",
    ),
    "contact": ("Contact", "Contact information", "联系方式"),
    "location": ("Location", "Country", "Country/Region", "所在国家/地区", "所在地", "数据存储地"),
    "processing_method": ("Processing method", "处理方法"),
    "website": (
        "Official website link", "Website", "Official website",
        "第三方官网链接", "第三方SDK官网链接", "官网链接", "官网",
    ),
}  # fmt: skip
"""Canonical field -> the labels published lists use for it (matched ignoring case, spaces and
punctuation). The first label of each field is the one messages show."""

# Tried in order when no label above matches exactly: a label that contains one of these words.
_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("policy", ("隐私政策", "隐私说明", "隐私协议", "处理规则", "privacypolicy", "handlingrules",
                "processingrules", "privacynotice")),
    ("website", ("官网", "website", "homepage")),
    ("sharing_mode", ("共享方式", "收集方式", "传输方式", "sharingmethod", "sharingmode",
                      "collectionmethod")),
    ("data", ("个人信息类型", "个人信息收集范围", "个人信息字段", "收集的个人信息",
              "共享的个人信息", "personalinformation", "personaldata", "shareddata",
              "collectedinformation", "sharedinformation", "datatypes")),
    ("purpose", ("目的", "purpose")),
    ("scenario", ("场景", "scenario")),
    ("product", ("sdk名称", "产品", "product", "sdkname")),
    ("company", ("公司名称", "主体名称", "company", "partnerentity", "提供方")),
    ("contact", ("联系方式", "contact")),
    ("location", ("所在国家", "所在地", "country", "location")),
)  # fmt: skip

LINK_FIELDS = frozenset({"policy", "website", "contact"})


@dataclass(frozen=True)
class ImportedEntry:
    """One entry of a published list, in its published words.

    ``fields`` maps canonical field names (the keys of :data:`FIELD_LABELS`) to the text; ``labels``
    to the label the text was published under; ``field_lines`` to its 1-based line. ``line`` is
    where the entry starts (its heading, when it has one). ``unmapped`` holds ``(label, value)``
    pairs whose label is not one of the known ones; ``incomplete`` says the source stops inside
    this entry (it is cut off); ``notes`` are remarks on how the text was read.
    """

    fields: Mapping[str, str]
    line: int
    field_lines: Mapping[str, int] = field(default_factory=dict)
    title: str | None = None
    unmapped: tuple[tuple[str, str], ...] = ()
    incomplete: bool = False
    labels: Mapping[str, str] = field(default_factory=dict)
    notes: tuple[str, ...] = ()


def normalize_label(label: str) -> str:
    """Case, spaces and punctuation removed: ``第三方 SDK 名称`` and ``第三方SDK名称`` are equal."""
    return re.sub(r"[\W_]+", "", label.casefold())


_EXACT: Mapping[str, str] = {
    normalize_label(label): name for name, labels in FIELD_LABELS.items() for label in labels
}


def field_for_label(label: str) -> str | None:
    """The canonical field a published label stands for, or None when it is not known."""
    key = normalize_label(label)
    if not key:
        return None
    if key in _EXACT:
        return _EXACT[key]
    for name, words in _KEYWORDS:
        if any(word in key for word in words):
            return name
    return None


# --- reading lines -------------------------------------------------------------------------------

_MARKER = re.compile(
    r"^\s*(?:(?P<heading>#{1,6})\s+|(?P<bullet>[-*+•·])\s+"
    r"|(?P<number>\(?\d{1,3}[.)、](?!\d)|（\d{1,3}）|[一二三四五六七八九十]{1,3}、)\s*)"
)
_LABEL_LINE = re.compile(r"^(?P<label>[^:：]{1,60}?)\s*[:：]\s*(?P<value>.*)$")
_NOT_A_LABEL = re.compile(r"^(?:https?|ftp|mailto|www)$|[.。!?！？;；]$", re.IGNORECASE)
_MD_LINK = re.compile(r"\[(?P<text>[^\]]*)\]\((?P<url>[^)\s]+)\)")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_OPENERS, _CLOSERS = "([（【〔", ")]）】〕"


@dataclass(frozen=True)
class _Line:
    kind: str  # "blank", "label" (known field), "other-label" (unknown label), "text"
    text: str = ""  # the line without list markers (for "text": a heading candidate)
    label: str = ""
    value: str = ""
    field: str | None = None
    numbered: bool = False
    marked: bool = False  # a "#" heading or a number in front of it


def _strip_emphasis(text: str) -> str:
    return text.strip().strip("*_`").strip()


def _classify(raw: str) -> _Line:
    if not raw.strip():
        return _Line("blank")
    text = raw.strip()
    numbered = marked = False
    while match := _MARKER.match(text):  # "## 1. Name" carries two markers
        numbered = numbered or match.group("number") is not None
        marked = marked or numbered or match.group("heading") is not None
        text = text[match.end() :].strip()
    labelled = _LABEL_LINE.match(text)
    if labelled:
        label = _strip_emphasis(labelled.group("label"))
        value = labelled.group("value").strip().lstrip("*_").strip()
        if label and not _NOT_A_LABEL.search(label) and len(label.split()) <= 8:
            name = field_for_label(label)
            kind = "label" if name else "other-label"
            return _Line(kind, text, label, value, name, numbered, marked)
    return _Line("text", _strip_emphasis(text), numbered=numbered, marked=marked)


def _looks_like_unknown_label(line: _Line) -> bool:
    return len(line.label) <= 30 and len(line.label.split()) <= 6


def clean_value(name: str, value: str) -> str:
    """Published value, with Markdown links resolved and surrounding emphasis removed."""
    value = _strip_emphasis(value)
    whole = _MD_LINK.fullmatch(value)
    if whole and name in LINK_FIELDS:
        return whole.group("url")

    def link(match: re.Match[str]) -> str:
        text, url = match.group("text").strip(), match.group("url")
        return url if not text or text == url else f"{text} ({url})"

    return _MD_LINK.sub(link, value)


def _balanced(text: str) -> bool:
    return sum(text.count(c) for c in _OPENERS) <= sum(text.count(c) for c in _CLOSERS)


# --- building entries ----------------------------------------------------------------------------


class _Entry:
    """An entry while it is being read."""

    def __init__(self, line: int, title: str | None = None) -> None:
        self.line = line
        self.title = title
        self.fields: dict[str, str] = {}
        self.labels: dict[str, str] = {}
        self.field_lines: dict[str, int] = {}
        self.unmapped: list[tuple[str, str]] = []
        self.notes: list[str] = []
        self.first: str | None = None
        self.last: tuple[str, str] | None = None  # ("field" | "unmapped", field name or label)
        self.cut_off = False

    def add(self, name: str, label: str, value: str, line: int) -> None:
        if self.first is None:
            self.first = name
        if name in self.fields:
            self.notes.append(
                f"{label!r} given again on line {line} (first on line {self.field_lines[name]}); "
                "the two values are joined with '; '"
            )
            self.fields[name] = "; ".join(v for v in (self.fields[name], value) if v)
        else:
            self.fields[name], self.labels[name], self.field_lines[name] = value, label, line
        self.last = ("field", name)

    def add_unmapped(self, label: str, value: str) -> None:
        self.unmapped.append((label, value))
        self.last = ("unmapped", label)

    def continue_value(self, text: str) -> None:
        """A line without a label that carries on the previous value (a wrapped line)."""
        if self.last is None:
            return
        kind, key = self.last
        if kind == "field":
            self.fields[key] = f"{self.fields[key]} {text}".strip()
        else:
            label, value = self.unmapped[-1]
            self.unmapped[-1] = (label, f"{value} {text}".strip())

    def freeze(self) -> ImportedEntry:
        return ImportedEntry(
            fields={name: clean_value(name, value) for name, value in self.fields.items()},
            line=self.line,
            field_lines=dict(self.field_lines),
            title=self.title,
            unmapped=tuple(self.unmapped),
            incomplete=self.cut_off,
            labels=dict(self.labels),
            notes=tuple(self.notes),
        )


def _header_end(lines: Sequence[str]) -> int:
    """Index of the first line after a ``Source:`` header block (0 when there is none)."""
    if not lines or not re.match(r"^\s*Source\s*:", lines[0]):
        return 0
    for index, line in enumerate(lines):
        if not line.strip():
            return index + 1
    return len(lines)


def _is_compact(classified: Sequence[tuple[int, _Line]]) -> bool:
    """True when a document keeps the label lines of an entry together (no blank lines between)."""
    adjacent = spaced = 0
    previous_label: int | None = None
    blanks = 0
    for position, (_, line) in enumerate(classified):
        if line.kind == "blank":
            blanks += 1
            continue
        if line.kind == "label":
            if previous_label is not None and previous_label == position - blanks - 1:
                if blanks:
                    spaced += 1
                else:
                    adjacent += 1
            previous_label = position
        else:
            previous_label = None
        blanks = 0
    return adjacent >= spaced


def _table_at(lines: Sequence[str], index: int) -> bool:
    return (
        "|" in lines[index]
        and index + 1 < len(lines)
        and _TABLE_SEPARATOR.match(lines[index + 1]) is not None
        and "|" in lines[index + 1]
    )


def _cells(row: str) -> list[str]:
    row = row.strip()
    row = row.removeprefix("|")
    if row.endswith("|") and not row.endswith("\\|"):
        row = row[:-1]
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", row)]


def _read_table(lines: Sequence[str], index: int) -> tuple[list[ImportedEntry], int]:
    """Entries from the table whose header row is ``lines[index]``; and the index after it."""
    headers = [_strip_emphasis(cell) for cell in _cells(lines[index])]
    names = [field_for_label(header) for header in headers]
    end = index + 2
    while end < len(lines) and lines[end].strip() and "|" in lines[end]:
        end += 1
    if not {"company", "product"} & {name for name in names if name}:
        return [], end  # a table, but not a list of recipients
    entries: list[ImportedEntry] = []
    for row_index in range(index + 2, end):
        cells = _cells(lines[row_index])
        if not any(cells):
            continue
        entry = _Entry(row_index + 1)
        for header, name, cell in zip(headers, names, cells, strict=False):
            value = _strip_emphasis(cell)
            if not value:
                continue
            if name is None:
                entry.add_unmapped(header, value)
            else:
                entry.add(name, header, value, row_index + 1)
        entry.cut_off = len(cells) < len(headers)
        entries.append(entry.freeze())
    return entries, end


class _Reader:
    """Walks the classified lines of one document and collects its entries."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines = lines
        start = _header_end(lines)
        self.header_end = start
        self.first_entry: int | None = None  # index of the first line that belongs to an entry
        self.classified = [
            (number, _classify(lines[number])) for number in range(start, len(lines))
        ]
        self.compact = _is_compact(self.classified)
        self.label_keys = [
            normalize_label(line.label)
            for _, line in self.classified
            if line.kind.endswith("label")
        ]
        self.entries: list[ImportedEntry] = []
        self.current: _Entry | None = None
        self.blank_run = 0

    def mark_start(self, index: int) -> None:
        if self.first_entry is None:
            self.first_entry = index

    def finish(self) -> None:
        if self.current is not None and (self.current.fields or self.current.unmapped):
            self.entries.append(self.current.freeze())
        self.current = None

    def read(self) -> list[ImportedEntry]:
        position = 0
        while position < len(self.classified):
            number, line = self.classified[position]
            if line.kind == "blank":
                self.blank_run += 1
                position += 1
                continue
            if _table_at(self.lines, number):
                self.finish()
                table_entries, end = _read_table(self.lines, number)
                if table_entries:
                    self.mark_start(number)
                self.entries.extend(table_entries)
                position += end - number
            else:
                self.step(position, number, line)
                position += 1
            self.blank_run = 0
        self.finish()
        return _mark_cut_off(self.entries)

    def _ends_entry(self, name: str, numbered: bool) -> bool:
        """Whether a known label ``name`` starts a new entry rather than continuing this one."""
        current = self.current
        if current is None or not current.fields:
            return False
        return (
            name == current.first
            or numbered
            or self.blank_run >= 2
            or (self.blank_run > 0 and (self.compact or name in current.fields))
        )

    def _is_heading(self, position: int, line: _Line) -> bool:
        """A line without a label directly before a labelled block (a ``#`` or numbered heading
        may stand a few blank lines above it)."""
        following = (other for _, other in self.classified[position + 1 :])
        if line.marked:
            following = (other for other in following if other.kind != "blank")
        after = next(following, None)
        if after is None or after.kind != "label" or not after.field:
            return False
        current = self.current
        return (
            current is None
            or self.blank_run > 0
            or line.marked
            or after.field in current.fields
            or after.field == current.first
        )

    def step(self, position: int, number: int, line: _Line) -> None:
        if line.kind == "label" and line.field:
            if self._ends_entry(line.field, line.numbered):
                self.finish()
            if self.current is None:
                self.mark_start(number)
                self.current = _Entry(number + 1)
            self.current.add(line.field, line.label, line.value, number + 1)
        elif (
            line.kind == "other-label"
            and self.current is not None
            and _looks_like_unknown_label(line)
        ):
            if self.blank_run and (self.compact or self.blank_run >= 2):
                self.finish()
            else:
                self.current.add_unmapped(line.label, line.value)
        elif line.kind == "text" and self._is_heading(position, line):
            self.finish()
            self.mark_start(number)
            self.current = _Entry(number + 1, title=line.text or None)
        elif self.current is not None and not self.blank_run:
            key = normalize_label(line.text)
            rest = [other for _, other in self.classified[position + 1 :] if other.kind != "blank"]
            if not rest and any(k.startswith(key) and k != key for k in self.label_keys):
                # the source stops in the middle of a label
                self.current.add_unmapped(line.text, "")
                self.current.cut_off = True
            else:
                self.current.continue_value(line.text)
        elif self.current is not None:
            self.finish()  # prose after the entries


def parse_text(text: str) -> list[ImportedEntry]:
    """All entries of a published list, in source order (an empty list when none is found)."""
    return _Reader(text.splitlines()).read()


@dataclass(frozen=True)
class ImportedPage:
    """A published list: the title and introduction paragraphs above its entries, and the
    entries. ``title`` is None when the text does not start with a title line."""

    title: str | None
    introduction: tuple[str, ...]
    entries: tuple[ImportedEntry, ...]


def parse_page(text: str) -> ImportedPage:
    """The whole published list: :func:`parse_text`'s entries, and the text above them."""
    lines = text.splitlines()
    reader = _Reader(lines)
    entries = reader.read()
    end = reader.first_entry if reader.first_entry is not None else len(lines)
    title, introduction = _preamble(lines[reader.header_end : end])
    return ImportedPage(title, introduction, tuple(entries))


_FRONT_MATTER_TITLE = re.compile(r"^\s*title\s*:\s*(?P<title>.+?)\s*$")
_HEADING = re.compile(r"^#{1,6}\s+")
_SENTENCE_END = re.compile(r"[.。!?！？:：]$")
_MAX_TITLE = 150


def _preamble(lines: Sequence[str]) -> tuple[str | None, tuple[str, ...]]:
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
                    title = match.group("title").strip("'\"") or None
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


def _mark_cut_off(entries: list[ImportedEntry]) -> list[ImportedEntry]:
    """Flag the last entry when the source evidently stops inside it.

    It is cut off when a value opens a bracket it does not close, or when it lacks a field that
    every earlier entry of the same document has (the earlier entries show what a whole one holds).
    """
    if not entries:
        return entries
    last = entries[-1]
    earlier = entries[:-1]
    expected: set[str] = set(earlier[0].fields) if earlier else set()
    for entry in earlier[1:]:
        expected &= set(entry.fields)
    cut = (
        last.incomplete
        or not all(_balanced(value) for value in last.fields.values())
        or not expected <= set(last.fields)
    )
    if cut and not last.incomplete:
        entries[-1] = replace(last, incomplete=True)
    return entries
