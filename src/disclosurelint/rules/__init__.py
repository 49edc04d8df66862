"""The rule registry: every rule module, listed once, in code order.

A rule is found by its code (``DL204``), its name (``policy-url``) or, for selection, a code
prefix (``DL2`` = all completeness rules).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Mapping
from functools import cache
from typing import cast

from disclosurelint.errors import UsageError
from disclosurelint.model import RuleInfo
from disclosurelint.rules.base import RuleModule

_MODULES: tuple[str, ...] = (
    "dl001_yaml_syntax",
    "dl002_duplicate_key",
    "dl003_empty_file",
    "dl004_multiple_documents",
    "dl005_not_a_mapping",
    "dl006_bad_encoding",
    "dl007_binary_file",
    "dl008_file_too_large",
    "dl009_unbounded_structure",
    "dl010_unknown_tag",
    "dl011_complex_key",
    "dl012_unreadable_file",
    "dl101_missing_key",
    "dl102_unknown_key",
    "dl103_wrong_type",
    "dl104_invalid_value",
    "dl105_invalid_format",
    "dl106_empty_value",
    "dl107_duplicate_item",
    "dl108_no_matching_form",
    "dl201_purpose",
    "dl202_scenario",
    "dl203_sharing_mode",
    "dl204_policy_url",
    "dl205_recipient_chosen_at_runtime",
    "dl206_unpublished_item",
    "dl301_unjustified_sensitive_data",
    "dl302_category_mismatch",
    "dl303_unclassified_item",
    "dl304_separate_consent",
    "dl305_recipient_contact",
    "dl306_guardian_consent",
    "dl307_cross_border",
    "dl308_special_category_legal_basis",
    "dl309_processing_method",
    "dl401_duplicate_id",
    "dl501_malformed_waiver",
    "dl502_expired_waiver",
    "dl503_unused_waiver",
    "dl504_waiver_without_approver",
    "dl505_waiver_expiry_too_far",
    "dl601_undeclared_sdk",
    "dl602_sdk_not_shipped",
    "dl603_sdk_data_understated",
)

_CODE = re.compile(r"DL\d{3}\Z")


@cache
def all_rules() -> tuple[RuleModule, ...]:
    rules = tuple(
        cast(RuleModule, importlib.import_module(f"disclosurelint.rules.{name}"))
        for name in _MODULES
    )
    return tuple(sorted(rules, key=lambda r: r.CODE))


@cache
def by_code() -> Mapping[str, RuleModule]:
    return {r.CODE: r for r in all_rules()}


@cache
def _by_name() -> Mapping[str, RuleModule]:
    return {r.NAME: r for r in all_rules()}


def lookup(code_or_name: str) -> RuleModule:
    """The rule with this code or name (case-insensitive code); UsageError when there is none."""
    key = code_or_name.strip()
    rule = by_code().get(key.upper()) or _by_name().get(key.lower())
    if rule is None:
        raise UsageError(
            f"unknown rule {code_or_name!r}{did_you_mean(key)} (see `disclosurelint rules`)"
        )
    return rule


def did_you_mean(word: str) -> str:
    """``; did you mean DL204 (policy-url)?`` for a near miss of a code or a name, else ``""``."""
    import difflib

    known = {**{c.lower(): r for c, r in by_code().items()}, **_by_name()}
    close = difflib.get_close_matches(word.strip().lower(), list(known), n=1, cutoff=0.6)
    if not close:
        return ""
    rule = known[close[0]]
    return f"; did you mean {rule.CODE} ({rule.NAME})?"


def expand(selectors: Iterable[str]) -> frozenset[str]:
    """Codes matched by codes, names or code prefixes (``DL3``, ``DL30``, ``ALL``)."""
    codes: set[str] = set()
    for raw in selectors:
        item = raw.strip()
        if not item:
            continue
        if item.upper() == "ALL":
            codes.update(by_code())
            continue
        if item.upper().startswith("DL") and item[2:].isdigit() and len(item) <= 5:
            matched = {c for c in by_code() if c.startswith(item.upper())}
            if not matched and not _CODE.match(item.upper()):
                raise UsageError(f"no rule code starts with {item!r} (see `disclosurelint rules`)")
            codes.update(matched or {item.upper()})
            continue
        codes.add(lookup(item).CODE)
    return frozenset(codes)


def summary(rule: RuleModule) -> str:
    return (rule.__doc__ or "").strip().splitlines()[0] if rule.__doc__ else ""


def info(rule: RuleModule) -> RuleInfo:
    return RuleInfo(
        code=rule.CODE,
        name=rule.NAME,
        severity=rule.SEVERITY,
        summary=summary(rule),
        doc=(rule.__doc__ or "").strip(),
        articles=tuple(rule.ARTICLES),
    )
