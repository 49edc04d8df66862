"""The published list cannot name the recipient: it is chosen at run time.

## What it checks

An entry whose `recipient` gives `selected_by` (the administrator or the user chooses the
company, as in an app store of mini programs) instead of `name`. Such an entry is complete; this
`info` finding tells the reader that the list names no company for it, and where the name is
shown instead (`name_source`).

## Why

PIPL Art. 23 asks for the recipient's name and contact. When the recipient is chosen at run time
the list cannot give them; a reviewer should see that the name is shown elsewhere, and where.

## Failing example

```yaml
recipient:
  selected_by: administrator_or_user
  name_source: the third-party web page
  relationship: third_party
```

## Passing example

```yaml
recipient:
  name: Shanghai Hehe Information Technology Co., Ltd.
  relationship: third_party
```

## How to fix

Nothing needs fixing. Make sure `name_source` tells the reader where the company's name is shown.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from disclosurelint.document import Document
from disclosurelint.model import Finding, Severity
from disclosurelint.rules.base import RuleContext, text_of

CODE = "DL205"
NAME = "recipient-chosen-at-runtime"
SEVERITY = Severity.INFO
ARTICLES = ("PIPL Art. 23",)
OPTIONS: dict[str, object] = {}
SCOPE = "document"
OWNS: tuple[str, ...] = ()

_WHO = {
    "administrator": "the administrator",
    "user": "the user",
    "administrator_or_user": "the administrator or the user",
}


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    recipient = document.mapping.get("recipient")
    if not isinstance(recipient, Mapping) or "name" in recipient:
        return
    selected_by = recipient.get("selected_by")
    if not isinstance(selected_by, str) or selected_by not in _WHO:
        return
    source = text_of(recipient.get("name_source"))
    where = (
        f"; its name is shown on {source}"
        if source
        else "; `name_source` does not say where its name is shown"
    )
    yield Finding(
        ("recipient", "selected_by"),
        f"the list cannot name this recipient: {_WHO[selected_by]} chooses it{where}",
        fix=None
        if source
        else "Add `name_source:` saying where a reader finds the company's name.",
    )
