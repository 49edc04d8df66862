"""What is done to the entries once read: entries named twice merged, a group's purpose shared
with its members, a cut-off source marked on its last entry; and the entries of lists without
labels (paragraphs, bold names, recipients listed inline)."""

# ruff: noqa: RUF001, RUF002, RUF003  (full-width punctuation in published Chinese text is read on purpose)

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from disclosurelint.importer import source, tables
from disclosurelint.importer.entries import Entry
from disclosurelint.importer.labels import LabelTable, nfkc
from disclosurelint.importer.lines import (
    _LABEL_LINE,
    _MD_LINK,
    _SENTENCE_END,
    Line,
    _balanced,
    nfkc_spaces,
)
from disclosurelint.importer.links import Link
from disclosurelint.importer.names import LEGAL_ENTITY, SDK_WORD
from disclosurelint.importer.records import ImportedEntry

_GROUP_FIELDS = frozenset({"purpose", "scenario"})


def _group_heading(entry: Entry) -> bool:
    """A heading over nothing but what a group of entries is for (``第三方语音服务``, then
    ``使用目的:…`` and the partners below): no recipient, no product, no link."""
    return (
        bool(entry.title)
        and bool(entry.fields)
        and set(entry.fields) <= _GROUP_FIELDS
        and not entry.fields.get("company")
        and not entry.links
        and not entry.unmapped
    )


def share_group_fields(entries: list[Entry]) -> None:
    """A group heading right above entries that name their recipient is no entry: what it
    says (the purpose) is given to each entry of its group that does not say it."""
    index = 0
    while index + 1 < len(entries):
        group = entries[index]
        following = entries[index + 1]
        if not (_group_heading(group) and following.fields.get("company")):
            index += 1
            continue
        del entries[index]
        while index < len(entries) and not _group_heading(entries[index]):
            member = entries[index]
            for name, value in group.fields.items():
                if name not in member.fields:
                    member.fields[name] = value
                    member.labels[name] = group.labels.get(name, "")
                    member.field_lines[name] = group.field_lines.get(name, group.line)
            index += 1


def _named(entry: Entry) -> bool:
    return bool(entry.title or entry.fields.get("company") or entry.fields.get("product"))


def _absorb(entry: Entry, later: Entry) -> None:
    """Fields of a nameless block added to the entry above it (what it already has stays)."""
    for name, value in later.fields.items():
        if name not in entry.fields:
            entry.fields[name] = value
            entry.labels[name] = later.labels.get(name, "")
            entry.field_lines[name] = later.field_lines.get(name, later.line)
    entry.unmapped += later.unmapped
    entry.links += later.links
    entry.cut_off = entry.cut_off or later.cut_off


def _names_data_only(entry: ImportedEntry) -> bool:
    """An entry whose only name is its heading, an item of personal data ("IMEI（国际移动设备
    识别码）" over "收集目的：…；收集方式：通过 X SDK 自动收集"), with no recipient, product or
    policy: the page's list of the data collected, not of who receives it."""
    return (
        entry.title is not None
        and not {"company", "product", "policy"} & set(entry.fields)
        and not entry.links
        and source.names_data_item(entry.title)
        and not LEGAL_ENTITY.search(entry.title)
    )


# a label on the permission one of the page's own features asks for ("目的与权限", "权限")
_PERMISSION_LABEL = re.compile(r"权限|權限|\bpermissions?\b", re.IGNORECASE)
# the heading of the page's own contact details ("九、如何联系我们", "Contact us")
_CONTACT_HEADING = re.compile(
    r"^(?:如何)?(?:联系|聯絡|聯繫|联络)(?:我们|我們|方式)$|^(?:how to )?contact(?: us| details)?$",
    re.IGNORECASE,
)


def names_own_feature(entry: ImportedEntry, recipients_named: bool) -> bool:
    """An entry that names no recipient but the page's own part, where other entries of the
    page name recipients: a feature over the permission it asks for ("存储权限" over "目的与
    权限：…"), with no company, product, policy or link; or the page's contact details
    ("如何联系我们" over "公司名称：…", the operator itself)."""
    if entry.title is None or entry.fields.get("product") or entry.links:
        return False
    if _CONTACT_HEADING.match(entry.title.strip()):
        return True
    labels = [*entry.labels.values(), *(label for label, _ in entry.unmapped)]
    return (
        recipients_named
        and not {"company", "policy"} & set(entry.fields)
        and any(_PERMISSION_LABEL.search(label) for label in labels)
        and not SDK_WORD.search(entry.title)
    )


# "$developerName", "${company}", "{{ vendor }}": a variable of the source, its value not given
_SOURCE_VARIABLE = re.compile(r"^(?:\$\{?\w+\}?|\{\{\s*\w+\s*\}\})$")


def names_placeholder_only(entry: ImportedEntry) -> bool:
    """An entry whose only name is a variable of the source ("开发者主体：$developerName"),
    with no product or link: who it names is not in the text."""
    company = entry.fields.get("company", "").strip()
    return (
        bool(_SOURCE_VARIABLE.match(company)) and "product" not in entry.fields and not entry.links
    )


def merge_duplicates(
    entries: list[ImportedEntry],
    *,
    by_purpose: bool = False,
    rows_of: Sequence[int | None] = (),
    lists_of: Sequence[int | None] = (),
    blocks_apart: bool = False,
) -> list[ImportedEntry]:
    """One entry per recipient and product: a row or block that repeats an earlier one (a table
    and its detail sections; the same vendor in two tables) is merged into the first, keeping
    the first's values and adding the fields only the later one gives. ``by_purpose``: the
    objects of a data file are records, and one that names the same recipient for another
    purpose (a register with one object per recipient and function) is an entry of its own.
    ``rows_of`` gives, entry by entry, the table it is a row of (None for none): a recipient
    on two rows of a table (one per platform, or a row continued) is one entry, while one on
    :data:`_MIN_ROW_RUN` rows or more one after the other is listed once per permission or
    kind of data it receives, each row an entry of its own. ``lists_of`` gives, entry by entry,
    the list of ``Name - what they do`` bullets it is an item of (None for none): the same
    recipient in two such lists (one per region, each under its heading) is an entry in each.
    ``blocks_apart``: a labelled block right after one that names the same recipient for
    another purpose (a vendor listed once per service it gives) is an entry of its own."""
    merged: list[ImportedEntry] = []
    index: dict[str, int] = {}
    listed: dict[str, int | None] = {}  # the bullet list of the entry a key was first given by
    first_of: dict[str, int] = {}  # the entry a key was first given by
    apart = _row_runs(entries, rows_of)
    for number, entry in enumerate(entries):
        key = _identity(entry)
        if key is not None and by_purpose:
            key += "|" + _words(entry.fields.get("purpose", ""))
        if key is not None and number in apart:
            key = f"{key}|{number}"  # a further row of the run
        if (
            key is not None
            and blocks_apart
            and _another_purpose(entries, number, rows_of, lists_of)
        ):
            key = f"{key}|{number}"  # the same recipient again, for something else
        bullets = lists_of[number] if number < len(lists_of) else None
        earlier = listed.get(key) if key is not None else None
        if key is not None and bullets is not None and earlier is not None and earlier != bullets:
            key = f"{key}|list{bullets}"  # the same recipient in another list of bullets
        if (
            key is not None
            and key in first_of
            and _another_table_row(entries, first_of[key], number, rows_of)
        ):
            key = f"{key}|{number}"  # the same recipient in a table of the same columns, for more
        if key is not None and key not in listed:
            listed[key] = bullets
            first_of.setdefault(key, number)
        if key is None or key not in index:
            if key is not None:
                index[key] = len(merged)
            merged.append(entry)
            continue
        first = merged[index[key]]
        fields = dict(first.fields)
        labels = dict(first.labels)
        lines = dict(first.field_lines)
        for name, value in entry.fields.items():
            if name not in fields:
                fields[name] = value
                labels[name] = entry.labels.get(name, "")
                lines[name] = entry.field_lines.get(name, entry.line)
        merged[index[key]] = replace(
            first,
            links={**entry.links, **first.links},
            fields=fields,
            labels=labels,
            field_lines=lines,
            unmapped=first.unmapped + entry.unmapped,
            notes=(*first.notes, *entry.notes, f"merged with the entry on line {entry.line}"),
            incomplete=first.incomplete and entry.incomplete,
        )
    return merged


_MIN_ROW_RUN = 3


def _another_table_row(
    entries: Sequence[ImportedEntry], first: int, number: int, rows_of: Sequence[int | None]
) -> bool:
    """Whether ``entries[number]`` is a row of another table than ``entries[first]`` with the
    same columns, naming the same recipient for another purpose (one table per category of
    service, a vendor in two of them): a row of its own, not the first one's detail."""
    tables = [rows_of[at] if at < len(rows_of) else None for at in (first, number)]
    if None in tables or tables[0] == tables[1]:
        return False
    one, other = entries[first], entries[number]
    purposes = (_words(one.fields.get("purpose", "")), _words(other.fields.get("purpose", "")))
    return set(one.fields) == set(other.fields) and all(purposes) and purposes[0] != purposes[1]


def _another_purpose(
    entries: Sequence[ImportedEntry],
    number: int,
    rows_of: Sequence[int | None],
    lists_of: Sequence[int | None],
) -> bool:
    """Whether ``entries[number]`` and the entry right before it are labelled blocks (no table
    rows, no bullets) that name the same recipient and product, each for a purpose of its own."""
    if number == 0:
        return False
    before, entry = entries[number - 1], entries[number]

    def block(at: int) -> bool:
        return (at >= len(rows_of) or rows_of[at] is None) and (
            at >= len(lists_of) or lists_of[at] is None
        )

    purposes = [_words(e.fields.get("purpose", "")) for e in (before, entry)]
    return (
        block(number - 1)
        and block(number)
        and _identity(before) == _identity(entry)
        and all(purposes)
        and purposes[0] != purposes[1]
    )


def _row_runs(entries: Sequence[ImportedEntry], rows_of: Sequence[int | None]) -> set[int]:
    """The indexes of the rows that follow the first of a run of at least
    :data:`_MIN_ROW_RUN` rows of one table naming the same recipient and product."""
    apart: set[int] = set()
    start = 0
    while start < len(entries):
        table = rows_of[start] if start < len(rows_of) else None
        key = _identity(entries[start])
        end = start + 1
        while (
            table is not None
            and key is not None
            and end < len(entries)
            and end < len(rows_of)
            and rows_of[end] == table
            and _identity(entries[end]) == key
        ):
            end += 1
        if end - start >= _MIN_ROW_RUN:
            apart.update(range(start + 1, end))
        start = end
    return apart


def _identity(entry: ImportedEntry) -> str | None:
    """What makes two entries the same: the recipient and the product (or heading)."""
    company = entry.fields.get("company", "")
    product = entry.fields.get("product") or entry.title or ""
    if not company and not product:
        return None
    # the words in brackets count: "Google LLC (Gmail)" and "Google LLC (Firestore)" are two
    return f"{_words(company)}|{_words(product)}"


def _words(text: str) -> str:
    return re.sub(r"[\W_]+", "", nfkc(text).casefold())


def paragraph_entries(lines: Sequence[str], start: int, table: LabelTable) -> list[ImportedEntry]:
    """Entries of a processor list written as unlabelled paragraphs: a name, its location (a
    country, "Germany (EU)"), a description, and perhaps labelled remarks ("Transfer
    mechanism: ..."). A name is a short paragraph that is not a sentence, followed by a
    location paragraph."""
    paragraphs: list[tuple[int, str]] = []
    for index in range(start, len(lines)):
        text = nfkc_spaces(lines[index]).strip()
        if text:
            paragraphs.append((index + 1, text))
    entries: list[Entry] = []
    current: Entry | None = None
    for position, (line, text) in enumerate(paragraphs):
        following = paragraphs[position + 1][1] if position + 1 < len(paragraphs) else ""
        if (
            tables.is_location(following)
            and len(text) <= 60
            and (not _SENTENCE_END.search(text) or LEGAL_ENTITY.search(text))
            and not _LABEL_LINE.match(text)
        ):
            current = Entry(line)
            current.add("company", "(paragraph)", text, line)
            entries.append(current)
        elif current is not None and tables.is_location(text) and "location" not in current.fields:
            current.add("location", "(paragraph)", text, line)
        elif (
            current is not None and "purpose" not in current.fields and not _LABEL_LINE.match(text)
        ):
            current.add("purpose", "(paragraph)", text, line)
        elif current is not None and (labelled := _LABEL_LINE.match(text)):
            label, value = labelled.group("label").strip(), labelled.group("value").strip()
            name = table.field_for(label)
            if name and name not in current.fields:
                current.add(name, label, value, line)
            else:
                current.add_unmapped(label, value)
        else:
            current = None  # prose after the entries
    return [replace(entry.freeze(table), processor=True) for entry in entries]


# "AWS Europe (Amazon Web Services EMEA SARL), B 186284, …": a name, its legal entity in
# brackets (which may hold brackets of their own), then the rest of the row
_ENTITY_ROW = re.compile(
    r"^(?P<name>[^\s()（）,，:：\[\]][^()（）,，:：\[\]]{0,40}?)\s*[(（]"
    r"(?P<company>[^()（）]{2,80}(?:[(（][^()（）]*[)）][^()（）]*)?)[)）]"
    r"(?P<rest>(?:[\s,，.;；].*)?)$"
)
_MIN_ENTITY_ROWS = 3
# "由深圳市星河科技有限公司提供推送技术服务": who provides what an item names
_PROVIDED_BY = re.compile(
    r"^\s*(?:由\s*(?P<company>[^，,。；;：:]{4,60}?)\s*提供"
    r"|(?:provided|operated|run) by\s+"
    r"(?P<english>[^,;:]{2,60}?(?:inc|ltd|llc|gmbh|limited|corp)\.?)(?=[\s,;.]))",
    re.IGNORECASE,
)
_MIN_PROVIDED = 2
# a numbered item that names an SDK or service and who provides it: "“极光推送”：该SDK由“深圳市
# 星河科技有限公司”提供，用于…", "“TBS” 腾讯浏览服务，由腾讯科技（深圳）有限公司提供，…"
_PROVIDED_ITEM = re.compile(
    r"^(?P<open>[“\"「『])?(?P<name>[^“”\"「」『』:：，,。；;]{1,40}?)(?(open)[”\"」』])\s*"
    r"(?:[:：]\s*(?:该\s*(?:SDK|服务|插件|组件|产品)\s*)?|[^“”:：，,。；;]{0,20}[，,]\s*)"
    r"由\s*(?P<quote>[“\"「『])?(?P<company>[^“”\"「」『』，,。；;:：]{2,60}?)(?(quote)[”\"」』])"
    r"\s*(?:提供|开发|运营)(?P<rest>.*)$",
    re.IGNORECASE,
)


# a value that is nothing but a template's blanks: "[名称 / 公司] [地址] · [国家]"
_PLACEHOLDER = re.compile(r"\s*(?:\[[^\[\]]*\][\s·,，、/|]*)+")
# how a line ends whose list or sentence goes on below it
_GOES_ON = ("、", "，", ",", "；", ";")
# the items of a list written on one line, and its end
_INLINE_ITEM = re.compile(r"\s*、\s*")
_MAX_INLINE_ITEM = 30


# a sentence that announces the third parties it goes on to list on the same line, up to its end
_INTRODUCES_LIST = re.compile(
    r"(?:集成|使用|接入|引入|嵌入|共享给)了?(?:以下|如下|下列)的?第三方"
    r"(?:服务商?|服务提供商|SDK|合作方|平台)[^：:。]{0,6}[：:]\s*(?P<items>[^。]+)"
)


def _inline_recipients(value: str) -> list[str]:
    """The recipients a label lists on its line, apart (``A（托管）、B（前端）、C。``): two
    at least, each short and no sentence; none for any other value."""
    text = nfkc_spaces(value).strip().rstrip("。.")
    items = [item.strip() for item in _INLINE_ITEM.split(text)]
    if len(items) < _MIN_PROVIDED or any(
        not item or len(item) > _MAX_INLINE_ITEM or re.search(r"[。；;:：，,]", item)
        for item in items
    ):
        return []
    return items


def _provided_item(line: Line) -> re.Match[str] | None:
    """A numbered line read by :data:`_PROVIDED_ITEM`, its company quoted or a legal entity."""
    if not line.numbered or line.kind == "blank":
        return None
    found = _PROVIDED_ITEM.match(line.text)
    if found is None or not (found["quote"] or LEGAL_ENTITY.search(found["company"])):
        return None
    return found


# a lettered item's mark ("b) ", "c、")
_LETTER = re.compile(r"^\s*[(（]?[a-zA-Z][)）.、]\s*")
_BOLD_NAME = re.compile(r"\*\*(?P<name>[^*\n:：]{1,40}?)\*\*(?!\s*[:：])")
_MAX_NAME_WORDS = 5


def bold_entries(lines: Sequence[str], start: int, table: LabelTable) -> list[ImportedEntry]:
    """Entries of a processor list written as prose under headings, each provider named in
    bold (``We use **Mailfox** to send ...``): the name, the heading above it as its
    purpose, and the links of its paragraph whose text names it ("[Notekeep Terms & Privacy]")."""
    entries: list[Entry] = []
    seen: set[str] = set()
    heading = ""
    for index in range(start, len(lines)):
        text = nfkc_spaces(lines[index]).strip()
        if text.startswith("#"):
            heading = text.lstrip("#").strip()
            continue
        for match in _BOLD_NAME.finditer(text):
            name = match["name"].strip()
            if (
                not name
                or len(name.split()) > _MAX_NAME_WORDS
                or _SENTENCE_END.search(name)
                or name.casefold() in seen
            ):
                continue
            seen.add(name.casefold())
            entry = Entry(index + 1)
            entry.add("company", "(name in bold)", name, index + 1)
            if heading:
                entry.add("purpose", "(heading)", heading, index + 1)
            for link in _MD_LINK.finditer(text):
                if name.casefold() in link["text"].casefold() and link["url"].startswith("http"):
                    entry.links.append((Link(link["url"], link["text"]), None, link["text"]))
            entries.append(entry)
    return [replace(entry.freeze(table), processor=True) for entry in entries]


def _given(entry: ImportedEntry) -> set[str]:
    """The fields the source gives the entry under their own label (not a product read out of
    the sharing method)."""
    derived = "product" in entry.labels and entry.labels["product"] == entry.labels.get(
        "sharing_mode"
    )
    return set(entry.fields) - ({"product"} if derived else set())


def mark_cut_off(entries: list[ImportedEntry]) -> list[ImportedEntry]:
    """Flag the last entry when the source evidently stops inside it.

    It is cut off when a value opens a bracket it does not close, or when it lacks a field that
    every earlier entry of the same document has (the earlier entries show what a whole one holds;
    a partner named by its company after a run of SDKs needs no product).
    """
    if not entries:
        return entries
    last = entries[-1]
    earlier = entries[:-1]
    expected: set[str] = _given(earlier[0]) if earlier else set()
    for entry in earlier[1:]:
        expected &= _given(entry)
    missing = expected - set(last.fields)
    if missing == {"product"} and "company" in last.fields and len(last.fields) >= 3:
        missing = set()  # a partner after the SDKs ("二、第三方合作方"): whole without a product
    cut = (
        last.incomplete
        or not all(_balanced(value) for value in last.fields.values())
        or bool(missing)
    )
    if cut and not last.incomplete:
        entries[-1] = replace(last, incomplete=True)
    return entries
