"""A required key is missing.

## What it checks

A key the format requires is absent. The finding points at the mapping that lacks it (for a key of
the top level, the first line). The four disclosure elements (purpose, scenario, sharing modes,
policy) are reported by their own rules instead (DL201-DL204), once each.

This check is made by the schema stage (`schema/partner-disclosure.schema.json`).

## Why

PIPL Art. 23 and the MIIT list rules name the elements every entry must give.

## Failing example

```yaml
recipient:
  name: Example Co., Ltd.
```

## Passing example

```yaml
recipient:
  name: Example Co., Ltd.
  relationship: third_party
  contact: privacy@example.cn
```

## How to fix

Add the key; the message quotes its description.
"""

from __future__ import annotations

from disclosurelint.model import Severity

CODE = "DL101"
NAME = "missing-key"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "schema"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "fragment"
