"""A new declaration from answers: the data, in the documented order, and what is still missing.

What the author did not give is written as ``TBD``, which the rules recognise as a placeholder, so
that ``check`` names exactly what is left to supply.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

PLACEHOLDER = "TBD"


@dataclass(frozen=True)
class Item:
    words: str
    category: str | None = None
    sensitive: bool = False  # asks for a justification (necessity and impact)


@dataclass(frozen=True)
class Answers:
    id: str
    recipient: str | None = None
    relationship: str = "third_party"
    country: str | None = None
    contact: str | None = None
    product: str | None = None
    items: tuple[Item, ...] = ()
    purpose: str | None = None
    scenario: str | None = None
    modes: tuple[str, ...] = ()
    policy_url: str | None = None
    processing_method: str | None = None


def suggest_categories(taxonomy: Any, words: str) -> tuple[str, ...]:
    """The taxonomy's categories for a data item's words (empty when it knows none)."""
    return tuple(taxonomy.classify(words).categories)


def build(answers: Answers) -> dict[str, Any]:
    recipient: dict[str, Any] = {
        "name": answers.recipient or PLACEHOLDER,
        "relationship": answers.relationship,
    }
    if answers.contact:
        recipient["contact"] = answers.contact
    if answers.country:
        recipient["country"] = answers.country
    items: list[dict[str, Any]] = []
    for item in answers.items or (Item(PLACEHOLDER),):
        entry: dict[str, Any] = {"item": item.words}
        if item.category:
            entry["category"] = item.category
        if item.sensitive:
            entry["justification"] = {"necessity": PLACEHOLDER, "impact": PLACEHOLDER}
        items.append(entry)
    return {
        "disclosure": 1,
        "id": answers.id,
        "recipient": recipient,
        "product": answers.product or PLACEHOLDER,
        "data": items,
        "purpose": answers.purpose or PLACEHOLDER,
        "scenario": answers.scenario or PLACEHOLDER,
        "sharing_modes": list(answers.modes) or [PLACEHOLDER],
        "privacy_policy": {"url": answers.policy_url or PLACEHOLDER},
        # PIPL Art. 23 asks for it when the recipient is another processor
        "processing_method": answers.processing_method or PLACEHOLDER,
    }


def render(data: dict[str, Any]) -> str:
    """The declaration's text, through the round-trip writer's layout."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    from disclosurelint.authoring.writer import dump, style

    def convert(value: Any, key: str | None = None) -> Any:
        if isinstance(value, dict):
            mapping = CommentedMap()
            for name, inner in value.items():
                mapping[name] = convert(inner, name)
            return mapping
        if isinstance(value, list):
            sequence = CommentedSeq(convert(v) for v in value)
            if key == "sharing_modes":
                sequence.fa.set_flow_style()
            return sequence
        return value

    tree = convert(data)
    style(tree)
    return dump(tree)


def placeholders(data: Any, path: Sequence[str | int] = ()) -> list[str]:
    """The JSON paths (``recipient.name``) still holding the placeholder."""
    found: list[str] = []
    if isinstance(data, dict):
        for key, value in data.items():
            found += placeholders(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += placeholders(value, (*path, index))
    elif data == PLACEHOLDER:
        from disclosurelint.model import format_json_path

        found.append(format_json_path(tuple(path))[2:] or "$")
    return found
