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

import difflib

from disclosurelint.model import Severity
from disclosurelint.rules.base import SchemaError

CODE = "DL104"
NAME = "invalid-value"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "schema"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "fragment"
KEYWORDS = ("enum", "const")


def message(name: str, error: SchemaError) -> str:
    """The value written, the values allowed, and the allowed one it most likely means."""
    value = error.value
    if error.keyword == "const":
        return f"{name} must be {error.expected!r}, not {value!r}"
    choices = [str(c) for c in error.expected]
    close = difflib.get_close_matches(str(value), choices, n=1, cutoff=0.6)
    hint = f"; did you mean '{close[0]}'?" if close else ""
    return f"{name} is {value!r}, which is not one of: {', '.join(choices)}{hint}"
