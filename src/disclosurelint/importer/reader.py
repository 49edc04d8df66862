"""The line reader: walks the lines of a page, keeps the entry being read, and starts a new one at
a heading, a repeated label, a numbered item or a table."""

# ruff: noqa: RUF001, RUF002, RUF003  (full-width punctuation in published Chinese text is read on purpose)

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TypeVar

from disclosurelint.importer import links as linking
from disclosurelint.importer import source, tables
from disclosurelint.importer.cross_reference import without_cross_references
from disclosurelint.importer.entries import (
    Entry,
    _header_end,
    _is_compact,
    _label_spacing,
    _noted_bold_bullet,
    _pasted_policy,
    _untitled_label_rows,
    grid_entries,
)
from disclosurelint.importer.label_lines import _HEADING_LEVEL, _MAX_HEADING, _NOT_CURRENT
from disclosurelint.importer.labels import LabelTable, normalize_label
from disclosurelint.importer.lines import (
    _AND_LINK,
    _BOLD_BULLET,
    _CASES_INTRO,
    _COLLECTS_DATA,
    _COLON_BULLET,
    _CRITERIA_INTRO,
    _DASH_BULLET,
    _LINK_BULLET,
    _LIST_TITLE,
    _MD_LINK,
    _NAME_BULLET,
    _NAME_FIELDS,
    _NOTE_LABEL,
    _POLICIES_INTRO,
    _PROCESSOR_INTRO,
    _PROCESSOR_PAGE,
    _PRODUCT_WORDS,
    _PROSE,
    _SDK_WORDS,
    _SENTENCE_END,
    _SHARED_WITH_INTRO,
    _SUBSTANCE,
    _VENDOR_INTRO,
    Line,
    _balanced,
    _bracketed,
    _looks_like_unknown_label,
    _maker_in_brackets,
    _name_and_link_kind,
    classify,
    name_and_company,
    nfkc_spaces,
)
from disclosurelint.importer.links import Link
from disclosurelint.importer.named_items import introduces_products
from disclosurelint.importer.names import LEGAL_ENTITY, names_no_one
from disclosurelint.importer.postprocess import (
    _ENTITY_ROW,
    _GOES_ON,
    _GROUP_FIELDS,
    _INTRODUCES_LIST,
    _LETTER,
    _MAX_NAME_WORDS,
    _MIN_ENTITY_ROWS,
    _MIN_PROVIDED,
    _PLACEHOLDER,
    _PROVIDED_BY,
    _absorb,
    _inline_recipients,
    _named,
    _names_data_only,
    _provided_item,
    mark_cut_off,
    merge_duplicates,
    names_own_feature,
    names_placeholder_only,
    share_group_fields,
)
from disclosurelint.importer.records import _LINK_LABELS, ImportedEntry, SetAside
from disclosurelint.importer.repeated import renamed_repeats

_T = TypeVar("_T")  # what a run of lines reads on each line


_POLICY_WORDS = re.compile(r"隐私|隱私|privacy", re.IGNORECASE)


def _policy_linked_in(entry: Entry, raw: str) -> None:
    """``<strong>Name</strong>：…詳見 <a href="…">Name 隱私權政策</a>``: the one link of the item
    whose words say privacy is the entry's policy."""
    said = [link for link in linking.links_in(raw) if _POLICY_WORDS.search(link.text)]
    if len(said) == 1 and not any(kind == "policy" for _, kind, _ in entry.links):
        entry.links.append((said[0], "policy", "(its link)"))


class Reader:
    """Walks the classified lines of one document and collects its entries."""

    def __init__(
        self,
        lines: Sequence[str],
        table: LabelTable,
        *,
        line_numbers: Sequence[int] | None = None,
        grids: Sequence[tables.Grid] = (),
        cell_lines: bool = False,
    ) -> None:
        self.lines = lines
        self.table = table
        self.numbers = line_numbers
        self.grids = grids
        start = _header_end(lines) if line_numbers is None else 0
        self.header_end = start
        self.first_entry: int | None = None  # index of the first line that belongs to an entry
        self.classified = [
            (number, classify(lines[number], table)) for number in range(start, len(lines))
        ]
        self.compact = _is_compact(self.classified)
        self.spacing = _label_spacing(self.classified)
        self.cell_lines = cell_lines
        self.label_keys = [
            normalize_label(line.label)
            for _, line in self.classified
            if line.kind.endswith("label")
        ]
        self.processor_page = bool(_PROCESSOR_PAGE.search("\n".join(lines)))
        self.card_names = self._company_cards() if self.processor_page else frozenset()
        self.entries: list[Entry] = []
        self.tables = 0  # the tables of recipients read so far
        self.link_bullets = False
        self.dash_lists = 0  # the lists of "Name - what they do" bullets read so far
        self.current: Entry | None = None
        self.blank_run = 0
        self.set_aside: list[SetAside] = []
        self.aside: tuple[int, int, str, int] | None = None  # level, line, heading, first entry
        self.subtitle: int | None = None  # the position of a card's subtitle line
        self.bullet_entries = False  # the line above was a one-line "• Name（Company）：…" entry
        # terms over an indented description (a reStructuredText or Markdown definition list):
        # read one by one once the page holds three
        self.definition_page = sum(1 for i in range(len(self.classified)) if self._term_at(i)) >= 3
        # numbered items that each say who provides what they name, their details below them
        self.provided_items = (
            sum(1 for _, line in self.classified if _provided_item(line)) >= _MIN_PROVIDED
        )

    def line_of(self, index: int) -> int:
        """The 1-based source line of ``lines[index]``."""
        return self.numbers[index] if self.numbers is not None else index + 1

    def mark_start(self, index: int) -> None:
        if self.first_entry is None:
            self.first_entry = index

    def finish(self) -> None:
        current = self.current
        if current is not None and _PLACEHOLDER.fullmatch(current.fields.get("company", "")):
            # "服务提供者：[名称 / 公司]": a template's blank to fill in, no name
            del current.fields["company"]
        if (
            current is not None
            and not (current.fields or current.unmapped)
            and self.processor_page
            and (LEGAL_ENTITY.search(current.title or "") or current.title in self.card_names)
        ):
            # a processor page's heading that names a company, described in prose below it
            current.fields["company"] = current.title or ""
            current.labels["company"] = "(heading)"
            current.field_lines["company"] = current.line
            current.title = None
        if current is not None and _pasted_policy(current):
            # "APPLOVIN PRIVACY POLICY:" over that company's own text: a copy, not a link
            del current.fields["policy"]
        if current is not None and not (
            current.unmapped
            or current.links
            or any(v.strip() for v in current.fields.values())
            or current.cut_off
        ):
            # a heading over nothing but an empty label ("for these purposes:" under "the
            # following services are used") is no entry
            current = self.current = None
        if current is not None and (current.fields or current.unmapped or current.cut_off):
            split = name_and_company(current.title or "")
            maker = _maker_in_brackets(current.title or "")
            if maker and _product_of_name(current.title or "", maker, current.fields.values()):
                maker = None  # "Google (Gemini)" over "Gemini API … Google's models": the product
            if maker and not split and not current.fields.get("company"):
                current.fields["company"] = maker  # the heading stays the name it gives
                current.labels["company"] = "(heading)"
                current.field_lines["company"] = current.line
            if split and not current.fields.get("company"):
                current.title = split[0]  # "• 高德定位SDK（高德软件有限公司）" above its fields
                current.fields["company"] = split[1]
                current.labels["company"] = "(heading)"
                current.field_lines["company"] = current.line
            if (
                current.title
                and not current.fields.get("company")
                and self._title_is_recipient(current)
            ):
                current.fields["company"] = current.title
                current.labels["company"] = "(heading)"
                current.field_lines["company"] = current.line
                current.title = None
            if not _named(current) and self.entries and _named(self.entries[-1]):
                _absorb(self.entries[-1], current)  # "DPA: Yes" after the entry's last field
            elif _named(current) or len(_SUBSTANCE & set(current.fields)) >= 2:
                self.entries.append(current)
            # else: page details ("Last updated: ...", "Contact: ..."), not a recipient
        self.current = None

    def _title_is_recipient(self, entry: Entry) -> bool:
        """A heading names the recipient (not a product) on a processor list, or when it is
        written as a company name."""
        title = entry.title or ""
        if LEGAL_ENTITY.search(title):
            return True
        return self.processor_page and not _PRODUCT_WORDS.search(title)

    def _bare_heading(self, position: int) -> str | None:
        """The title of the entry being read while it has nothing under it yet, or the
        heading right above ``position`` (blank lines apart)."""
        current = self.current
        if current is not None:
            bare = not (current.fields or current.unmapped or current.links)
            return current.title if bare else None
        for _, line in reversed(self.classified[:position]):
            if line.kind == "blank":
                continue
            if line.kind == "text" and line.marked and line.text and len(line.text) <= 60:
                return None if _LIST_TITLE.search(line.text) else line.text
            return None
        return None

    def _tables_at(self, index: int) -> tuple[list[Entry], int] | None:
        """Entries of the table that starts at ``lines[index]`` and the index after it."""
        line = self.lines[index]
        grid: tables.Grid | None = None
        end = index + 1
        if line.startswith("\x00grid:"):
            grid = self.grids[int(line.split(":", 1)[1])]
        elif "|" in line and tables.pipe_header(self.lines, index, self.table):
            grid, end = tables.read_pipe_table(self.lines, index)
        else:
            found = tables.cell_per_line_header(self.lines, index, self.table)
            if found:
                grid, end = tables.read_cell_per_line(self.lines, index, found[0])
            else:
                header = tables.spaced_header(line, self.table)
                if header:
                    grid, end = tables.read_spaced(self.lines, index, header, self.table)
                elif tables.glued_header(line, self.table):
                    grid, end = tables.read_glued(self.lines, index, self.table)
        if grid is None:
            return None
        if self.numbers is not None and not line.startswith("\x00grid:"):
            grid = replace(
                grid,
                line=self.line_of(index),
                row_lines=tuple(self.line_of(n - 1) for n in grid.row_lines),
            )
        return grid_entries(grid, self.table), end

    def _link_bullets(self, position: int) -> int:
        """Entries from a run of at least two bullets that each start with a linked name
        (``* [Name](url). What they do.``); the number of lines read (0 when there is none)."""
        run: list[tuple[int, re.Match[str]]] = []
        wrapped: dict[int, str] = {}  # a bullet's words carried on to indented lines below it
        first = _LINK_BULLET.match(self.lines[self.classified[position][0]])
        bare = first is not None and first["bullet"] is None  # lines that are only a link
        index = position
        read = 0
        while index < len(self.classified):
            number, line = self.classified[index]
            if bare and line.kind == "blank":  # bare link lines may stand a blank line apart
                index += 1
                continue
            match = _LINK_BULLET.match(self.lines[number])
            if not match and run and not bare and _continues_bullet(self.lines[number], line):
                # "* [Google LLC](https://...) for" / "  cloud infrastructure and services."
                start = run[-1][0]
                wrapped[start] = f"{wrapped.get(start, '')} {line.text}".strip()
                index += 1
                read = index - position
                continue
            if not match or (match["bullet"] is None) != bare or (bare and match["rest"]):
                break
            run.append((number, match))
            index += 1
            read = index - position
        if len(run) < (1 if self.link_bullets and not bare else 2):
            return 0
        texts = [nfkc_spaces(match.group("name")).strip() for _, match in run]
        if all(_name_and_link_kind(text)[1] for text in texts) and _one_provider(texts):
            # "- [Firebase Crashlytics Terms](…)", "- [Firebase Privacy and Security](…)": the
            # documents of one provider's services, no recipient of their own
            return 0
        heading = self._heading_above(position)
        if heading is not None and _links_of(self.classified[heading][1].text, texts):
            # "### Stripe", a sentence, then "* [Official website](…)", "* [Stripe Privacy
            # Policy](…)": the links of the recipient the heading names
            self._heading_links(heading, run)
            return read
        self.link_bullets = True
        self.finish()
        self.mark_start(run[0][0])
        field = "product" if introduces_products(self._paragraph_before(position)) else "company"
        for number, match in run:
            self._linked_bullet(number, match, wrapped.get(number, ""), field)
        return read

    def _linked_bullet(
        self, number: int, match: re.Match[str], wrapped: str, field: str = "company"
    ) -> None:
        """The entries of one bullet of linked names: one per name (the ``field`` it gives: the
        company, or the product where the list is one of libraries or SDKs), the words after
        the last link (and those ``wrapped`` onto the lines below) their purpose."""
        named = [(match.group("name"), match.group("url"))]
        rest = match.group("rest").strip()
        while more := _AND_LINK.match(rest):  # "[Tag Manager](…) and [Analytics](…) for …"
            named.append((more.group("name"), more.group("url")))
            rest = more.group("rest").strip()
        rest = f"{rest} {wrapped}".strip()
        for said, url in named:
            text = nfkc_spaces(said).strip()
            name, kind = _name_and_link_kind(text)
            link = Link(url, text if kind else name)
            previous = self.entries[-1] if self.entries else None
            if kind and previous is not None and previous.fields.get(field) == name:
                previous.links.append((link, kind, text))  # "<Name> compliance information"
                continue
            entry = Entry(self.line_of(number))
            entry.add(field, "(linked name)", name, self.line_of(number))
            entry.links.append((link, kind or "name", text if kind else ""))
            if rest:
                entry.add("purpose", "(text after the name)", rest, self.line_of(number))
            self.entries.append(entry)

    def _heading_above(self, position: int) -> int | None:
        """The index of a ``#`` heading a few lines of prose above ``position`` (not the list's
        own title), or None."""
        seen = 0
        for index in range(position - 1, -1, -1):
            line = self.classified[index][1]
            if line.kind == "blank":
                continue
            if line.marked and not line.numbered and line.kind == "text":
                text = line.text
                if not text or _LIST_TITLE.search(text) or len(text) > 60:
                    return None
                return index
            seen += 1
            if seen > 4 or line.kind != "text" or line.bulleted or line.numbered:
                return None
        return None

    def _heading_links(self, heading: int, run: Sequence[tuple[int, re.Match[str]]]) -> None:
        """One entry named by the heading at ``heading``, with the prose under it as its
        purpose and the links of ``run``, each of the kind its words say."""
        number, line = self.classified[heading]
        self.finish()
        self.mark_start(number)
        where = self.line_of(number)
        entry = Entry(where)
        entry.add("company", "(heading)", nfkc_spaces(line.text).strip(), where)
        prose = [
            other.text
            for other_number, other in self.classified[heading + 1 :]
            if other_number < run[0][0] and other.kind == "text" and other.text
        ]
        if prose:
            entry.add("purpose", "(text under the heading)", " ".join(prose), where)
        for _, match in run:
            text = nfkc_spaces(match.group("name")).strip()
            entry.links.append((Link(match.group("url"), text), None, ""))
        self.entries.append(entry)

    def _nested_items(self, position: int) -> int:
        """Entries from a run of list items that each hold a nested list (``- [Zendesk](…)``
        then ``  - usage: support tickets``, ``  - [privacy policy](…)``): the item names the
        recipient ("Gravatar by Automattic": a service and its company), the nested items are
        its labelled values, sentences and links; the number of lines read (0 when there is
        none)."""
        groups: list[tuple[int, list[int]]] = []
        index = position
        while index < len(self.classified):
            number, line = self.classified[index]
            if line.kind == "blank":
                index += 1
                continue
            raw = self.lines[number]
            if not _TOP_ITEM.match(raw) or len(line.text) > 100:
                break
            children: list[int] = []
            following = index + 1
            while following < len(self.classified):
                child_number, child = self.classified[following]
                if child.kind != "blank" and not _NESTED_ITEM.match(self.lines[child_number]):
                    break
                if child.kind != "blank":
                    children.append(following)
                following += 1
            if not children:
                break
            groups.append((index, children))
            index = following
        if len(groups) < 2:
            return 0
        self.finish()
        self.mark_start(self.classified[groups[0][0]][0])
        sdks = bool(_SDK_WORDS.search(self._paragraph_before(position)))
        for top, children in groups:
            self.entries.append(self._nested_entry(top, children, sdks))
        return index - position

    def _nested_entry(self, top: int, children: Sequence[int], sdks: bool = False) -> Entry:
        """One item of :meth:`_nested_items`. An item written "name: what it does" ("• 友盟统计
        (UMeng): 应用使用统计") names the recipient before the colon and its purpose after;
        under a lead-in that says the items are SDKs ("集成了以下第三方SDK") the name is the
        SDK's, and the list gives no company."""
        number = self.classified[top][0]
        where = self.line_of(number)
        entry = Entry(where)
        item = nfkc_spaces(self.lines[number]).strip()[1:].strip()
        for link in linking.links_in(item):
            entry.links.append((link, None, ""))
        name = linking.strip_links(item).strip()
        described = _NAME_THEN_PURPOSE.match(name)
        if described and self.table.field_for(described["name"]) is not None:
            described = None  # "- Company: Stripe": a label, not a name
        if described:
            name = described["name"].strip()
            entry.add("purpose", "(item)", described["purpose"].strip(), where)
        by = _SERVICE_BY.match(name)
        if described and sdks:
            entry.add("product", "(item)", name, where)
        elif by:
            entry.title = by["name"].strip()
            entry.add("company", "(item: by)", by["company"].strip(), where)
        else:
            entry.add("company", "(item)", name, where)
        for child in children:
            child_number, child_line = self.classified[child]
            text = nfkc_spaces(self.lines[child_number]).strip()[1:].strip()
            links = linking.links_in(text)
            entry.links += [(link, None, "") for link in links]
            if child_line.kind == "label" and child_line.field and not links:
                entry.add(child_line.field, child_line.label, child_line.value, where)
            elif child_line.kind == "label" and child_line.field and links:
                # "- 隐私政策：https://…": the address read under its label
                entry.links[-len(links) :] = [
                    (link, child_line.field, child_line.label) for link in links
                ]
            elif not linking.only_links(text, links):
                words = linking.strip_links(text)
                operator = _RUN_BY.search(words)
                if operator and entry.title is None:
                    # "privacy policy, the service is run by Atlassian": who runs the service
                    entry.title = entry.fields["company"]
                    company = operator["company"].strip()
                    if not _ABBREVIATED.search(company):
                        company = company.rstrip(".")  # the sentence's full stop
                    entry.fields["company"] = company
                    entry.labels["company"] = "(item: run by)"
                entry.add_unmapped("", words)
        return entry

    def _term_at(self, index: int) -> bool:
        """A short line of words at the margin with an indented line right below it (the term
        of a definition list: "Sendgrid, Inc.", then "    Provides email delivery ...")."""
        if index + 1 >= len(self.classified):
            return False
        number, line = self.classified[index]
        raw = self.lines[number]
        after_number, after = self.classified[index + 1]
        below = self.lines[after_number]
        return (
            line.kind == "text"
            and not (line.marked or line.bulleted or line.numbered)
            and bool(line.text)
            and len(line.text) <= 60
            and raw[:1] not in (" ", "\t")
            and not (_SENTENCE_END.search(line.text) and not _ABBREVIATED.search(line.text))
            and not _UNDERLINE.match(line.text)
            and after.kind != "blank"
            and below[:1] in (" ", "\t")
            and not after.bulleted
            and not _UNDERLINE.match(after.text)
        )

    def _definitions(self, position: int) -> int:
        """Entries from the terms of a definition list, each over its indented description
        (the recipient, then what it does); the number of lines read (0 when there is none)."""
        if not self.definition_page or not self._term_at(position):
            return 0
        number, line = self.classified[position]
        where = self.line_of(number)
        index = position + 1
        words: list[str] = []
        while index < len(self.classified):
            below_number, below = self.classified[index]
            if below.kind == "blank" or self.lines[below_number][:1] not in (" ", "\t"):
                break
            words.append(nfkc_spaces(self.lines[below_number]).strip())
            index += 1
        self.finish()
        self.mark_start(number)
        entry = Entry(where)
        before = self._line_before(position)
        field = "product" if re.search(r"SDK|插件", before, re.IGNORECASE) else "company"
        entry.add(field, "(term)", nfkc_spaces(line.text).strip(), where)
        entry.add("purpose", "(its description)", " ".join(words), where)
        for link in linking.links_in(" ".join(words)):
            entry.links.append((link, None, ""))
        self.entries.append(entry)
        return index - position

    def _line_before(self, position: int) -> str:
        """The nearest line above ``position`` that is not blank ("" at the start)."""
        return next(
            (
                self.lines[n]
                for n, line in reversed(self.classified[:position])
                if line.kind != "blank"
            ),
            "",
        )

    def _paragraph_before(self, position: int) -> str:
        """The lines of text right above ``position`` up to a blank line or a list item, joined
        (an introduction wrapped over lines: "... the following 3rd party services are used" /
        "for these purposes:")."""
        found: list[str] = []
        for number, line in reversed(self.classified[:position]):
            if line.kind == "blank" and found:
                break
            if line.kind == "blank":
                continue
            if line.bulleted or line.numbered or line.marked:
                if found:
                    break
                return self.lines[number]  # the nearest line, as for any other layout
            found.insert(0, self.lines[number].strip())
        return " ".join(found)

    def _dash_bullets(self, position: int) -> int:
        """Entries from a run of at least three bullets ``Name - what they do`` (or ``**Name**:
        what they do``) right after a line that speaks of vendors, sub-processors or third
        parties; the lines read (or 0)."""
        before = self._paragraph_before(position)
        shared_with_only = not _VENDOR_INTRO.search(before)
        if shared_with_only and not _SHARED_WITH_INTRO.search(before):
            return 0
        if _COLLECTS_DATA.search(before.strip()):
            return 0
        if _CRITERIA_INTRO.search(before):  # what a vendor is judged on, not who the vendors are
            return 0
        run: list[tuple[int, re.Match[str]]] = []
        first = self.lines[self.classified[position][0]]
        # "* Amazon Web Services" under "List of sub-processors": names alone
        bare = bool(_PROCESSOR_INTRO.search(before)) and not _DASH_BULLET.match(first)
        labelled: dict[int, list[Line]] = {}  # a bullet's known labels split onto lines below it
        read = 0
        for offset, (number, classified) in enumerate(self.classified[position:]):
            text = self.lines[number]
            match = _NAME_BULLET.match(text) if bare else _DASH_BULLET.match(text)
            if not bare and match is None:
                bold = _BOLD_BULLET.match(text) or _COLON_BULLET.match(text)
                match = bold if bold and self.table.match(bold["name"]) is None else None
            if (
                match is None
                and run
                and _BOLD_BULLET.match(self.lines[run[-1][0]])
                and classified.kind == "label"
                and classified.field
                and not classified.bulleted
            ):
                labelled.setdefault(run[-1][0], []).append(classified)
                read = offset + 1
                continue
            if not match or (bare and len(match["name"].split()) > 5):
                break
            run.append((number, match))
            read = offset + 1
        # three at least, or two right under a line that announces them ("……第三方SDK：");
        # one, once the page has given such a list (a region's own list under its heading)
        least = 2 if before.rstrip().endswith((":", "：")) else 3
        if len(run) < (1 if self.dash_lists else least):
            return 0
        if all(names_no_one(match["name"]) for _, match in run):
            return (
                0  # "- 向您的紧急联系人：…", "- Tax and accounting authorities — …": kinds of party
            )
        self.dash_lists += 1
        self.finish()
        self.mark_start(run[0][0])
        for number, match in run:
            entry = Entry(self.line_of(number))
            entry.bullet_list = self.dash_lists
            entry.shared_with_only = shared_with_only
            # names of SDKs or plug-ins are products; other names are the recipients'
            field = "product" if re.search(r"SDK|插件", before, re.IGNORECASE) else "company"
            entry.add(field, "(name)", nfkc_spaces(match["name"]).strip(), entry.line)
            if not bare:
                # "**Name**（证件照生成）：为实现……。隐私协议：https://…"
                note = match.groupdict().get("note")
                rest = self._labelled_tail(entry, match["rest"].strip(), entry.line)
                purpose = f"{note}：{rest}" if note and rest else note or rest
                entry.add("purpose", "(text after the name)", purpose, entry.line)
            for below in labelled.get(number, ()):
                entry.add(below.field or "", below.label, below.value, entry.line)
            self.entries.append(entry)
        return read

    def _run(
        self, position: int, accept: Callable[[int, Line], _T | None]
    ) -> tuple[list[tuple[int, _T]], int]:
        """The lines from ``position`` on that ``accept`` reads (blank lines between them
        skipped), each with what it read, up to the first it does not; and the index after
        the last."""
        run: list[tuple[int, _T]] = []
        index = end = position
        while index < len(self.classified):
            number, line = self.classified[index]
            index += 1
            if line.kind == "blank":
                continue
            said = accept(number, line)
            if said is None:
                break
            run.append((number, said))
            end = index
        return run, end

    def _entity_rows(self, position: int) -> int:
        """Entries from a run of at least three lines that each open with a short name and the
        legal entity behind it in brackets, then what the table's other columns say run
        together (``AWS Europe (Amazon Web Services EMEA SARL), B 186284, 38 Avenue …``),
        under a line that speaks of (sub-)processors or vendors; the lines read (or 0)."""
        before = self._paragraph_before(position)
        if not _VENDOR_INTRO.search(before):
            return 0

        def row(number: int, line: Line) -> re.Match[str] | None:
            found = _ENTITY_ROW.match(nfkc_spaces(self.lines[number]).strip())
            if (
                found is None
                or line.field is not None
                or len(found["name"].split()) > _MAX_NAME_WORDS
                or LEGAL_ENTITY.search(found["name"])
            ):
                return None
            return found

        run, index = self._run(position, row)
        entities = sum(bool(LEGAL_ENTITY.search(found["company"])) for _, found in run)
        if len(run) < _MIN_ENTITY_ROWS or entities * 2 <= len(run):
            return 0
        self.finish()
        self.mark_start(run[0][0])
        for number, found in run:
            where = self.line_of(number)
            entry = Entry(where, title=found["name"].strip())
            entry.add("company", "(name in brackets)", found["company"].strip(), where)
            rest = found["rest"].strip(" ,;，；")
            if rest:
                entry.add_unmapped("", rest)
            self.entries.append(entry)
        return index - position

    def _provided_by(self, position: int) -> int:
        """Entries from a run of at least two items that each name a role, then say who
        provides it (``b) 消息推送服务供应商：由星河推送有限公司提供推送技术服务，……``, ``Push
        notifications: provided by Acme Inc., …``): the role is the entry's name, the company
        the recipient, the sentence its purpose; the lines read (or 0)."""

        def item(_: int, line: Line) -> tuple[Line, str] | None:
            found = _PROVIDED_BY.match(line.value) if line.kind == "other-label" else None
            company = (found["company"] or found["english"]) if found else ""
            return (line, company) if LEGAL_ENTITY.search(company) else None

        run, index = self._run(position, item)
        if len(run) < _MIN_PROVIDED:
            return 0
        self.finish()
        self.mark_start(run[0][0])
        for number, (line, company) in run:
            where = self.line_of(number)
            entry = Entry(where, title=_LETTER.sub("", nfkc_spaces(line.label)).strip())
            entry.add("company", "(provided by)", company.strip(), where)
            entry.add("purpose", "(text after the name)", line.value.strip(), where)
            self.entries.append(entry)
        return index - position

    def _label_line(self, number: int, line: Line, field: str) -> None:
        """A known label and its value: the entry's next field, or the first of the next."""
        if self._ends_entry(line):
            self.finish()
        current = self.current or self._open(number, None)
        where = self.line_of(number)
        current.add(field, line.label, line.value, where)
        if line.number is not None:
            current.number = line.number
        if field in _LINK_LABELS:
            current.links += [(link, field, line.label) for link in linking.links_in(line.value)]
        self._note_fuzzy(line)

    def _open(self, number: int, title: str | None) -> Entry:
        """Close the entry being read and begin the next at ``lines[number]``, named ``title``."""
        self.finish()
        self.mark_start(number)
        self.current = Entry(self.line_of(number), title=title)
        return self.current

    def _listed_recipients(self, position: int, line: Line) -> list[str]:
        """The recipients a company label lists on its line (:func:`_inline_recipients`),
        outside any named entry and with no known label after it before the next numbered
        line (or the end): what it lists is not the recipient of one entry that other labels
        go on to describe ("第三方名称：中国移动、中国联通、中国电信", then "功能：…")."""
        if line.field != "company" or (self.current is not None and _named(self.current)):
            return []
        items = _inline_recipients(line.value)
        for _, other in self.classified[position + 1 :] if items else ():
            if other.numbered:
                break
            if other.kind == "label":
                return []
        return items

    def _introduced(self, number: int) -> list[str]:
        """The services a sentence lists after announcing them, outside any named entry
        (``本应用集成了以下第三方服务：A（AI 模型）、B（数据库与存储）。``)."""
        if self.current is not None and _named(self.current):
            return []
        lead = _INTRODUCES_LIST.search(nfkc_spaces(self.lines[number]))
        return _inline_recipients(lead["items"]) if lead else []

    def _inline_entries(self, number: int, items: Sequence[str]) -> None:
        """``数据接收方：Supabase（托管）、Vercel（前端）、OAuth 提供商。``: one entry per
        recipient the label lists on its line; a bracket after a name holds its company (a
        legal entity) or what it does for the list (its purpose)."""
        self.finish()
        self.mark_start(number)
        where = self.line_of(number)
        for item in items:
            entry = Entry(where, title=item)
            split = name_and_company(item)
            name, inner = split or _bracketed(item)
            entry.add("company", "(listed after the label)", inner if split else name, where)
            if inner and not split:
                entry.add("purpose", "(in brackets after the name)", inner, where)
            self.entries.append(entry)

    def _provided_entry(self, number: int, provided: re.Match[str]) -> None:
        """``1.2.1 “极光推送”：该SDK由“深圳市星河科技有限公司”提供，用于推送。``: an entry named
        by the item, its company the one that provides it, the rest of the sentence its
        purpose; the lines below it (data per platform, ``官方隐私政策:<…>``) are its own."""
        entry = self._open(number, provided["name"].strip())
        entry.add("company", "(provided by)", provided["company"].strip(), entry.line)
        rest = provided["rest"].strip(" ，,。")
        if rest:
            entry.add("purpose", "(text after the name)", rest, entry.line)

    def _link_row(self, position: int) -> int:
        """Entries from one line of at least two links to third parties' policies and nothing
        else but separators (``[Google 隐私权政策](…) · [DuckDuckGo 隐私政策](…)``) under a line
        that speaks of third parties' policies; 1 when read, else 0."""
        number, _ = self.classified[position]
        links = _MD_LINK.findall(self.lines[number])
        rest = _MD_LINK.sub("", self.lines[number])
        if len(links) < 2 or re.search(r"[^\s·•|,，、/;；]", rest):
            return 0
        before = self._line_before(position)
        if not _POLICIES_INTRO.search(before):
            return 0
        named = [(_name_and_link_kind(nfkc_spaces(text).strip()), url) for text, url in links]
        if any(kind != "policy" or not name for (name, kind), _ in named):
            return 0
        self.finish()
        self.current = None
        self.mark_start(number)
        where = self.line_of(number)
        for (name, _), url in named:
            entry = Entry(where)
            entry.add("company", "(linked name)", name, where)
            entry.links.append((Link(url, name), "policy", "(link)"))
            self.entries.append(entry)
        return 1

    def _named_lines(self, position: int) -> int:
        """Entries from a run of at least two ``Name：what it does`` lines (labels the table does
        not know, numbered or not, a blank line apart at most) right under a line that introduces
        them: one that names at least two of them ("本App内集成了：友盟Umeng、腾讯Bugly……"), a
        label of SDKs or plug-ins with nothing after it ("应用内集成的第三方SDK以及插件："), or a
        policy label with nothing after it over ``Name：address`` lines ("第三方隐私政策：", then
        "友盟：https://..."); the lines read."""
        intro = self.classified[position][1]
        current = self.current
        if not (intro.kind == "other-label" or (intro.kind == "label" and not intro.value)):
            return 0
        if current is not None and (current.fields or current.unmapped):
            return 0
        run: list[tuple[int, Line]] = []
        under: dict[int, list[Line]] = {}  # the labelled lines indented under an item
        end = position
        for index in range(position + 1, len(self.classified)):
            number, line = self.classified[index]
            if line.kind == "blank":
                if (
                    index + 1 < len(self.classified)
                    and self.classified[index + 1][1].kind == "blank"
                ):
                    break
                continue
            if (
                run
                and ((line.kind == "label" and line.field) or line.kind == "other-label")
                and self._indented_under(number, run)
            ):
                # "1. 高德地图 SDK：用于地图展示。" then "   隐私政策：https://…": its policy
                under.setdefault(run[-1][0], []).append(line)
                end = index
                continue
            if (
                line.kind != "other-label"
                or not line.value
                or len(line.label) > 30
                or re.search(r"[，,。]", line.label)
                or _NOTE_LABEL.match(normalize_label(line.label))
            ):
                break
            run.append((number, line))
            end = index
        if (
            len(run) < 2
            or all(source.names_data_item(line.label) for _, line in run)
            or _COLLECTS_DATA.search(intro.label)
            or _CASES_INTRO.search(intro.label)
            or all(_noted_bold_bullet(self.lines[number]) for number, _ in run)
            or all(_CODE_NAME.match(self.lines[number]) for number, _ in run)
            or all(names_no_one(line.label) for _, line in run)
        ):
            # "- OAID：用于识别设备" under "收集您的设备标识符：", "• 使用统计：…" under
            # "收集以下匿名化信息：": the kinds of data collected, no recipients; "- 向您的紧急
            # 联系人：…", "- 向公共安全机构：…": kinds of recipient, no one named
            return 0
        addresses = all(
            linking.only_links(line.value, linking.links_in(line.value)) for _, line in run
        )
        if intro.kind == "label":
            if intro.field != "policy" or not addresses:
                return 0
        elif sum(line.label in intro.value for _, line in run) < 2 and not (
            not intro.value and _SDK_WORDS.search(intro.label)
        ):
            return 0
        self.current = None  # a heading above the introduction names no entry of its own
        self.mark_start(run[0][0])
        for number, line in run:
            where = self.line_of(number)
            entry = Entry(where, title=nfkc_spaces(line.label).strip())
            if addresses:
                entry.add("policy", intro.label, line.value, where)
                entry.links += [
                    (link, "policy", intro.label) for link in linking.links_in(line.value)
                ]
            else:
                entry.add("purpose", "(text after the name)", line.value.rstrip("。"), where)
                self._service_linked_in(entry, line, self.lines[number], where)
                _policy_linked_in(entry, self.lines[number])
            for labelled in under.get(number, []):
                links = linking.links_in(labelled.value)
                if links:
                    kind = labelled.field or "other"  # "Acme 的安全合规性：<…>": not its policy
                    entry.links += [(link, kind, labelled.label) for link in links]
                else:
                    entry.add(labelled.field or "", labelled.label, labelled.value, where)
            self.entries.append(entry)
        return end - position + 1

    @staticmethod
    def _service_linked_in(entry: Entry, line: Line, raw: str, where: int) -> None:
        """Under a label that names a kind of data (``**访问者数据**：网站分析由 [Fathom
        Analytics](https://…) 驱动``), the one service the sentence links to is the entry's
        product, the link its home page."""
        if not _DATA_CATEGORY.search(nfkc_spaces(line.label).strip(" *")):
            return
        linked = [m for m in _MD_LINK.finditer(raw) if _SERVICE_NAME.match(m["text"].strip())]
        if len(linked) == 1:
            name = nfkc_spaces(linked[0]["text"]).strip()
            entry.add("product", "(service the sentence links to)", name, where)
            entry.links.append((Link(linked[0]["url"], name), "website", "(its link)"))

    def _indented_under(self, number: int, run: Sequence[tuple[int, Line]]) -> bool:
        """Whether line ``number`` is indented deeper than the last item of ``run``."""

        def indent(at: int) -> int:
            return len(self.lines[at]) - len(self.lines[at].lstrip())

        return indent(number) > indent(run[-1][0])

    def _section(self, number: int) -> None:
        """At a ``#`` heading: close the section set aside above when this heading is of its
        level or higher, and open one when this heading says its recipients are not current."""
        heading = _HEADING_LEVEL.match(self.lines[number])
        if heading is None:
            return
        level = len(heading.group("marks"))
        text = heading.group("text").strip()
        if self.aside is not None and level <= self.aside[0]:
            self.finish()
            self._close_aside()
        if self.aside is None and (
            _NOT_CURRENT.search(text) or _NOT_RECIPIENTS.search(self._paragraph_below(number))
        ):
            self.finish()
            self.aside = (level, self.line_of(number), text, len(self.entries))

    def _paragraph_below(self, number: int) -> str:
        """The paragraph right below a heading (empty when a list, a table or a heading
        comes first)."""
        for line in self.lines[number + 1 :]:
            text = line.strip()
            if text:
                return "" if re.match(r"[#|\x00*+•-]|\d+[.)]", text) else text
        return ""

    def _close_aside(self) -> None:
        """Take the entries read since the section set aside began out of the list."""
        if self.aside is not None:
            _, at, heading, first = self.aside
            self.set_aside.append(SetAside(at, heading, len(self.entries) - first))
            del self.entries[first:]
            self.aside = None

    def read(self) -> list[ImportedEntry]:
        position = 0
        while position < len(self.classified):
            number, line = self.classified[position]
            if line.kind == "blank":
                self.blank_run += 1
                position += 1
                continue
            self._section(number)
            found = self._tables_at(number)
            if found is not None and (found[0] or self.lines[number].startswith("\x00grid:")):
                heading = self._bare_heading(position)
                self.finish()
                entries, end = found
                if heading and len(entries) == 1 and _untitled_label_rows(entries[0]):
                    entries[0].title = heading  # "1.1 Clerk" over "| Provider | Clerk, Inc. |"
                if entries:
                    self.mark_start(number)
                    self.tables += 1
                for entry in entries:
                    entry.table = self.tables
                self.entries.extend(entries)
                position += end - number
            elif read := (
                self._link_row(position)
                or self._nested_items(position)
                or self._definitions(position)
                or self._link_bullets(position)
                or self._dash_bullets(position)
                or self._named_lines(position)
                or self._entity_rows(position)
                or self._provided_by(position)
            ):
                position += read
            else:
                self.step(position, number, line)
                position += 1
            self.blank_run = 0
        self.finish()
        self._close_aside()
        if any(not entry.shared_with_only for entry in self.entries):
            self.entries = [entry for entry in self.entries if not entry.shared_with_only]
        share_group_fields(self.entries)
        pairs = [(entry.freeze(self.table), entry) for entry in self.entries]
        named = any(frozen.fields.get("company") or frozen.links for frozen, _ in pairs)
        kept = [
            (frozen, entry)
            for frozen, entry in pairs
            if not (
                _names_data_only(frozen)
                or names_placeholder_only(frozen)
                or names_own_feature(frozen, named)
            )
        ]
        summary = without_cross_references([f for f, _ in kept], [e.table for _, e in kept])
        kept = [kept[at] for at in summary]  # a summary table's rows refer back to entries
        frozen = [entry for entry, _ in kept]
        if self.processor_page:
            frozen = [replace(entry, processor=True) for entry in frozen]
        blocks = [
            None
            if entry.table is None and entry.bullet_list is None
            else (entry.table, entry.bullet_list)
            for _, entry in kept
        ]
        return merge_duplicates(
            renamed_repeats(mark_cut_off(frozen), blocks),
            rows_of=[entry.table for _, entry in kept],
            lists_of=[entry.bullet_list for _, entry in kept],
            blocks_apart=True,
        )

    def _ends_entry(self, line: Line) -> bool:
        """Whether a known label line starts a new entry rather than continuing this one.

        Within an entry whose labels are numbered ("1. SDK名称：", "2.开发者:", then
        "3.SDK隐私政策链接："), the next number continues it; and an unnumbered second name label
        right below the numbered one ("SDK名称：图片 SDK" in item 3) names the same item again."""
        current = self.current
        name = line.field
        if current is None or not current.fields or name is None:
            return False
        if current.number is not None and not self.blank_run:
            if line.number == current.number + 1 and name not in current.fields:
                return False  # the item's next numbered label
            if not line.numbered and name == current.first:
                return False  # the item named again
        return (
            (name == current.first and not self._second_label_of_first(line))
            or line.numbered
            or self.blank_run > max(1, self.spacing)
            or (self.blank_run > 0 and (self.compact or name in current.fields))
        )

    def _second_label_of_first(self, line: Line) -> bool:
        """In a table flattened one cell per line, a second label of the entry's first field
        right under its own (``Function |`` then ``Purpose of Use |``, both a purpose): more of the
        same entry, where only the first label coming round again opens the next."""
        current = self.current
        return (
            current is not None
            and self.cell_lines
            and not self.blank_run
            and normalize_label(line.label) != current.first_label
        )

    def _is_heading(self, position: int, line: Line) -> bool:
        """A line without a label directly before a labelled block (a ``#`` or numbered heading,
        or any heading when the document spaces its fields, may stand a few blank lines above
        it)."""
        if len(line.text) > 80 or not line.text or "@" in line.text:
            return False
        if linking.links_in(line.text) or line.text.endswith((":", "：")):
            return False
        if not _balanced(line.text):
            return False  # the end of a wrapped value: "网络权限、设备信息（IDFA"
        above = self.classified[position - 1] if position > 0 else None
        if above is not None and self.lines[above[0]].rstrip().endswith(_GOES_ON):
            return False  # the rest of a list the line above leaves open ("…、恢复）、")
        if not line.marked and self.current is not None and _PROSE.search(line.text):
            # a sentence between an entry's labels ("你注册微信服务时，微信会收集……。") is
            # part of the entry, not the name of the next one
            return False
        if _LIST_TITLE.search(line.text):
            return False  # the list's own title ("Sub-processors", "第三方SDK目录")
        if line.text.endswith("。") and self.current is not None and self.current.fields:
            # a numbered sentence nested under an entry's label ("* 2.允许程序获取网络信息。"
            # under "* 收集个人信息类型："): part of the value, not the name of the next entry
            return False
        following = (other for _, other in self.classified[position + 1 :])
        if line.marked or not self.compact or self._set_apart(position):
            following = (other for other in following if other.kind != "blank")
        after = next(following, None)
        skipped = 0
        while after is not None and after.kind == "other-label" and skipped < 3:
            after = next(following, None)  # "服务协议: ..." then a known label
            skipped += 1
        if skipped and not line.marked and (len(line.text) > 40 or _SENTENCE_END.search(line.text)):
            return False
        if after is None or after.kind != "label" or not after.field:
            return False
        current = self.current
        return (
            current is None
            or self.blank_run > 0
            or line.marked
            or after.field in current.fields
            or after.field == current.first
            or self._value_closed()
        )

    def _set_apart(self, position: int) -> bool:
        """A line with a blank line above and below it, then the label that names a recipient
        or a product (``百度(小度)``, a blank line, ``第三方主体:…``): a name set apart, even
        where an entry's labels keep together."""
        if not self.blank_run or position + 1 >= len(self.classified):
            return False
        if self.classified[position + 1][1].kind != "blank":
            return False
        after = next(
            (other for _, other in self.classified[position + 1 :] if other.kind != "blank"), None
        )
        return (
            after is not None
            and after.kind == "label"
            and (after.field in _NAME_FIELDS or after.field in _GROUP_FIELDS)
        )

    def _last_heading(self, position: int, line: Line) -> bool:
        """The text's last line, numbered one on from the numbered heading of the entry above
        it and written like a name (short, no sentence)."""
        current = self.current
        return (
            current is not None
            and current.heading is not None
            and line.number == current.heading + 1
            and 0 < len(line.text) <= _MAX_HEADING
            and not _SENTENCE_END.search(line.text)
            and all(other.kind == "blank" for _, other in self.classified[position + 1 :])
        )

    def _value_closed(self) -> bool:
        """The current entry's last value ends its sentence (``使用目的:通过第三方音箱来支持对设备
        的语音控制。``): a short line below it is not more of it."""
        current = self.current
        if current is None or current.last is None or current.last[0] != "field":
            return False
        return current.fields[current.last[1]].rstrip().endswith(("。", "！", "？"))

    def _company_heading(self, line: Line) -> bool:
        """On a processor page, a ``#`` heading that names a company and is followed by prose
        (``## Google Inc.``, then what Google does)."""
        text = line.text
        return (
            self.processor_page
            and line.marked
            and len(text) <= 80
            and (bool(LEGAL_ENTITY.search(text)) or text in self.card_names)
            and not _LIST_TITLE.search(text)
            and not _VENDOR_INTRO.search(text)  # "List of sub-processors assigned by X GmbH."
            and not text.endswith((":", "：", "。"))
        )

    def _company_cards(self) -> frozenset[str]:
        """The headings of a processor page's cards: a run of at least three ``#`` headings of
        one level, each over lines of prose and nothing else, most of them naming a
        company ("### Supabase Inc.", "### Mapbox", "### Notion Labs Inc."): each names a
        recipient, a legal entity or not."""
        runs: list[list[tuple[str, bool]]] = []  # per run: (heading, whether only prose under it)
        level: int | None = None
        for number, line in self.classified:
            heading = _HEADING_LEVEL.match(self.lines[number])
            if heading is not None:
                marks = len(heading["marks"])
                if marks != level:
                    runs.append([])
                    level = marks
                runs[-1].append((line.text, True))
            elif runs and line.kind != "blank" and runs[-1]:
                text, prose = runs[-1][-1]
                simple = prose and line.kind == "text" and not (line.bulleted or line.numbered)
                runs[-1][-1] = (text, simple and bool(_PROSE_UNDER.search(line.text)))
        names: set[str] = set()
        for run in runs:
            legal = sum(1 for text, _ in run if LEGAL_ENTITY.search(text))
            if len(run) >= _MIN_CARDS and legal * 2 >= len(run) and all(p for _, p in run):
                names.update(text for text, _ in run if not _LIST_TITLE.search(text))
        return frozenset(names)

    def _empty_value(self) -> bool:
        """True when the last label of the current entry has no value yet (``隐私政策链接:``
        with the address on the next line)."""
        current = self.current
        if current is None or current.last is None or current.last[0] != "field":
            return False
        return not current.fields[current.last[1]]

    def _label_follows(self, position: int) -> bool:
        """True when the next non-blank line is a known label (the entry goes on)."""
        after = next(
            (other for _, other in self.classified[position + 1 :] if other.kind != "blank"), None
        )
        return after is not None and after.kind == "label"

    def _more_addresses(self, line: Line) -> bool:
        """A line of nothing but addresses under a link label that already has one (the
        label's addresses listed one a line: a developer page, then the privacy policy)."""
        current = self.current
        if current is None or current.last is None or current.last[0] != "field":
            return False
        links = linking.links_in(line.text)
        return current.last[1] in _LINK_LABELS and linking.only_links(line.text, links)

    def _prose_within(self, position: int) -> bool:
        """True for a sentence of prose that a known label follows, after at most two more such
        sentences (what an SDK collects told in sentences between its labels)."""
        if not _PROSE.search(self.classified[position][1].text):
            return False
        rest = (other for _, other in self.classified[position + 1 :] if other.kind != "blank")
        for _ in range(3):
            after = next(rest, None)
            if after is None or after.kind != "text" or not _PROSE.search(after.text):
                return after is not None and after.kind == "label"
        return False

    def _note_fuzzy(self, line: Line) -> None:
        if self.current is not None and line.fuzzy:
            self.current.fuzzy.append((line.label, line.fuzzy))

    def _names_card(self, position: int, line: Line) -> bool:
        """A short name right above a one-line subtitle that heads labelled fields (a card:
        "Alamofire", "Swift HTTP Network Library · v5.11.1", then "Provider: ..."), standing
        after a blank line, an icon or at the start, so that no wrapped value is taken for it."""
        if len(line.text) > 40 or _SENTENCE_END.search(line.text) or self._empty_value():
            return False
        if line.marked or _LIST_TITLE.search(line.text) or position + 1 >= len(self.classified):
            return False  # a section heading above a numbered item is no card's name
        after = self.classified[position + 1][1]
        if after.kind != "text" or not after.text or after.marked or after.bulleted:
            return False
        if not self._is_heading(position + 1, after):
            return False
        before = self.classified[position - 1][1] if position > 0 else None
        return (
            before is None
            or before.kind == "blank"
            or (before.kind == "text" and not re.search(r"\w", before.text))
        )

    def _item_or_card(self, position: int, number: int, line: Line) -> bool:
        """Read a text line that only marks where an item or a card begins; False for any
        other line."""
        if line.numbered and not line.text:
            self.finish()  # "16）" alone on its line: the next item begins below
        elif line.text and not re.search(r"\w", line.text):
            pass  # an icon ("🌐") between entries
        elif self._names_card(position, line):
            self.finish()
            self.mark_start(number)
            self.current = Entry(self.line_of(number), title=nfkc_spaces(line.text).strip())
            self.subtitle = position + 1
        elif self.subtitle == position and self.current is not None:
            self.current.add_unmapped("", line.text)  # the card's subtitle, under its name
        else:
            return False
        return True

    def _bullet_with_company(self, number: int, line: Line, split: tuple[str, str]) -> None:
        """``• Supabase SDK（Supabase Inc.）：后端服务……。隐私政策：https://...``: one entry on
        one bullet line, its purpose and any labelled value after the colon. ``split`` is the
        name and the company in brackets (no company: ``("OkHttp3/Okio/Gson等", "")``)."""
        self.finish()
        self.mark_start(number)
        where = self.line_of(number)
        entry = Entry(where, title=split[0])
        if split[1]:
            entry.add("company", "(name in brackets)", split[1], where)
        text = self._labelled_tail(entry, line.value, where)
        if text:
            entry.add("purpose", "(text after the name)", text.rstrip("。"), where)
        self.current = entry
        self.bullet_entries = True

    def _labelled_tail(self, entry: Entry, text: str, where: int) -> str:
        """A known label that closes a sentence of ``text`` (``……。隐私政策：https://…``) read
        into ``entry``; the text before it."""
        inner = _INLINE_LABEL.search(text)
        found = self.table.match(inner["label"]) if inner else None
        if inner is None or found is None or found.how == "fuzzy":
            return text
        entry.add(found.field, inner["label"], inner["value"].strip(), where)
        if found.field in _LINK_LABELS:
            links = linking.links_in(inner["value"])
            entry.links += [(link, found.field, inner["label"]) for link in links]
        return text[: inner.start()].strip()

    def step(self, position: int, number: int, line: Line) -> None:
        after_bullet_entry, self.bullet_entries = self.bullet_entries, False
        if items := self._listed_recipients(position, line) or self._introduced(number):
            self._inline_entries(number, items)
        elif line.kind == "label" and line.field:
            self._label_line(number, line, line.field)
        elif self.provided_items and (provided := _provided_item(line)):
            self._provided_entry(number, provided)
        elif (
            line.kind == "other-label"
            and line.numbered
            and not line.value
            and self._label_follows(position)
        ):
            # "1. 华为分析 SDK：" with its labelled fields below: the item's name
            self._open(number, nfkc_spaces(line.label).strip() or None)
        elif (
            line.kind == "other-label"
            and (line.bulleted or (line.numbered and line.value))
            and (split := name_and_company(line.label))
        ):
            self._bullet_with_company(number, line, split)
        elif (
            line.kind == "other-label"
            and (line.bulleted or line.numbered)
            and line.value
            and after_bullet_entry
            and not self.blank_run
            and not _NOTE_LABEL.match(normalize_label(line.label))
        ):
            # "• 本地通知插件（开源社区）：……" or "• OkHttp3/Okio/Gson等：……" right under
            # one-line "• Name（Company）：……" entries: one more such entry, whatever its
            # brackets hold
            self._bullet_with_company(number, line, _bracketed(line.label))
        elif (
            line.kind == "other-label"
            and self.current is not None
            and _looks_like_unknown_label(line)
        ):
            fresh = not self.current.fields and not self.current.unmapped  # just a heading
            if (
                not fresh
                and self.blank_run
                and (self.compact or self.blank_run > max(1, self.spacing))
            ):
                self.finish()
            else:
                self.current.add_unmapped(line.label, line.value)
        elif line.kind == "text" and self._item_or_card(position, number, line):
            pass
        elif line.kind == "text" and (
            self._is_heading(position, line) or self._company_heading(line)
        ):
            opened = self._open(number, nfkc_spaces(line.text).strip() or None)
            opened.heading = line.number if line.numbered else None
        elif line.kind == "text" and self._last_heading(position, line):
            # "3. WeChat SDK" as the text's last line, after "1." and "2." with their labels:
            # the next entry, its labels cut off
            self._open(number, nfkc_spaces(line.text).strip()).cut_off = True
        elif self.current is not None and (
            not self.blank_run
            or line.kind != "text"
            or self._label_follows(position)
            or self._empty_value()  # "隐私政策链接:", a blank line, then the address
        ):
            key = normalize_label(line.text)
            rest = [other for _, other in self.classified[position + 1 :] if other.kind != "blank"]
            if not rest and any(k.startswith(key) and k != key for k in self.label_keys):
                # the source stops in the middle of a label
                self.current.add_unmapped(line.text, "")
                self.current.cut_off = True
            elif line.marked and line.kind == "text" and not line.text.endswith("。"):
                self.finish()  # a section heading between entries ("3.2 Email and Collaboration")
            elif (
                linking.links_in(line.text)
                and len(line.text) > 40
                and not self._empty_value()
                and not self._more_addresses(line)
            ):
                # a sentence that holds an address ("根据第三方隐私政策(https://...)...")
                self.current.add_unmapped("", line.text)
            else:
                self.current.continue_value(line.text)
        elif self.current is not None and self._prose_within(position):
            self.current.add_unmapped("", line.text)  # prose between an entry's labels
        elif self.current is not None:
            self.finish()  # prose after the entries


# a line of prose under a card's heading: words, not a label or an address
_PROSE_UNDER = re.compile(r"^[^:：]{3,300}$")
_MIN_CARDS = 3

_INLINE_LABEL = re.compile(
    r"(?<=[。；;])\s*(?P<label>[^。；;:：\s]{2,12}|[A-Za-z][A-Za-z ]{1,29})[:：](?!//)"
    r"\s*(?P<value>\S.*)$"
)


# a reStructuredText section title's underline (or overline): "=====", "-----", "~~~~~"
_UNDERLINE = re.compile(r"^([=\-~^\"'`#*+])\1{2,}$")
# "- `appKey`：必填": a setting's key written as code, not a service's name
_CODE_NAME = re.compile(r"^\s*(?:[-*•·]|\d+[.)、])?\s*`[\w.$-]+`\s*[：:]")
_TOP_ITEM = re.compile(r"^[-*+•]\s+\S")
_NESTED_ITEM = re.compile(r"^\s{2,}[-*+•]\s+\S")
# "Gravatar by Automattic", "Google Analytics by Google Inc.": a service and who runs it
# "友盟统计（UMeng）：应用使用统计和崩溃分析": a name, a colon, what it is used for
_NAME_THEN_PURPOSE = re.compile(
    r"^(?P<name>[^:：\s][^:：]{0,40}?)\s*[:：]\s*(?P<purpose>\S.{1,80})$"
)
_SERVICE_BY = re.compile(r"^(?P<name>[^,;:()]{2,60}?)\s+by\s+(?P<company>[A-Z][^,;:]{1,60})$")
_ABBREVIATED = re.compile(r"\b(?:inc|ltd|co|corp|llc|plc|gmbh|s\.a|b\.v)\.$", re.IGNORECASE)
_RUN_BY = re.compile(
    r"\b(?:is|are) (?:run|operated|provided) by (?P<company>[A-Z][\w&.' -]{1,60}?)\s*;?$"
)
# the words of a link to a kind of page: "Official website", "privacy policy", "GDPR info"
_DOCUMENT = (
    r"(?:(?:official )?(?:web ?site|home ?page)|(?:privacy|cookie|data) "
    r"(?:policy|notice|statement|note)|gdpr(?: info(?:rmation)?)?|terms(?: of \w+)?)"
)
_DOCUMENT_WORDS = re.compile(rf"^{_DOCUMENT}$", re.IGNORECASE)
_DOCUMENT_END = re.compile(rf"(?:^|\s){_DOCUMENT}$", re.IGNORECASE)


def _links_of(heading: str, texts: Sequence[str]) -> bool:
    """Whether link texts are the pages of the one recipient a heading names: one of them
    names a kind of page and no one ("Official website", "privacy policy"), or they all start
    with the heading's name and one of them ends with a kind of page ("Google Privacy
    Policy")."""
    if any(_DOCUMENT_WORDS.match(text.strip()) for text in texts):
        return True
    name = heading.strip().casefold()
    return all(text.casefold().startswith(name) for text in texts) and any(
        _DOCUMENT_END.search(text) for text in texts
    )


# the paragraph under a heading says the services below it receive no personal data: "They
# are not subprocessors (we don't share personal data with them)"
_NOT_RECIPIENTS = re.compile(
    r"\bnot (?:sub-?)?processors\b"
    r"|\b(?:do not|don't|don’t|never) share (?:any )?personal data with them",
    re.IGNORECASE,
)


def _product_of_name(title: str, bracket: str, texts: Iterable[str]) -> bool:
    """Whether the entry's text speaks of the word in its heading's brackets as a product of
    the name before them ("Gemini API", "Google's models"): the name is the maker then."""
    name = re.split(r"[(（]", title, maxsplit=1)[0].strip()
    said = " ".join(texts)
    return bool(
        re.search(rf"\b{re.escape(bracket)} (?:API|SDK|models?)\b", said)
        or re.search(rf"\b{re.escape(name)}['’]s\b", said)
    )


def _continues_bullet(raw: str, line: Line) -> bool:
    """An indented line of words (no bullet, label or link of its own) that carries on the
    bullet above it."""
    return (
        raw[:1] in (" ", "\t")
        and line.kind == "text"
        and not line.bulleted
        and not line.numbered
        and bool(line.text)
        and _LINK_BULLET.match(raw) is None
    )


def _one_provider(texts: Sequence[str]) -> bool:
    """Whether the link texts all open with the same word (the provider whose documents they
    are: "Firebase Crashlytics Terms", "Firebase Privacy and Security")."""
    firsts = {text.split()[0].casefold() for text in texts if text.split()}
    return len(firsts) == 1


# a label that names a kind of data collected ("访问者数据", "Usage data"), not a recipient
_DATA_CATEGORY = re.compile(r"(?:数据|信息|资料)$|\b(?:data|information)$", re.IGNORECASE)
# a link text that names a service: a few words, not an address or a sentence
_SERVICE_NAME = re.compile(r"^(?!https?:|www\.)[^\s.。，,][^。，,]{0,40}$")
