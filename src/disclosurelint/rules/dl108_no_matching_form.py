"""A value matches none (or more than one) of the forms allowed for it.

## What it checks

Some elements have alternative forms: a recipient is either a named company (`name`) or a company
chosen at run time (`selected_by`), never both. The message names the form closest to what was
written and what it still lacks.

This check is made by the schema stage (`schema/partner-disclosure.schema.json`).

## Why

PIPL Art. 23 requires the recipient's name; when it cannot be known in advance the list must say who
chooses it, and the name (with the other Art. 23 elements) is owed when it is chosen (DL205).

## Failing example

```yaml
recipient:
  relationship: third_party
```

## Passing example

```yaml
recipient:
  name: Example Co., Ltd.
  relationship: third_party
  contact: privacy@example.cn
```

## How to fix

Complete the form the message names as closest.
"""

from __future__ import annotations

from disclosurelint.model import Severity

CODE = "DL108"
NAME = "no-matching-form"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "schema"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "fragment"
