"""Links in published entries: find them, and tell a privacy policy from a home page, a data
processing agreement, terms of service, a contact page and a GDPR, compliance or security page.

A link's kind comes from, in this order: the label or column it was published under (unless
that label names several kinds, like "隐私政策或官网链接"), the link's own text ("Privacy terms",
"DPA"), and its address (``/privacy``, ``/dpa``, ``/legal/terms``, a bare home page).
"""

# ruff: noqa: RUF001, RUF002  (full-width punctuation in published Chinese text is read on purpose)

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from disclosurelint.importer.labels import LabelTable, normalize_label
from disclosurelint.urls import URL_STOP, split, unreadable

# the words that send the reader to an address for more ("please visit https://…", "详见
# https://…"): a text that says them before an address points there, it does not name data
SENDING_WORDS = (
    r"(?:\b(?:please\s+)?(?:visit|see|refer to|consult)\b"
    r"|详见|请访问|请查看|请参阅|请参考|参见|请见)"
)
_URL = re.compile(rf"(?:https?://|www\.)[^{URL_STOP}]+[^{URL_STOP}.,;:]", re.I)
_MD_LINK = re.compile(r"\[(?P<text>[^\]]*)\]\((?P<url>[^)\s]+)\)")
_BARE_HOST = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?$", re.I)
_MAILTO = re.compile(r"^mailto:", re.I)


@dataclass(frozen=True)
class Link:
    """An address as published, with the words around it (a link text, or "")."""

    url: str
    text: str = ""


def links_in(text: str) -> list[Link]:
    """Markdown links first (``[text](url)``), then bare addresses, in order, each once."""
    found: list[Link] = []
    seen: set[str] = set()
    whole = text.strip()
    if re.match(rf"^https?://[^{URL_STOP}]+$", whole, re.IGNORECASE):
        return [Link(whole)]
    for match in _MD_LINK.finditer(text):
        url = match.group("url").strip()
        words = match.group("text").strip()
        if url not in seen:
            seen.add(url)
            found.append(Link(url, "" if _URL.fullmatch(words) or words == url else words))
    rest = _MD_LINK.sub(" ", text)
    for match in _URL.finditer(rest):
        url = match.group(0)
        if url.lower().startswith("www."):
            url = "https://" + url
        if url not in seen:
            seen.add(url)
            found.append(Link(url))
    return found


def absolute(url: str) -> str | None:
    """An absolute http(s) address for ``url`` (``policies.google.com`` -> ``https://...``), or
    None for a relative one, an e-mail address or anything else."""
    url = url.strip()
    if _MAILTO.match(url) or unreadable(url):
        return None
    parts = urlsplit(url)
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return url
    if not parts.scheme and _BARE_HOST.match(url):
        return "https://" + url
    return None


def repair_spaced(text: str) -> str:
    """A cell that holds one address broken by stray spaces (``https://a.b. com/x #/1``) joined
    again; any other text is returned unchanged."""
    stripped = text.strip()
    if re.search(r"[\s;；,，]\s*(?:https?://|www\.)", stripped, re.I):
        return text  # several addresses, not one broken by spaces
    if re.match(r"^https?://", stripped, re.I) and " " in stripped:
        joined = re.sub(r"\s+", "", stripped)
        if _URL.fullmatch(joined):
            return joined
    return text


def _kind_from_words(words: str, table: LabelTable) -> str | None:
    key = normalize_label(words)
    if not key:
        return None
    kinds = [kind for kind, found in table.link_words.items() if any(w in key for w in found)]
    if len(kinds) == 1:
        return kinds[0]
    if "policy" in kinds and "terms" in kinds:
        return "policy"  # "Terms and privacy policy": the policy is what the reader wants
    return None


# hosts of source code (and their project sites): a repository's page there is the project's
# page, not its privacy policy
_CODE_HOSTS = frozenset({"github.com", "gitlab.com", "gitee.com", "bitbucket.org", "codeberg.org"})


def on_code_host(url: str) -> bool:
    """An address on a source-code host or one of its project sites (a repository's page)."""
    parts = split(url)
    host = ((parts.hostname if parts else "") or "").lower().removeprefix("www.")
    return host in _CODE_HOSTS or host.endswith((".github.io", ".gitlab.io"))


def _kind_from_address(url: str, table: LabelTable) -> str | None:
    parts = split(url)
    if parts is None:
        return None
    # percent-encoded words read as the words they encode ("%E9%9A%90%E7%A7%81" is 隐私)
    path = unquote(parts.path + "?" + parts.query + "#" + parts.fragment).lower()
    if _MAILTO.match(url):
        return "contact"
    words = re.sub(r"[^a-z0-9一-鿿]+", " ", path)
    if not words.strip():
        return "website"
    for kind in ("dpa", "policy", "terms", "contact", "compliance"):
        if any(word in re.sub(r"\s+", "", words) for word in table.link_words.get(kind, ())):
            return kind
    if on_code_host(url):
        return "website"
    return None


def policy_address(url: str, table: LabelTable) -> bool:
    """An address whose path or whose host's first word says privacy policy, or whose path
    ends in a page called policy (``/about/policy``)."""
    parts = split(url)
    host = ((parts.hostname if parts else "") or "").lower().removeprefix("www.")
    first = host.split(".", 1)[0]
    policy_words = table.link_words.get("policy", ())
    last = (parts.path if parts else "").rstrip("/").rsplit("/", 1)[-1].lower()
    return (
        _kind_from_address(url, table) == "policy"
        or (host.count(".") >= 2 and any(word == first for word in policy_words))
        or bool(re.fullmatch(r"policy(?:\.\w{2,5})?", last))  # mob.example/about/policy
    )


def _policy_page(url: str) -> bool:
    """An address whose last part names a privacy policy and nothing else (``/privacy``,
    ``/legal/privacy-policy``), not a page about privacy (``/data-privacy-faq``)."""
    parts = split(url)
    last = (parts.path if parts else "").rstrip("/").rsplit("/", 1)[-1].lower()
    return bool(re.fullmatch(r"privacy(?:[-_]?(?:policy|notice|statement))?(?:\.\w{2,5})?", last))


def _words_of(text: str) -> str:
    """A link text's own words: without the addresses it shows (whose host may read "terms")
    and with its brackets opened ("https://terms.alicdn.com/（淘宝隐私协议）" -> 淘宝隐私协议)."""
    return re.sub(r"[()（）\[\]【】]", " ", _URL.sub(" ", text))


def link_kind(link: Link, label_field: str | None, table: LabelTable, label: str = "") -> str:
    """``policy``, ``dpa``, ``terms``, ``contact``, ``website``, ``compliance`` (a GDPR or
    security page) or ``other``."""
    by_label = _kind_from_words(label, table) if label else None
    mixed = label and normalize_label(label) and by_label is None and label_field == "policy"
    if label_field is None and by_label == "dpa" and not link.text and _policy_page(link.url):
        return "policy"  # "dpaLink: 'https://acme.example/legal/privacy'": a policy, named so
    if label_field in ("dpa", "website", "contact") and not link.text:
        if label_field == "dpa" and _kind_from_address(link.url, table) == "policy":
            return "policy"  # "DPA: https://acme.example/privacy": the address says what it is
        if label_field == "website" and policy_address(link.url, table):
            return "policy"  # "官网链接: https://privacy.acme.example/doc/1": a privacy site
        return label_field
    by_text = _kind_from_words(_words_of(link.text), table) if link.text else None
    by_address = _kind_from_address(link.url, table)
    if label_field == "policy" and names_more(label, table):
        # "Apple WeatherKit 与隐私说明" over https://developer.apple.com/weatherkit/: a label
        # for a product's page and its privacy notes at once; the address tells which it is
        return by_text or by_address or "other"
    if label_field == "policy" and not mixed:
        if by_text in ("dpa", "terms") or (by_text is None and by_address == "dpa"):
            return by_text or "dpa"
        return "policy"
    return (
        by_text
        or by_label
        or by_address
        or (label_field if label_field in LINK_FIELDS else "other")
    )


LINK_FIELDS = frozenset({"policy", "website", "contact", "dpa"})
# a label that joins two things: "Apple WeatherKit 与隐私说明", "Acme SDK and privacy"
_JOINED = re.compile(r"^(?P<before>.*?\w.*?)\s*(?:与|和|及|以及|&|\band\b)\s*(?P<after>\S.*)$")


def names_more(label: str, table: LabelTable) -> bool:
    """A policy label that joins a name to a few policy words ("X 与隐私说明", "X and
    privacy"): what comes before the join says no kind of link (it is no "隐私政策与用户协议"),
    and what follows is no longer phrase ("收集的信息及权限说明详见隐私政策链接")."""
    joined = _JOINED.match(label.strip()) if label else None
    if joined is None:
        return False
    after = joined["after"]
    key = normalize_label(after)
    short = len(after.split()) <= _JOINED_WORDS if key.isascii() else len(key) <= _JOINED_CHARS
    return (
        short
        and _kind_from_words(joined["before"], table) is None
        and _kind_from_words(after, table) == "policy"
    )


_JOINED_WORDS = 3
_JOINED_CHARS = 6


def choose(
    candidates: Iterable[tuple[Link, str | None, str]], table: LabelTable
) -> dict[str, Link]:
    """The first link of each kind among ``(link, field of its label, label)`` candidates;
    among the addresses a policy label gives ("隐私协议链接或 sdk url：" over a developer page,
    then the privacy policy), the first whose own words or address say policy."""
    chosen: dict[str, Link] = {}
    confirmed = False
    for link, label_field, label in candidates:
        kind = link_kind(link, label_field, table, label)
        says_policy = label_field == "policy" and kind == "policy" and _says_policy(link, table)
        if kind not in chosen or (says_policy and not confirmed):
            chosen[kind] = link
        confirmed = confirmed or says_policy or (kind == "policy" and label_field != "policy")
    return chosen


def _says_policy(link: Link, table: LabelTable) -> bool:
    by_text = _kind_from_words(_words_of(link.text), table) if link.text else None
    if by_text is not None:
        return by_text == "policy"
    return _kind_from_address(link.url, table) == "policy"


def strip_links(text: str) -> str:
    """The text with Markdown links turned into their words (``[Sentry](url)`` -> ``Sentry``)."""
    return _MD_LINK.sub(lambda m: m.group("text"), text)


def only_links(text: str, links: Sequence[Link]) -> bool:
    """True when ``text`` says nothing but its links (and punctuation)."""
    rest = _MD_LINK.sub(" ", text)
    for link in links:
        rest = rest.replace(link.url, " ")
    return not re.sub(r"[\W_]+", "", rest)
