"""How grave a missing disclosure element is, decided by the enabled regimes that require it.

Not a rule: a helper the element rules share. Each element rule states which regime requires the
element and with what weight (a statute's duty is an error; a ministry notice's list column or a
recommended standard's advice a warning); the run's severity is the gravest among the enabled
regimes, INFO when none of them requires it (the format still keeps the field). The option
`severity-by-regime` of the rule changes the weight per regime.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from disclosurelint.model import Severity
from disclosurelint.rules.base import RuleContext

REGIMES = ("pipl", "gb35273", "gdpr", "cpra")

OPTION: dict[str, object] = {
    "severity-by-regime": {
        "type": "object",
        "propertyNames": {"enum": list(REGIMES)},
        "additionalProperties": {"enum": ["error", "warning", "info"]},
        "description": "Severity when each regime is enabled; the gravest enabled one applies.",
    }
}


def element_severity(context: RuleContext, required: Mapping[str, Severity]) -> Severity:
    """The gravest severity among the enabled regimes in ``required`` (after the option)."""
    weights: dict[str, Severity] = dict(required)
    chosen: Any = context.options.get("severity-by-regime")
    if isinstance(chosen, Mapping):
        for regime, label in chosen.items():
            if isinstance(label, str):
                weights[str(regime)] = Severity.parse(label)
    found = [weights[r] for r in context.regimes if r in weights]
    return max(found) if found else Severity.INFO
