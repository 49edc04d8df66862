"""A data item matches no category of the data taxonomy.

## What it checks

An item without `category:` whose words match no phrase of the taxonomy, in English or Chinese.
The sensitive-data rules cannot tell whether it is sensitive, so this `info` finding asks a person
to look. Items that say no personal information is involved ("does not involve personal
information", "不涉及个人信息") are not reported.

## Why

PIPL Art. 17 and MIIT notice 2021 No. 292 require the types of personal information to be
disclosed; a reviewer must know what each item is to judge it under Arts. 28-30.

## Failing example

```yaml
data:
  - item: enterprise C&Q information
```

## Passing example

```yaml
data:
  - item: enterprise C&Q information
    category: enterprise_info
```

## How to fix

Add `category:` with the right id (`disclosurelint taxonomy --all`), or add the phrase to the
taxonomy in the configuration (`taxonomy:`) so that every declaration benefits.
"""

from __future__ import annotations

from collections.abc import Iterator

from disclosurelint.document import Document
from disclosurelint.model import Finding, Severity
from disclosurelint.rules.base import RuleContext
from disclosurelint.rules.items import items

CODE = "DL303"
NAME = "unclassified-item"
SEVERITY = Severity.INFO
ARTICLES = ("PIPL Art. 17", "MIIT notice 2021 No. 292")
OPTIONS: dict[str, object] = {}
SCOPE = "document"
OWNS: tuple[str, ...] = ()
NEEDS_TAXONOMY = True


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    for item in items(document, context):
        if (
            item.declared is None
            and not item.categories
            and not context.taxonomy.classify(item.text).negated
        ):
            yield Finding(
                item.path,
                f"{item.text!r} matches no category of the data taxonomy; "
                "the sensitive-data rules cannot judge it",
                fix="Add `category:` with the right id (`disclosurelint taxonomy --all`).",
            )
