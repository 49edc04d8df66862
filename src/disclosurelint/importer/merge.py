"""Two pages of the same list in two languages -> bilingual declarations.

A company publishes its sharing list in Chinese and in English; each page is imported on its own
(:mod:`.build`), then the entries are paired and every free-text field becomes a map of the two
languages (``purpose: {zh: ..., en: ...}``). Entries are paired by the recipient's policy URL,
then by the company's name or contact where both pages write them alike (a Latin name in the
Chinese list), and what is left by position when both pages have as many left (the two pages of a
list follow one order); each pairing says how it was made. Fields that are not text
(sharing modes, relationship, country, URLs) come from the first page; where the second page says
otherwise it is reported. Nothing is invented: an entry without a partner stays in its one
language, and ``disclosurelint check`` reports what it lacks (DL207).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from disclosurelint import localized
from disclosurelint.importer.build import Declaration, Leftover, ProductPage

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LETTER = re.compile(r"[^\W\d_]")
_FALLBACK_ID = re.compile(r"(^|-)entry-\d+$")  # the id build_declarations makes up

# wording key -> the rendered part that prints the same words
_WORDING_PART = {
    "recipient": "company",
    "product": "product",
    "data": "data",
    "purpose": "purpose",
    "scenario": "scenario",
    "sharing_modes": "sharing_modes",
    "privacy_policy": "policy",
}


def page_language(texts: Sequence[str]) -> str:
    """``zh`` when at least a fifth of the letters are Chinese characters, else ``en``."""
    joined = "".join(texts)
    letters = len(_LETTER.findall(joined))
    return "zh" if letters and len(_HAN.findall(joined)) * 5 >= letters else "en"


def declaration_language(declarations: Sequence[Declaration]) -> str:
    """The language of the pages these declarations come from (see :func:`page_language`)."""
    texts = [text for d in declarations for _, value in localized.fields(d.data)
             for _, text in localized.texts(value)]  # fmt: skip
    return page_language(texts)


@dataclass(frozen=True)
class Merged:
    """The declarations and product pages to write, and the pairing of every entry."""

    declarations: tuple[Declaration, ...]
    products: tuple[ProductPage, ...]
    unpaired: tuple[Declaration, ...]  # entries of the second page without a partner (kept)


def _key(text: Any) -> str | None:
    if not isinstance(text, str):
        return None
    folded = unicodedata.normalize("NFKC", text).casefold()
    words = re.sub(r"[\W_]+", " ", folded).strip()
    return words or None


def _url_key(text: Any) -> str | None:
    if not isinstance(text, str) or "://" not in text:
        return None
    return text.strip().split("#", 1)[0].rstrip("/").casefold()


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _keys(declaration: Declaration) -> dict[str, str]:
    """What can pair an entry across languages: its policy URL, company name and contact."""
    data = declaration.data
    recipient = _mapping(data.get("recipient"))
    found = {
        "policy URL": _url_key(_mapping(data.get("privacy_policy")).get("url")),
        "company": _key(recipient.get("name")),
        "contact": _key(recipient.get("contact")),
    }
    return {how: key for how, key in found.items() if key}


def pair(
    first: Sequence[Declaration], second: Sequence[Declaration]
) -> tuple[list[tuple[Declaration, Declaration | None, str]], list[Declaration]]:
    """``(entry, partner or None, how it was paired)`` for each entry of ``first``, in its order,
    and the entries of ``second`` left without a partner."""
    partner: dict[int, tuple[int, str]] = {}
    taken: set[int] = set()
    for how in ("policy URL", "company", "contact"):
        index_of: dict[str, list[int]] = {}
        for j, other in enumerate(second):
            if j not in taken and how in (keys := _keys(other)):
                index_of.setdefault(keys[how], []).append(j)
        for i, entry in enumerate(first):
            key = _keys(entry).get(how)
            matches = index_of.get(key, []) if key and i not in partner else []
            if len(matches) == 1 and matches[0] not in taken:
                partner[i] = (matches[0], f"by {how}")
                taken.add(matches[0])
    left_first = [i for i in range(len(first)) if i not in partner]
    left_second = [j for j in range(len(second)) if j not in taken]
    if left_first and len(left_first) == len(left_second):
        for i, j in zip(left_first, left_second, strict=True):
            partner[i] = (j, "by position (no shared URL or name: check the pairing)")
            taken.add(j)
    pairs = [
        (entry, second[partner[i][0]] if i in partner else None, partner[i][1] if i in partner
         else "no partner")
        for i, entry in enumerate(first)
    ]  # fmt: skip
    return pairs, [other for j, other in enumerate(second) if j not in taken]


def _both(a: Any, b: Any, langs: tuple[str, str]) -> Any:
    """Two languages' texts of one field as a map; one side alone stays as it is."""
    if isinstance(a, str) and isinstance(b, str):
        return {langs[0]: a, langs[1]: b}
    return a if a is not None else b


def _set(data: dict[str, Any], path: Sequence[str | int], value: Any) -> None:
    node: Any = data
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value


def _get(data: Mapping[str, Any], path: Sequence[str | int]) -> Any:
    node: Any = data
    for step in path:
        if isinstance(step, int):
            node = node[step] if isinstance(node, list) and step < len(node) else None
        else:
            node = node.get(step) if isinstance(node, Mapping) else None
    return node


def _copy(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


def _rendered(data: Mapping[str, Any], part: str, lang: str) -> str | None:
    from disclosurelint.render.page import entry_parts

    parts = entry_parts(data, "zh" if lang == "zh" else "en")
    return next((p.text for p in parts if p.key == part), None)


def merge_data(
    first: Mapping[str, Any], second: Mapping[str, Any], langs: tuple[str, str]
) -> tuple[dict[str, Any], list[str]]:
    """``first`` with each free-text field holding both languages, and what differs beyond text."""
    merged = _copy(first)
    notes: list[str] = []
    items_a, items_b = first.get("data"), second.get("data")
    same_items = (
        isinstance(items_a, list) and isinstance(items_b, list) and len(items_a) == len(items_b)
    )
    if isinstance(items_a, list) and isinstance(items_b, list) and not same_items:
        notes.append(
            f"the {langs[0]} page lists {len(items_a)} data items and the {langs[1]} page "
            f"{len(items_b)}: the items stay in {langs[0]} only"
        )
    for path, value in localized.fields(first):
        if path[0] == "wording" or (path[0] == "data" and not same_items):
            continue
        _set(merged, path, _both(value, _get(second, path), langs))
    for path, value in localized.fields(second):  # a text only the second page gives
        holder = _get(merged, path[:-1]) if len(path) > 1 else merged
        if path[0] not in ("wording", "data") and _get(first, path) is None and holder:
            _set(merged, path, {langs[1]: value})
    wording = _merged_wording(first, second, langs)
    if wording:
        merged["wording"] = wording
    else:
        merged.pop("wording", None)
    for key in ("sharing_modes",):
        if key in first and key in second and first[key] != second[key]:
            notes.append(f"`{key}` differs: {first[key]} ({langs[0]}) and {second[key]} "
                         f"({langs[1]}); kept the {langs[0]} page's")  # fmt: skip
    for key in ("relationship", "country"):
        a, b = _get(first, ("recipient", key)), _get(second, ("recipient", key))
        if a is not None and b is not None and a != b:
            notes.append(f"`recipient.{key}` differs: {a} ({langs[0]}) and {b} ({langs[1]}); "
                         f"kept the {langs[0]} page's")  # fmt: skip
    return merged, notes


def _merged_wording(
    first: Mapping[str, Any], second: Mapping[str, Any], langs: tuple[str, str]
) -> dict[str, Any]:
    """Published words per language; where one page's words are what rendering generates, that
    language's rendered text fills its side, so each language prints its own page."""
    a, b = _mapping(first.get("wording")), _mapping(second.get("wording"))
    wording: dict[str, Any] = {}
    for key, part in _WORDING_PART.items():
        if key not in a and key not in b:
            continue
        texts = (
            a.get(key) or _rendered(first, part, langs[0]),
            b.get(key) or _rendered(second, part, langs[1]),
        )
        wording[key] = {
            lang: text for lang, text in zip(langs, texts, strict=True) if isinstance(text, str)
        }
    return wording


def merge(
    first: Sequence[Declaration],
    second: Sequence[Declaration],
    langs: tuple[str, str],
    products: Sequence[ProductPage],
    second_products: Sequence[ProductPage],
) -> Merged:
    """Bilingual declarations from the entries of two pages of one list (``langs`` are the
    pages' languages), and the product pages with both titles and ``languages``."""
    pairs, unpaired = pair(first, second)
    made: list[Declaration] = []
    renamed: dict[str, str] = {}
    for entry, other, how in pairs:
        if other is None:
            note = f"no entry of the {langs[1]} page pairs with this one: {langs[0]} only"
            made.append(replace(entry, leftovers=(*entry.leftovers, _note(entry, note))))
            continue
        data, notes = merge_data(entry.data, other.data, langs)
        said = [f"paired with {other.source}:{other.entry.line} {how}", *notes]
        ident = entry.id
        if _FALLBACK_ID.search(entry.id) and not _FALLBACK_ID.search(other.id):
            ident = renamed[entry.id] = other.id  # a readable id from the other language's name
            data["id"] = ident
        made.append(
            replace(
                entry,
                id=ident,
                data=data,
                leftovers=(*entry.leftovers, *(_note(entry, n) for n in said)),
            )
        )
    for other in unpaired:
        note = f"no entry of the {langs[0]} page pairs with this one: {langs[1]} only"
        made.append(replace(other, leftovers=(*other.leftovers, _note(other, note))))
    extra = tuple(other.id for other in unpaired)
    pages = tuple(
        _bilingual(
            replace(page, order=(*(renamed.get(i, i) for i in page.order), *extra)),
            second_products,
            langs,
        )
        for page in products
    )
    return Merged(tuple(made), pages, tuple(unpaired))


def _is_chinese(tag: str) -> bool:
    return tag.split("-", 1)[0].casefold() == "zh"


def _note(entry: Declaration, text: str) -> Leftover:
    return Leftover("note", "", text, entry.entry.line)


@dataclass(frozen=True)
class BilingualProductPage(ProductPage):
    """A product page with each language's title and introduction and the ``languages``."""

    languages: tuple[str, ...] = ()
    other_title: str | None = None
    other_introduction: tuple[str, ...] = ()

    @property
    def data(self) -> dict[str, Any]:
        zh_first = _is_chinese(self.languages[0]) if self.languages else False
        title_en, title_zh = (
            (self.other_title, self.title) if zh_first else (self.title, self.other_title)
        )
        intro_en, intro_zh = (
            (self.other_introduction, self.introduction)
            if zh_first
            else (self.introduction, self.other_introduction)
        )
        data: dict[str, Any] = {"product": 1, "languages": list(self.languages)}
        for key, value in (
            ("title", title_en),
            ("introduction", list(intro_en)),
            ("title_zh", title_zh),
            ("introduction_zh", list(intro_zh)),
        ):
            if value:
                data[key] = value
        data["order"] = list(self.order)
        return data


def _bilingual(
    page: ProductPage, others: Sequence[ProductPage], langs: tuple[str, str]
) -> ProductPage:
    other = others[0] if others else None
    if not any(map(_is_chinese, langs)):
        return page  # the product file has Chinese and own-language titles only
    return BilingualProductPage(
        page.folder,
        page.source,
        page.title,
        page.introduction,
        page.order,
        languages=langs,
        other_title=other.title if other else None,
        other_introduction=other.introduction if other else (),
    )
