"""Fixes that cannot change what a declaration says, and one that could (``--unsafe-fixes``).

Safe, because the value already says it in other words:

* a country name (``China``, ``美国``) or a lower-case code to its ISO 3166-1 code
  (``recipient.country``, ``cross_border.destinations``);
* a sharing-mode synonym (``background API transmission``) to its id (``backend_api``);
* a known category label (``Phone number``) to its taxonomy id (``phone_number``);
* an enum value written in other case or with spaces or hyphens (``Third party``) to the value
  (relationship, selected_by, consent, legal_basis, cross-border mechanism);
* spaces at line ends (the writer drops them everywhere outside text values).

Unsafe, because the result points somewhere else: an ``http://`` policy URL to ``https://`` (the
https address may not serve the same page).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from disclosurelint.model import JsonPath


def enum_values(path: JsonPath) -> tuple[str, ...]:
    from disclosurelint.authoring.schemainfo import enum

    return enum(path)


_ISO = re.compile(r"[A-Z]{2}\Z")


@dataclass(frozen=True)
class Fix:
    """Replace the value at ``path`` (``old``) with ``new``; ``safe`` when meaning is kept."""

    path: JsonPath
    old: Any
    new: Any
    safe: bool = True

    @property
    def title(self) -> str:
        return f"Replace {self.old!r} with {self.new!r}"


def _enum_key(text: str) -> str:
    return re.sub(r"[\s\-]+", "_", text.strip()).casefold()


def _enum_fix(path: JsonPath, value: Any, choices: Sequence[str]) -> Fix | None:
    if not isinstance(value, str) or value in choices:
        return None
    key = _enum_key(value)
    return Fix(path, value, key) if key in choices else None


def _country_fix(path: JsonPath, value: Any) -> Fix | None:
    from disclosurelint.importer.build import country_code

    if not isinstance(value, str) or _ISO.match(value):
        return None
    code = country_code(value) or (value.strip().upper() if len(value.strip()) == 2 else None)
    return Fix(path, value, code) if code and _ISO.match(code) else None


def _mode_fix(path: JsonPath, value: Any) -> Fix | None:
    from disclosurelint.published import sharing_modes

    choices = enum_values(("sharing_modes",))
    if not isinstance(value, str) or value in choices:
        return None
    simple = _enum_fix(path, value, choices)
    if simple is not None:
        return simple
    modes, unmapped = sharing_modes(value)
    return Fix(path, value, modes[0]) if len(modes) == 1 and not unmapped else None


def _category_fix(path: JsonPath, value: Any, labels: Mapping[str, str]) -> Fix | None:
    if not isinstance(value, str) or value in labels.values():
        return None
    new = labels.get(value.strip().casefold())
    return Fix(path, value, new) if new else None


def category_labels(taxonomy: Any) -> dict[str, str]:
    """Each category's label and id (case-folded) -> its id."""
    labels: dict[str, str] = {}
    for category in taxonomy.categories.values():
        labels[category.label.casefold()] = category.id
        labels[category.id.casefold()] = category.id
    return labels


def find_fixes(data: Any, taxonomy: Any = None) -> list[Fix]:
    """Every fix for a declaration's plain data, safe ones and unsafe ones, in file order."""
    if not isinstance(data, Mapping) or "disclosure" not in data:
        return []  # not a declaration: its keys mean something else
    return list(_fixes(data, taxonomy))


def _fixes(data: Mapping[str, Any], taxonomy: Any) -> Iterator[Fix]:
    recipient = data.get("recipient")
    if isinstance(recipient, Mapping):
        for key in ("selected_by", "relationship"):
            path: JsonPath = ("recipient", key)
            fix = _enum_fix(path, recipient.get(key), enum_values(path))
            if fix:
                yield fix
        fix = _country_fix(("recipient", "country"), recipient.get("country"))
        if fix:
            yield fix
    items = data.get("data")
    labels = category_labels(taxonomy) if taxonomy is not None else {}
    for index, item in enumerate(items if isinstance(items, list) else []):
        if not isinstance(item, Mapping):
            continue
        if labels:
            fix = _category_fix(("data", index, "category"), item.get("category"), labels)
            if fix:
                yield fix
        fix = _enum_fix(
            ("data", index, "consent"), item.get("consent"), enum_values(("data", 0, "consent"))
        )
        if fix:
            yield fix
    modes = data.get("sharing_modes")
    for index, mode in enumerate(modes if isinstance(modes, list) else []):
        fix = _mode_fix(("sharing_modes", index), mode)
        if fix:
            yield fix
    policy = data.get("privacy_policy")
    url = policy.get("url") if isinstance(policy, Mapping) else None
    if isinstance(url, str) and url.startswith("http://") and len(url) > len("http://"):
        yield Fix(("privacy_policy", "url"), url, "https://" + url[len("http://") :], safe=False)
    basis = data.get("legal_basis")
    for regime, value in basis.items() if isinstance(basis, Mapping) else ():
        path = ("legal_basis", regime)
        fix = _enum_fix(path, value, enum_values(path))
        if fix:
            yield fix
    border = data.get("cross_border")
    if isinstance(border, Mapping):
        destinations = border.get("destinations")
        for index, place in enumerate(destinations if isinstance(destinations, list) else []):
            fix = _country_fix(("cross_border", "destinations", index), place)
            if fix:
                yield fix
        mechanism = border.get("mechanism")
        choices = enum_values(("cross_border", "mechanism"))
        if isinstance(mechanism, list):
            for index, value in enumerate(mechanism):
                fix = _enum_fix(("cross_border", "mechanism", index), value, choices)
                if fix:
                    yield fix
        else:
            fix = _enum_fix(("cross_border", "mechanism"), mechanism, choices)
            if fix:
                yield fix


def apply(tree: Any, fixes: Sequence[Fix]) -> None:
    """Set each fix's new value in a round-trip tree, in place (comments stay where they are)."""
    for fix in fixes:
        node = tree
        for part in fix.path[:-1]:
            node = node[part]
        last = fix.path[-1]
        if node[last] == fix.old:
            node[last] = fix.new


@dataclass(frozen=True)
class FixPlan:
    """What ``check --fix`` does to one file: the fixes it applies and those it leaves."""

    applied: tuple[Fix, ...]
    withheld: tuple[Fix, ...]  # unsafe fixes, without --unsafe-fixes


def plan(text: str, path: str, taxonomy: Any, *, unsafe: bool) -> FixPlan:
    from disclosurelint.authoring.writer import load_checked

    found = find_fixes(load_checked(text, path), taxonomy)
    return FixPlan(
        tuple(f for f in found if f.safe or unsafe),
        tuple(f for f in found if not f.safe and not unsafe),
    )


def fix_text(text: str, path: str, fixes: Sequence[Fix]) -> str:
    """``text`` with ``fixes`` applied through the round-trip writer (keys keep their order;
    indentation and quoting follow ``fmt``'s layout). Without fixes only the spaces at line ends
    of a declaration go, and nothing else changes."""
    from disclosurelint.authoring.writer import (
        load_checked,
        rewrite,
        strip_trailing_spaces,
        verify,
    )

    if fixes:
        return rewrite(text, path, lambda tree: apply(tree, fixes), reorder_keys=False)
    data = load_checked(text, path)
    if not isinstance(data, Mapping) or "disclosure" not in data:
        return text
    stripped = strip_trailing_spaces(text, path)
    verify(text, stripped, path)
    return stripped
