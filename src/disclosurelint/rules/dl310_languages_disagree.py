"""Two languages of one data item disagree on what sensitive personal information it is.

## What it checks

A data item written in several languages (`item: {zh: 身份证号码, en: ID card number}`) is
classified in each language with the data taxonomy. When the languages do not name the same
categories that are sensitive (or sensitive under a condition) under the enabled regimes, the item
is reported at `item`, with each language's words and categories: one of the two texts is not a
translation of the other. An item whose `category:` is given is judged by that category in every
language (DL302 compares it with the words).

## Why

PIPL Art. 28 and Art. 30 require telling the person which sensitive personal information is
processed and why; a Chinese list that says 身份证号码 (sensitive under GB/T 35273-2020 Table B.1)
while the English list says "name" tells readers of the two languages different things about the
same sharing, and the sensitive-data rules would judge only the stricter one.

## Failing example

```yaml
data:
  - item:
      zh: 身份证号码
      en: name
```

## Passing example

```yaml
data:
  - item:
      zh: 姓名
      en: name
```

## How to fix

Make the two texts say the same thing in their languages (the Chinese text is the binding one
under PIPL), or set `category:` to the item's category when the words are right but the taxonomy
reads one of them wrongly (`disclosurelint classify "..."` shows why).
"""

from __future__ import annotations

from collections.abc import Iterator

from disclosurelint.document import Document
from disclosurelint.model import Finding, Severity
from disclosurelint.rules.base import RuleContext
from disclosurelint.rules.items import categories_by_language, items

CODE = "DL310"
NAME = "languages-disagree"
SEVERITY = Severity.WARNING
ARTICLES = ("PIPL Art. 28", "PIPL Art. 30", "GB/T 35273-2020 Table B.1")
OPTIONS: dict[str, object] = {}
SCOPE = "document"
OWNS: tuple[str, ...] = ()
NEEDS_TAXONOMY = True


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    for item in items(document, context):
        if item.declared is not None or len(item.readings) < 2:
            continue
        found = categories_by_language(item, context)
        if len({frozenset(categories) for categories in found.values()}) < 2:
            continue
        texts = {str(reading.language): reading.text for reading in item.readings}
        said = "; ".join(
            f"{lang} {texts[lang]!r} is {', '.join(categories) or 'not sensitive'}"
            for lang, categories in found.items()
        )
        yield Finding(
            ("data", item.index, "item"),
            f"the languages of this item disagree on sensitive data: {said}",
            fix="Make each language say the same item, or set `category:` to the right id.",
            details={"categories": {lang: list(c) for lang, c in found.items()}},
        )
