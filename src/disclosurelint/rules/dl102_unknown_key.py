"""A key the format does not know, usually a typo.

## What it checks

Every mapping in a declaration has a fixed set of keys. An unknown key is reported at the key, with
a "did you mean" for near misses (`purpse` -> `purpose`).

This check is made by the schema stage (`schema/partner-disclosure.schema.json`).

## Why

A misspelt key is silently dropped by tools that ignore unknown keys, so the published list would
lack the element.

## Failing example

```yaml
purpse: Provide the service.
```

## Passing example

```yaml
purpose: Provide the service.
```

## How to fix

Rename the key to the one suggested, or remove it.
"""

from __future__ import annotations

from disclosurelint.model import Severity

CODE = "DL102"
NAME = "unknown-key"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "schema"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "fragment"
