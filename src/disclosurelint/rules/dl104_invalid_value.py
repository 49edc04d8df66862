"""A value is not one of the allowed choices.

## What it checks

Enumerations (`relationship`, `sharing_modes`, `consent`, `legal_basis`, ...) and constants
(`disclosure: 1`) accept fixed values; a near miss gets a "did you mean".

This check is made by the schema stage (`schema/partner-disclosure.schema.json`).

## Why

Rules and reports depend on the fixed vocabulary; free text here would be missed.

## Failing example

```yaml
sharing_modes: [backend-api]
```

## Passing example

```yaml
sharing_modes: [backend_api]
```

## How to fix

Use one of the values listed in the message.
"""

from __future__ import annotations

from disclosurelint.model import Severity

CODE = "DL104"
NAME = "invalid-value"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "schema"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "fragment"
