"""Modifiers that share one head noun: "浏览、搜索记录", "browsing and search history".

A list often names the head noun once, after its last modifier: ``浏览、搜索记录`` is the browsing
records and the search records, "browsing and search history" the browsing history and the search
history. The last modifier and the head match a phrase (``搜索记录``); the earlier ones, bare, match
nothing. Each bare modifier joined to the match by a list separator or a conjunction (``、``,
``和``, ``及``; "and", "or") is read with the match's head; when that wording is a phrase, the
modifier names what the phrase names. A modifier that matched a phrase of its own keeps its own
reading, and one whose wording with the head is no phrase names nothing, as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from disclosurelint.taxonomy.patterns import lazy
from disclosurelint.taxonomy.structure import Found

# Head nouns a list of modifiers may share, as they end a match in the normalised text. In
# Chinese only the heads of records of activity: a generic 信息 or 数据 after a list ends the
# list's last item more often than it is shared ("读取手机状态和身份、网络信息" names no 身份信息).
_ZH_HEADS = ("记录", "历史", "日志")
_EN_HEADS = (" history", " records", " record", " logs", " log", " data", " information")
_HEADS = _ZH_HEADS + _EN_HEADS
# What joins a bare modifier to the next one, and the modifier before it. Chinese: a list
# separator (、) or a conjunction, after the characters of the modifier; English: "and" or "or"
# after one or two words (a comma there ends an item of its own: "time spent in app, interaction
# data").
_ZH_JOINT = lazy(r"([\u4e00-\u9fff]{2,8}?)[ |]*(?:以及|或者|和|及|与|或|\|)[ |]*\Z")
_EN_JOINT = lazy(r"(?<![a-z0-9])([a-z]+(?: [a-z]+)?) +(?:and|or) +\Z")
_ZH_JOINT_ENDS = frozenset("| 和及与或者")
_EN_JOINT_ENDS = (" and ", " or ")
# Whether a phrase may match words that end in a head: it ends in one, or in a synonym of one
# (a phrase written with 信息 also matches the same words with 记录). Remembered per phrase.
_ANY_HEAD: tuple[str, ...] = (*_ZH_HEADS, "信息", "数据", "资料")
_ANY_HEAD += ("history", "records", "record", "logs", "log", "data", "information", "details")
_HEADED: dict[str, bool] = {}
_ZH_LONGEST = 4  # the longest Chinese modifier tried, in characters
_REACH = 24  # how far before a match a joint and its modifier are looked for


class Shared(NamedTuple):
    """A bare modifier read with the head of ``sharer``: ``found`` is what it names."""

    found: Found
    sharer: Found
    wording: str  # the modifier with the head, as looked up


Lookup = Callable[[str], Sequence[tuple[str, str]]]
"""Normalised words -> the (category, phrase) pairs they name as a phrase."""


def may_share(segment: str, found: Sequence[Found]) -> bool:
    """Whether a match of ``segment`` (a text between separators, or a whole item) may share its
    head with a modifier before it: one that ends in a head and starts the segment (the modifier
    stands before the separator: 浏览、搜索记录) or follows a joint in it."""
    for m in found:
        headed = _HEADED.get(m.phrase)
        if headed is None:
            headed = _HEADED[m.phrase] = m.phrase.casefold().endswith(_ANY_HEAD)
        if not headed:
            continue
        start = m.start
        if segment.endswith(_ZH_HEADS, start + 1, m.end):
            before = segment[:start].rstrip(" ")
            if not before or before[-1] in _ZH_JOINT_ENDS:
                return True
        elif segment.endswith(_EN_HEADS, start + 1, m.end) and segment.endswith(
            _EN_JOINT_ENDS, 0, start
        ):
            return True
    return False


def shared_heads(norm: str, found: Sequence[Found], lookup: Lookup) -> list[Shared]:
    """The bare modifiers of ``norm`` that share the head of a match in ``found``."""
    out: list[Shared] = []
    for sharer in found:
        if not norm.endswith(_HEADS, sharer.start + 1, sharer.end) or sharer.start < 2:
            continue
        head = next(h for h in _HEADS if norm.endswith(h, sharer.start + 1, sharer.end))
        stop = sharer.start
        while True:
            read = _modifier(norm, stop, head, found, lookup)
            if read is None:
                break
            start, end, wording, named = read
            out.extend(
                Shared(Found(start, end, category, phrase), sharer, wording)
                for category, phrase in named
            )
            stop = start
    return out


def _modifier(
    norm: str, stop: int, head: str, found: Sequence[Found], lookup: Lookup
) -> tuple[int, int, str, Sequence[tuple[str, str]]] | None:
    """(start, end, wording, what it names) of the bare modifier joined to what starts at
    ``stop``, read with ``head``; None when there is none or it names nothing."""
    window = max(0, stop - _REACH)
    zh = head in _ZH_HEADS
    # (a character or a word test first: most matches follow no joint)
    if zh and norm[stop - 1] not in _ZH_JOINT_ENDS:
        return None
    if not zh and not norm.endswith(_EN_JOINT_ENDS, window, stop):
        return None
    joint = (_ZH_JOINT if zh else _EN_JOINT).search(norm, window, stop)
    if joint is None:
        return None
    start, end = joint.span(1)
    if zh:
        tries = [
            (end - n, norm[end - n : end]) for n in range(min(_ZH_LONGEST, end - start), 1, -1)
        ]
    else:
        last = norm.rfind(" ", start, end) + 1
        tries = [(start, norm[start:end])] + ([(last, norm[last:end])] if last > start else [])
    for at, modifier in tries:
        if any(m.start < stop and at < m.end for m in found):
            continue  # the modifier matched a phrase of its own, or a match lies between
        wording = modifier + head
        named = lookup(wording)
        if named:
            return at, end, wording, named
    return None
