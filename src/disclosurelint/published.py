# ruff: noqa: RUF001, RUF002  (full-width punctuation is how Chinese pages write it)
"""The vocabulary of published lists, shared by the page, the importer and the wording rule.

A published "third parties" list writes its sharing modes and data items in words. Three parts of
the tool read or write those words and must agree on them: the page renderer
(:mod:`disclosurelint.render`) prints :data:`MODE_WORDS`; the importer
(:mod:`disclosurelint.importer`) reads a list of phrases back into mode ids with
:func:`sharing_modes` and :func:`split_list`; and the wording rule (DL206) asks whether published
words (:func:`published_words`) mention every declared item and mode (:data:`MODE_PHRASES`).
This module depends on none of them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Literal

from disclosurelint import localized

Lang = Literal["en", "zh"]
LANGS: tuple[Lang, ...] = ("en", "zh")

MODE_WORDS: Mapping[Lang, Mapping[str, str]] = {
    "en": {
        "backend_api": "backend API transmission",
        "local_api": "local API transmission",
        "form": "form transmission",
        "terminal_initiated": "terminal-initiated transmission",
        "online_service": "online service",
        "sdk_on_device": "collected on the device by an embedded SDK",
    },
    "zh": {
        "backend_api": "后台接口传输",
        "local_api": "本地接口传输",
        "form": "表单传输",
        "terminal_initiated": "终端发起传输",
        "online_service": "在线服务",
        "sdk_on_device": "SDK本机采集",
    },
}
"""Each sharing mode id as a page words it; ``other`` is rendered by its ``sharing_mode_note``."""

MODE_PHRASES: Mapping[str, tuple[str, ...]] = {
    "backend_api": (
        "backend API",
        "back-end API",
        "background API",
        "server API",
        "server-side API",
        "后台接口",
        "服务端接口",
        "API接口",
    ),
    "local_api": ("local API", "本地接口", "本机接口"),
    "form": ("form", "表单"),
    "terminal_initiated": ("terminal-initiated", "终端发起"),
    "online_service": ("online service", "在线服务"),
    "sdk_on_device": (
        "embedded SDK",
        "embed SDK",
        "SDK self-collection",
        "SDK local acquisition",
        "SDK本机采集",
        "SDK采集",
        "本机采集",
        "嵌入SDK",
    ),
}
"""Words that name each mode in published text: the rendered words' core and common synonyms
("background API" for ``backend_api``). Published words mention a mode when they contain one."""


# --- the published words of a declaration ----------------------------------------------------


def mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def plain_text(data: Mapping[str, Any], key: str, lang: str | None = None) -> str | None:
    """``data[key]`` as text with its whitespace collapsed; None when it is not non-blank text.

    A text in several languages gives its ``lang`` text, or its first language when it has no
    ``lang`` text (:func:`disclosurelint.localized.localize`).
    """
    value = data.get(key)
    if type(value) is not str:  # a plain text is its own text in every language
        if value is None:
            return None
        value = localized.localize(value, lang)
        if value is None:
            return None
    return " ".join(value.split()) or None


_PUBLISHED: Mapping[str, tuple[tuple[str, ...], ...]] = {
    "data": (("wording", "data"), ("data_note",)),
    "sharing_modes": (("wording", "sharing_modes"),),
}


def published_words(
    data: Mapping[str, Any], part: str, lang: str | None = None
) -> tuple[str, str] | None:
    """For the parts rendered from a list (``data``, ``sharing_modes``): the words the page prints
    instead of the list (in ``lang`` when they are written in several languages), and the key
    they are written under (``wording.data``); None when the page generates the words from the
    list."""
    for path in _PUBLISHED[part]:
        holder: Mapping[str, Any] = data
        for key in path[:-1]:
            holder = mapping(holder.get(key))
        found = plain_text(holder, path[-1], lang)
        if found:
            return found, ".".join(path)
    return None


_OPENERS, _CLOSERS = "([（【〔", ")]）】〕"

# --- splitting published lists -------------------------------------------------------------------

_LIST_SEPARATOR = re.compile(r"\s*(?:[,，、；;]|以及)\s*")
_CONJUNCTION = re.compile(r"\s+(?:and|&)\s+|\s*(?:以及|和)\s*", re.IGNORECASE)
_LEADING_CONJUNCTION = re.compile(r"^(?:(?:and|or|&)\s+|以及|和|或)", re.IGNORECASE)


def find_top_level(pattern: re.Pattern[str], text: str, start: int = 0) -> re.Match[str] | None:
    """The first match of ``pattern`` that is not inside brackets."""
    depth = 0
    for index in range(start, len(text)):
        char = text[index]
        if char in _OPENERS:
            depth += 1
        elif char in _CLOSERS:
            depth = max(0, depth - 1)
        elif depth == 0:
            match = pattern.match(text, index)
            if match and match.end() > index:
                return match
    return None


def _split_top_level(text: str, pattern: re.Pattern[str]) -> list[str]:
    parts: list[str] = []
    start = 0
    while (match := find_top_level(pattern, text, start)) is not None:
        parts.append(text[start : match.start()])
        start = match.end()
    parts.append(text[start:])
    return parts


def split_list(text: str) -> list[str]:
    """Items of a published list: split on commas, ``、``, ``；``, ``;`` and ``以及``, never inside
    brackets. ``and``/``和`` split only a list without separators (``A and B``), so that "screen
    shape and dimensions" in a comma list stays one item; a serial "and" (``A, B, and C``) is
    dropped."""
    text = text.strip().rstrip("。.;；,，")
    parts = _split_top_level(text, _LIST_SEPARATOR)
    if len(parts) == 1:
        parts = _split_top_level(text, _CONJUNCTION)
    items = [_LEADING_CONJUNCTION.sub("", part.strip()).strip().rstrip("。") for part in parts]
    return [item for item in items if item]


# --- sharing modes -------------------------------------------------------------------------------

_MODES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (mode, re.compile(pattern, re.IGNORECASE))
    for mode, pattern in (
        ("local_api", r"local\s*api|本地接口|本机接口"),
        (
            "sdk_on_device",
            r"(?<![a-z])sdk\s*(?:self[- ]?collect|local(?:ly)?\s+acqui|本机采集|自行采集|采集)"
            r"|embed(?:ded)?\s+sdk|sdk\s*嵌入|嵌入.{0,4}sdk|本机采集|调用系统.{0,6}接口.{0,4}采集",
        ),
        (
            "backend_api",
            r"(?:back-?end|background|server(?:-side)?)\s*api|后台接口|服务端接口|api\s*接口"
            r"|(?<![a-z])api(?![a-z])",
        ),
        ("form", r"(?<![a-z])form(?![a-z])|表单"),
        ("terminal_initiated", r"terminal[- ]initiated|终端发起"),
        ("online_service", r"online\s+service|在线服务"),
    )
)


def sharing_modes(text: str) -> tuple[list[str], list[str]]:
    """Sharing-mode ids for a published phrase list, and the phrases that matched none."""
    modes: list[str] = []
    unmapped: list[str] = []
    for phrase in split_list(text):
        mode = next((mode for mode, pattern in _MODES if pattern.search(phrase)), None)
        if mode is None:
            unmapped.append(phrase)
        elif mode not in modes:
            modes.append(mode)
    if unmapped:
        modes.append("other")
        if not modes[:-1]:
            unmapped = [text.strip()]  # nothing understood: keep the sentence whole
    return modes, unmapped
