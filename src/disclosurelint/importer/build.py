"""ImportedEntry -> a declaration mapping, in the key order of the declaration format.

Nothing is invented: a field the published entry does not give is left out, so that the linter
reports it. The published words are kept under ``wording:`` wherever the structured form would
lose them: where rendering (:mod:`disclosurelint.render.words`, in English or Chinese) would not
generate them verbatim from the data list, the sharing modes or a recipient chosen at run time,
and for a policy text around its URL. So rendering reproduces the page, and a declaration carries
no wording that only repeats what its fields say.
"""

# ruff: noqa: RUF001  (full-width punctuation in published Chinese text is read on purpose)

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, MutableSet, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

import yaml

from disclosurelint.importer.links import SENDING_WORDS, on_code_host
from disclosurelint.importer.records import ImportedEntry, ImportedPage
from disclosurelint.published import find_top_level, sharing_modes, split_list
from disclosurelint.render.links import find_urls
from disclosurelint.render.words import LANGS, chosen_by_text, data_text, sharing_modes_text

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")

_REFERENCE = re.compile(
    r"^\s*(?:please\s+)?(?:see|refer to|check|view)\b"
    r"|^\s*(?:详见|参见|请参见|请查看|请参阅|参阅|见)",
    re.IGNORECASE,
)
_EXAMPLES = re.compile(
    r"(?:such as|for example|e\.g\.|including)\s*[:：]?\s*"
    r"|(?:例如|比如|诸如|包括但不限于|包括)\s*[:：]?\s*",
    re.IGNORECASE,
)


def data_items(text: str) -> tuple[list[str], str | None]:
    """The data items of a "collected information" text, and the sentence for ``data_note``.

    A text that refers elsewhere and gives examples ("See the authorization content ..., such as
    A and B") yields the examples as items and the whole sentence as the note; one that only
    refers elsewhere yields no item (the linter then says the data is missing).
    """
    text = text.strip()
    if _REFERENCE.match(text):
        examples = find_top_level(_EXAMPLES, text)
        return (split_list(text[examples.end() :]) if examples else []), text
    items = split_list(text)
    pointers = [item for item in items if _POINTER.search(item) or _LEAD_IN.fullmatch(item)]
    if any(_POINTER.search(item) for item in pointers):
        # "device identifier, please visit https://… for details": the items, and the whole
        # text as the note, so that the address it sends the reader to stays with the data
        return [item for item in items if item not in pointers], text
    return items, None


# the words before it ("for more information", "更多信息")
_LEAD_IN = re.compile(
    r"\s*(?:for\s+(?:more\s+)?(?:information|details)|更多(?:信息|详情))\s*", re.IGNORECASE
)
# a part of a data text that only sends the reader to an address for the details
_POINTER = re.compile(SENDING_WORDS + r"[^,，;；、]*?(?:https?://|www\.)", re.IGNORECASE)


# --- recipient -----------------------------------------------------------------------------------

_SELECTED = re.compile(
    r"\b(?:selected|chosen|picked|decided)\s+by\b|由.{0,20}(?:选择|选定|决定)|自行选择",
    re.IGNORECASE,
)
_ADMIN = re.compile(r"administrator|(?<![a-z])admin(?![a-z])|管理员", re.IGNORECASE)
_USER = re.compile(r"(?<![a-z])users?(?![a-z])|用户", re.IGNORECASE)
_NAME_SOURCE = re.compile(
    r"(?:go to|see|visit|check|refer to|shown on|displayed on|listed on)\s+"
    r"(?P<where>the\s[^.;。]*?(?:page|website|site|screen|list))\b",
    re.IGNORECASE,
)
_ENTRUSTS = re.compile(r"\bentrusts?\b.{0,80}\bto process\b|委托.{0,20}处理", re.IGNORECASE)
_DEVICE = re.compile(
    r"\b(?:default|built-in|system|pre-installed)\b.{0,40}\bon (?:your|the user's|the) "
    r"(?:tele)?(?:phone|device|handset)\b|(?:手机|设备|系统|本机)(?:自带|默认)?的?(?:日历|通讯录|相册)",
    re.IGNORECASE,
)
_PROCESSOR_LABEL = re.compile(r"sub-?processor|受托", re.IGNORECASE)


def selected_by(company: str) -> str | None:
    """``administrator``, ``user`` or ``administrator_or_user`` when the text says the recipient is
    chosen at run time ("the third parties selected by the company administrator or the user")."""
    if not _SELECTED.search(company):
        return None
    admin, user = _ADMIN.search(company), _USER.search(company)
    if admin and user:
        return "administrator_or_user"
    if admin:
        return "administrator"
    return "user" if user else None


def _name_source(company: str) -> str:
    match = _NAME_SOURCE.search(company)
    if match:
        return match.group("where").strip()
    sentences = re.split(r"(?<=[.。])\s*", company.strip(), maxsplit=1)
    return sentences[1].strip() if len(sentences) > 1 and sentences[1].strip() else company.strip()


def relationship(entry: ImportedEntry) -> str:
    """The recipient's relationship, read from the company label and text (default third_party)."""
    if entry.processor or _PROCESSOR_LABEL.search(entry.labels.get("company", "")):
        return "entrusted_processor"
    company = entry.fields.get("company", "")
    if _ENTRUSTS.search(company):
        return "enterprise_customer"
    if _DEVICE.search(company) or _DEVICE.search(entry.fields.get("product", "")):
        return "device_service"
    return "third_party"


COUNTRIES: Mapping[str, str] = {
    "united states": "US", "united states of america": "US", "usa": "US", "us": "US",
    "u.s.": "US", "u.s.a.": "US", "美国": "US",
    "united kingdom": "GB", "uk": "GB", "great britain": "GB", "英国": "GB",
    "china": "CN", "mainland china": "CN", "people's republic of china": "CN", "prc": "CN",
    "中国": "CN", "中国大陆": "CN", "中华人民共和国": "CN",
    "hong kong": "HK", "中国香港": "HK", "香港": "HK",
    "germany": "DE", "德国": "DE", "france": "FR", "法国": "FR", "ireland": "IE", "爱尔兰": "IE",
    "netherlands": "NL", "the netherlands": "NL", "荷兰": "NL", "japan": "JP", "日本": "JP",
    "singapore": "SG", "新加坡": "SG", "india": "IN", "印度": "IN", "canada": "CA",
    "加拿大": "CA", "australia": "AU", "澳大利亚": "AU", "south korea": "KR", "korea": "KR",
    "韩国": "KR", "sweden": "SE", "switzerland": "CH", "finland": "FI", "belgium": "BE",
    "spain": "ES", "italy": "IT", "poland": "PL", "brazil": "BR", "israel": "IL",
}  # fmt: skip
"""Common country names (English and Chinese) -> ISO 3166-1 alpha-2."""


def country_code(location: str) -> str | None:
    """The ISO code of a location that names one country ("United States" -> US), else None."""
    key = location.strip().rstrip(".").casefold()
    code = COUNTRIES.get(key) or COUNTRIES.get(key + ".")
    if code:
        return code
    stripped = location.strip()
    return stripped if stripped in set(COUNTRIES.values()) else None


# --- privacy policy ------------------------------------------------------------------------------


def privacy_policy(text: str) -> dict[str, str]:
    """``{"url": ...}`` when the text holds an absolute http(s) URL with a host and no
    credentials, otherwise ``{"reference": <the words>}``."""
    url = next((url for _, url in find_urls(text)), None)
    return {"url": url} if url else {"reference": text.strip()}


def _links_elsewhere(text: str, links: Mapping[str, str]) -> bool:
    """True when every address of a policy cell is a project's repository page that was read as
    such (under "隐私政策 / 项目链接"), or a data processing addendum (under "Privacy notice":
    https://…/terms/data-processing-addendum): the entry then gives no privacy policy. A home
    page under "隐私政策或官网链接" still stands for the policy the list offers."""
    urls = [url for _, url in find_urls(text)]
    return bool(urls) and all(
        url == links.get("dpa") or (url in links.values() and on_code_host(url)) for url in urls
    )


# --- ids -----------------------------------------------------------------------------------------

_GENERIC_WORDS = frozenset(
    {
        "sdk",
        "app",
        "api",
        "the",
        "a",
        "an",
        "of",
        "and",
        "or",
        "to",
        "for",
        "in",
        "on",
        "by",
        "with",
    }
)
_MAX_ID_WORDS = 6
_MAX_ID_LENGTH = 48


@cache
def _id_words() -> tuple[tuple[str, str], ...]:
    """``importer/id_words.yaml``: Chinese name words and their ASCII id words, longest first."""
    text = resources.files("disclosurelint.importer").joinpath("id_words.yaml").read_text("utf-8")
    data = yaml.safe_load(text) or {}
    pairs = [(unicodedata.normalize("NFKC", str(k)), str(v)) for k, v in data.items()]
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


def _transliterate(text: str) -> str:
    """Known Chinese name words as ASCII words (``友盟统计SDK`` -> ``umeng analytics SDK``)."""
    text = unicodedata.normalize("NFKC", text)
    if text.isascii():
        return text
    for word, ascii_words in _id_words():
        if word in text:
            text = text.replace(word, f" {ascii_words} ")
    return text


def slugify(text: str, max_length: int = 63) -> str:
    """ASCII slug (``a-z``, ``0-9``, ``-``) of a name; known Chinese name words become their ASCII
    words (``高德定位SDK`` -> ``amap-location-sdk``), other characters without an ASCII form
    are dropped."""
    text = _transliterate(text)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > max_length:
        cut = slug[: max_length + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else slug[:max_length]
    return slug.strip("-")


def _id_candidate(text: str | None) -> str | None:
    """A slug from a name, when the name gives a meaningful one: not a sentence, and with at least
    one word besides "SDK", "app" and the like (``支付宝SDK`` gives none; ``Azure 文本翻译 SDK``
    gives ``azure-sdk``)."""
    if not text:
        return None
    words = re.findall(r"[a-z0-9]+", slugify(text, 200))
    if not any(word not in _GENERIC_WORDS and len(word) > 1 for word in words):
        return None
    if len(text.split()) > _MAX_ID_WORDS:
        return None
    slug = slugify(text)
    return slug if len(slug) <= _MAX_ID_LENGTH and ID_PATTERN.match(slug) else None


def _unique(slug: str, taken: MutableSet[str]) -> str:
    candidate, number = slug, 2
    while candidate in taken:
        suffix = f"-{number}"
        candidate = slug[: 63 - len(suffix)].rstrip("-") + suffix
        number += 1
    taken.add(candidate)
    return candidate


# --- the declaration -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Leftover:
    """Something of an entry that has no place in the declaration (reported, kept as a comment)."""

    kind: str  # "label" (unknown label), "sharing_mode" (phrase written as `other`), "website",
    # "location" (not one country), "heading" (a heading beside a product), "note" (a remark)
    label: str
    value: str
    line: int

    def describe(self) -> str:
        if self.kind == "label":
            return f"label {self.label!r} (value {self.value!r})"
        if self.kind == "sharing_mode":
            return f"sharing mode {self.value!r} (written as `other` with sharing_mode_note)"
        if self.kind == "website":
            return f"{self.label!r}: {self.value} (the format has no website field)"
        if self.kind == "location":
            return f"{self.label!r}: {self.value!r} (not one country; recipient.country left out)"
        if self.kind == "heading":
            return f"heading {self.value!r} (the product is given by {self.label!r})"
        return self.value


@dataclass(frozen=True)
class Declaration:
    """One declaration to write: ``folder/id.yaml`` with ``data``, from ``source:entry.line``."""

    id: str
    folder: str
    data: Mapping[str, Any]
    source: str
    entry: ImportedEntry
    leftovers: tuple[Leftover, ...] = ()

    @property
    def relative_path(self) -> str:
        return f"{self.folder}/{self.id}.yaml"

    @property
    def incomplete(self) -> bool:
        return self.entry.incomplete


def _generated(published: str, generated: Iterable[str]) -> bool:
    """True when rendering would print ``published`` word for word (in one of its languages)."""
    return published.strip() in set(generated)


def _recipient(entry: ImportedEntry, wording: dict[str, str]) -> dict[str, Any]:
    """The ``recipient`` mapping; the published words go to ``wording`` when the recipient is
    chosen at run time and rendering would word it differently."""
    fields = entry.fields
    company = fields.get("company")
    chooser = selected_by(company) if company else None
    recipient: dict[str, Any] = {}
    if company and chooser:
        recipient["selected_by"] = chooser
        recipient["name_source"] = _name_source(company)
        sentences = (chosen_by_text(chooser, recipient["name_source"], lang) for lang in LANGS)
        if not _generated(company, sentences):
            wording["recipient"] = company
    elif company:
        recipient["name"] = _name(company)
        if recipient["name"] != company:
            wording["recipient"] = company  # published with look-alike characters
    recipient["relationship"] = relationship(entry)
    if fields.get("contact"):
        recipient["contact"] = fields["contact"]
    country = country_code(fields.get("location", ""))
    if country:
        recipient["country"] = country
    return recipient


def _name(text: str) -> str:
    """A name as the declaration keeps it: NFKC (full-width letters, Kangxi radicals and other
    compatibility characters as their usual form), spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def build_declaration(entry: ImportedEntry, declaration_id: str) -> dict[str, Any]:
    """The declaration mapping for one entry, keys in the format's order."""
    fields = entry.fields
    wording: dict[str, str] = {}
    recipient = _recipient(entry, wording)
    declaration: dict[str, Any] = {"disclosure": 1, "id": declaration_id, "recipient": recipient}
    product = fields.get("product") or entry.title
    if product:
        declaration["product"] = _name(product)
        if declaration["product"] != product:
            wording["product"] = product
    if fields.get("data"):
        items, note = data_items(fields["data"])
        if items:
            declaration["data"] = [{"item": item} for item in items]
        if note:
            declaration["data_note"] = note
        if not _generated(fields["data"], (data_text(items, note, lang) for lang in LANGS)):
            wording["data"] = fields["data"]
    for key in ("purpose", "scenario"):
        if fields.get(key):
            declaration[key] = fields[key]
    if fields.get("sharing_mode"):
        modes, unmapped = sharing_modes(fields["sharing_mode"])
        declaration["sharing_modes"] = modes
        mode_note = "; ".join(unmapped) if unmapped else None
        if mode_note:
            declaration["sharing_mode_note"] = mode_note
        generated = (sharing_modes_text(modes, mode_note, lang) for lang in LANGS)
        if not _generated(fields["sharing_mode"], generated):
            wording["sharing_modes"] = fields["sharing_mode"]
    published = fields.get("policy", "")
    if entry.links.get("policy"):
        declaration["privacy_policy"] = {"url": entry.links["policy"]}
        if published and published.strip() != entry.links["policy"]:
            wording["privacy_policy"] = published
    elif published and not _links_elsewhere(published, entry.links):
        policy = privacy_policy(published)
        declaration["privacy_policy"] = policy
        if policy.get("url", published) != published:
            wording["privacy_policy"] = published
    if fields.get("processing_method"):
        declaration["processing_method"] = fields["processing_method"]
    if wording:
        declaration["wording"] = wording
    return declaration


def _leftovers(entry: ImportedEntry) -> tuple[Leftover, ...]:
    found = [Leftover("label", label, value, entry.line) for label, value in entry.unmapped]
    if entry.fields.get("sharing_mode"):
        line = entry.field_lines.get("sharing_mode", entry.line)
        _, unmapped = sharing_modes(entry.fields["sharing_mode"])
        found += [Leftover("sharing_mode", "", phrase, line) for phrase in unmapped]
    if entry.links.get("website") and not entry.fields.get("website"):
        found.append(Leftover("website", "website", entry.links["website"], entry.line))
    if entry.fields.get("dpa"):
        label = entry.labels.get("dpa", "DPA")
        line = entry.field_lines.get("dpa", entry.line)
        found.append(Leftover("label", label, entry.fields["dpa"], line))
    for kind in ("dpa", "terms", "contact"):
        if entry.links.get(kind) and not entry.fields.get(kind):
            found.append(Leftover("note", "", f"{kind} link: {entry.links[kind]}", entry.line))
    for name, kind in (("website", "website"), ("location", "location")):
        value = entry.fields.get(name)
        if value and (name == "website" or country_code(value) is None):
            found.append(
                Leftover(
                    kind,
                    entry.labels.get(name, name),
                    value,
                    entry.field_lines.get(name, entry.line),
                )
            )
    product_label = entry.labels.get("product")
    if entry.title and product_label and entry.title != entry.fields.get("product"):
        found.append(Leftover("heading", product_label, entry.title, entry.line))
    found += [Leftover("note", "", note, entry.line) for note in entry.notes]
    found += [
        Leftover("note", "", f"label {label!r} read as {near!r} (a close spelling)", entry.line)
        for label, near in entry.fuzzy
    ]
    return tuple(found)


def build_declarations(
    entries: Sequence[ImportedEntry],
    *,
    folder: str,
    source: str,
    taken: MutableSet[str] | None = None,
) -> list[Declaration]:
    """Declarations for the entries of one source file.

    Ids come from the product, the heading or the company name when one of them has a usable
    ASCII form, else ``<folder>-entry-<n>`` (n counts the entries of the file); ``taken`` holds the
    ids already used in the run and receives the new ones, so ids stay unique across files.
    """
    taken = set() if taken is None else taken
    built: list[Declaration] = []
    for number, entry in enumerate(entries, start=1):
        company = entry.fields.get("company")
        named = company if company and not selected_by(company) else None
        slug = next(
            (
                candidate
                for candidate in map(
                    _id_candidate, (entry.fields.get("product"), entry.title, named)
                )
                if candidate
            ),
            None,
        )
        if slug is None:
            suffix = f"entry-{number}"
            prefix = folder[: 63 - len(suffix) - 1].rstrip("-")
            slug = f"{prefix}-{suffix}" if prefix else suffix
        declaration_id = _unique(slug, taken)
        built.append(
            Declaration(
                id=declaration_id,
                folder=folder,
                data=build_declaration(entry, declaration_id),
                source=source,
                entry=entry,
                leftovers=_leftovers(entry),
            )
        )
    return built


@dataclass(frozen=True)
class ProductPage:
    """The ``_product.yaml`` of one folder: the page's title and introduction (from the first
    source imported into it) and its entries' ids, in the order the sources list them."""

    folder: str
    source: str
    title: str | None
    introduction: tuple[str, ...]
    order: tuple[str, ...]

    @property
    def relative_path(self) -> str:
        return f"{self.folder}/_product.yaml"

    @property
    def data(self) -> dict[str, Any]:
        """The mapping to write, keys in the order of the product file format."""
        data: dict[str, Any] = {"product": 1}
        if self.title:
            data["title"] = self.title
        if self.introduction:
            data["introduction"] = list(self.introduction)
        data["order"] = list(self.order)
        return data


def build_products(
    pages: Sequence[tuple[ImportedPage, Sequence[Declaration]]],
) -> list[ProductPage]:
    """One product page per folder the declarations go to. ``pages`` pairs each source's page
    with the declarations built from it; a folder that several sources fill takes its title and
    introduction from the first."""
    products: dict[str, ProductPage] = {}
    for page, declarations in pages:
        for declaration in declarations:
            folder = declaration.folder
            found = products.get(folder)
            if found is None:
                products[folder] = ProductPage(
                    folder, declaration.source, page.title, page.introduction, (declaration.id,)
                )
            else:
                products[folder] = replace(found, order=(*found.order, declaration.id))
    return list(products.values())
