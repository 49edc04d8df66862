"""A required key is missing.

## What it checks

A key the format requires is absent. The finding points at the mapping that lacks it (for a key of
the top level, the first line). The four disclosure elements (purpose, scenario, sharing modes,
policy) are reported by their own rules instead (DL201-DL204), once each.

This check is made by the schema stage (`schema/partner-disclosure.schema.json`).

## Why

The declaration format requires these keys so that every entry can be checked and rendered. Which
law asks for each disclosure element, and how gravely, is said by the element's own rule: purpose
(DL201), scenario (DL202) and sharing mode (DL203, MIIT notice 2021 No. 292, a ministry notice:
warnings), policy link (DL204), the recipient's contact (DL305) and processing method (DL309,
PIPL Art. 23, a statute: errors).

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

from collections.abc import Mapping
from typing import Any

from disclosurelint.model import Finding, JsonPath, Severity
from disclosurelint.rules.base import label

CODE = "DL101"
NAME = "missing-key"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "schema"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "fragment"
KEYWORDS = ("required",)

# What a missing disclosure element means to a reader of the published list.
MISSING_ELEMENT: Mapping[JsonPath, str] = {
    ("recipient",): "the entry does not say who receives the data",
    ("product",): "the entry does not name the recipient's product, SDK or mode of cooperation",
    ("data",): "the entry does not say which personal data the recipient receives",
    ("recipient", "relationship"): "the entry does not say how the recipient relates to us",
}


def finding(path: JsonPath, key: str, schema: Mapping[str, Any], subject: str) -> Finding:
    """``key`` is missing from the mapping at ``path`` (whose schema is ``schema``); the fix
    quotes the key's description. ``subject`` names the whole document ("the declaration")."""
    prop = schema.get("properties", {}).get(key, {})
    where = subject if not path else f"`{label(path)}`"
    fix = f"Add `{key}:`" + (f": {prop['description']}" if prop.get("description") else ".")
    meaning = MISSING_ELEMENT.get((*path, key)) if subject == "the declaration" else None
    missing = {"missing": key}
    if meaning:
        return Finding(path, f"{meaning} (`{key}` is missing)", fix=fix, details=missing)
    return Finding(path, f"{where} lacks the required key `{key}`", fix=fix, details=missing)
