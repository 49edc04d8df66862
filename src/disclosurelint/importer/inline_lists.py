"""Services a page lists inside one sentence or one line, with no list of them.

A short policy often names what it uses in a single sentence or string::

    We use providers including: Northwind (hosting), Quill (email) and Larch (payments).
    本站使用以下第三方服務：Northwind（網站託管）、Quill（郵件寄送）、Larch（金流）。
    本網站使用以下服務：(1) Northwind 表單：用於報名；(2) Quill 分析：用於統計；(3) …
    隐私政策：[北风](https://…)、[鹅毛](https://…)、[落叶松](https://…)。

Read here: names each followed by a bracket of what they do, after a colon or "including" and
joined by commas, ``、`` or "and" (at least :data:`MIN_ITEMS` of them, every item bracketed);
numbered items ``(1) Name：what it does`` in one line; and Markdown links joined by ``、`` or
commas after a policy label, each link's text the name and its address the policy. An English
sentence's name is also the company; a Chinese one names no company. Read only where a page
gives no list at all; a name said twice (a page in two scripts or languages) is one entry.
"""

# ruff: noqa: RUF001, RUF002, RUF003  (full-width punctuation of published Chinese text read on purpose)

from __future__ import annotations

import re

from disclosurelint.importer.named_bullets import CJK
from disclosurelint.importer.prose import named_entry
from disclosurelint.importer.records import ImportedEntry

MIN_ITEMS = 3
# the list after its intro: "including: …", "…第三方服務…：…", up to the sentence's end
_INTRO = re.compile(
    r"(?:\bincluding\b:?|\b(?:providers?|services?|processors?|sub-?processors?)\b[^.:]{0,40}:"
    r"|(?:服務|服务|SDK|平台|供应商|供應商)[^。：:]{0,30}[：:])\s*"
    r"(?P<items>[^。]+?)(?:[。]|\.(?:\s|$)|$)",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|\band\b|、|和|及)\s*")
_BRACKETED = re.compile(r"^(?P<name>[^()（）]{2,40}?)\s*[(（][^()（）]{2,60}[)）]$")
_NUMBERED = re.compile(r"[(（](?P<n>\d{1,2})[)）]\s*(?P<name>[^：:；;()（）]{2,30}?)\s*[：:]")
_POLICY_LABEL = re.compile(r"(?:隐私政策|隱私權政策|隐私协议|privacy polic(?:y|ies))\s*[：:]", re.I)
_MD_LINK = re.compile(r"\[(?P<text>[^\]]{1,30})\]\((?P<url>https?://[^)\s]+)\)")
_LINKS_ONLY = re.compile(r"^(?:\s*(?:\[[^\]]{1,30}\]\(https?://[^)\s]+\))\s*[、,，]?)+[。.]?\s*$")
# a word of a sentence, not a service's name
_NOT_A_NAME = re.compile(r"\b(?:we|our|you|your|the|this|that|is|are|which|when)\b", re.I)


def inline_lists(text: str) -> list[ImportedEntry]:
    """An entry per service a sentence or line of ``text`` lists inline."""
    entries: list[ImportedEntry] = []
    seen: set[str] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        for name, company, policy in _listed(line):
            if name.casefold() not in seen:
                seen.add(name.casefold())
                entries.append(named_entry(name, number, company, policy))
    return entries


def _listed(line: str) -> list[tuple[str, str | None, str | None]]:
    """The (name, company, policy) of each service ``line`` lists inline."""
    label = _POLICY_LABEL.search(line)
    if label is not None and _LINKS_ONLY.match(line[label.end() :]):
        links = list(_MD_LINK.finditer(line[label.end() :]))
        if len(links) >= MIN_ITEMS:
            return [(m["text"], None, m["url"]) for m in links]
    numbered = list(_NUMBERED.finditer(line))
    if len(numbered) >= MIN_ITEMS and [int(m["n"]) for m in numbered] == list(
        range(1, len(numbered) + 1)
    ):
        return [_service(m["name"].strip(), line) for m in numbered]
    for intro in _INTRO.finditer(line):
        parts = _split_outside_brackets(intro["items"].strip())
        items = [_BRACKETED.match(part) for part in parts]
        if len(items) >= MIN_ITEMS and all(items):
            names = [item["name"].strip() for item in items if item]
            if not any(_NOT_A_NAME.search(name) for name in names):
                return [_service(name, line) for name in names]
    return []


def _split_outside_brackets(items: str) -> list[str]:
    """``items`` split at the separators that stand outside any bracket."""
    parts: list[str] = []
    depth = start = 0
    at = 0
    while at < len(items):
        char = items[at]
        depth += char in "(（"
        depth -= char in ")）"
        separator = _SEPARATOR.match(items, at) if depth == 0 else None
        if separator is not None and separator.end() > at:
            parts.append(items[start:at])
            start = at = separator.end()
            continue
        at += 1
    parts.append(items[start:])
    return [part.strip() for part in parts if part.strip()]


def _service(name: str, line: str) -> tuple[str, str | None, None]:
    """A name with its company (the name itself in an English sentence, none in Chinese) and
    no policy."""
    return name, None if CJK.search(line) else name, None
