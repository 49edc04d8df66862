"""The rule registry: every rule module, listed once, in code order.

A rule is found by its code (``DL204``), its name (``policy-url``) or, for selection, a code
prefix (``DL2`` = all completeness rules).

The rule contract
-----------------

A rule is one module, ``dlNNN_name.py``: everything about it is in that file, and adding one
touches that file, its test and the list below (no generated file).

* Its docstring is its documentation (what it checks, why with the article, a failing and a
  passing example in fenced ``yaml`` blocks that a test runs, how to fix); ``docs/rules/`` and the
  README's table are generated from it. ``TEXTS = {"zh": RuleText(...)}`` gives the same
  documentation in Chinese (name, summary, what it checks, why, how to fix), which the Chinese
  report and ``explain --lang zh`` print; a test fails for a rule without it.
* Its description: ``CODE``, ``NAME``, ``SEVERITY``, ``SCOPE`` (a :class:`~.base.Scope`),
  ``ARTICLES``, ``OPTIONS`` (a JSON Schema ``properties`` fragment) and ``OWNS`` (the top-level
  keys whose schema errors it reports instead); :func:`describe` freezes them into a
  :class:`~.base.RuleDescription`.
* Its logic and its words, by scope. The stages decide *when* a rule applies; what the rule says,
  and where, is built only by the rule's own functions:

  - ``document`` rules define ``check(document, context)``, yielding
    :class:`~disclosurelint.model.Finding` records; ``repository`` rules define
    ``check(facts, context)`` over every file, yielding ``(file, finding)``; the rules of
    policy files and plugins are ``check`` rules too.
  - ``load`` rules (DL0xx) define the constructors the loader calls when it meets the problem
    (``finding``, ``too_deep``, ``utf16``...).
  - ``schema`` rules (DL1xx) name the JSON Schema ``KEYWORDS`` they report; the schema stage
    validates and, for each error, calls the rule of its keyword with a
    :class:`~.base.SchemaError`: ``message(name, error)`` (and optionally ``fix(error)``), or
    ``finding``/``findings`` where a rule builds the whole finding (DL101, DL102, DL108).
  - ``waiver`` rules (DL5xx) define ``finding`` for the waivers stage, which parses and applies
    waivers and calls the rule with the waiver it judges.

A test checks that every module is registered and documented, and that every function a stage
calls on a rule is defined in that rule's module.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Mapping
from functools import cache
from typing import cast

from disclosurelint.errors import UsageError
from disclosurelint.model import RuleInfo
from disclosurelint.rules.base import Example, RuleDescription, RuleModule, Scope

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
    "dl207_missing_language",
    "dl301_unjustified_sensitive_data",
    "dl302_category_mismatch",
    "dl303_unclassified_item",
    "dl304_separate_consent",
    "dl305_recipient_contact",
    "dl306_guardian_consent",
    "dl307_cross_border",
    "dl308_special_category_legal_basis",
    "dl309_processing_method",
    "dl310_languages_disagree",
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

_CODE = re.compile(r"[A-Z]{2,10}\d{3}\Z")
_PREFIX = re.compile(r"[A-Z]{2,10}\d{0,2}\Z")
_extra: list[RuleModule] = []  # rules of policy files and plugins, installed by the configuration


@cache
def builtin_rules() -> tuple[RuleModule, ...]:
    """The rules that ship with disclosurelint, from the list above."""
    rules = tuple(
        cast(RuleModule, importlib.import_module(f"disclosurelint.rules.{name}"))
        for name in _MODULES
    )
    return tuple(sorted(rules, key=lambda r: r.CODE))


def all_rules() -> tuple[RuleModule, ...]:
    """Built-in rules, then the installed policy and plugin rules, each group in code order."""
    return _all()


@cache
def _all() -> tuple[RuleModule, ...]:
    return (*builtin_rules(), *sorted(_extra, key=lambda r: r.CODE))


def install(extra: Iterable[RuleModule]) -> None:
    """Make ``extra`` (policy and plugin rules) known beside the built-in ones.

    A code or name that another rule already has is a :class:`ConfigError`.
    """
    from disclosurelint.errors import ConfigError

    chosen = list(extra)
    codes = {r.CODE: r for r in builtin_rules()}
    names = {r.NAME: r for r in builtin_rules()}
    for rule in chosen:
        for key, seen in ((rule.CODE, codes), (rule.NAME, names)):
            other = seen.get(key)
            if other is not None and other is not rule:
                raise ConfigError(
                    f"rule {rule.CODE} ({origin(rule)}): {key!r} is already used by "
                    f"{other.CODE} ({origin(other)})"
                )
        codes[rule.CODE] = rule
        names[rule.NAME] = rule
    _extra[:] = chosen
    for cached in (_all, by_code, _by_name):
        cached.cache_clear()


def origin(rule: RuleModule) -> str:
    """``built-in``, ``policy FILE`` or ``plugin NAME``."""
    found = getattr(rule, "ORIGIN", None)
    if found == "policy":
        return f"policy {rule.spec.file}"  # type: ignore[attr-defined]
    return str(found) if found else "built-in"


@cache
def by_code() -> Mapping[str, RuleModule]:
    return {r.CODE: r for r in all_rules()}


@cache
def _by_name() -> Mapping[str, RuleModule]:
    return {r.NAME: r for r in all_rules()}


def names() -> frozenset[str]:
    """Every rule name."""
    return frozenset(_by_name())


def lookup(code_or_name: str) -> RuleModule:
    """The rule with this code or name (case-insensitive code); UsageError when there is none."""
    key = code_or_name.strip()
    rule = by_code().get(key.upper()) or _by_name().get(key.lower())
    if rule is None:
        raise UsageError(
            f"unknown rule {code_or_name!r}{did_you_mean(key)} (see `disclosurelint rules`)"
        )
    return rule


def is_prefix(selector: str) -> bool:
    """Whether ``selector`` is a code prefix (``DL3``, ``ACME``, ``ACME1``), not a full code."""
    return bool(_PREFIX.match(selector.strip().upper())) and not _CODE.match(
        selector.strip().upper()
    )


_LOOKALIKE_DIGITS = str.maketrans("oil", "011")


def did_you_mean(word: str) -> str:
    """``; did you mean DL204 (policy-url)?`` for a near miss of a code or a name, else ``""``."""
    import difflib

    known = {**{c.lower(): r for c, r in by_code().items()}, **_by_name()}
    typed = word.strip().lower()
    # a letter typed for a digit of a code (DL3O1, DL2l4) means that digit, not the closest code
    digits = typed[:2] + typed[2:].translate(_LOOKALIKE_DIGITS)
    if typed.startswith("dl") and digits in known:
        rule = known[digits]
        return f"; did you mean {rule.CODE} ({rule.NAME})?"
    close = difflib.get_close_matches(typed, list(known), n=1, cutoff=0.6)
    if not close:
        return ""
    rule = known[close[0]]
    return f"; did you mean {rule.CODE} ({rule.NAME})?"


def expand(selectors: Iterable[str]) -> frozenset[str]:
    """Codes matched by codes, names or code prefixes (``DL3``, ``DL30``, ``ACME``, ``ALL``)."""
    codes: set[str] = set()
    for raw in selectors:
        item = raw.strip()
        if not item:
            continue
        if item.upper() == "ALL":
            codes.update(by_code())
            continue
        if item.lower() in _by_name():
            codes.add(_by_name()[item.lower()].CODE)
            continue
        if is_prefix(item) or _CODE.match(item.upper()):
            matched = {c for c in by_code() if c.startswith(item.upper())}
            if matched or (item.upper().startswith("DL") and _CODE.match(item.upper())):
                codes.update(matched or {item.upper()})
                continue
            if any(c.startswith(item.upper().rstrip("0123456789")[:2]) for c in by_code()):
                raise UsageError(f"no rule code starts with {item!r} (see `disclosurelint rules`)")
        codes.add(lookup(item).CODE)  # an unknown name or code: with a suggestion
    return frozenset(codes)


def summary(rule: RuleModule) -> str:
    return (rule.__doc__ or "").strip().splitlines()[0] if rule.__doc__ else ""


_EXAMPLE = re.compile(r"## (Failing|Passing) example[^\n]*\s+```yaml\n(.*?)\n```", re.S)


def describe(rule: RuleModule) -> RuleDescription:
    """The frozen description of ``rule`` (whichever way it was written)."""
    doc = (rule.__doc__ or "").strip()
    spec = getattr(rule, "spec", None)
    return RuleDescription(
        code=rule.CODE,
        name=rule.NAME,
        severity=rule.SEVERITY,
        scope=Scope(str(getattr(rule.SCOPE, "value", rule.SCOPE))),
        summary=summary(rule),
        doc=doc,
        articles=tuple(rule.ARTICLES),
        options=dict(rule.OPTIONS),
        examples=tuple(Example(body, kind == "Failing") for kind, body in _EXAMPLE.findall(doc)),
        origin=origin(rule),
        why=getattr(spec, "why", None),
        fix=getattr(spec, "fix", None),
        source=getattr(spec, "file", None),
        texts=dict(getattr(rule, "TEXTS", None) or {}),
    )


def info(rule: RuleModule) -> RuleInfo:
    description = describe(rule)
    return RuleInfo(
        code=description.code,
        name=description.name,
        severity=description.severity,
        summary=description.summary,
        doc=description.doc,
        articles=description.articles,
        origin=description.origin,
        why=description.why,
        help_path=description.source or f"docs/rules/{description.code}.md",
        texts=tuple(sorted(description.texts.items())),
    )
