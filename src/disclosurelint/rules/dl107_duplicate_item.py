"""A list names the same value twice.

## What it checks

Lists whose entries must be unique, such as `sharing_modes` and `cross_border.destinations`.

This check is made by the schema stage (`schema/partner-disclosure.schema.json`).

## Why

Repetition in a published list reads as a mistake.

## Failing example

```yaml
sharing_modes: [backend_api, backend_api]
```

## Passing example

```yaml
sharing_modes: [backend_api]
```

## How to fix

Remove the repeated value.
"""

from __future__ import annotations

from disclosurelint.model import Severity

CODE = "DL107"
NAME = "duplicate-item"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "schema"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "fragment"
