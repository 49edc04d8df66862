"""Organisation policies: rules written in YAML with CEL expressions (``policy: 1`` files).

``load(paths)`` reads, checks and compiles every policy file once; the rules it returns follow
the contract of the built-in rules, so that the engine, selection, waivers, baselines and every
output format treat them alike. The format is documented in ``docs/policies.md``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from disclosurelint.errors import ConfigError
from disclosurelint.policy.expr import ExpressionError
from disclosurelint.policy.files import PolicySpec, discover, expression_error, read
from disclosurelint.policy.rule import PolicyRule, use

__all__ = ["PolicyRule", "PolicySpec", "load", "load_files"]


def load(paths: Sequence[str]) -> tuple[PolicyRule, ...]:
    """The compiled rules of the policy files and folders ``paths`` (ConfigError on a problem)."""
    return load_files(discover(paths))


def load_files(
    files: Sequence[Path], texts: Mapping[Path, str] | None = None, *, activate: bool = True
) -> tuple[PolicyRule, ...]:
    """The compiled rules of ``files`` (``texts`` stand in for files an editor holds unsaved).

    With ``activate`` (the default) the rules become the run's policies; without it they are
    only checked, as the language server checks a policy file being edited.
    """
    rules: list[PolicyRule] = []
    lists: dict[str, tuple[str, Any]] = {}
    problems: list[str] = []
    for file in files:
        specs = read(file, (texts or {}).get(file))
        own = {spec.code for spec in specs}
        for spec in specs:
            for name, value in spec.lists.items():
                if name in lists and lists[name][1] != value:
                    problems.append(
                        f"{spec.file}: list {name!r} is also defined, differently, "
                        f"in {lists[name][0]}"
                    )
                lists[name] = (spec.file, value)
            for case in spec.tests:
                for code in case.expect:
                    if code not in own:
                        problems.append(
                            f"{spec.file}:{case.line}:{case.column}: test {case.name!r} expects "
                            f"{code}, which this file does not define (tests compare only "
                            "this file's codes)"
                        )
            try:
                rules.append(PolicyRule(spec))
            except ExpressionError as exc:
                line, column, message = expression_error(spec, getattr(exc, "key", "assert"), exc)
                problems.append(f"{spec.file}:{line}:{column}: {message}")
    if problems:
        error = ConfigError(problems[0])
        error.add(*problems[1:])  # one line each
        raise error
    if activate:
        use({name: value for name, (_, value) in lists.items()}, rules)
    return tuple(rules)
