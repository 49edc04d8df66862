"""The rule set's version: which rules judged the declarations, and by which words.

:data:`RULESET_VERSION` is ``rules-`` and the first 16 hexadecimal digits of a SHA-256 over every
rule, in code order (its code, name, default severity, articles and documentation, the
documentation being what ``disclosurelint explain`` prints and what the test suite holds the
behaviour to, and its documentation in other languages, which the Chinese report quotes), and
over the bundled data taxonomy that the sensitive-data rules classify items
with. It changes whenever a rule is added, removed, renamed, made more or less severe, or its
documented behaviour or the taxonomy changes; it does not change with the tool's version alone.
A report names it, so a filed report says which rules it was judged by.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from disclosurelint import rules as registry
from disclosurelint.model import RuleInfo


def compute(rules: Iterable[RuleInfo], taxonomy: str) -> str:
    """The version of the rule set made of ``rules`` and the taxonomy data ``taxonomy``."""
    digest = hashlib.sha256()
    for rule in sorted(rules, key=lambda r: r.code):
        translated = (
            part
            for lang, text in rule.texts
            for part in (lang, text.name, text.summary, text.checks, text.why, text.fix)
        )
        for part in (rule.code, rule.name, rule.severity.label, *rule.articles, rule.doc):
            digest.update(part.encode("utf-8"))
            digest.update(b"\0")
        for part in translated:
            digest.update(part.encode("utf-8"))
            digest.update(b"\0")
        digest.update(b"\x1e")  # between rules
    digest.update(taxonomy.encode("utf-8"))
    return f"rules-{digest.hexdigest()[:16]}"


def _current() -> str:
    from disclosurelint.taxonomy.loader import DATA_FILE, resource_text

    # the built-in rules: organisation policies are cited in the report with their own text
    rules = registry.builtin_rules()
    return compute((registry.info(rule) for rule in rules), resource_text(DATA_FILE))


RULESET_VERSION: str = _current()
"""The version of the rules this installation runs (see the module's documentation)."""

RULE_COUNT: int = len(registry.builtin_rules())
