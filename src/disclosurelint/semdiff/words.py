"""Values read out of a declaration, and a change of meaning told from one of wording."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from disclosurelint import localized
from disclosurelint.semdiff.model import Change, Sensitivity, Value

_SEPARATORS = re.compile(r"[\s\-_]+")
_EDGES = " .,;:!?。、"  # after NFKC: full-width punctuation is ASCII by then


def normal(text: str) -> str:
    """Text compared for meaning: NFKC, case folded, hyphens and runs of space as one space,
    without punctuation at either end ("E-mail address." and "email  address" differ only here
    in the hyphen)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _SEPARATORS.sub(" ", folded).strip(_EDGES)


def same_words(old: str, new: str) -> bool:
    return normal(old) == normal(new)


def text(value: Any) -> str | None:
    """A value as text (None when absent or blank); numbers and booleans as YAML writes them."""
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if localized.is_localized(value) and all(isinstance(t, str) for t in value.values()):
        # a text in several languages, each language named: "zh: 提供地图服务。 | en: Provide maps."
        return " | ".join(f"{tag}: {t.strip()}" for tag, t in value.items()) or None
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def texts(value: Any) -> tuple[str, ...]:
    """A list of texts (sharing modes, destinations), each once, in order; a lone text is a list."""
    items = value if isinstance(value, list) else [value]
    return tuple(dict.fromkeys(t for t in (text(v) for v in items) if t is not None))


def mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def quoted(value: Value) -> str:
    """A value in a sentence: 'words', 'a', 'b', or 'nothing'."""
    if value is None:
        return "nothing"
    if isinstance(value, tuple):
        return ", ".join(repr(v) for v in value) or "nothing"
    return repr(value)


@dataclass
class Changes:
    """Collects one partner's changes, stamping the partner and the file on each."""

    partner: str
    path: str
    found: list[Change] = field(default_factory=list)

    def add(
        self,
        kind: str,
        field: str,
        old: Value,
        new: Value,
        message: str,
        *,
        sensitivity: Sensitivity | None = None,
    ) -> None:
        self.found.append(
            Change(self.partner, kind, field, old, new, message, self.path, sensitivity)
        )

    def element(self, kind: str, field: str, old: str | None, new: str | None, what: str) -> None:
        """A text element: ``kind`` when its meaning changed, ``wording-changed`` when only its
        wording did, nothing when it is the same."""
        if old == new:
            return
        if old is not None and new is not None and same_words(old, new):
            self.add("wording-changed", field, old, new, f"{what}: the same words, written anew")
        elif new is None:
            self.add(kind, field, old, new, f"{what} removed")
        elif old is None:
            self.add(kind, field, old, new, f"{what} given")
        else:
            self.add(kind, field, old, new, f"{what} changed")

    def statement(self, kind: str, field: str, old: str | None, new: str | None, what: str) -> None:
        """A statement that fills a gap when first given (``statement-added``) and needs review
        when it changes or goes (``kind``)."""
        if old is None and new is not None:
            self.add("statement-added", field, old, new, f"{what} stated for the first time")
        else:
            self.element(kind, field, old, new, what)

    def note(self, field: str, old: str | None, new: str | None, what: str) -> None:
        """Words that carry no rule's meaning (notes, the published wording): always neutral."""
        if old != new:
            self.add("wording-changed", field, old, new, f"{what} changed; words only")
