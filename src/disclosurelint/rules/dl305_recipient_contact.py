"""Under PIPL, the list must give a third-party recipient's contact.

## What it checks

With the `pipl` regime enabled: an entry whose recipient is a `third_party` or
`joint_controller` and is named (`recipient.name`) must give `recipient.contact` (an email
address, a URL or a postal address). Recipients chosen at run time (`selected_by`) are exempt:
their contact cannot be known in advance (DL205 says so).

## Why

PIPL Art. 23: before providing personal information to another processor, the person must be told
the recipient's name and contact information, the purpose, the processing method and the types of
personal information. Art. 39 asks the same of an overseas recipient.

## Failing example

```yaml
recipient:
  name: Shanghai Hehe Information Technology Co., Ltd.
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

Add `contact:` with the recipient's published privacy contact. If the published list gives none,
waive this finding with the reason.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from disclosurelint.document import Document
from disclosurelint.model import Finding, Severity
from disclosurelint.rules.base import RuleContext, is_placeholder

CODE = "DL305"
NAME = "recipient-contact"
SEVERITY = Severity.WARNING
ARTICLES = ("PIPL Art. 23", "PIPL Art. 39")
OPTIONS: dict[str, object] = {}
SCOPE = "document"
OWNS: tuple[str, ...] = ()


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    if "pipl" not in context.regimes:
        return
    recipient = document.mapping.get("recipient")
    if not isinstance(recipient, Mapping) or "name" not in recipient:
        return
    if recipient.get("relationship") not in ("third_party", "joint_controller"):
        return
    if is_placeholder(recipient.get("contact")):
        where = ("recipient", "contact") if "contact" in recipient else ("recipient",)
        yield Finding(
            where,
            "the recipient is another processor, but the list gives no contact "
            "for it (PIPL Art. 23 asks for its name and contact)",
            fix="Add `contact:` with an email address, URL or postal address.",
        )
