"""Under PIPL, the person must be told how to contact another processor or an overseas recipient.

## What it checks

With the `pipl` regime enabled, `recipient.contact` (an email address, a URL or a postal address)
must be given when the recipient is named (`recipient.name`) and either

- is another processor: a `third_party` or `joint_controller` (PIPL Art. 23), or
- is overseas, whatever its relationship: `recipient.country` or a `cross_border.destinations`
  entry outside China, the home country being China (option `home-country`, as DL307 reads it;
  PIPL Art. 39 asks the overseas recipient's name and contact of every provision abroad, to an
  entrusted processor too).

A recipient chosen at run time (`selected_by`) cannot be named in the list; DL205 says what is
still owed when it is chosen.

## Why

PIPL Art. 23: before providing personal information to another processor, the person must be told
the recipient's name and contact information (名称或者姓名、联系方式), the purpose, the processing
method and the categories of personal information. Art. 39 asks the same of an overseas
recipient, plus how to exercise rights against it. Both are statutory duties: the finding is an
error.

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

from collections.abc import Iterator

from disclosurelint.document import Document
from disclosurelint.model import Finding, Severity
from disclosurelint.rules.base import RuleContext, is_placeholder
from disclosurelint.rules.items import art_23_or_39, recipient_of

CODE = "DL305"
NAME = "recipient-contact"
SEVERITY = Severity.ERROR
ARTICLES = ("PIPL Art. 23", "PIPL Art. 39")
OPTIONS: dict[str, object] = {}
SCOPE = "document"
OWNS: tuple[str, ...] = ()


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    if "pipl" not in context.regimes:
        return
    recipient = recipient_of(document)
    why = art_23_or_39(document, context.home_country)
    if why is None or not is_placeholder(recipient.get("contact")):
        return
    yield Finding(
        ("recipient", "contact") if "contact" in recipient else ("recipient",),
        f"the list gives no contact for the recipient: it is {why[0]}, and {why[1]} asks for "
        "its name and contact",
        fix="Add `contact:` with an email address, URL or postal address.",
    )
