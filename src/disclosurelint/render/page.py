"""The page as records: a title, introduction paragraphs and entries of labelled parts.

:func:`entry_parts` decides what each part of an entry says. Published words (``wording:``) come
first; otherwise the words are generated from the structured fields by :mod:`.words`. A field of
the wrong type is left out rather than guessed at (rendering warns about such files).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from disclosurelint.published import mapping as _mapping
from disclosurelint.published import plain_text as _text
from disclosurelint.published import published_words
from disclosurelint.render.words import (
    LABELS,
    PARTS,
    Lang,
    chosen_by_text,
    join,
    sharing_modes_text,
)


@dataclass(frozen=True)
class Part:
    """One labelled part of an entry (``key`` is one of :data:`~.words.PARTS`)."""

    key: str
    label: str
    text: str


@dataclass(frozen=True)
class Entry:
    """One declaration, rendered: its parts in page order, and where it comes from."""

    id: str | None
    path: str
    parts: tuple[Part, ...]

    def text_of(self, key: str) -> str:
        return next((part.text for part in self.parts if part.key == key), "")


@dataclass(frozen=True)
class Page:
    """Everything a format writer needs; it reads nothing else. Every text is one line: runs of
    spaces and line breaks are collapsed when the page is built."""

    lang: Lang
    title: str
    introduction: tuple[str, ...]
    entries: tuple[Entry, ...]


def _company(data: Mapping[str, Any], lang: Lang) -> str | None:
    recipient = _mapping(data.get("recipient"))
    name = _text(recipient, "name", lang)
    if name:
        return name
    chooser = _text(recipient, "selected_by")
    return chosen_by_text(chooser, _text(recipient, "name_source", lang), lang) if chooser else None


def _items(data: Mapping[str, Any], lang: str | None = None) -> list[str]:
    items = data.get("data")
    if not isinstance(items, list):
        return []
    words = (_text(item, "item", lang) for item in items if isinstance(item, Mapping))
    return [word for word in words if word]


def _modes(data: Mapping[str, Any]) -> list[str]:
    modes = data.get("sharing_modes")
    return [mode for mode in modes if isinstance(mode, str)] if isinstance(modes, list) else []


def _policy(data: Mapping[str, Any], wording: Mapping[str, Any], lang: str) -> str | None:
    policy = _mapping(data.get("privacy_policy"))
    return (
        _text(wording, "privacy_policy", lang)
        or _text(policy, "url")
        or _text(policy, "reference", lang)
    )


def _printed(data: Mapping[str, Any], part: str, lang: str) -> str | None:
    found = published_words(data, part, lang)
    return found[0] if found else None


def entry_parts(data: Mapping[str, Any], lang: Lang = "en") -> tuple[Part, ...]:
    """The parts of one declaration's entry, in page order; a part with nothing to say is left
    out. Texts written in several languages give their ``lang`` text."""
    wording = _mapping(data.get("wording"))
    values: Mapping[str, str | None] = {
        "company": _text(wording, "recipient", lang) or _company(data, lang),
        "product": _text(wording, "product", lang) or _text(data, "product", lang),
        "data": _printed(data, "data", lang) or join(_items(data, lang), lang) or None,
        "purpose": _text(wording, "purpose", lang) or _text(data, "purpose", lang),
        "scenario": _text(wording, "scenario", lang) or _text(data, "scenario", lang),
        "sharing_modes": _printed(data, "sharing_modes", lang)
        or sharing_modes_text(_modes(data), _text(data, "sharing_mode_note", lang), lang)
        or None,
        "policy": _policy(data, wording, lang),
    }
    labels = LABELS[lang]
    return tuple(Part(key, labels[key], text) for key in PARTS if (text := values[key]))


def make_entry(data: Mapping[str, Any], path: str, lang: Lang = "en") -> Entry:
    identifier = data.get("id")
    return Entry(
        id=identifier if isinstance(identifier, str) else None,
        path=path,
        parts=entry_parts(data, lang),
    )
