"""A value has the wrong type.

## What it checks

Text where a list is expected, a number where text is expected, and so on.

This check is made by the schema stage (`schema/partner-disclosure.schema.json`).

## Why

A value of the wrong type cannot be rendered or checked.

## Failing example

```yaml
sharing_modes: backend_api
```

## Passing example

```yaml
sharing_modes: [backend_api]
```

## How to fix

Write the value in the form the message names.
"""

from __future__ import annotations

from disclosurelint.model import Severity

CODE = "DL103"
NAME = "wrong-type"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "schema"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "fragment"
