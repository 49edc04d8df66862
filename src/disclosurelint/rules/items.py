"""What the sensitive-data rules share: each data item with its categories and their regimes.

Not a rule: a helper the DL3xx rules read, so that they classify items the same way.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from disclosurelint import localized
from disclosurelint.document import Document
from disclosurelint.model import JsonPath, Severity
from disclosurelint.rules.base import RuleContext, is_placeholder
from disclosurelint.rules.countries import destinations


@dataclass(frozen=True)
class Item:
    """One entry of ``data``: its words, its categories (declared or inferred) and where it is.

    An item written in several languages (``item: {zh: 身份证号码, en: ID card number}``) is
    classified in each; the item stands for the language whose words are the most sensitive
    under the run's regimes (``language`` names it), and ``readings`` holds every language's
    own item, in the order written.
    """

    index: int
    text: str
    declared: str | None
    categories: tuple[str, ...]
    inferred: bool
    phrases: tuple[str, ...]  # the matched phrase per inferred category (empty when declared)
    raw: Mapping[str, Any]
    reading: Any = None  # the Classification of the words, when the categories were inferred
    language: str | None = None  # the language tag of ``text`` in a localized item
    readings: tuple[Item, ...] = ()  # every language's item, when the item is localized

    @property
    def path(self) -> JsonPath:
        suffix = (self.language,) if self.language is not None else ()
        return ("data", self.index, "item", *suffix)

    @property
    def base(self) -> JsonPath:
        return ("data", self.index)


_last: tuple[Document | None, Any, tuple[str, ...], tuple[Item, ...]] = (None, None, (), ())


def items(document: Document, context: RuleContext) -> tuple[Item, ...]:
    """Every well-formed data item, classified with the run's taxonomy.

    Several rules read the same document's items one after the other: the last document's
    items are kept (by identity, holding a reference so that identity cannot be reused).
    """
    global _last  # noqa: PLW0603 - a one-entry memo shared by the DL3xx rules
    if _last[0] is document and _last[1] is context.taxonomy and _last[2] == context.regimes:
        return _last[3]
    found = tuple(_classify(document, context))
    _last = (document, context.taxonomy, context.regimes, found)
    return found


def _one(index: int, text: str, entry: Mapping[str, Any], taxonomy: Any, tag: str | None) -> Item:
    declared = entry.get("category")
    if not isinstance(declared, str):
        declared = None
    elif declared and declared in taxonomy.categories:
        return Item(index, text, declared, (declared,), False, (), entry, language=tag)
    found, categories, phrases = _reading(text, taxonomy)
    return Item(index, text, declared, categories, True, phrases, entry, found, tag)


# Each distinct item text is matched once per process: ten thousand declarations name a few
# hundred kinds of data. The taxonomy is held so that its identity cannot be reused.
_MAX_READINGS = 50_000
_readings: dict[str, tuple[Any, tuple[str, ...], tuple[str, ...]]] = {}
_statuses: dict[tuple[str, tuple[str, ...]], tuple[Any, ...]] = {}
_read_with: list[Any] = [None]


def _known(taxonomy: Any) -> None:
    """Forget the readings when another taxonomy (or too many texts) comes along."""
    if _read_with[0] is not taxonomy or len(_readings) >= _MAX_READINGS:
        _readings.clear()
        _statuses.clear()
        _read_with[0] = taxonomy


def _reading(text: str, taxonomy: Any) -> tuple[Any, tuple[str, ...], tuple[str, ...]]:
    """The classification of ``text``, its categories and the phrase matched for each."""
    _known(taxonomy)
    known = _readings.get(text)
    if known is None:
        found = taxonomy.classify(text)
        categories = found.categories
        phrases = tuple(
            next(m.phrase for m in found.matches if m.category == c) for c in categories
        )
        known = _readings[text] = (found, categories, phrases)
    return known


_RANK = {None: 0, Severity.WARNING: 1, Severity.ERROR: 2}


def _classify(document: Document, context: RuleContext) -> Iterator[Item]:
    data = document.mapping.get("data")
    if not isinstance(data, list):
        return
    for index, entry in enumerate(data):
        if not localized.is_mapping(entry):
            continue
        value = entry.get("item")
        if isinstance(value, str):
            text = value.strip()
            if text:
                yield _one(index, text, entry, context.taxonomy, None)
            continue
        if not localized.is_localized(value):
            continue  # not text: the schema stage reports it
        readings = tuple(
            _one(index, text.strip(), entry, context.taxonomy, suffix[0])
            for suffix, text in localized.texts(value)
            if text.strip()
        )
        if readings:
            # the most sensitive language speaks for the item, then the one with most categories
            best = max(
                readings,
                key=lambda r: (_RANK[sensitivity(r, context)[1]], len(r.categories) > 0),
            )
            yield replace(best, readings=readings)


def sensitivity(item: Item, context: RuleContext) -> tuple[list[Any], Severity | None]:
    """The enabled regimes' statuses that make ``item`` sensitive, and how grave that is.

    The most severe category decides, whatever the order of the words: ERROR when a regime
    calls one of its categories sensitive outright; WARNING when every regime that counts it does
    so only under a condition (a "qualified" category); None when not sensitive under the enabled
    regimes. An inferred item's own words may decide a condition (a card number without its
    security code is not sensitive under CPRA).
    """
    statuses = sensitive_statuses(item, context, context.regimes)
    if not statuses:
        return [], None
    outright = any(status.level == "sensitive" for _, status in statuses)
    return statuses, Severity.ERROR if outright else Severity.WARNING


def sensitive_statuses(item: Item, context: RuleContext, regimes: Any) -> list[Any]:
    """(category, status) pairs sensitive or qualified under ``regimes``, in the item's order."""
    reading = item.reading
    if reading is not None:
        _known(context.taxonomy)
        known = _readings.get(item.text)
        if known is None or known[0] is not reading:  # not read through the memo
            return list(reading.statuses(context.taxonomy, regimes))
        key = (item.text, regimes if type(regimes) is tuple else tuple(regimes))
        found = _statuses.get(key)
        if found is None:
            found = _statuses[key] = reading.statuses(context.taxonomy, regimes)
        return list(found)
    return [
        (category, status)
        for category_id in item.categories
        if (category := context.taxonomy.get(category_id)) is not None
        for status in category.sensitive_under(regimes)
    ]


def explain(statuses: list[Any]) -> str:
    """``government_id (ID card number): sensitive under GB/T 35273-2020 (Table B.1); ...``."""
    parts: dict[str, list[str]] = {}
    for category, status in statuses:
        parts.setdefault(category.label, []).append(status.explain())
    return "; ".join(f"{label}: {', '.join(texts)}" for label, texts in parts.items())


def justified(entry: Mapping[str, Any]) -> tuple[bool, list[str]]:
    """Whether ``justification`` gives both necessity and impact, and which are missing."""
    justification = entry.get("justification")
    given = justification if localized.is_mapping(justification) else {}
    missing = [k for k in ("necessity", "impact") if is_placeholder(given.get(k))]
    return not missing, missing


def categories_by_language(item: Item, context: RuleContext) -> dict[str, tuple[str, ...]]:
    """For a localized item: each language's categories that are sensitive (or sensitive under
    a condition) under the enabled regimes, in the order written; empty for a plain item."""
    return {
        str(reading.language): tuple(
            dict.fromkeys(
                category.id for category, _ in sensitive_statuses(reading, context, context.regimes)
            )
        )
        for reading in item.readings
    }


def basis(document: Document, regime: str) -> str | None:
    """The declared legal basis for ``regime`` (``legal_basis.pipl``, ``.gdpr``, ...), or None."""
    given = document.mapping.get("legal_basis")
    value = given.get(regime) if localized.is_mapping(given) else None
    return value if isinstance(value, str) else None


def consent_is_basis(document: Document) -> bool:
    """True unless the entry declares a PIPL Art. 13(1)(2)-(7) basis other than consent.

    PIPL Art. 13(2): where such a basis applies, the consent the law asks for elsewhere
    (separate consent of Arts. 23, 29, 39; a guardian's consent of Art. 31) is not needed.
    An entry that declares no PIPL basis is read as relying on consent, the usual basis.
    """
    return basis(document, "pipl") in (None, "consent")


def entry_consent(document: Document) -> str | None:
    """``consent_evidence.kind`` (consent recorded for every item of the entry), or None."""
    evidence = document.mapping.get("consent_evidence")
    kind = evidence.get("kind") if localized.is_mapping(evidence) else None
    return kind if isinstance(kind, str) else None


def consent_of(item: Item, document: Document) -> str | None:
    """How consent for ``item`` is recorded: the item's own `consent`, else the entry's evidence."""
    own = item.raw.get("consent")
    return own if isinstance(own, str) else entry_consent(document)


def has_consent(item: Item, document: Document, *kinds: str) -> bool:
    """True when the item's `consent` or the entry's `consent_evidence.kind` is one of ``kinds``.

    One item may need two kinds at once (PIPL separate consent, GDPR explicit consent): the
    entry's evidence and the item's own value each count.
    """
    return item.raw.get("consent") in kinds or entry_consent(document) in kinds


def recipient_of(document: Document) -> Mapping[str, Any]:
    recipient = document.mapping.get("recipient")
    return recipient if localized.is_mapping(recipient) else {}


def art_23_or_39(document: Document, home: str = "CN") -> tuple[str, str] | None:
    """Why PIPL asks the Art. 23/39 elements of this named recipient: (who it is, the article).

    ("overseas (US)", "PIPL Art. 39") for a recipient outside China, whatever its relationship,
    when the product is provided from China (``home`` is ``CN``, as DL307 reads it);
    ("another processor", "PIPL Art. 23") for a third party or joint controller; None otherwise
    (and for a recipient chosen at run time, whose elements are owed when it is chosen).
    """
    last, last_home, why = _why_last[0]
    if last is document and last_home == home:
        return why
    why = _art_23_or_39(document, home)
    _why_last[0] = (document, home, why)
    return why


# DL304, DL305 and DL309 ask it of the same document one after the other (the document is held
# so that its identity cannot be reused)
_why_last: list[tuple[Document | None, str, tuple[str, str] | None]] = [(None, "", None)]


def _art_23_or_39(document: Document, home: str) -> tuple[str, str] | None:
    recipient = recipient_of(document)
    if "name" not in recipient:
        return None
    abroad = [c for c in destinations(document.mapping)[0] if c != "CN"]
    if abroad and home.upper() == "CN":
        return f"overseas ({', '.join(abroad)})", "PIPL Art. 39"
    if recipient.get("relationship") in ("third_party", "joint_controller"):
        return "another processor", "PIPL Art. 23"
    return None
