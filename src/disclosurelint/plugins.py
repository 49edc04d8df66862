"""Rule plugins and policy packs, installed as Python packages and named by the configuration.

Two entry-point groups:

* ``disclosurelint.rules``: the object is a rule module (the contract of
  :mod:`disclosurelint.plugin`), or a sequence of them;
* ``disclosurelint.policies``: the object is a callable returning policy files and folders, or a
  package whose folder holds ``*.yaml`` policy files.

Only the names the configuration lists under ``plugins:`` are loaded; nothing is imported for a
plugin the configuration does not name, and a declaration can name none.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any

from disclosurelint.errors import ConfigError
from disclosurelint.rules.base import RuleModule

RULES_GROUP = "disclosurelint.rules"
POLICIES_GROUP = "disclosurelint.policies"


def load_plugins(names: Sequence[str]) -> tuple[list[RuleModule], list[str]]:
    """The rules and policy paths of the plugins ``names``; ConfigError for a missing or
    broken plugin."""
    rules: list[RuleModule] = []
    paths: list[str] = []
    found_rules = {e.name: e for e in metadata.entry_points(group=RULES_GROUP)}
    found_policies = {e.name: e for e in metadata.entry_points(group=POLICIES_GROUP)}
    for name in names:
        if name not in found_rules and name not in found_policies:
            raise _unknown(name, {*found_rules, *found_policies})
        if name in found_rules:
            rules.extend(_rules(name, _load(name, found_rules[name])))
        if name in found_policies:
            paths.extend(_policy_paths(name, _load(name, found_policies[name])))
    return rules, paths


def pack_paths(names: Sequence[str]) -> list[str]:
    """The policy files and folders of the policy packs among ``names``, without importing
    rule plugins (names that are only rule plugins give none; an unknown name is an error)."""
    found_rules = {e.name for e in metadata.entry_points(group=RULES_GROUP)}
    found_policies = {e.name: e for e in metadata.entry_points(group=POLICIES_GROUP)}
    out: list[str] = []
    for name in names:
        if name in found_policies:
            out.extend(_policy_paths(name, _load(name, found_policies[name])))
        elif name not in found_rules:
            raise _unknown(name, {*found_rules, *found_policies})
    return out


def _unknown(name: str, installed: Iterable[str]) -> ConfigError:
    return ConfigError(
        f"no installed plugin is named {name!r} (entry points in {RULES_GROUP} or "
        f"{POLICIES_GROUP}; installed: {', '.join(sorted(installed)) or 'none'})"
    )


def _load(name: str, entry: metadata.EntryPoint) -> Any:
    try:
        return entry.load()
    except Exception as exc:  # a plugin's own import error: say which plugin, no traceback
        message = f"plugin {name!r} could not be loaded: {type(exc).__name__}: {exc}"
        raise ConfigError(message) from None


def _rules(name: str, loaded: Any) -> list[RuleModule]:
    from disclosurelint.plugin import problems_of

    candidates = list(loaded) if isinstance(loaded, (list, tuple)) else [loaded]
    out: list[RuleModule] = []
    for rule in candidates:
        problems = problems_of(rule)
        if problems:
            label = getattr(rule, "CODE", None) or getattr(rule, "__name__", repr(rule))
            raise ConfigError(f"plugin {name!r}, rule {label}: " + "; ".join(problems))
        _mark(rule, name)
        out.append(rule)
    return out


def _mark(rule: Any, name: str) -> None:
    """Record where the rule comes from (``rules`` and ``explain`` show it)."""
    rule.ORIGIN = f"plugin {name}"


def _policy_paths(name: str, loaded: Any) -> list[str]:
    if isinstance(loaded, ModuleType):
        folder = Path(loaded.__file__ or "").parent
        return [str(folder)]
    if callable(loaded):
        given: Iterable[Any] = loaded()
        return [os.fspath(p) for p in given]
    raise ConfigError(f"plugin {name!r}: a policy pack is a package or a callable giving paths")
