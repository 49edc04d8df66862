"""Every processor entry cites its data processing agreement in `review.ticket`.

## What it checks

An entry whose recipient is an `entrusted_processor` gives `review.ticket` in the form
`DPA-<number>`, the reference of the signed data processing agreement in the contract register.

## Why

PIPL Art. 21 requires a contract with every entrusted processor; the register lets an auditor go
from the published list to the signed agreement.

## Failing example

```yaml
recipient:
  relationship: entrusted_processor
review:
  ticket: JIRA-12
```

## Passing example

```yaml
recipient:
  relationship: entrusted_processor
review:
  ticket: DPA-2031
```

## How to fix

Find the agreement in the contract register and write its reference, e.g. `ticket: DPA-2031`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from disclosurelint.plugin import Document, Finding, RuleContext, Scope, Severity

CODE = "ACME201"
NAME = "processor-dpa-ticket"
SEVERITY = Severity.ERROR
ARTICLES = ("PIPL Art. 21", "ACME vendor policy 2.4")
OPTIONS: dict[str, object] = {}
SCOPE = Scope.DOCUMENT
OWNS: tuple[str, ...] = ()

_TICKET = re.compile(r"DPA-[0-9]+")


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    data = document.mapping
    recipient = data.get("recipient")
    if not isinstance(recipient, dict) or recipient.get("relationship") != "entrusted_processor":
        return
    review = data.get("review") if isinstance(data.get("review"), dict) else {}
    ticket = review.get("ticket") if isinstance(review, dict) else None
    if isinstance(ticket, str) and _TICKET.fullmatch(ticket.strip()):
        return
    where = ("review", "ticket") if ticket is not None else ()
    yield Finding(
        where,
        f"a processor entry cites no data processing agreement (review.ticket is {ticket!r})",
        fix="Write the agreement's reference from the contract register, e.g. `DPA-2031`.",
    )
