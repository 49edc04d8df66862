"""The public contract of a Python rule plugin.

A plugin rule is a module (or any object) with these attributes, exactly like a built-in rule
under ``disclosurelint/rules/``::

    \"\"\"One-line summary.

    ## What it checks ... ## Why ... ## Failing example ```yaml ...``` ## How to fix ...
    \"\"\"
    from disclosurelint.plugin import Document, Finding, RuleContext, Scope, Severity

    CODE = "ACME201"                # 2-10 capital letters and 3 digits; DL is reserved
    NAME = "vendor-contract-id"     # kebab-case, unique across every rule
    SEVERITY = Severity.ERROR
    ARTICLES = ("ACME vendor policy 2.1",)
    OPTIONS: dict[str, object] = {}  # JSON Schema properties of its options, with defaults
    SCOPE = Scope.DOCUMENT
    OWNS: tuple[str, ...] = ()

    def check(document: Document, context: RuleContext) -> Iterator[Finding]:
        ...  # yield Finding(json_path, message, fix=...)

    # optional: the documentation in Chinese, for `report --lang zh` and `explain --lang zh`
    TEXTS = {"zh": RuleText(name="...", summary="...", checks="...", why="...", fix="...")}

A package registers its rules under the entry-point group ``disclosurelint.rules`` (the object
is the module, or a list of modules) and its policy files under ``disclosurelint.policies``. The
rules run only when the configuration lists the entry point's name under ``plugins:``.

Everything a plugin imports from disclosurelint comes from this module; the names here are kept
stable across minor versions.
"""

from __future__ import annotations

import re
from typing import Any

from disclosurelint.document import Document
from disclosurelint.model import Finding, JsonPath, RuleText, Severity, Target
from disclosurelint.rules.base import (
    RuleContext,
    RuleDescription,
    RuleModule,
    Scope,
    is_placeholder,
    missing_text,
    text_of,
)

__all__ = [
    "Document",
    "Finding",
    "JsonPath",
    "RuleContext",
    "RuleDescription",
    "RuleModule",
    "RuleText",
    "Scope",
    "Severity",
    "Target",
    "is_placeholder",
    "missing_text",
    "problems_of",
    "text_of",
]

_CODE = re.compile(r"[A-Z]{2,10}[0-9]{3}\Z")
_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*\Z")


def problems_of(rule: Any) -> list[str]:
    """What keeps ``rule`` from being a rule (empty when it follows the contract)."""
    problems = []
    code = getattr(rule, "CODE", None)
    if not isinstance(code, str) or not _CODE.match(code) or code.startswith("DL"):
        problems.append(f"CODE {code!r} is not a code such as ACME201 (DL is reserved)")
    name = getattr(rule, "NAME", None)
    if not isinstance(name, str) or not _NAME.match(name):
        problems.append(f"NAME {name!r} is not kebab-case")
    if not isinstance(getattr(rule, "SEVERITY", None), Severity):
        problems.append("SEVERITY is not a disclosurelint.plugin.Severity")
    scope = getattr(rule, "SCOPE", None)
    if scope not in (Scope.DOCUMENT, Scope.DOCUMENT.value):
        problems.append(f"SCOPE {scope!r}: plugin rules read one document (Scope.DOCUMENT)")
    if not callable(getattr(rule, "check", None)):
        problems.append("it has no check(document, context) function")
    if not (getattr(rule, "__doc__", None) or "").strip():
        problems.append("it has no docstring (its documentation)")
    for attribute, default in (("ARTICLES", ()), ("OPTIONS", {}), ("OWNS", ())):
        if not hasattr(rule, attribute):
            try:
                setattr(rule, attribute, default)
            except AttributeError:
                problems.append(f"it has no {attribute}")
    return problems
