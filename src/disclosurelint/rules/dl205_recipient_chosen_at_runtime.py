"""The list cannot name the recipient: it is chosen at run time, and Art. 23 is owed then.

## What it checks

An entry whose `recipient` gives `selected_by` (the administrator or the user chooses the
company, as in an app store of mini programs) instead of `name`. The list cannot name the
company, but PIPL Art. 23 still applies to every such recipient: this `info` finding says what
is still owed and when, at the moment the recipient is selected: its name and contact, the
purpose, the processing method and the categories of personal information, and (where consent
is the basis) the person's separate consent. `name_source` should say where that happens.

## Why

PIPL Art. 23 asks, before personal information is provided to another processor, that the person
be told the recipient's name, contact, purpose, processing method and categories, and give
separate consent. Nothing in it exempts a recipient chosen at run time; only the moment moves:
the published list cannot give the name, so the selection screen must.

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
  contact: https://www.camcard.com/contact
```

## How to fix

Make sure the selection screen (`name_source`) shows the recipient's name, contact, purpose,
processing method and data categories and asks for separate consent before the first sharing;
the finding is information for the reviewer, and stays in the report.
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
        f"the list cannot name this recipient: {_WHO[selected_by]} chooses it{where}. "
        "PIPL Art. 23 is still owed at the moment of selection: the recipient's name, contact, "
        "purpose, processing method and data categories, and separate consent where consent is "
        "the basis",
        fix="Check that the selection screen shows these and asks for separate consent"
        if source
        else "Add `name_source:` saying where a reader finds the company's name and the other "
        "Art. 23 elements.",
    )
