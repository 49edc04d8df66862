"""An entry while it is being read (:class:`Entry`: fields, labels, lines, links), and the entries
a table (:class:`.tables.Grid`) gives: one per row, or one per table when its rows are
``label | value`` pairs."""

# ruff: noqa: RUF001, RUF002, RUF003  (full-width punctuation in published Chinese text is read on purpose)

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from disclosurelint.importer import links as linking
from disclosurelint.importer import tables
from disclosurelint.importer.labels import LabelTable, normalize_label
from disclosurelint.importer.lines import (
    _BOLD_BULLET,
    _CELL_NUMBER,
    _EMBEDDED_SDK,
    _MADE_BY,
    _MD_LINK,
    _NAME_FIELDS,
    _PASTED_WORDS,
    _QUALIFIED_NAME,
    Line,
    _balanced,
    _name_and_link_kind,
    _strip_emphasis,
    clean_value,
    name_and_company,
    nfkc_spaces,
)
from disclosurelint.importer.links import Link
from disclosurelint.importer.names import LEGAL_ENTITY, names_sdks
from disclosurelint.importer.records import _LINK_LABELS, LINK_FIELDS, ImportedEntry


def _pasted_policy(entry: Entry) -> bool:
    """An entry whose one field is a privacy policy given as prose of many words and no
    address: the policy pasted in, read as a label over its text."""
    value = entry.fields.get("policy", "")
    return (
        set(entry.fields) == {"policy"}
        and len(value.split()) > _PASTED_WORDS
        and not entry.links
        and not linking.links_in(value)
    )


class Entry:
    """An entry while it is being read."""

    def __init__(self, line: int, title: str | None = None) -> None:
        self.line = line
        self.title = title
        self.fields: dict[str, str] = {}
        self.labels: dict[str, str] = {}
        self.field_lines: dict[str, int] = {}
        self.unmapped: list[tuple[str, str]] = []
        self.notes: list[str] = []
        self.fuzzy: list[tuple[str, str]] = []
        self.links: list[tuple[Link, str | None, str]] = []  # (link, field of its label, label)
        self.first: str | None = None
        self.first_label = ""  # the words of the label that gave ``first``
        self.last: tuple[str, str] | None = None  # ("field" | "unmapped", field name or label)
        self.cut_off = False
        self.number: int | None = None  # the item number of its last numbered label line
        self.table: int | None = None  # the table of the page it is a row of (counted from 1)
        self.heading: int | None = None  # the number of the numbered heading that names it
        self.label_rows = False  # read from a table whose rows are labels and their values
        self.bullet_list: int | None = None  # the list of "Name - what" bullets it is one of
        # a bullet under a lead-in that only says data is shared with the items: the page's
        # list only where the page gives no other
        self.shared_with_only = False

    def add(self, name: str, label: str, value: str, line: int) -> None:
        if self.first is None:
            self.first = name
            self.first_label = normalize_label(label)
        if name in self.fields:
            if value == self.fields[name]:
                return
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

    def freeze(self, table: LabelTable) -> ImportedEntry:
        found = _resolve_links(self.fields, self.labels, self.links, self.unmapped, table)
        if (
            "policy" in self.fields
            and "policy" not in found
            and linking.names_more(self.labels.get("policy", ""), table)
        ):
            # "Apple WeatherKit 与隐私说明：https://developer.apple.com/weatherkit/": a page the
            # address does not call a policy, under a label that names more than one: kept as
            # published, under its label, not read as the policy
            self.unmapped.append((self.labels.pop("policy"), self.fields.pop("policy")))
            self.field_lines.pop("policy", None)
        given = [(self.labels.get("sharing_mode", ""), self.fields.get("sharing_mode", ""))]
        for label, value in [*given, *self.unmapped]:
            embedded = _EMBEDDED_SDK.search(value) if label else None
            if embedded and "product" not in self.fields:
                # "Sharing method: Embed SDK (Tianqin SDK)", "共享类型: 内嵌 SDK(高德地图 SDK)":
                # the only place the SDK is named
                self.fields["product"] = embedded["name"].strip()
                self.labels["product"] = label
                self.field_lines["product"] = self.field_lines.get("sharing_mode", self.line)
        return ImportedEntry(
            fields={name: clean_value(name, value) for name, value in self.fields.items()},
            line=self.line,
            field_lines=dict(self.field_lines),
            title=self.title,
            unmapped=tuple(self.unmapped),
            incomplete=self.cut_off,
            labels=dict(self.labels),
            notes=tuple(self.notes),
            fuzzy=tuple(self.fuzzy),
            links=found,
        )


def _resolve_links(
    fields: Mapping[str, str],
    labels: Mapping[str, str],
    found: Sequence[tuple[Link, str | None, str]],
    unmapped: Sequence[tuple[str, str]],
    table: LabelTable,
) -> dict[str, str]:
    """The entry's links by kind (``policy``, ``website``, ``dpa``, ``terms``, ``contact``),
    first of each kind. A link on the recipient's or product's name stands for the policy when
    nothing else does and it is not a home page, a DPA or terms."""
    candidates: list[tuple[Link, str | None, str]] = []
    for name in ("policy", "website", "contact", "dpa"):
        # a link under one of the field's own labels ("隐私政策链接") before one under a label
        # read only by a word it holds ("隐私说明", "隐私政策引导": notes about the policy)
        anchors = sorted((item for item in found if item[1] == name), key=_loosely_labelled(table))
        if any(link.url not in fields.get(name, "") for link, _, _ in anchors) or (
            len({label for _, _, label in anchors}) > 1  # each link under its own label
        ):
            # a link whose address the words shown do not give: the cell's links, in order,
            # not addresses read off its words ("https://terms.alicdn.com/（淘宝隐私协议）")
            candidates += anchors
        elif fields.get(name):
            text = linking.repair_spaced(fields[name])
            found_here = linking.links_in(text)
            bare = text.strip()
            if not found_here and " " not in bare and linking.absolute(bare):
                found_here = [Link(bare)]  # a bare host name: policies.example.com
            candidates += [(link, name, labels.get(name, "")) for link in found_here]
    candidates += [
        (link, None, label or value)
        for label, value in unmapped
        for link in linking.links_in(value)
    ]
    named = [item for item in found if item[1] == "name"]
    candidates += [item for item in found if item[1] != "name" and item not in candidates]
    chosen = linking.choose(
        ((link, name, label) for link, name, label in candidates if linking.absolute(link.url)),
        table,
    )
    for link, _, _ in [*named, *_referred(fields)]:
        if not linking.absolute(link.url):
            continue
        kind = linking.link_kind(link, None, table)
        if kind in ("policy", "other") and "policy" not in chosen:
            chosen["policy"] = link
        elif kind != "other":
            chosen.setdefault(kind, link)
    return {
        kind: linking.absolute(link.url) or link.url
        for kind, link in chosen.items()
        if kind in ("policy", "website", "dpa", "terms", "contact")
    }


# the words that send the reader to an address, right before it
_SENT_TO = re.compile(linking.SENDING_WORDS + r"\s*[:：]?\s*<?$", re.IGNORECASE)


def _referred(fields: Mapping[str, str]) -> list[tuple[Link, str | None, str]]:
    """The addresses a value that is no link sends the reader to for more about the entry
    ("Scope of information collected: device identifier, please visit https://… for details"):
    with no other policy, the entry's own document on what it does with the data."""
    found: list[tuple[Link, str | None, str]] = []
    for name, value in fields.items():
        if name in LINK_FIELDS:
            continue
        for link in linking.links_in(value):
            at = value.find(link.url)
            if at > 0 and _SENT_TO.search(value[:at]):
                found.append((link, None, ""))
    return found


def _loosely_labelled(table: LabelTable) -> Callable[[tuple[Link, str | None, str]], bool]:
    def loose(item: tuple[Link, str | None, str]) -> bool:
        found = table.match(item[2]) if item[2] else None
        return found is not None and found.how == "keyword"

    return loose


def _header_end(lines: Sequence[str]) -> int:
    """Index of the first line after a ``Source:`` header block (0 when there is none)."""
    if not lines or not re.match(r"^\s*Source\s*:", lines[0]):
        return 0
    for index, line in enumerate(lines):
        if not line.strip():
            return index + 1
    return len(lines)


# a front matter line: a key, or a value continued on an indented line
_FRONT_MATTER_LINE = re.compile(r"^(?:[\w-]+\s*:|\s+\S|\s*$)")
_MAX_FRONT_MATTER = 60


def without_front_matter(lines: Sequence[str]) -> list[str]:
    """``lines`` with a Markdown file's front matter (``---``, ``key: …`` lines, ``---``) blank
    but for its ``title:``: the file's own metadata (``name: beacon-guide``) is not an entry of
    the list, while its title is the page's."""
    if not lines or lines[0].strip() != "---":
        return list(lines)
    for end, line in enumerate(lines[1:_MAX_FRONT_MATTER], start=1):
        if line.strip() == "---":
            kept = [
                line if re.match(r"^(?:---\s*$|title\s*:)", line, re.IGNORECASE) else ""
                for line in lines[: end + 1]
            ]
            return [*kept, *lines[end + 1 :]]
        if not _FRONT_MATTER_LINE.match(line):
            break
    return list(lines)


def _is_compact(classified: Sequence[tuple[int, Line]]) -> bool:
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


def _label_spacing(classified: Sequence[tuple[int, Line]]) -> int:
    """How many blank lines a document usually sets between two label lines of one entry: 1 for
    most spaced documents, 2 where a page exported every paragraph with two blank lines after it
    (then two blank lines are the spacing of one entry, not the gap between two)."""
    gaps: Counter[int] = Counter()
    previous_label = False
    blanks = 0
    for _, line in classified:
        if line.kind == "blank":
            blanks += 1
            continue
        if line.kind == "label" and previous_label and blanks:
            gaps[blanks] += 1
        previous_label = line.kind == "label"
        blanks = 0
    if not gaps:
        return 1
    usual, count = gaps.most_common(1)[0]
    return usual if count >= 3 and count * 2 > sum(gaps.values()) else 1


def _cell_value(cell: tables.Cell, name: bool = False) -> tuple[str, tuple[Link, ...]]:
    """A cell's words (Markdown emphasis and inline HTML removed) and its links. In a name
    cell, a line that only holds link texts ("Privacy terms · DPA") is not part of the name."""
    text = cell.text.strip()
    links = list(cell.links)
    if "<" in text and re.search(r"<\s*(?:p|br|a|span|div|strong|b)\b", text, re.IGNORECASE):
        from disclosurelint.importer.html import inline_text

        text, more = inline_text(text)
        links += more
    links += [link for link in linking.links_in(text) if link not in links]
    text = linking.strip_links(text) if _MD_LINK.search(text) else text
    kept = [line.strip() for line in text.split("\n") if line.strip()]
    if name and len(kept) > 1:
        words = [link.text for link in links if link.text]
        named = [line for line in kept if not _only_words(line, words)]
        kept = named or kept
    text = "; ".join(re.sub(r"\*\*(.+?)\*\*", r"\1", line) for line in kept)  # **bold**
    return _strip_emphasis(nfkc_spaces(text)), tuple(links)


def _only_words(line: str, words: Sequence[str]) -> bool:
    for word in sorted(words, key=len, reverse=True):
        line = line.replace(word, " ")
    return not re.sub(r"[\W_]+", "", line)


def _company_from_name_cell(entry: Entry) -> None:
    """A name cell that holds the product on its first line and the company on a later one
    (``<strong>X SDK</strong><p>X 有限公司</p>``), in a table with no company column."""
    parts = entry.fields.get("product", "").split("; ")
    if len(parts) < 2:
        return
    company = next((part for part in parts[1:] if LEGAL_ENTITY.search(part)), None)
    if company is not None:
        entry.fields["product"] = parts[0]
        entry.fields["company"] = company
        entry.labels["company"] = entry.labels.get("product", "")
        entry.field_lines["company"] = entry.field_lines.get("product", entry.line)


def _name_cell_lines(entry: Entry, key: str, names: Sequence[str | None]) -> None:
    """The company a name cell gives on a later line, in a table with no company column or
    no product column."""
    if key == "product" and "company" not in names:
        _company_from_name_cell(entry)
    elif key == "company":
        _name_over_entity(entry)


def _name_over_entity(entry: Entry) -> None:
    """A recipient cell that names the service over its legal entity and country
    (``<b>X</b><br><span>X Ltd, Ireland</span>``), in a table with no product column."""
    from disclosurelint.importer.entity_lines import name_over_entity

    split = name_over_entity(entry.fields.get("company", ""))
    if split is not None:
        entry.fields["product"], entry.fields["company"] = split
        entry.labels["product"] = entry.labels.get("company", "")
        entry.field_lines["product"] = entry.field_lines.get("company", entry.line)


def grid_entries(grid: tables.Grid, table: LabelTable) -> list[Entry]:
    """One entry per row of a table of recipients; none for any other table.

    A row that holds one cell (a section title, "合作商第三方名单") is no entry; a row whose
    cells are all known labels is a new header for the rows below it. In a table whose header
    gives each label in Chinese and English, a name keeps its Chinese words; a company name
    drops the postal address the cell adds to it."""
    header = _one_language_header(grid)
    names = _products_in_company_column(grid, tables.columns(header, table))
    if not tables.is_recipient_table(names):
        entry = _label_value_entry(grid, table)
        return [entry] if entry is not None else []
    entries: list[Entry] = []
    last = len(grid.rows) - 1
    by_maker = _names_by_maker(grid, names)
    for number, (row, line) in enumerate(zip(grid.rows, grid.row_lines, strict=False)):
        filled = [cell for cell in row if cell.text.strip()]
        spread = len(filled) > 1 and len({cell.text.strip() for cell in filled}) == 1
        if ((len(filled) == 1 and number < last) or spread) and len(row) >= 3:
            # a section title spanning the row (the last row may be one cut short); an HTML
            # title cell with colspan holds the same words in every column it covers
            continue
        again = tables.columns(row, table)
        if len(filled) >= 3 and (
            all(again[row.index(cell)] for cell in filled)
            or _restates_header(again, names, len(filled))
        ):
            if tables.is_recipient_table(again):
                header, names = row, again
            continue
        bilingual = sum(map(_is_bilingual, (cell.text for cell in header))) * 2 > len(header)
        entry = Entry(line)
        for head, name, cell in zip(header, names, row, strict=False):
            role = "name" if name in ("company", "product") else name
            value, links = _cell_value(cell, name=role == "name")
            if role == "name":
                value = _CELL_NUMBER.sub("", _chinese_part(value) if bilingual else value)
            stripped, kind = _name_and_link_kind(value) if role == "name" else (value, None)
            if kind in ("dpa", "policy", "terms"):
                value = stripped  # "Supabase DPA": the text of a link after the name
            label = _strip_emphasis(head.text)
            if name == "company":
                value = _without_address(value)
                service = None if "product" in names else _service_and_company(value, head, cell)
                if service:
                    entry.add("product", label, service[0], line)
                    value = service[1]
            entry.links += [(link, role, label) for link in links]
            if not value:
                continue
            if by_maker and name == "product":
                value = _maker_apart(entry, value, label, line)
            if name is None:
                entry.add_unmapped(label, value)
            else:
                entry.add(name, label, value, line)
        key = "product" if "product" in names else "company"
        _name_cell_lines(entry, key, names)
        _company_in_policy_column(entry)
        if entry.fields.get(key) or entry.fields.get("company"):
            entries.append(entry)
    if entries and grid.cut:
        entries[-1].cut_off = True
    _name_links_as_pages(entries)
    return entries


def _name_links_as_pages(entries: list[Entry]) -> None:
    """A table whose names link the recipients' home pages (``https://northwind.example``):
    a name there that links a page of a product (``…/about/analytics/``) links that product's
    page, not its policy; one whose address says privacy stays its policy."""
    homes = 0
    for entry in entries:
        named = [link for link, role, _ in entry.links if role == "name"]
        homes += len(named) == 1 and _home_page(named[0].url)
    if homes < _MIN_HOME_LINKS or homes * 2 <= len(entries):
        return
    for entry in entries:
        entry.links = [
            (link, "website" if role == "name" else role, label)
            for link, role, label in entry.links
        ]


_MIN_HOME_LINKS = 3


def _home_page(url: str) -> bool:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return bool(parts.netloc) and parts.path in ("", "/") and not parts.query


def _maker_apart(entry: Entry, value: str, label: str, line: int) -> str:
    """The product a cell names ("GravtySDK by Loyalty Juggernaut Inc.": the SDK, then its
    provider, added to ``entry`` as the company); the cell as it is when it names no maker."""
    made_by = _MADE_BY.match(value)
    if made_by is None:
        return value
    entry.add("company", label, made_by["company"].strip(), line)
    return made_by["name"].strip()


def _names_by_maker(grid: tables.Grid, names: Sequence[str | None]) -> bool:
    """A product column, in a table with no company column, most of whose cells name the
    product and then who provides it ("GravtySDK by Loyalty Juggernaut Inc.", "Google SDK by
    Google")."""
    if "company" in names or "product" not in names:
        return False
    at = names.index("product")
    cells = [row[at].text.strip() for row in grid.rows if len(row) > at and row[at].text.strip()]
    return bool(cells) and 2 * sum(1 for cell in cells if _MADE_BY.match(cell)) > len(cells)


def _service_and_company(
    value: str, head: tables.Cell, cell: tables.Cell
) -> tuple[str, str] | None:
    """The service a recipient cell names and its company, in a table with no product column:
    ``("Boxwood — billing", "Boxwood")`` (the words after a dash name the service);
    ``("Heroku", "Salesforce, Inc.")`` for ``Heroku (Salesforce, Inc.)``, the company in
    brackets, except where the column names the legal entity or the list marks the whole
    name ("**Sentry (Functional Software, Inc.)**", "**Google Cloud** (Google LLC)": the bold
    words are the name it gives, the bracket a remark). None for any other cell."""
    qualified = _QUALIFIED_NAME.match(value)
    # "Anthropic (Claude — internal tooling)": the dash is inside the bracket, no service named
    if qualified and _balanced(qualified["name"]):
        return value, qualified["name"]
    if tables.names_entity(head.text) or _EMPHASIS.search(cell.text):
        return None
    return name_and_company(value)


def _restates_header(again: Sequence[str | None], names: Sequence[str | None], filled: int) -> bool:
    """A row that heads the rows below it anew ("SUB-PROCESSOR | SUBJECT MATTER | PURPOSE |
    DATA CENTER" under a first part headed "Group company | Location"): its cell in the name
    column is a label of the recipient or product, and most of its other cells known labels."""
    at = next((i for i, name in enumerate(names) if name in ("company", "product")), None)
    return (
        at is not None
        and at < len(again)
        and again[at] in ("company", "product")
        and sum(1 for name in again if name) >= max(_MIN_HEADER_LABELS, filled // 2 + 1)
    )


_MIN_HEADER_LABELS = 2


def _products_in_company_column(grid: tables.Grid, names: list[str | None]) -> list[str | None]:
    """The column fields, with a company column ("第三方") read as the product column when the
    table has none and its cells name SDKs, not companies: most of them say "SDK" and none is a
    legal entity ("星河推送SDK", "云帆崩溃SDK", "海川语音网关")."""
    if "product" in names or names.count("company") != 1:
        return names
    at = names.index("company")
    cells = [row[at].text.strip() for row in grid.rows if len(row) > at and row[at].text.strip()]
    if not names_sdks(cells):
        return names
    return [*names[:at], "product", *names[at + 1 :]]


_EMPHASIS = re.compile(r"\*\*|__|<\s*(?:b|strong)\b", re.IGNORECASE)
_ITEM_HEADER = re.compile(
    r"^\W*(?:项|项目|字段|条目|内容|说明|信息|详情|值|item|field|key|value|details?|description)\W*$",
    re.IGNORECASE,
)


def _noted_bold_bullet(text: str) -> bool:
    """``- **Name**（what it is for）：…``: a bullet :meth:`Reader._dash_bullets` reads, the
    note in brackets apart from the name."""
    bold = _BOLD_BULLET.match(text)
    return bold is not None and bool(bold["note"])


def _untitled_label_rows(entry: Entry) -> bool:
    """An entry of a label/value table that gives no name of a product or service."""
    return entry.label_rows and entry.title is None and not entry.fields.get("product")


def _label_value_entry(grid: tables.Grid, table: LabelTable) -> Entry | None:
    """One entry from a two-column table whose rows are labels and their values (``| 项目 | 内容
    |`` over ``| SDK名称 | … |``, ``| 提供方 | … |``); None for any other table."""
    if len(grid.header) != 2 or len(grid.rows) < 2:
        return None
    found = [table.match(row[0].text) if row[0].text.strip() else None for row in grid.rows]
    known = [match for match in found if match is not None and match.how != "fuzzy"]
    # a header "项 | 内容" says the rows are labels: a few of them known is enough when one
    # of them gives the SDK's or service's name
    headed = all(_ITEM_HEADER.match(cell.text) for cell in grid.header) and any(
        m.field == "product" for m in known
    )
    if len(known) * 2 < len(grid.rows) and not (headed and len(known) >= _MIN_HEADER_LABELS):
        return None
    if not any(m.field in _NAME_FIELDS for m in known):
        return None
    entry = Entry(grid.row_lines[0])
    entry.label_rows = True
    for row, line, match in zip(grid.rows, grid.row_lines, found, strict=False):
        label = _strip_emphasis(row[0].text)
        value, links = _cell_value(row[1], name=match is not None and match.field in _NAME_FIELDS)
        if match is None or match.how == "fuzzy":
            if value:
                entry.add_unmapped(label, value)
            continue
        entry.links += [(link, match.field, label) for link in links]
        if value:
            entry.add(match.field, label, value, line)
            if match.field in _LINK_LABELS:
                entry.links += [(link, match.field, label) for link in linking.links_in(value)]
    return entry


def _one_language_header(grid: tables.Grid) -> tuple[tables.Cell, ...]:
    """A header that gives each label twice, in Chinese then in English, in cells side by side
    ("SDK名称 | SDK name | 使用目的 | purpose of usage") over rows of half as many cells: one
    cell per pair, the Chinese one."""
    header = grid.header
    half = len(header) // 2
    if len(header) < 4 or len(header) % 2:
        return header
    paired = all(
        _CJK.search(header[2 * i].text) and not _CJK.search(header[2 * i + 1].text)
        for i in range(half)
    )
    short = all(not any(cell.text.strip() for cell in row[half:]) for row in grid.rows)
    return (
        tuple(header[2 * i] for i in range(half)) + header[2 * half :]
        if paired and short
        else header
    )


_CJK = re.compile(r"[\u4e00-\u9fff]")


def _company_in_policy_column(entry: Entry) -> None:
    """A row that leaves out its policy cell, so that its company falls in the policy column:
    a policy value that is a company name and no address, with the company cell empty."""
    policy = entry.fields.get("policy", "")
    if entry.fields.get("company") or not policy or linking.links_in(policy):
        return
    if LEGAL_ENTITY.search(policy) and not [link for link, _, _ in entry.links]:
        entry.fields["company"] = entry.fields.pop("policy")
        entry.labels["company"] = entry.labels.pop("policy")
        entry.field_lines["company"] = entry.field_lines.pop("policy")


_CJK_THEN_LATIN = re.compile(r"^(?P<zh>[^A-Za-z]*[\u4e00-\u9fff][^A-Za-z]*?)\s+(?P<en>[A-Za-z].*)$")


def _is_bilingual(text: str) -> bool:
    """A header cell that gives a label in Chinese, then in English ("公司名称 Company Name")."""
    return bool(_CJK_THEN_LATIN.match(text.strip()))


def _chinese_part(value: str) -> str:
    """The Chinese words of a cell that gives a name in Chinese, then in English."""
    found = _CJK_THEN_LATIN.match(value)
    return found["zh"].strip() if found else value


_ADDRESS_AFTER = re.compile(
    r"^(?P<name>.*?\b(?:GmbH|AG|Inc\.?|Ltd\.?|LLC|L\.L\.C\.|B\.V\.|N\.V\.|SARL|S\.A\.R\.L\.|"
    r"S\.A\.|SAS|plc|PLC|Limited|Corp\.?|Corporation|Pty Ltd|s\.r\.o\.|ApS|AB|Oy|KG))"
    r"(?:,\s*|\s{2,})(?P<rest>.*\d.*)$"
)


def _without_address(value: str) -> str:
    """A company cell without the postal address written after the name
    ("MessageBird B.V.  Baarsjesweg 285-H  1058 AE Amsterdam")."""
    parts = re.split(r"\s{2,}|; ", value)
    addressed = len(parts) > 1 and any(re.search(r"\d", part) for part in parts[1:])
    if addressed and not re.search(r"\d{3,}", parts[0]):
        return parts[0].strip()
    found = _ADDRESS_AFTER.match(value)
    return found["name"].strip() if found else value
