"""Data items compared by their normalised words, classified as the sensitive-data rules do.

An item is recognised at both sides by its text (case, spacing and hyphens aside); a changed
text is one item removed and another added. Whether an item is sensitive comes from
:func:`disclosurelint.rules.items.sensitivity` under the enabled regimes, so "sensitive" means
here what it means to DL301-DL308.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from disclosurelint.document import Document
from disclosurelint.rules.base import RuleContext
from disclosurelint.rules.items import Item, explain, items, sensitivity
from disclosurelint.semdiff.model import Sensitivity
from disclosurelint.semdiff.words import Changes, mapping, normal, quoted, text

_CONSENTS = frozenset({"separate", "explicit", "guardian"})  # forms of consent; the rest: none


def sensitive(item: Item, context: RuleContext) -> Sensitivity | None:
    """Why ``item`` is sensitive under the enabled regimes, or None."""
    statuses, _ = sensitivity(item, context)
    if not statuses:
        return None
    return Sensitivity(
        categories=tuple(dict.fromkeys(category.id for category, _ in statuses)),
        regimes=tuple(dict.fromkeys(status.regime for _, status in statuses)),
        articles=tuple(dict.fromkeys(status.article for _, status in statuses)),
        explanation=explain(statuses),
    )


def _grounds(item: Item, context: RuleContext) -> frozenset[tuple[str, str]]:
    statuses, _ = sensitivity(item, context)
    return frozenset((category.id, status.regime) for category, status in statuses)


def field_of(item: Item) -> str:
    return f"data[{item.text}]"


def added(item: Item, context: RuleContext, out: Changes) -> None:
    why = sensitive(item, context)
    if why is None:
        out.add("data-item-added", field_of(item), None, item.text, f"now shares {item.text!r}")
    else:
        out.add(
            "sensitive-item-added",
            field_of(item),
            None,
            item.text,
            f"now shares {item.text!r}, sensitive ({', '.join(why.categories)}): {why.explanation}",
            sensitivity=why,
        )


def removed(item: Item, context: RuleContext, out: Changes) -> None:
    why = sensitive(item, context)
    kind = "data-item-removed" if why is None else "sensitive-item-removed"
    what = "" if why is None else f", sensitive ({', '.join(why.categories)})"
    out.add(
        kind,
        field_of(item),
        item.text,
        None,
        f"no longer shares {item.text!r}{what}",
        sensitivity=why,
    )


def compare_items(old: Document, new: Document, context: RuleContext, out: Changes) -> None:
    before, after = _by_words(items(old, context)), _by_words(items(new, context))
    for words, olds in before.items():
        news = after.get(words, [])
        for index, item in enumerate(olds):
            if index < len(news):
                _same_item(item, news[index], context, out)
            else:
                removed(item, context, out)
    for words, news in after.items():
        for item in news[len(before.get(words, [])) :]:
            added(item, context, out)


def sensitive_items(document: Document, context: RuleContext) -> Iterator[Item]:
    """The items of ``document`` that are sensitive under the enabled regimes."""
    return (i for i in items(document, context) if sensitivity(i, context)[0])


def _by_words(found: tuple[Item, ...]) -> dict[str, list[Item]]:
    grouped: dict[str, list[Item]] = {}
    for item in found:
        grouped.setdefault(normal(item.text), []).append(item)
    return grouped


def _same_item(old: Item, new: Item, context: RuleContext, out: Changes) -> None:
    field = field_of(new)
    if old.text != new.text:
        out.add(
            "wording-changed",
            field,
            old.text,
            new.text,
            f"item {old.text!r} is now written {new.text!r}; same words",
        )
    _category(old, new, context, out)
    out.statement(
        "justification-changed",
        f"{field}.justification",
        _reasons(old.raw),
        _reasons(new.raw),
        f"the justification of {new.text!r}",
    )
    _consent(old, new, out)
    _optional(old, new, out)


def _category(old: Item, new: Item, context: RuleContext, out: Changes) -> None:
    if text(old.declared) == text(new.declared):
        return
    field = f"{field_of(new)}.category"
    before, after = _grounds(old, context), _grounds(new, context)
    shown = f"{', '.join(old.categories) or 'none'} to {', '.join(new.categories) or 'none'}"
    if after - before:
        why = sensitive(new, context)
        assert why is not None
        out.add(
            "item-now-sensitive",
            field,
            old.declared,
            new.declared,
            f"{new.text!r} is now classed {shown}, sensitive: {why.explanation}",
            sensitivity=why,
        )
    elif before - after:
        out.add(
            "item-no-longer-sensitive",
            field,
            old.declared,
            new.declared,
            f"{new.text!r} is now classed {shown}, less sensitive than before",
        )
    else:
        out.add(
            "item-category-changed",
            field,
            old.declared,
            new.declared,
            f"{new.text!r} is now classed {shown}; its sensitivity is the same",
        )


def _reasons(entry: Mapping[str, Any]) -> str | None:
    """An item's justification as one text: ``necessity: ...; impact: ...``."""
    justification = mapping(entry.get("justification"))
    parts = [
        f"{key}: {value}"
        for key in ("necessity", "impact")
        if (value := text(justification.get(key))) is not None
    ]
    return "; ".join(parts) or None


def _consent(old_item: Item, item: Item, out: Changes) -> None:
    old, new = text(old_item.raw.get("consent")), text(item.raw.get("consent"))
    if old == new:
        return
    field = f"{field_of(item)}.consent"
    if new in _CONSENTS and old not in _CONSENTS:
        message = f"{item.text!r} now needs {new} consent (was {quoted(old)})"
        out.add("consent-strengthened", field, old, new, message)
    else:
        message = f"consent for {item.text!r} is now {quoted(new)} (was {quoted(old)})"
        out.add("consent-changed", field, old, new, message)


def _optional(old_item: Item, item: Item, out: Changes) -> None:
    before, after = old_item.raw.get("optional") is True, item.raw.get("optional") is True
    if before == after:
        return
    field = f"{field_of(item)}.optional"
    if after:
        message = f"{item.text!r} is now optional: the person may refuse it"
        out.add("item-now-optional", field, "false", "true", message)
    else:
        message = f"{item.text!r} is no longer optional: the person cannot refuse it"
        out.add("item-now-required", field, "true", "false", message)
