"""What the SDK rules (DL601-DL603) share: what a declaration says about SDKs, and matching.

Not a rule: a helper the DL6xx rules read, so that they decide the same way which SDKs a
declaration names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from disclosurelint.document import Document
from disclosurelint.model import Span, Target
from disclosurelint.rules.base import text_of

# The manifest the SDK rules' documented examples are checked against (kept here, not in the
# sdks package, whose catalogue and readers a check without manifests never needs).
EXAMPLE_MANIFEST: tuple[tuple[str, str], ...] = (
    (
        "app/build.gradle",
        "dependencies {\n    implementation 'com.umeng.umsdk:common:9.6.8'\n}\n",
    ),
)

# a declared category that covers another the catalogue lists (precise location covers coarse)
COVERS: Mapping[str, frozenset[str]] = {
    "precise_location": frozenset({"coarse_location"}),
    "location_trajectory": frozenset({"precise_location", "coarse_location"}),
    "device_info": frozenset(),
}


@dataclass(frozen=True)
class Declared:
    """One declaration's SDK facts: all the DL6xx rules keep of a file."""

    id: str | None
    references: tuple[tuple[str, Span], ...]  # the `sdks:` items and where each is written
    recipient: str | None
    items: tuple[tuple[str, str | None], ...]  # each data item's words and declared category
    anchor: Span  # where a finding about the whole entry points: `data`, else the top


def collect(document: Document) -> Declared | None:
    data = document.mapping
    source = document.source
    if source is None or not data:
        return None
    refs = data.get("sdks")
    references: list[tuple[str, Span]] = []
    if isinstance(refs, list):
        for index, value in enumerate(refs):
            text = text_of(value)
            if text:
                references.append((text, source.span(("sdks", index), Target.VALUE)[0]))
    recipient = data.get("recipient")
    name = text_of(recipient.get("name")) if isinstance(recipient, Mapping) else None
    items: list[tuple[str, str | None]] = []
    for entry in data.get("data") or ():
        if isinstance(entry, Mapping) and text_of(entry.get("item")):
            category = entry.get("category")
            items.append((str(entry["item"]), category if isinstance(category, str) else None))
    where = ("data",) if "data" in data else ()
    anchor = source.span(where, Target.KEY if where else Target.VALUE)[0]
    ident = data.get("id") if isinstance(data.get("id"), str) else None
    return Declared(ident, tuple(references), name, tuple(items), anchor)


def named_by_reference(declared: Declared, catalogue: Any) -> set[str]:
    """Catalogue ids the declaration's ``sdks:`` list names (by id or coordinate)."""
    out: set[str] = set()
    for reference, _ in declared.references:
        out.update(s.id for s in catalogue.lookup(reference))
    return out


def named_companies(declared: Declared, catalogue: Any) -> set[str]:
    """Company ids whose legal name or alias is the declaration's recipient name."""
    return catalogue.companies_named(declared.recipient) if declared.recipient else set()


def names(declared: Declared, sdk: Any, catalogue: Any) -> bool:
    """Whether the declaration names ``sdk``: in ``sdks:``, or by naming its provider."""
    return sdk.id in named_by_reference(declared, catalogue) or sdk.company.id in named_companies(
        declared, catalogue
    )


def declared_categories(declared: Declared, taxonomy: Any) -> set[str]:
    """The taxonomy categories of the declaration's data items (declared or from the words),
    with the categories each one covers."""
    found: set[str] = set()
    for text, category in declared.items:
        if category and category in taxonomy.categories:
            found.add(category)
        else:
            found.update(taxonomy.classify(text).categories)
    for category in list(found):
        found |= COVERS.get(category, frozenset())
    return found
