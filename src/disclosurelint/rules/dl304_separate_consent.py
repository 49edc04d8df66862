"""Under PIPL, a sensitive item provided to a third party needs separate consent.

## What it checks

With the `pipl` regime enabled: a data item that is sensitive under PIPL (Art. 28), in an entry
whose recipient is a `third_party` or `joint_controller`, must say `consent: separate`
(`guardian` also satisfies it for minors' data, which DL306 checks). Entrusted processors
(Art. 21), enterprise customers and services on the user's own device are not "another
processor" receiving the data, so the rule does not apply to them.

## Why

PIPL Art. 29 requires separate consent to process sensitive personal information, and Art. 23
requires separate consent to provide personal information to another processor.

## Failing example

```yaml
data:
  - item: bank card number
    justification:
      necessity: Pays out refunds to the card the user chooses.
      impact: Financial loss if leaked; sent tokenised.
```

## Passing example

```yaml
data:
  - item: bank card number
    consent: separate
    justification:
      necessity: Pays out refunds to the card the user chooses.
      impact: Financial loss if leaked; sent tokenised.
```

## How to fix

Obtain separate consent for this item (a consent step of its own, not bundled with the privacy
policy) and record it as `consent: separate`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from disclosurelint.document import Document
from disclosurelint.model import Finding, Severity
from disclosurelint.rules.base import RuleContext
from disclosurelint.rules.items import items, sensitive_statuses

CODE = "DL304"
NAME = "separate-consent"
SEVERITY = Severity.ERROR
ARTICLES = ("PIPL Art. 29", "PIPL Art. 23")
OPTIONS: dict[str, object] = {}
SCOPE = "document"
OWNS: tuple[str, ...] = ()
NEEDS_TAXONOMY = True

_PROVIDED_TO = frozenset({"third_party", "joint_controller"})


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    if "pipl" not in context.regimes:
        return
    recipient = document.mapping.get("recipient")
    if not isinstance(recipient, Mapping):
        return
    relationship = recipient.get("relationship")  # any type: the schema reports a wrong one
    if not isinstance(relationship, str) or relationship not in _PROVIDED_TO:
        return
    for item in items(document, context):
        if item.raw.get("consent") in ("separate", "guardian"):
            continue
        # The most severe category of a compound item decides, whatever the word order.
        sensitive = sorted(
            (status for _, status in sensitive_statuses(item, context, ("pipl",))),
            key=lambda status: status.level != "sensitive",
        )
        if not sensitive:
            continue
        where = (*item.base, "consent") if "consent" in item.raw else item.path
        given = item.raw.get("consent")
        yield Finding(
            where,
            f"{item.text!r} is sensitive under PIPL ({sensitive[0].article}) and goes to a "
            f"third party, which needs separate consent; the entry says "
            f"{'consent: ' + str(given) if given else 'nothing about consent'}",
            fix="Record `consent: separate` once separate consent is obtained (PIPL Arts. 23, 29).",
            severity=Severity.ERROR if sensitive[0].level == "sensitive" else Severity.WARNING,
        )
