"""Minors' data needs a parent's or guardian's consent.

## What it checks

A data item in a minors' category of the taxonomy (`minor_under_14`, `child_under_13`: "child's
name", "未成年人信息", "student under 14") must say `consent: guardian`. Minors' data is
sensitive under PIPL Art. 28 whatever its kind, so this rule applies whichever regimes are enabled.

## Why

PIPL Art. 31 requires the consent of a parent or other guardian to process the personal
information of a minor under 14, with processing rules of its own; GB/T 35273-2020 5.4 says the
same for children of 14 and under; COPPA (16 CFR 312.5) requires verifiable parental consent for
children under 13, and, since 2025, separately for disclosure to third parties.

## Failing example

```yaml
data:
  - item: child's date of birth
    justification:
      necessity: Sets up the age-appropriate profile.
      impact: Profiling of a child; kept only while the account exists.
```

## Passing example

```yaml
data:
  - item: child's date of birth
    consent: guardian
    justification:
      necessity: Sets up the age-appropriate profile.
      impact: Profiling of a child; kept only while the account exists.
```

## How to fix

Obtain the guardian's consent and record it as `consent: guardian`.
"""

from __future__ import annotations

from collections.abc import Iterator

from disclosurelint.document import Document
from disclosurelint.model import Finding, Severity
from disclosurelint.rules.base import RuleContext
from disclosurelint.rules.items import items

CODE = "DL306"
NAME = "guardian-consent"
SEVERITY = Severity.ERROR
ARTICLES = ("PIPL Art. 31", "GB/T 35273-2020 5.4", "COPPA 16 CFR 312.5")
OPTIONS: dict[str, object] = {}
SCOPE = "document"
OWNS: tuple[str, ...] = ()
NEEDS_TAXONOMY = True


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    for item in items(document, context):
        minors = [
            c
            for c in item.categories
            if (cat := context.taxonomy.get(c)) is not None and cat.minors
        ]
        if not minors or item.raw.get("consent") == "guardian":
            continue
        where = (*item.base, "consent") if "consent" in item.raw else item.path
        yield Finding(
            where,
            f"{item.text!r} is a minor's data ({', '.join(minors)}) and needs a "
            "parent's or guardian's consent (PIPL Art. 31; COPPA)",
            fix="Record `consent: guardian` once the guardian has consented.",
        )
