"""Immutable records of the taxonomy: regimes, levels, categories and what the matcher finds."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Any, Protocol


class Classifier(Protocol):
    """What finds the categories of a text (the matcher, given by whoever builds a taxonomy)."""

    def classify(self, text: str) -> Classification: ...


REGIMES: tuple[str, ...] = ("pipl", "gb35273", "gdpr", "cpra")
"""The regimes every category states a level for, in the order reports show them."""

SENSITIVE = "sensitive"
QUALIFIED = "qualified"
NOT_SENSITIVE = "not_sensitive"
LEVELS: tuple[str, ...] = (NOT_SENSITIVE, QUALIFIED, SENSITIVE)
"""Levels from the least to the most strict."""

REGIME_NAMES: Mapping[str, str] = {
    "pipl": "PIPL",
    "gb35273": "GB/T 35273-2020",
    "gdpr": "GDPR",
    "cpra": "CPRA",
}


class TaxonomyError(Exception):
    """The taxonomy data or an extension of it is invalid; the message names the key at fault."""


def check_regimes(regimes: Iterable[str] | str) -> tuple[str, ...]:
    """``regimes`` as a tuple, or ValueError naming the first unknown one and the valid ones."""
    chosen = (regimes,) if isinstance(regimes, str) else tuple(regimes)
    for regime in chosen:
        if regime not in REGIMES:
            raise ValueError(f"unknown regime {regime!r} (valid: {', '.join(REGIMES)})")
    return chosen


@dataclass(frozen=True)
class RegimeStatus:
    """How one regime treats a category: its level, the article saying so, and any condition."""

    regime: str
    level: str  # "sensitive" | "qualified" | "not_sensitive"
    article: str
    qualifier: str | None = None

    @property
    def is_sensitive(self) -> bool:
        """Sensitive or qualified: the item needs a justification under this regime."""
        return self.level != NOT_SENSITIVE

    def explain(self) -> str:
        """One plain sentence: ``sensitive under PIPL (PIPL Art. 28)``."""
        regime = REGIME_NAMES.get(self.regime, self.regime)
        if self.level == SENSITIVE:
            text = f"sensitive under {regime} ({self.article})"
        elif self.level == QUALIFIED:
            text = f"sensitive under {regime} only with a condition ({self.article})"
        else:
            text = f"not sensitive under {regime} ({self.article})"
        return f"{text}: {self.qualifier}" if self.qualifier else text


@dataclass(frozen=True)
class Category:
    """One kind of personal data, how to recognise it, and its level in each regime."""

    id: str
    label: str
    description: str
    phrases_en: tuple[str, ...]
    phrases_zh: tuple[str, ...]
    regimes: Mapping[str, RegimeStatus] = field(hash=False)
    minors: bool = False
    gdpr_special: bool = False  # a special category of GDPR Art. 9(1)
    gdpr_article_10: bool = False  # criminal convictions and offences, GDPR Art. 10
    excludes: tuple[str, ...] = ()
    note: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.regimes, MappingProxyType):
            object.__setattr__(self, "regimes", MappingProxyType(dict(self.regimes)))

    def __reduce__(self) -> tuple[Any, ...]:
        # A read-only mapping does not pickle; send a plain dict (worker processes need this).
        values = tuple(
            dict(self.regimes) if f.name == "regimes" else getattr(self, f.name)
            for f in fields(self)
        )
        return (Category, values)

    def status(self, regime: str) -> RegimeStatus:
        """The category's status under ``regime`` (ValueError for an unknown regime)."""
        check_regimes((regime,))
        return self.regimes[regime]

    def sensitive_under(self, regimes: Iterable[str] | str) -> tuple[RegimeStatus, ...]:
        """The statuses, among ``regimes``, that are sensitive or qualified, in the order given."""
        return tuple(
            self.regimes[r] for r in check_regimes(regimes) if self.regimes[r].is_sensitive
        )

    def is_sensitive(self, regimes: Iterable[str] | str = REGIMES) -> bool:
        """True when sensitive or qualified under any of ``regimes``."""
        return bool(self.sensitive_under(regimes))

    @property
    def phrases(self) -> tuple[str, ...]:
        return self.phrases_en + self.phrases_zh


@dataclass(frozen=True)
class Match:
    """A phrase of the taxonomy found in a text: ``text[start:end]`` is what it matched."""

    category: str
    phrase: str
    start: int
    end: int


@dataclass(frozen=True)
class Decision:
    """One step of reading an item's structure: which words decided what, and why.

    ``rule`` is a short name (``head``, ``modifier``, ``image``, ``coarse``, ``track``,
    ``result``, ``hash``, ``account``, ``access-code``, ``negation``); ``words`` the words of
    the item that decided it; ``effect`` what changed ("biometric -> derived_result", "dropped
    financial_account"); ``reason`` the plain-words rule behind it.
    """

    rule: str
    words: str
    effect: str
    reason: str


@dataclass(frozen=True)
class Override:
    """This item's level under one regime differs from its category's: the condition is decided
    by the item's own words (a card number without its security code under CPRA)."""

    category: str
    regime: str
    level: str
    article: str
    reason: str

    def status(self) -> RegimeStatus:
        return RegimeStatus(self.regime, self.level, self.article, self.reason)


@dataclass(frozen=True)
class Classification:
    """What the matcher makes of one data item.

    ``negated`` is true when the text says that (some) data is not involved ("不涉及个人信息",
    "does not collect location"); matches inside the negated part are left out. ``decisions``
    say how the structure of the item (its head, qualifiers, notes) changed the plain phrase
    matches; ``overrides`` the regimes whose condition the item's words decide.
    """

    text: str
    matches: tuple[Match, ...]
    negated: bool = False
    decisions: tuple[Decision, ...] = ()
    overrides: tuple[Override, ...] = ()

    def status(self, category: Category, regime: str) -> RegimeStatus:
        """The category's status under ``regime`` for this item (its override, if any)."""
        for override in self.overrides:
            if override.category == category.id and override.regime == regime:
                return override.status()
        return category.regimes[regime]

    def statuses(
        self, taxonomy: Taxonomy, regimes: Iterable[str]
    ) -> tuple[tuple[Category, RegimeStatus], ...]:
        """(category, status) for each category of the item that is sensitive or qualified
        under one of ``regimes``, in the order of the categories, then of ``regimes``."""
        return tuple(
            (category, status)
            for cid in self.categories
            if (category := taxonomy.get(cid)) is not None
            for regime in regimes
            if (status := self.status(category, regime)).is_sensitive
        )

    def level(self, taxonomy: Taxonomy, regime: str) -> str:
        """The item's level under ``regime``: the most severe level of its categories."""
        best = NOT_SENSITIVE
        for cid in self.categories:
            category = taxonomy.get(cid)
            if category is not None:
                level = self.status(category, regime).level
                if LEVELS.index(level) > LEVELS.index(best):
                    best = level
        return best

    @property
    def categories(self) -> tuple[str, ...]:
        """Category ids, each once, in order of appearance."""
        return tuple(dict.fromkeys(m.category for m in self.matches))

    @property
    def unknown(self) -> bool:
        """No category matched and nothing was negated: the text needs a human (or a phrase)."""
        return not self.matches and not self.negated


class Taxonomy:
    """A set of categories and the matcher built from their phrases (built on first use)."""

    def __init__(
        self,
        categories: Mapping[str, Category],
        version: int = 1,
        make_matcher: Callable[[Mapping[str, Category]], Classifier] | None = None,
    ) -> None:
        self.categories: Mapping[str, Category] = MappingProxyType(dict(categories))
        self.version = version
        self._make_matcher = make_matcher
        self._matcher: Classifier | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        # The compiled matcher is rebuilt on first use in the receiving process.
        return (Taxonomy, (dict(self.categories), self.version, self._make_matcher))

    def get(self, id: str) -> Category | None:
        return self.categories.get(id)

    def __contains__(self, id: object) -> bool:
        return id in self.categories

    def __len__(self) -> int:
        return len(self.categories)

    def sensitive(self, regimes: Iterable[str] | str = REGIMES) -> tuple[Category, ...]:
        """Categories that are sensitive or qualified under any of ``regimes``."""
        chosen = check_regimes(regimes)
        return tuple(c for c in self.categories.values() if c.is_sensitive(chosen))

    @property
    def matcher(self) -> Any:  # the Classifier given (tests reach into the matcher itself)
        if self._matcher is None:
            if self._make_matcher is None:
                raise TaxonomyError("this taxonomy was built without a matcher")
            self._matcher = self._make_matcher(self.categories)
        return self._matcher

    def classify(self, text: str) -> Classification:
        """The categories ``text`` (one declared data item, possibly compound) belongs to."""
        found: Classification = self.matcher.classify(text)
        return found
