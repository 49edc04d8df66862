"""The page as records: a title, introduction paragraphs and entries of labelled parts.

:func:`entry_parts` decides what each part of an entry says. Published words (``wording:``) come
first; otherwise the words are generated from the structured fields by :mod:`.words`. A field of
the wrong type is left out rather than guessed at (rendering warns about such files).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from disclosurelint import localized
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


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _text(data: Mapping[str, Any], key: str, lang: str | None = None) -> str | None:
    """``data[key]`` as text with its whitespace collapsed; None when it is not non-blank text.

    A text in several languages gives its ``lang`` text, or its first language when it has no
    ``lang`` text (:func:`disclosurelint.localized.localize`).
    """
    value = localized.localize(data.get(key), lang)
    if value is None:
        return None
    return " ".join(value.split()) or None


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
            holder = _mapping(holder.get(key))
        text = _text(holder, path[-1], lang)
        if text:
            return text, ".".join(path)
    return None


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
