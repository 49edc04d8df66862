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

import re
from typing import Any

from disclosurelint import localized
from disclosurelint.model import RuleText, Severity
from disclosurelint.rules.base import SchemaError, described

CODE = "DL103"
NAME = "wrong-type"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "schema"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "fragment"
KEYWORDS = ("type",)

_TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a mapping of keys",
    "null": "empty",
}


def message(name: str, error: SchemaError) -> str:
    """The field must be of another type: ``must be a list, not text``."""
    if localized.is_text_schema(error.schema):
        return (
            f"{name} must be text, or a mapping of language tags to text "
            f"(`{{zh: ..., en: ...}}`), not {_type_word(error.value)}"
        )
    return f"{name} {type_mismatch(error.expected, error.value)}{_typed_key(error.value)}"


def fix(error: SchemaError) -> str | None:
    """What was written, rewritten into the expected shape; else the field's description."""
    from disclosurelint.rules.typefix import type_fix

    if localized.is_text_schema(error.schema):
        return described(error.schema)  # text, or text per language: not a mapping of keys

    return type_fix(error.path, error.expected, error.value, error.schema) or described(
        error.schema
    )


def type_mismatch(expected: Any, value: Any) -> str:
    """``must be a list, not text``: a JSON Schema ``type`` failure in plain words."""
    words = " or ".join(
        _TYPE_WORDS.get(str(t), str(t))
        for t in (expected if isinstance(expected, list) else [expected])
    )
    return f"must be {words}, not {_type_word(value)}"


def _type_word(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "a mapping of keys"


_FULL_WIDTH_KEY = re.compile(r"\s*([A-Za-z_]+)\s*\uff1a")


def _typed_key(value: Any) -> str:
    """A key typed with a full-width colon (U+FF1A) reads as text, not as a key: say so."""
    found = _FULL_WIDTH_KEY.match(value) if isinstance(value, str) else None
    if found is None:
        return ""
    return (
        f"; the full-width colon after `{found.group(1)}` (U+FF1A, typed in Chinese input mode) "
        "makes it text: write ':' and a space"
    )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="类型错误",
        summary="某个值的类型不对。",
        checks=(
            "应为列表处写了文本、应为文本处写了数字，等等。\n\n"
            "此项检查在结构校验阶段进行（`schema/partner-disclosure.schema.json`）。"
        ),
        why="类型错误的值无法呈现或检查。",
        fix="按提示信息所述的形式填写该值。",
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
