"""Recipients a sentence lists after a colon: ``…共享所需最少数据：A（角色）、B（角色）。``

A policy may name the companies it shares data with in one sentence, after a colon that
closes a clause on sharing, joined by ``、`` and each followed by its role in brackets::

    我们仅与下列处理者共享所需最少数据：Northwind, Inc.（托管）、Quill Ltd.（邮件）或同等服务。

Each item that names a legal entity (``Inc.``, ``Ltd``, ``公司``) is a recipient: its name
before the bracket, an alternative after ``或`` left out, the bracket kept as what it does. At
least :data:`MIN_ITEMS` are needed, so a list of data items after such a colon gives nothing.
"""

# ruff: noqa: RUF001, RUF002  (full-width punctuation in published text is read on purpose)

from __future__ import annotations

import re
from collections.abc import Sequence

from disclosurelint.importer.named_items import NamedItem
from disclosurelint.importer.names import LEGAL_ENTITY

MIN_ITEMS = 2
# a clause on sharing, closed by a colon, and what follows up to the sentence's end
_LISTED = re.compile(r"(?:共享|分享|提供给|披露给|委托)[^。：:]{0,40}[：:](?P<items>[^。；;]+)")
_ITEM = re.compile(r"^\s*(?P<name>[^（(]+?)\s*(?:[（(](?P<role>[^）)]*)[）)])?\s*$")
_OR = re.compile(r"\s*(?:或|或者|以及|及其)\s*")


def listed_recipients(lines: Sequence[str]) -> list[NamedItem]:
    """The legal entities a sentence on ``lines`` lists after its sharing clause's colon."""
    found: list[NamedItem] = []
    for index, line in enumerate(lines):
        for listed in _LISTED.finditer(line):
            items: list[NamedItem] = []
            for part in re.split(r"、", listed["items"]):
                item = _ITEM.match(part)
                if item is None:
                    continue
                name = _OR.split(item["name"])[0].strip()
                if LEGAL_ENTITY.search(name):
                    items.append(NamedItem(index, name, (item["role"] or "").strip()))
            if len(items) >= MIN_ITEMS:
                found += items
    return found
