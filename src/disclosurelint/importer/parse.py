"""Published text -> :class:`ImportedEntry` records.

Layouts understood (several may be mixed in one document):

- labelled blocks, ``Label: value`` per line (``:`` or the full-width ``：``, a label alone on its
  line with the value on the next), in English or Chinese; an entry ends at a repeated first
  label, at a heading (a line without a label before a labelled block: ``Huawei Push SDK``,
  ``**支付宝SDK**``, ``推送通知消息（OPPO推送SDK）``), at a numbered label, or at a blank line when
  the document keeps each entry's lines together;
- numbered and headed entries (``## Huawei Push SDK``, ``1. 支付宝SDK``, ``1)腾讯Bugly``);
- tables (:mod:`.tables`): Markdown or pipe tables (with or without a separator row, rows broken
  over lines), one cell per line, cells separated by tabs or spaces; HTML tables (:mod:`.html`);
- bullet lists of linked names (``* [Name](url). Purpose.``, two names on one bullet:
  ``* [A](url) and [B](url) for analytics.``);
- numbered sentences that name the SDKs an app uses with their policy's address
  (``3.1 本应用使用了X SDK，……详细内容请访问《X隐私政策》(https://…)。``), on a page that
  has no other list;
- JSON arrays of objects (``[{"entity": ..., "purpose": ...}]``), even cut off.

Labels are looked up in the label table (:mod:`.labels`). A file that starts with a ``Source:``
line carries a header (``Source:``, ``Title:``, ``Note:`` lines, then a blank line) that is not
part of the list; it is skipped, and line numbers stay those of the file. Values keep the
published words; the links of an entry are sorted into the policy, the website, the DPA and the
contact page (:mod:`.links`).

This module finds a page's layout and hands it to the modules that read it: :mod:`.reader` walks
the lines (each one read by :mod:`.lines`, the entry being read and a table's entries built by
:mod:`.entries`), :mod:`.label_lines` joins labels that are not one per line, :mod:`.postprocess`
merges and completes the entries once read, and :mod:`.records` holds what the reading gives.
"""

# ruff: noqa: RUF001, RUF002, RUF003  (full-width punctuation in published Chinese text is read on purpose)

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from disclosurelint.importer import concat, source
from disclosurelint.importer import links as linking
from disclosurelint.importer.bilingual import one_language
from disclosurelint.importer.entries import Entry, _header_end, grid_entries, without_front_matter
from disclosurelint.importer.escaped import escaped_lines
from disclosurelint.importer.label_lines import (
    _NOT_CURRENT,
    join_label_lines,
    paired_cells,
    preamble,
)
from disclosurelint.importer.labels import LabelTable, nfkc, normalize_label
from disclosurelint.importer.labels import table as label_table
from disclosurelint.importer.lines import _MD_LINK, clean_value, nfkc_spaces
from disclosurelint.importer.links import Link
from disclosurelint.importer.names import NO_ONE_NAMED
from disclosurelint.importer.postprocess import (
    _words,
    bold_entries,
    merge_duplicates,
    paragraph_entries,
)
from disclosurelint.importer.reader import Reader
from disclosurelint.importer.records import (
    FIELD_LABELS,
    ImportedEntry,
    ImportedPage,
    field_for_label,
)
from disclosurelint.importer.said_recipient import said_recipients


def json_entries(text: str, table: LabelTable) -> list[ImportedEntry] | None:
    """Entries from a JSON list of objects (at any depth), or None when ``text`` is not JSON.
    A document cut off by its source still yields the objects it holds whole, and the last
    object it opened (marked incomplete)."""
    stripped = text.lstrip()
    if not stripped.startswith(("{", "[")):
        return None
    objects: list[tuple[int, Mapping[str, Any], bool]] = []
    try:
        _collect(json.loads(text), objects, text)
    except json.JSONDecodeError:
        objects = _scan_objects(text)
        if not objects:
            return None  # braces, but no JSON: "{/* 6. 第三方SDK清单 */}" above a JSX table
    entries: list[ImportedEntry] = []
    for line, item, cut in objects:
        entry = Entry(line)
        for key, value in item.items():
            if not isinstance(value, (str, int, float)):
                continue
            name = table.field_for(key)
            if name is None:
                entry.add_unmapped(key, str(value))
            else:
                entry.add(name, key, str(value), line)
        entry.cut_off = cut
        if entry.fields.get("company") or entry.fields.get("product"):
            entries.append(entry.freeze(table))
    return entries


def _collect(data: Any, out: list[tuple[int, Mapping[str, Any], bool]], text: str) -> None:
    if isinstance(data, list):
        for item in data:
            if isinstance(item, dict) and any(isinstance(v, str) for v in item.values()):
                out.append((1, item, False))
            else:
                _collect(item, out, text)
    elif isinstance(data, dict):
        for value in data.values():
            _collect(value, out, text)


def _scan_objects(text: str) -> list[tuple[int, Mapping[str, Any], bool]]:
    """Flat objects of a JSON text that does not parse (cut off), each with its line."""
    decoder = json.JSONDecoder()
    found: list[tuple[int, Mapping[str, Any], bool]] = []
    for match in re.finditer(r"\{", text):
        start = match.start()
        try:
            value, _ = decoder.raw_decode(text, start)
        except json.JSONDecodeError:
            tail = text[start:]
            pairs = dict(re.findall(r'"([^"\\]+)"\s*:\s*"((?:[^"\\]|\\.)*)"', tail))
            if pairs and "{" not in tail[1:]:
                found.append((text.count("\n", 0, start) + 1, pairs, True))
            continue
        if isinstance(value, dict) and all(not isinstance(v, (dict, list)) for v in value.values()):
            found.append((text.count("\n", 0, start) + 1, value, False))
    return found


def parse_text(text: str, table: LabelTable | None = None) -> list[ImportedEntry]:
    """All entries of a published list, in source order (an empty list when none is found)."""
    return list(parse_page(text, table=table).entries)


def parse_page(text: str, name: str = "", table: LabelTable | None = None) -> ImportedPage:
    """The whole published list: its entries and the text above them. ``name`` (a file name
    or address) tells an HTML page by its extension; HTML is recognised by its content too.
    A text with no list at all gives the recipients its sentences share data with."""
    table = table or label_table()
    page = _page(text, name, table)
    rows = _terms_rows(text)
    if len(rows) > len(page.entries):  # a table flattened to one cell per line
        page = replace(page, entries=tuple(rows))
    if page.entries and all(_no_name(entry) for entry in page.entries):
        # lines of code or a lone heading read as entries: a sentence's list, when it has one
        listed = _listed_inline(text) or _bracketed_bullets(text, name) or _clause_services(text)
        page = replace(page, entries=tuple(listed)) if listed else page
    if page.entries:
        entries = one_language(said_recipients(_with_named_policies(page.entries, text)))
        return replace(page, entries=tuple(entries)) if entries else page
    shown = source.shown_text(text) if source.is_source(text, name) else None
    shared = (
        _shared_with(shown or text, table)
        or _named_in_prose(text)
        or _bold_named_bullets(text)
        or _listed_inline(text)
        or _bracketed_bullets(shown or text)
        or _clause_services(text)
    )
    return replace(page, entries=tuple(shared)) if shared else page


def _with_named_policies(entries: Sequence[ImportedEntry], text: str) -> list[ImportedEntry]:
    """Services named in shown sentences, given the policies the source links by their name."""
    if not any(entry.labels.get("product") == "(named in a sentence)" for entry in entries):
        return list(entries)
    from disclosurelint.importer.prose import with_named_policies

    return with_named_policies(list(entries), text)


def _named_in_prose(text: str) -> list[ImportedEntry]:
    """The services a page's sentences say it uses (:mod:`.prose`)."""
    from disclosurelint.importer.prose import services_in_prose

    return services_in_prose(text)


# what no recipient is called: a line of code, a whole sentence
_NOT_NAMED = re.compile(r"[={}]|\"\"\"|[。；]$")


def _no_name(entry: ImportedEntry) -> bool:
    """Whether ``entry`` names no one: no company, product or policy (a heading over a line of
    notes), or a company that is a line of code or a whole sentence."""
    company = entry.fields.get("company")
    if company is None:
        product = entry.fields.get("product")
        if product is not None and not re.search(r"\w", product):
            return True  # "{": a piece of code
        return not (product or entry.links.get("policy"))
    return bool(_NOT_NAMED.search(company))


def _terms_rows(text: str) -> list[ImportedEntry]:
    """The rows of a table of one cell per line, each name over its terms (:mod:`.terms_rows`)."""
    from disclosurelint.importer.terms_rows import terms_rows

    return terms_rows(text.splitlines())


def _bold_named_bullets(text: str) -> list[ImportedEntry]:
    """The services bullets name in bold under a heading on them (:mod:`.named_bullets`)."""
    from disclosurelint.importer.named_bullets import named_bullets

    return named_bullets(text)


def _bracketed_bullets(text: str, name: str = "") -> list[ImportedEntry]:
    """The services bullets name before a bracket under a section on third parties
    (:mod:`.bracket_bullets`), in the text a source file shows when it is one."""
    from disclosurelint.importer.bracket_bullets import bracket_bullets

    shown = source.shown_text(text) if name and source.is_source(text, name) else None
    return bracket_bullets(shown or text)


def _clause_services(text: str) -> list[ImportedEntry]:
    """The services a clause names, their policies given in another (:mod:`.clause_services`)."""
    from disclosurelint.importer.clause_services import clause_services

    return clause_services(text)


def _listed_inline(text: str) -> list[ImportedEntry]:
    """The services a sentence or line lists inline (:mod:`.inline_lists`)."""
    from disclosurelint.importer.inline_lists import inline_lists

    return inline_lists(text)


# "将设备信息共享给每日互动股份有限公司，以便提供个推推送服务", "共享给支付宝和微信",
# "我们将与友盟+共享设备信息": the recipient a sentence names, up to the clause's end or what it
# is for
_SHARED_TO = re.compile(
    r"(?:共享给|提供给|分享给)(?P<who>[^，,。；;：:\s]{2,30}?)(?=[，,。；;]|以便|用于|$)"
    r"|与(?P<with>[^，,。；;：:与\s]{2,15}?)共享"
)
_SHARED_FOR = re.compile(r"^[，,]?\s*以便(?:提供)?(?P<purpose>[^，,。；;]+)")
_NOT_SHARED = re.compile(r"不会|不得|不以|不向|不与|不将|绝不|禁止|拒绝")
_BOTH = re.compile(r"和|及|以及|、")


def _shared_with(text: str, table: LabelTable) -> list[ImportedEntry]:
    """An entry per recipient the sentences of ``text`` share data with (the company, what
    it is shared for); none in a sentence that says data is not shared."""
    entries: list[ImportedEntry] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = nfkc_spaces(raw)
        for match in _SHARED_TO.finditer(line):
            sentence = re.split(r"[。；;]", line[: match.start()])[-1]
            if _NOT_SHARED.search(sentence):
                continue
            purpose = _SHARED_FOR.match(line[match.end() :])
            for who in _BOTH.split(match["who"] or match["with"]):
                if len(who.strip()) < 2 or NO_ONE_NAMED.search(who):
                    continue
                entry = Entry(number, title=who.strip())
                entry.add("company", "(shared with)", who.strip(), number)
                if purpose:
                    entry.add("purpose", "(what it is shared for)", purpose["purpose"], number)
                entries.append(entry.freeze(table))
    return entries or _listed_after_colon(text, table)


def _listed_after_colon(text: str, table: LabelTable) -> list[ImportedEntry]:
    """Entries of the companies a sentence lists after its sharing clause's colon
    (:mod:`.listed_recipients`), what each does kept from its bracket."""
    from disclosurelint.importer.listed_recipients import listed_recipients

    listed = listed_recipients([nfkc_spaces(line) for line in text.splitlines()])
    return _companies_named(
        [(item.index, item.name, item.rest) for item in listed],
        "(listed after the colon)",
        table,
        also=("purpose", "(its bracket)"),
    )


def _page(text: str, name: str, table: LabelTable) -> ImportedPage:
    """:func:`parse_page` of a text that holds a list."""
    from disclosurelint.importer.html import looks_like_html

    lines = text.splitlines()
    start = _header_end(lines)
    body = "\n".join(lines[start:])
    as_json = json_entries(body, table)
    if as_json is not None:
        return ImportedPage(None, (), tuple(merge_duplicates(as_json)))
    if source.is_sql(body, name):  # a seed or a migration: the JSON its strings hold
        in_strings = [
            entry
            for line, document in source.sql_documents(body)
            for entry in _data_entries(document, table, start + line - 1)
        ]
        if in_strings:
            return ImportedPage(None, (), tuple(merge_duplicates(in_strings)))
    shown_layout = source.layout_text(body)
    if shown_layout is not None:  # an Android layout: the text its views show
        return parse_page(shown_layout, table=table)
    code = source.is_source(body, name)
    if not code and (pieces := concat.unquoted(text)) is not None:
        return parse_page(pieces, table=table)  # '"…<br>"+' lines: the string they make
    if not code and (escaped := escaped_lines(body)) is not None:
        broken = _escaped_page(*escaped, start, table)
        if broken is not None:
            return broken
    if code and (built := _compiled_page(body, table)) is not None:
        return built  # a build chunk: the markup its jsx() calls make
    if code:
        as_data = _data_entries(body, table, start) or _mapped_entries(body, table, start)
        if as_data:
            return ImportedPage(None, (), tuple(merge_duplicates(as_data, by_purpose=True)))
    markup = looks_like_html(body, name)
    if code and not markup:  # a screen that builds its text: read the text it shows
        shown = _shown_page(body, table)
        consent = _consent_page(body)
        if shown is not None and (consent is None or _names_recipients(shown)):
            return _with_screen_policy(shown, body)
        worded = _said_page(body, table)
        if worded is not None and (consent is None or _names_recipients(worded)):
            return _with_screen_policy(worded, body)
        inline = _inline_sdk_page(body)
        if inline is not None:
            return inline
        if consent is not None:
            return consent
    page = _page_of(lines, start, body, name, table)
    if code and markup and not page.entries:  # a screen whose list is in its data, not markup
        return _shown_page(body, table) or _said_page(body, table) or _consent_page(body) or page
    return page


def _names_recipients(page: ImportedPage) -> bool:
    """Whether a page's entries name who receives the data (a company, an SDK, a policy), not
    only numbered lines of the data a dialog collects."""
    return any(
        entry.fields.get("company")
        or entry.links.get("policy")
        or "sdk" in entry.fields.get("product", "").casefold()
        for entry in page.entries
    )


def _with_screen_policy(page: ImportedPage, body: str) -> ImportedPage:
    """A screen's page of one entry, with the policy its button opens (:mod:`.consent`)."""
    from disclosurelint.importer.consent import screen_policy

    if len(page.entries) != 1:
        return page
    return replace(page, entries=(screen_policy(page.entries[0], body),))


def _inline_sdk_page(body: str) -> ImportedPage | None:
    """The SDKs a screen's policy sentences name with their companies (:mod:`.inline_sdks`)."""
    from disclosurelint.importer.inline_sdks import inline_sdks

    entries = inline_sdks(body)
    return ImportedPage(None, (), tuple(entries)) if entries else None


def _consent_page(body: str) -> ImportedPage | None:
    """The one SDK a screen's consent dialog asks about (:mod:`.consent`), if it has one."""
    from disclosurelint.importer.consent import consent_entry

    entry = consent_entry(body)
    return ImportedPage(None, (), (entry,)) if entry is not None else None


def _escaped_page(
    text: str, numbers: Sequence[int], start: int, table: LabelTable
) -> ImportedPage | None:
    """The list of a script's label cells whose line breaks are escaped
    (:func:`.escaped.escaped_lines`), its entries on the lines of the file; None for none."""
    page = parse_page(text, table=table)
    if not page.entries:
        return None

    def line(at: int) -> int:
        return numbers[min(at, len(numbers)) - 1] + start

    entries = [
        replace(
            entry,
            line=line(entry.line),
            field_lines={key: line(at) for key, at in entry.field_lines.items()},
        )
        for entry in page.entries
    ]
    return replace(page, entries=tuple(entries))


def _compiled_page(body: str, table: LabelTable) -> ImportedPage | None:
    """The list in the markup a compiled page's ``jsx()`` calls build (:mod:`.compiled_jsx`),
    if it holds one; its lines are those of the source."""
    from disclosurelint.importer.compiled_jsx import compiled_markup

    markup = compiled_markup(body)
    page = parse_page(markup, name="compiled.html", table=table) if markup else None
    return page if page is not None and page.entries else None


def _said_page(body: str, table: LabelTable) -> ImportedPage | None:
    """The list the strings of a source file's lines say (:func:`.source.string_lines`), if
    they hold one."""
    said = source.string_lines(body)
    worded = parse_page(said, table=table) if said is not None else None
    return worded if worded is not None and worded.entries else None


# a fenced block of program code in Markdown (```java, ```kotlin, ```xml): code, not the list
_CODE_FENCE = re.compile(
    r"^\s*(?P<fence>`{3,}|~{3,})\s*(?:java|kotlin|kt|kts|groovy|gradle|swift|objc|objective-c"
    r"|javascript|js|jsx|typescript|ts|tsx|dart|python|py|sh|bash|shell|zsh|console|xml|html"
    r"|css|c|cpp|c\+\+|go|rust|ruby|php|sql|properties|proguard|pro|json5?)\b",
    re.IGNORECASE,
)
# a fenced block of data (```json): read as the source objects it holds
_DATA_FENCE = re.compile(r"^\s*(?P<fence>`{3,}|~{3,})\s*json5?\s*$", re.IGNORECASE)


_FENCE = re.compile(r"^\s*(?P<fence>`{3,}|~{3,})\s*[\w+-]*\s*$")


def _fenced_data_entries(lines: Sequence[str], table: LabelTable) -> list[ImportedEntry]:
    """The entries of a Markdown text's fenced ``json`` blocks: one object per SDK
    (``{"sdk_name": …, "provider": …}``) under a heading, each read as a source object."""
    entries: list[ImportedEntry] = []
    index = 0
    while index < len(lines):
        opening = _DATA_FENCE.match(lines[index])
        index += 1
        if opening is None:
            continue
        fence, start = opening["fence"], index
        while index < len(lines) and not (
            lines[index].strip().startswith(fence) and not lines[index].strip().strip(fence[0])
        ):
            index += 1
        entries.extend(_data_entries("\n".join(lines[start:index]), table, start))
        index += 1
    return entries


def _without_code(lines: Sequence[str]) -> list[str]:
    """The lines with the fences of Markdown code blocks and the lines of program code in them
    blanked (their number kept); the words of a fence without a language or of ``text``
    (where a vendor gives the entry to copy) are kept."""
    out: list[str] = []
    closing: str | None = None
    code = False
    for line in lines:
        fence = _FENCE.match(line)
        if closing is not None:
            ends = (
                fence is not None
                and fence["fence"].startswith(closing)
                and not line.strip().strip(closing[0])
            )
            out.append("" if code or ends else line)
            closing = None if ends else closing
            continue
        if fence is not None:
            closing, code = fence["fence"], bool(_CODE_FENCE.match(line))
            out.append("")
            continue
        out.append(line)
    return out


# an HTML line break closing a line of Markdown or text ("e)提供方：某公司<br/>"): the line's end
_LINE_BREAK_END = re.compile(r"(?:\s*<br\s*/?>)+\s*$", re.IGNORECASE)
_BOX_RULE = re.compile(r"^\s*[┌┏╔├┣╠└┗╚][─━═┬┳╦┼╋╬┴┻╩┐┓╗┤┫╣┘┛╝\s]*$")
_BOX_WALL = re.compile(r"[│┃║]")


def _unboxed(lines: list[str]) -> list[str]:
    """A table drawn with box-drawing characters as a pipe table: its walls as pipes, each rule
    between rows as a separator row (``|---|---|``), line for line."""
    if not any(_BOX_WALL.search(line) for line in lines):
        return lines
    out: list[str] = []
    for line in lines:
        if _BOX_RULE.match(line):
            cells = len(re.findall(r"[┬┳╦┼╋╬┴┻╩]", line)) + 1
            out.append("|" + "---|" * cells)
        else:
            out.append(_BOX_WALL.sub("|", line))
    return out


def _shown_page(body: str, table: LabelTable) -> ImportedPage | None:
    """The list in the text a source file shows (:func:`.source.shown_text`), if it holds one;
    its lines are those of that text."""
    from disclosurelint.importer.html import looks_like_html

    shown = source.shown_text(body)
    if not shown:
        return None
    page = parse_page(shown, name="shown.html" if looks_like_html(shown) else "", table=table)
    return page if page.entries else None


def _data_entries(body: str, table: LabelTable, offset: int) -> list[ImportedEntry]:
    """The entries a page's source file holds as data (:mod:`.source`)."""
    entries: list[ImportedEntry] = []
    for line, triples in source.source_entries(body, table):
        if any(_words(label) in _STATUS_KEYS and _NOT_CURRENT.search(v) for _, label, v in triples):
            continue  # {name: 'Acme', …, status: 'Planned'}: not a recipient now
        inner = _list_in_values(triples, table, line + offset)
        if inner:  # {label: '3.1 第三方服务提供商', desc: '…a table of them…'}: the table's rows
            entries.extend(inner)
            continue
        entry = Entry(line + offset)
        for name, label, value in triples:
            if name:
                entry.add(name, label, value, line + offset)
            else:
                entry.add_unmapped(label, value)
        entries.append(entry.freeze(table))
    return entries


def _mapped_entries(body: str, table: LabelTable, offset: int) -> list[ImportedEntry]:
    """The entries of the tables a page component draws from its arrays (:mod:`.mapped`): a
    row per item, read under the table's header as any table of recipients."""
    from disclosurelint.importer.mapped import mapped_tables

    entries: list[ImportedEntry] = []
    for grid in mapped_tables(body):
        moved = replace(
            grid, line=grid.line + offset, row_lines=tuple(n + offset for n in grid.row_lines)
        )
        entries += [entry.freeze(table) for entry in grid_entries(moved, table)]
    return entries


# keys of a source object that say whether its recipient is in use
_STATUS_KEYS = frozenset({"status", "state", "状态"})


def _list_in_values(
    triples: Sequence[tuple[str, str, str]], table: LabelTable, line: int
) -> list[ImportedEntry]:
    """The entries of a list that one value of a source object holds whole, as a text of
    several lines (a table or labelled blocks in a string), with their lines counted from
    ``line``; empty when no value holds one."""
    for _, _, value in triples:
        if value.count("\n") < _MIN_LIST_LINES:
            continue
        page = parse_page(value, table=table)
        if page.entries:
            return [replace(entry, line=entry.line + line - 1) for entry in page.entries]
    return []


_MIN_LIST_LINES = 3


def _page_of(lines: list[str], start: int, body: str, name: str, table: LabelTable) -> ImportedPage:
    """The page read as a published text: HTML (a page component's markup too) or plain text."""
    from disclosurelint.importer.html import looks_like_html, render

    if looks_like_html(body, name):
        rendered = render(body, table, name)
        offset = start
        lines, numbers = rendered.lines, rendered.line_numbers
        joined = join_label_lines(lines, 0, table)
        if joined is not None:  # label and value elements one under the other (card pages)
            lines = joined[0]
            numbers = [rendered.line_numbers[index - 1] for index in joined[1]]
        reader = Reader(
            lines,
            table,
            line_numbers=[number + offset for number in numbers],
            grids=[
                replace(
                    grid,
                    line=grid.line + offset,
                    row_lines=tuple(n + offset for n in grid.row_lines),
                )
                for grid in rendered.grids
            ],
        )
        entries = _own_domain_policies(reader.read(), lines)
        if not entries:
            entries = _policy_slots(lines, [number + offset for number in numbers], table) or [
                replace(entry, line=numbers[entry.line - 1] + offset)
                for entry in _named_item_entries(lines, 0, table)
            ]
            if entries:
                reader.first_entry = numbers.index(entries[0].line - offset)
        end = reader.first_entry if reader.first_entry is not None else len(lines)
        above = [line for line in lines[:end] if not line.startswith("\x00")]
        title, introduction = preamble(above)
        return ImportedPage(title, introduction, tuple(entries), tuple(reader.set_aside))
    fenced = _fenced_data_entries(lines, table)
    if name.lower().endswith((".yml", ".yaml")):  # a data file's "# ..." lines are comments
        from disclosurelint.importer.data_sections import recipient_sections

        lines = recipient_sections(
            ["" if line.lstrip().startswith("#") else line for line in lines]
        )
    lines = _unboxed(
        [_LINE_BREAK_END.sub("", line) for line in _without_code(without_front_matter(lines))]
    )
    paired = paired_cells(lines, table)
    joined = join_label_lines(paired[0] if paired else lines, start, table)
    if paired is not None:  # "Label |" and "value |" lines, one cell each: "Label：value"
        lines, cells = paired
        numbers = [cells[n - 1] for n in joined[1]] if joined else cells[start:]
        lines = joined[0] if joined else lines
        reader = Reader(lines, table, line_numbers=numbers, cell_lines=True)
    elif joined is not None:  # labels and values on alternate lines: read as "label: value"
        lines, numbers = joined
        reader = Reader(lines, table, line_numbers=numbers)
    else:
        reader = Reader(lines, table)
    entries = _named_policies(_own_domain_policies(reader.read(), lines), lines)
    headed = _headed_services(lines, entries) if reader.numbers is None else []
    if headed:
        entries = headed
        reader.first_entry = headed[0].line - 1
    if fenced:
        entries = sorted([*entries, *fenced], key=lambda entry: entry.line)
    if not entries:
        entries = _unlisted_entries(lines, start, table, reader)
        if entries:
            reader.first_entry = entries[0].line - 1
    end = reader.first_entry if reader.first_entry is not None else len(lines)
    title, introduction = preamble(lines[reader.header_end : end])
    return ImportedPage(title, introduction, tuple(entries), tuple(reader.set_aside))


def _unlisted_entries(
    lines: Sequence[str], start: int, table: LabelTable, reader: Reader
) -> list[ImportedEntry]:
    """The entries of a page in which the reader found no list: the rows of pipe tables that
    have no header row (:mod:`.headerless`; on the lines as published), a processor page's
    paragraphs or bold names, or sentences that each name an SDK."""
    from disclosurelint.importer.headerless import headerless_grids

    if reader.numbers is None:
        rows = [
            entry.freeze(table)
            for grid in headerless_grids(lines, table)
            for entry in grid_entries(grid, table)
        ]
        if rows:
            return rows
    if reader.processor_page:
        found = paragraph_entries(lines, start, table) or bold_entries(lines, start, table)
        if found:
            return found
    return (
        _sdk_sentences(lines, start, table)
        or _named_item_entries(lines, start, table)
        or _row_start_entries(lines, start, table)
        or _referenced_entries(lines, table)
        or _bare_name_entries(lines, start, table)
    )


def _headed_services(lines: Sequence[str], found: list[ImportedEntry]) -> list[ImportedEntry]:
    """The services a page names in headings of one level, a section each, when they stand for
    what the reader ``found`` (:mod:`.headed_services`)."""
    from disclosurelint.importer.headed_services import headed_services

    return headed_services(lines, found)


def _referenced_entries(lines: Sequence[str], table: LabelTable) -> list[ImportedEntry]:
    """Entries of the services a Markdown text's bullets name by its reference-style links
    (:mod:`.reference_links`), with the privacy policy a definition gives."""
    from disclosurelint.importer.reference_links import referenced_services

    return _companies_named(
        [(s.index, s.name, s.policy) for s in referenced_services(lines)],
        "(name a link gives)",
        table,
        also=("policy", "(its privacy policy's link)"),
    )


def _row_start_entries(lines: Sequence[str], start: int, table: LabelTable) -> list[ImportedEntry]:
    """Entries of the recipients a line opens with: the rows of tables whose cells lost their
    separators (:mod:`.glued_cells`) or a policy summary's service bullets
    (:mod:`.service_bullets`), each the company receiving the data."""
    from disclosurelint.importer.glued_cells import glued_rows
    from disclosurelint.importer.service_bullets import service_bullets

    items = glued_rows(lines, start) or service_bullets(lines, start)
    return _companies_named(
        [(item.index, item.name, None) for item in items], "(name the line opens with)", table
    )


def _bare_name_entries(lines: Sequence[str], start: int, table: LabelTable) -> list[ImportedEntry]:
    """Entries of the service names given bare, one to a line, under a heading on
    third-party services (:mod:`.bare_names`), each the company receiving the data."""
    from disclosurelint.importer.bare_names import bare_names

    named = [(index, name, None) for index, name in bare_names(lines, start)]
    return _companies_named(named, "(name on its own line)", table)


def _companies_named(
    names: Sequence[tuple[int, str, str | None]],
    label: str,
    table: LabelTable,
    also: tuple[str, str] = ("", ""),
) -> list[ImportedEntry]:
    """An entry per (0-based line, name, more): the name as heading and as the company, and
    ``more``, when given, as the field ``also`` names (field, label)."""
    entries: list[ImportedEntry] = []
    for index, name, more in names:
        entry = Entry(index + 1, title=name)
        entry.add("company", label, name, index + 1)
        if more:
            entry.add(*also, more, index + 1)
        entries.append(entry.freeze(table))
    return entries


def _named_item_entries(lines: Sequence[str], start: int, table: LabelTable) -> list[ImportedEntry]:
    """Entries of the items or paragraphs that open with a recipient's name and a colon
    (:mod:`.named_items`), what follows the colon kept as what it is for."""
    from disclosurelint.importer import named_items
    from disclosurelint.importer.headed_dashes import headed_dashes

    items = (
        named_items.numbered_items(lines, start, table)
        or named_items.echoed_names(lines, start, table)
        or named_items.dashed_bullets(lines, start, table)
        or named_items.numbered_names(lines, start, table)
        or headed_dashes(lines, start, table)
    )
    field = "product" if named_items.names_sdks(lines, start, items) else "company"
    entries: list[ImportedEntry] = []
    for item in items:
        entry = Entry(item.index + 1)
        entry.add(field, "(name before the colon)", item.name, item.index + 1)
        entry.add("purpose", "(text after the name)", item.rest, item.index + 1)
        entries.append(entry.freeze(table))
    return entries


_SLOT_HEADING = re.compile(r"^(?P<level>#{2,6})\s+(?P<name>\S.{0,60}?)\s*$")
_SLOT_LINK = re.compile(r"\[(?P<text>[^\]]*)\]\((?P<url>[^)\s]+)\)")
_SLOT_POLICY = re.compile(r"\bprivacy (?:policy|notice|statement)\b", re.IGNORECASE)
_SLOT_POLICY_END = re.compile(r"privacy (?:policy|notice|statement)$", re.IGNORECASE)
# a page of vendor "slots" holds at least this many
_MIN_SLOTS = 3


def _policy_slots(
    lines: Sequence[str], numbers: Sequence[int], table: LabelTable
) -> list[ImportedEntry]:
    """Entries from a page of slots, one per vendor: a heading naming the vendor, then a
    "Privacy Policy" link (or the words alone, where the page gives no address) and perhaps a
    sentence on opting out. The heading names the recipient; the policy is the first link whose
    words start or end with "privacy policy". Read only where nothing else is found, and only
    when at least three headings of one level are followed by such words."""
    headings = [
        (index, len(match["level"]), match["name"])
        for index, line in enumerate(lines)
        if (match := _SLOT_HEADING.match(line))
    ]
    if not headings:
        return []
    level = max({h[1] for h in headings}, key=lambda lv: sum(h[1] == lv for h in headings))
    entries: list[ImportedEntry] = []
    for position, (index, this_level, name) in enumerate(headings):
        if this_level != level:
            continue
        end = next((other for other, lv, _ in headings[position + 1 :] if lv <= level), len(lines))
        section = [line for line in lines[index + 1 : end] if not line.startswith("\x00")]
        if not any(_SLOT_POLICY.search(line) for line in section):
            continue
        where = numbers[index]
        entry = Entry(where)
        entry.add("company", "(heading)", nfkc_spaces(name).rstrip(":：").strip(), where)
        for line in section:
            link = next(
                (
                    found
                    for found in _SLOT_LINK.finditer(line)
                    if _SLOT_POLICY.match(found["text"].strip())
                    or _SLOT_POLICY_END.search(found["text"].strip())
                ),
                None,
            )
            if link is not None:
                text = nfkc_spaces(link["text"]).strip()
                entry.links.append((Link(link["url"], text), "policy", text))
                break
        entries.append(entry.freeze(table))
    return entries if len(entries) >= _MIN_SLOTS else []


# "3.1 本应用使用了友盟+(Umeng)SDK，……详细内容请访问《友盟+隐私政策》(https://…)。": a numbered
# sentence that names the SDK the app uses and gives the address of its policy
_SDK_SENTENCE = re.compile(
    r"^\s*\d{1,2}(?:\.\d{1,2})*[.、)）]?\s*[^，,。；;]{0,20}?(?:使用了|集成了|接入了|嵌入了|使用)"
    r"\s*(?P<name>[^，,。；;\s][^，,。；;]{0,38}?SDK)\s*[，,]",
    re.IGNORECASE,
)


def _sdk_sentences(lines: Sequence[str], start: int, table: LabelTable) -> list[ImportedEntry]:
    """Entries of a page that names its SDKs only in numbered sentences, each with the address
    of the SDK's policy (:data:`_SDK_SENTENCE`); at least two, else none."""
    found: list[ImportedEntry] = []
    for index in range(start, len(lines)):
        match = _SDK_SENTENCE.match(lines[index])
        addresses = linking.links_in(lines[index]) if match else []
        if match is None or not addresses:
            continue
        entry = Entry(index + 1)
        entry.add("product", "(named in a sentence)", nfkc_spaces(match["name"]).strip(), index + 1)
        entry.links += [(link, "policy", "(address in the sentence)") for link in addresses[-1:]]
        found.append(entry.freeze(table))
    return found if len(found) >= _MIN_SDK_SENTENCES else []


_MIN_SDK_SENTENCES = 2


_NAMED_LINK = re.compile(
    r"^\s*(?:[-*+•·]\s*)?(?P<name>[^:：\s][^:：]{0,40}?)\s*[:：]\s*(?P<url>https?://\S+)\s*$"
)


# "Data sent to MapBox are governed by MapBox's privacy policy which can be found at https://…":
# a sentence that gives one address as a named owner's policy
_OWNERS_POLICY = re.compile(
    r"(?<![\w'’])(?P<name>[A-Z][\w.&+-]*(?: [A-Z][\w.&+-]*){0,3})['’]s? [Pp]rivacy "
    r"(?:[Pp]olicy|[Nn]otice|[Ss]tatement)\b[^:：]{0,60}?(?P<url>https?://[^\s)\]>]+)"
)


def _owners_policy(line: str) -> re.Match[str] | None:
    if len(linking.links_in(line)) != 1:
        return None
    return _OWNERS_POLICY.search(line)


def _named_policies(entries: list[ImportedEntry], lines: Sequence[str]) -> list[ImportedEntry]:
    """Policy links the page gives apart from the list, one recipient per line ("• DeepSeek：
    https://…/privacy" under "第三方隐私政策链接：" below a table), each given to the one entry of
    that name; an entry that had taken such a line's link for its own (the rows above it) loses
    it when the line names another entry, and the line read as an entry of its own is dropped."""
    named: dict[int, str] = {}
    for line in lines:
        match = _NAMED_LINK.match(line)
        said = match is None and (match := _owners_policy(line)) is not None
        if match is None or linking.absolute(match["url"]) is None:
            continue
        kind = linking.link_kind(Link(match["url"], ""), None, label_table())
        if kind not in ("policy", "other") and not said:
            continue  # a sentence that calls the address the policy is taken at its word
        wanted = _name_key(match["name"])
        keys = [
            {_name_key(entry.fields.get(key, "")) for key in ("company", "product")} - {""}
            for entry in entries
        ]
        owners = [index for index, names in enumerate(keys) if wanted and wanted in names]
        if not owners and len(wanted) >= _MIN_SHORT_NAME:
            # "OpenAI: https://…" for the entry "OpenAI API": a short form of one name
            owners = [
                index
                for index, names in enumerate(keys)
                if any(name.startswith(wanted) for name in names)
            ]
        if len(owners) == 1:
            named.setdefault(owners[0], match["url"])
    if not named:
        return entries
    given = set(named.values())
    found: list[ImportedEntry] = []
    for index, entry in enumerate(entries):
        unnamed = not (entry.fields.get("company") or entry.fields.get("product"))
        if unnamed and {entry.fields.get("policy"), entry.links.get("policy")} & given:
            continue  # the link line itself, read as an entry of its own
        links = dict(entry.links)
        if index in named:
            if links.get("policy") in (None, *given):
                links["policy"] = named[index]
        elif links.get("policy") in given:
            del links["policy"]
        found.append(replace(entry, links=links) if links != entry.links else entry)
    return found


_MIN_SHORT_NAME = 4


def _name_key(text: str) -> str:
    """A name compared with another: NFKC, case and punctuation ignored, brackets dropped."""
    return _words(re.sub(r"[(（][^)）]*[)）]", "", nfkc(text)))


def _own_domain_policies(entries: list[ImportedEntry], lines: Sequence[str]) -> list[ImportedEntry]:
    """Entries given no policy link get the "Privacy Policy" link the page gives elsewhere on
    the recipient's own domain ("Consult Acme directly: … [Privacy Policy](https://acme.io/
    privacy)" under a table row naming Acme, Inc.), when that
    domain names one entry only."""
    by_domain: dict[str, str] = {}
    for line in lines:
        for link in _MD_LINK.finditer(line):
            if re.search(r"privacy|隐私", link["text"], re.IGNORECASE):
                domain = _domain_word(link["url"])
                if domain:
                    by_domain.setdefault(domain, link["url"])
    if not by_domain:
        return entries
    owners: dict[str, list[int]] = {}
    for index, entry in enumerate(entries):
        words = re.findall(r"[a-z0-9]+", nfkc(entry.fields.get("company", "")).casefold())
        if words and len(words[0]) >= _MIN_DOMAIN_WORD:
            owners.setdefault(words[0], []).append(index)
    used = {entry.fields.get("policy") or entry.links.get("policy") for entry in entries}
    found = list(entries)
    for domain, url in by_domain.items():
        holders = owners.get(domain, [])
        if len(holders) != 1 or url in used:
            continue
        entry = found[holders[0]]
        if not (entry.fields.get("policy") or entry.links.get("policy")):
            found[holders[0]] = replace(entry, links={**entry.links, "policy": url})
    return found


_MIN_DOMAIN_WORD = 4


def _domain_word(url: str) -> str | None:
    """The word a web address is named by (``higgsfield`` for ``https://www.higgsfield.ai/…``)."""
    host = re.match(r"https?://([^/:?#]+)", url)
    labels = host.group(1).lower().split(".") if host else []
    return labels[-2] if len(labels) >= 2 else None


__all__ = [
    "FIELD_LABELS",
    "ImportedEntry",
    "ImportedPage",
    "clean_value",
    "field_for_label",
    "nfkc",
    "normalize_label",
    "parse_page",
    "parse_text",
]
