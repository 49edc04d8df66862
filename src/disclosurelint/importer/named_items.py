"""Recipients named at the start of sentences: ``name：what it is for`` items and paragraphs.

A policy with no list may still name each SDK or service it shares data with at the start of an
item of its own, the name closed by a colon and followed by what it does::

    我们可能通过内置合作伙伴提供的SDK的方式将您的个人信息进行分享；
    （1）星河定位sdk：用于提供基于地理位置的服务；所分享的信息可能有……
    （2）云帆推送sdk：用于推送消息；所分享的信息可能有……

or, as paragraphs, each opening with the service's name and a sentence that names it again::

    The App uses third-party services that may collect information, as described below:
    Lumen Metrics: We use Lumen Metrics (a service provided by Lumen) to count app launches.

Numbered items are read as a run of at least :data:`MIN_ITEMS` under a line that speaks of SDKs,
third parties, partners or services; a paragraph is read when its sentence says it uses the name
it opens with. Such items are read only where the page gives no other list.
"""

# ruff: noqa: RUF001, RUF002, RUF003  (full-width punctuation in published text is read on purpose)

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from disclosurelint.importer.labels import LabelTable, nfkc

MIN_ITEMS = 3
_MAX_NAME = 40
_MAX_NAME_WORDS = 6
# "（1）", "(2)", "3.", "4、", "5)": an item's number
_NUMBER = re.compile(r"^\s*(?:[(（]\s*(?P<a>\d{1,3})\s*[)）]|(?P<b>\d{1,3})\s*[.、)](?!\d))\s*")
# a name, then a colon (not the one of an address) and the rest of the item
_NAMED = re.compile(
    r"^(?P<name>[^:：，,。；;!?！？\s][^:：，,。；;!?！？]*?)\s*[:：](?!//)\s*(?P<rest>\S.*)$"
)
# a line that speaks of what the items below it are
_INTRO = re.compile(
    r"sdk|第三方|合作伙伴|合作方|服务商|third[-\u2010-\u2013 ]part(?:y|ies)|partners?\b|vendors?\b"
    r"|services?\b|providers?\b|处理者|processors?\b|ad networks?\b",
    re.IGNORECASE,
)
# the item says what the named thing does or receives
_DOES = re.compile(
    r"^(?:用于|用来|为了|为您|向您|提供|实现|您在|便于|出于)|用于|信息"
    r"|^(?:used|we use|it is used|to|for|provides?|helps?)\b",
    re.IGNORECASE,
)
# "We use Lumen Metrics", "the App uses Lumen Metrics": a sentence that names what it uses
_USES = r"\b(?:use|uses|using|integrates?|relies on|rely on|employs?)\s+"


@dataclass(frozen=True)
class NamedItem:
    """A name a sentence opens with: its 0-based line, the name and the rest of the item."""

    index: int
    name: str
    rest: str


def _name(text: str, table: LabelTable) -> str | None:
    name = text.strip()
    if (
        not name
        or len(name) > _MAX_NAME
        or len(name.split()) > _MAX_NAME_WORDS
        or table.match(name) is not None  # a label of the table: labelled blocks, not names
    ):
        return None
    return name


def numbered_items(lines: Sequence[str], start: int, table: LabelTable) -> list[NamedItem]:
    """The longest run of numbered ``name：what it does`` items (numbered from 1 on, an item
    without a name between them skipped) under a line that speaks of SDKs, third parties,
    partners or services; empty when the page has no run of :data:`MIN_ITEMS`."""
    best: list[NamedItem] = []
    index = start
    while index < len(lines):
        first = _NUMBER.match(nfkc(lines[index]))
        if first is None or int(first["a"] or first["b"]) != 1:
            index += 1
            continue
        before = next((nfkc(line) for line in reversed(lines[start:index]) if line.strip()), "")
        run: list[NamedItem] = []
        expected = 1
        at = index
        while at < len(lines):
            text = nfkc(lines[at]).strip()
            numbered = _NUMBER.match(text)
            if not text:
                at += 1
                continue
            if numbered is None or int(numbered["a"] or numbered["b"]) != expected:
                break
            item = _NAMED.match(text[numbered.end() :])
            name = _name(item["name"], table) if item else None
            if item and name and _DOES.search(item["rest"]):
                run.append(NamedItem(at, name, item["rest"].strip()))
            expected += 1
            at += 1
        if len(run) >= MIN_ITEMS and _INTRO.search(before) and len(run) > len(best):
            best = run
        index = max(at, index + 1)
    return best


# "2. Pixelnet.": an item that is a name and nothing else, a closing full stop allowed
_BARE_NAME = re.compile(r"^(?P<name>[^\W_][^:：，,。；;!?！？]*?)\.?$")


def numbered_names(lines: Sequence[str], start: int, table: LabelTable) -> list[NamedItem]:
    """The first run of at least :data:`MIN_ITEMS` numbered items from 1 on that are bare
    names (``1. Brightads.``) under a line that speaks of SDKs, third parties, partners, ad
    networks or services; empty when there is none."""
    for index in range(start, len(lines)):
        first = _NUMBER.match(nfkc(lines[index]))
        if first is None or int(first["a"] or first["b"]) != 1:
            continue
        before = next((nfkc(line) for line in reversed(lines[start:index]) if line.strip()), "")
        run: list[NamedItem] = []
        for at in range(index, len(lines)):
            text = nfkc(lines[at]).strip()
            numbered = _NUMBER.match(text)
            if not text:
                continue
            if numbered is None or int(numbered["a"] or numbered["b"]) != len(run) + 1:
                break
            bare = _BARE_NAME.match(text[numbered.end() :].strip())
            name = _name(bare["name"], table) if bare else None
            if name is None:
                break
            run.append(NamedItem(at, name, ""))
        if len(run) >= MIN_ITEMS and _INTRO.search(before):
            return run
    return []


def echoed_names(lines: Sequence[str], start: int, table: LabelTable) -> list[NamedItem]:
    """The paragraphs that open with a name and a colon and whose sentence says it uses that
    name (``Lumen Metrics: We use Lumen Metrics (…) to …``): the name capitalised, as a name
    is, and written the same in both places."""
    found: list[NamedItem] = []
    for index in range(start, len(lines)):
        item = _NAMED.match(nfkc(lines[index]).strip())
        name = _name(item["name"], table) if item else None
        if item is None or name is None or not name[0].isupper():
            continue
        if re.search(_USES + re.escape(name) + r"(?!\w)", item["rest"]):
            found.append(NamedItem(index, name, item["rest"].strip()))
    return found


# "- Northwind LLC —— 法兰克福数据中心": a bullet's name, a long dash and what it does
_DASHED = re.compile(
    r"^\s*[-*+•]\s+(?:(?P<name>\S[^—–]*?)\s+(?:——|—|–|--)"
    r"|\*\*(?P<bold>[^*:：]+?)\s*(?:[:：]\*\*|\*\*\s*[:：]))\s+(?P<rest>\S.*)$"
)
MIN_DASHED = 2


def dashed_bullets(lines: Sequence[str], start: int, table: LabelTable) -> list[NamedItem]:
    """The bullets ``name —— what it does`` (or ``**Name**: what it does``) right under a line
    that ends with a colon and speaks of SDKs, third parties, partners, processors or services;
    empty when no such run has :data:`MIN_DASHED` bullets."""
    for index in range(start, len(lines)):
        intro = nfkc(lines[index]).strip()
        if not intro.endswith(":") or not _INTRO.search(intro):
            continue
        run: list[NamedItem] = []
        for at in range(index + 1, len(lines)):
            text = nfkc(lines[at])
            if not text.strip():
                if run:
                    break
                continue
            bullet = _DASHED.match(text)
            name = _name(bullet["name"] or bullet["bold"], table) if bullet else None
            if bullet is None or name is None:
                break
            run.append(NamedItem(at, name, bullet["rest"].strip()))
        if len(run) >= MIN_DASHED:
            return run
    return []


def names_sdks(lines: Sequence[str], start: int, items: Sequence[NamedItem]) -> bool:
    """Whether the line with words right above the first item says the items are SDKs,
    plug-ins or libraries, or the services of one provider it names ("the following Firebase
    services"): their names are products, not the companies receiving data."""
    above = lines[start : items[0].index] if items else []
    return introduces_products(next((line for line in reversed(above) if line.strip()), ""))


def introduces_products(line: str) -> bool:
    """Whether a line that introduces a list says its items are SDKs, plug-ins or libraries,
    or the services of one provider it names: names of products, not of companies."""
    intro = nfkc(line)
    return bool(
        re.search(r"sdk|插件|\blibrar(?:y|ies)\b", intro, re.IGNORECASE)
        or _PROVIDERS_SERVICES.search(intro)
    )


# "the following Firebase services": products of the provider the line names
_PROVIDERS_SERVICES = re.compile(r"\b(?:following|these)\s+[A-Z][\w.]*\s+(?:services|products)\b")
