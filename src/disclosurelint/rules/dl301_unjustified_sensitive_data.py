"""A sensitive data item is shared without saying why it is needed and what it means for the person.

## What it checks

Each data item is classified with the data taxonomy (`disclosurelint taxonomy`, `disclosurelint
classify "..."`): by its `category` when given, otherwise by its words, in English and Chinese.
When a category is sensitive under one of the enabled regimes (`--regime`, default `pipl` and
`gb35273`), the item needs `justification.necessity` and `justification.impact`, neither empty
nor a placeholder. The finding names every enabled regime under which the item is sensitive, with
the article. It is an error when a regime calls the category sensitive outright, and a warning when
every such regime does so only under a condition (PIPL and an ID number alone, CPRA and a card
number without its access code): then the justification is where the condition is addressed.

## Why

PIPL Art. 28 defines sensitive personal information by a harm test ("easily leads to harm to
personal dignity or to personal or property safety") and an open list ("包括…等": biometrics,
religious belief, specific identity, medical health, financial accounts, whereabouts, minors
under 14); Art. 30 requires telling the person the necessity of processing it and the impact on
their rights. GB/T 35273-2020 is a recommended standard (推荐性, GB/T), not a mandatory one: its
Annex B (informative) gives the criteria and Table B.1 examples of sensitive personal
information, and 9.2 recommends telling the person the sensitive types and the recipient's
data-security capability before sharing. GDPR Art. 9(1) and CPRA § 1798.140(ae) single out
special categories and sensitive personal information.

## Failing example

```yaml
data:
  - item: ID card photo
```

## Passing example

```yaml
data:
  - item: ID card photo
    consent: separate
    justification:
      necessity: Verifies the card holder's identity for the notarised card service.
      impact: Identity theft if leaked; stored encrypted, deleted after 30 days.
```

## How to fix

Add `justification:` with `necessity:` (why the recipient needs this item) and `impact:` (the
effect on the person's rights and how it is limited). If the item is not what the taxonomy thinks
(`classify` shows the matched phrase), set `category:` to the right id.
"""

from __future__ import annotations

from collections.abc import Iterator

from disclosurelint.document import Document
from disclosurelint.model import Finding, Severity
from disclosurelint.rules.base import RuleContext
from disclosurelint.rules.items import explain, items, justified, sensitivity

CODE = "DL301"
NAME = "unjustified-sensitive-data"
SEVERITY = Severity.ERROR
ARTICLES = (
    "PIPL Art. 28",
    "PIPL Art. 30",
    "GB/T 35273-2020 Annex B (informative)",
    "GDPR Art. 9(1)",
    "Cal. Civ. Code § 1798.140(ae)",
)
OPTIONS: dict[str, object] = {}
SCOPE = "document"
OWNS: tuple[str, ...] = ()
NEEDS_TAXONOMY = True


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    for item in items(document, context):
        statuses, severity = sensitivity(item, context)
        if severity is None:
            continue
        ok, missing = justified(item.raw)
        if ok:
            continue
        where = (*item.base, "justification") if "justification" in item.raw else item.path
        how = "inferred from its words" if item.inferred else "as declared"
        yield Finding(
            where,
            f"{item.text!r} is sensitive personal information ({how}: {explain(statuses)}) "
            f"but its justification lacks {' and '.join(missing)}",
            fix="Add `justification:` with `necessity:` (why the recipient needs it) and "
            "`impact:` (the effect on the person and how it is limited), PIPL Art. 30.",
            severity=severity,
            details={
                "categories": list(item.categories),
                "regimes": sorted({s.regime for _, s in statuses}),
            },
        )
