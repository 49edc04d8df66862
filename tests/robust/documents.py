"""Declarations written for these tests, and the schema's own verdict on them.

``FULL`` sets every key of the schema (``CHOSEN`` is the other recipient form), so that replacing
one value at a time reaches every rule that reads it. ``WRONG`` holds a value of every JSON type
and every shape of "nothing": the class of wrong values a person writes.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Collection, Iterator, Sequence
from functools import cache
from typing import Any

import yaml

from disclosurelint.model import JsonPath
from disclosurelint.schema import FORMAT_CHECKS, load_schema

FULL: dict[str, Any] = {
    "disclosure": 1,
    "id": "alpha",
    "recipient": {
        "name": "Alpha Analytics Ltd.",
        "relationship": "third_party",
        "contact": "https://alpha-analytics.cn/contact",
        "country": "US",
    },
    "product": "Alpha SDK",
    "data": [
        {
            "item": "ID card number",
            "category": "government_id",
            "consent": "separate",
            "optional": True,
            "justification": {"necessity": "Verifies the holder.", "impact": "Identity theft."},
        },
        {"item": "child's face photo", "consent": "guardian"},
        {"item": "precise location"},
    ],
    "data_note": "Collected once.",
    "purpose": "Provide the analytics service.",
    "scenario": "You open the app.",
    "sharing_modes": ["other", "sdk_on_device"],
    "sharing_mode_note": "A file export.",
    "privacy_policy": {"url": "https://alpha-analytics.cn/privacy"},
    "wording": {"recipient": "Alpha", "data": "ID card number"},
    "legal_basis": {"pipl": "consent", "gdpr": "consent"},
    "processing_method": "Storage",
    "cross_border": {"destinations": ["US"], "mechanism": "cac_standard_contract", "note": "SCC"},
    "retention": "30 days",
    "review": {"owner": "Legal", "last_reviewed": "2026-01-01", "ticket": "LEG-1"},
    "security_measures": "Encrypted in transit and at rest.",
    "sdks": ["com.alpha:analytics"],
    "impact_assessment": {"reference": "PIA-7", "date": "2026-01-02"},
    "consent_evidence": {"kind": "separate", "how": "A dialog.", "where": "Sign-up screen"},
    "entrustment_agreement": {"reference": "DPA-3", "date": "2026-01-03"},
}

CHOSEN: dict[str, Any] = {
    **copy.deepcopy(FULL),
    "recipient": {
        "selected_by": "administrator",
        "name_source": "the administrator's console",
        "relationship": "joint_controller",
        "country": "CN",
    },
    "privacy_policy": {"reference": "See the app details page."},
}

WRONG: tuple[Any, ...] = (
    None,
    "",
    " ",
    "TBD",
    "text",
    0,
    -1,
    1.5,
    True,
    [],
    [None],
    [""],
    ["x"],
    [[1]],
    [{}],
    {},
    {"x": None},
    {"url": {}},
    {"item": ["x"]},
)


def paths(value: Any, path: JsonPath = ()) -> Iterator[JsonPath]:
    """Every JSON path inside ``value`` (not the root itself)."""
    if isinstance(value, dict):
        for key, child in value.items():
            yield (*path, key)
            yield from paths(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield (*path, index)
            yield from paths(child, (*path, index))


def replaced(document: Any, path: JsonPath, value: Any) -> Any:
    """A deep copy of ``document`` with the value at ``path`` replaced."""
    changed = copy.deepcopy(document)
    target = changed
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return changed


def dump(document: Any) -> str:
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False)


@cache
def _validator() -> Any:
    from jsonschema import Draft202012Validator, FormatChecker

    checker = FormatChecker(formats=())
    for name, check in FORMAT_CHECKS.items():
        checker.checks(name)(check)
    return Draft202012Validator(load_schema(), format_checker=checker)


def schema_errors(document: Any) -> list[JsonPath]:
    """Where jsonschema itself rejects ``document``: one path per error, down to a missing key."""
    found = []
    for error in _validator().iter_errors(document):
        path = tuple(error.absolute_path)
        instance = error.instance if isinstance(error.instance, dict) else {}
        if error.validator == "required":
            path += tuple(k for k in error.validator_value if k not in instance)[:1]
        elif error.validator == "additionalProperties":
            known = error.schema.get("properties", {})
            path += tuple(k for k in instance if k not in known)[:1]
        found.append(path)
    return found


def top_key(json_path: str) -> str | None:
    """The top-level key of a JSON path as the outputs write it (``$.data[0].item``: ``data``;
    ``$['a b']``: ``a b``), or None for the document itself."""
    found = re.match(r"\$(?:\.([A-Za-z0-9_-]+)|\['((?:[^'\\]|\\.)*)'\])", json_path)
    if found is None:
        return None
    if found.group(1) is not None:
        return found.group(1)
    return re.sub(r"\\(.)", r"\1", found.group(2))


def uncovered(errors: Sequence[JsonPath], reported: Collection[str | None]) -> list[JsonPath]:
    """The schema errors that no reported problem speaks of. ``reported`` holds the top-level key
    of each problem (None: the document's top). Each error needs a problem on its top-level key;
    a missing top-level key may be reported at the document's top."""
    return [
        e
        for e in errors
        if not (e[:1] and e[0] in reported)
        and not (len(e) <= 1 and None in reported)
        and not (not e and reported)
    ]
