"""Services a page names in its headings, a section each.

A blog's privacy page often gives a heading per service it uses, what the service collects
under it, and perhaps a link to the service's policy::

    ## 用户行为分析
    ### Northwind Analytics
    本网站使用 Northwind Analytics 收集数据。
    - [Northwind 的隐私权和条款](https://northwind.example/privacy)
    ### Quill Replay
    We partner with Quill Replay … visit the [Quill Privacy Statement](https://quill.example/…).

or links its platforms in a sentence, then gives each a section::

    本站源代码存放在 [**Northwind**](https://…) 仓库，博客托管在 [**Quill**](https://…) 平台
    ## Northwind 仓库
    ## Quill 平台

The headings of one level that open with a name in Latin letters are the services when at least
two of them, and half of them, show it: a link in the section whose words say privacy and
open with the heading's first word (or whose address holds it), or a link above the heading
whose words are that first word (the name the page links the service by, kept as its name).
Every such heading of that level is an entry, the privacy link of its section its policy; it
names the service, not its company.

The page's reading gives way to these entries when it found nothing, or only pieces of their
sections: entries within the sections, none named by a heading, none a product of the heading's
maker (``Google Analytics`` under ``### Google``).
"""

# ruff: noqa: RUF001, RUF002  (full-width punctuation of published Chinese text read on purpose)

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from disclosurelint.importer.prose import named_entry
from disclosurelint.importer.records import ImportedEntry

_HEADING = re.compile(r"^(?P<marks>#{1,6})\s+(?P<text>\S.*?)\s*#*\s*$")
# a heading that opens with a name in Latin letters: "Google Analytics (谷歌分析)", "GitHub 仓库"
_NAMED = re.compile(r"^(?P<first>[A-Za-z][A-Za-z0-9.+-]*)[^。.!?！？:：]{0,38}$")
_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<url>https?://[^)\s]+)\)")
_PRIVACY = re.compile(r"隐私|隱私|privacy", re.IGNORECASE)
_DOCUMENT = re.compile(r"隐私|隱私|政策|条款|條款|privacy|policy|terms", re.IGNORECASE)
_MIN_SHOWN = 2


@dataclass(frozen=True)
class _Heading:
    index: int  # 0-based line
    level: int
    text: str
    first: str  # the first word, casefolded
    end: int  # the index after its section


def headed_services(lines: Sequence[str], found: Sequence[ImportedEntry]) -> list[ImportedEntry]:
    """The entries of the services ``lines`` names in headings, when they should stand for
    ``found`` (the page's reading); empty when the page names none or its reading stands."""
    headings = _named_headings(lines)
    if len(headings) < _MIN_SHOWN:
        return []
    levels: list[tuple[int, list[_Heading], list[ImportedEntry]]] = []
    for level in sorted({heading.level for heading in headings}):
        at_level = [heading for heading in headings if heading.level == level]
        read = [_entry(lines, heading) for heading in at_level]
        shown = sum(1 for _, evidence in read if evidence)
        if shown >= _MIN_SHOWN and shown * 2 >= len(at_level):
            levels.append((shown, at_level, [entry for entry, _ in read]))
    if not levels:
        return []
    _, chosen, entries = max(levels, key=lambda level: level[0])
    return entries if _stands_for(found, chosen) else []


def _named_headings(lines: Sequence[str]) -> list[_Heading]:
    """The ``#`` headings that open with a Latin name, each with the end of its section."""
    marked = [
        (index, len(match["marks"]), match["text"].replace("*", "").strip())
        for index, line in enumerate(lines)
        if line.startswith("#") and (match := _HEADING.match(line))
    ]
    headings: list[_Heading] = []
    for position, (index, level, text) in enumerate(marked):
        named = _NAMED.match(text)
        if named is None:
            continue
        end = next((i for i, lv, _ in marked[position + 1 :] if lv <= level), len(lines))
        headings.append(_Heading(index, level, text, named["first"].casefold(), end))
    return headings


def _entry(lines: Sequence[str], heading: _Heading) -> tuple[ImportedEntry, bool]:
    """The entry of a heading, and whether the page shows it names a service."""
    linked_as = next(
        (
            text
            for line in lines[: heading.index]
            for match in _LINK.finditer(line)
            if (text := match["text"].replace("*", "").strip()).casefold() == heading.first
        ),
        None,
    )
    policy = next(
        (
            match["url"]
            for line in lines[heading.index + 1 : heading.end]
            for match in _LINK.finditer(line)
            if _PRIVACY.search(match["text"])
            and (
                match["text"].strip().casefold().startswith(heading.first)
                or heading.first in _host(match["url"])
            )
        ),
        None,
    )
    name = linked_as if linked_as is not None else heading.text
    return named_entry(name, heading.index + 1, None, policy, label="(heading)"), bool(
        linked_as or policy
    )


def _host(url: str) -> str:
    host = re.match(r"https?://([^/:?#]+)", url)
    return host.group(1).casefold() if host else ""


def _stands_for(found: Sequence[ImportedEntry], headings: Sequence[_Heading]) -> bool:
    """Whether the headings' entries should stand for the page's reading ``found``: it is
    empty, or each of its entries lies in a heading's section, is not named by the heading and
    is no product of the heading's first word (a document of it may be)."""
    for entry in found:
        heading = next((h for h in headings if h.index < entry.line <= h.end), None)
        if heading is None:
            return False
        names = [entry.title, entry.fields.get("product"), entry.fields.get("company")]
        said = [name.strip() for name in names if name]
        if heading.text in said:
            return False
        if any(
            name.casefold().startswith(heading.first) and not _DOCUMENT.search(name)
            for name in said
        ):
            return False
    return True
