"""A value is not in the required form.

## What it checks

Patterns and formats: an `id` with capitals or spaces, a country that is not a two-letter ISO code,
a date that is not YYYY-MM-DD.

This check is made by the schema stage (`schema/partner-disclosure.schema.json`).

## Why

Identifiers and codes must be exact for ids to stay unique and countries to be compared.

## Failing example

```yaml
id: Cam Card
```

## Passing example

```yaml
id: camcard
```

## How to fix

Rewrite the value in the form the property's description gives.
"""

from __future__ import annotations

from disclosurelint.model import Finding, JsonPath, RuleText, Severity, Target
from disclosurelint.rules.base import SchemaError

CODE = "DL105"
NAME = "invalid-format"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "schema"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "fragment"
KEYWORDS = ("pattern", "format")

FORMAT_WORDS = {
    "uri": "an absolute URL without spaces, quotes or hidden characters",
    "date": "a date written YYYY-MM-DD",
    "contact": "an e-mail address, a web address (http, https), a phone number or a postal address",
}


def message(name: str, error: SchemaError) -> str:
    """The value, and the form it should have (named for the formats the schema defines)."""
    if error.keyword == "pattern":
        return f"{name} {error.value!r} is not in the expected form"
    word = FORMAT_WORDS.get(error.expected, error.expected)
    return f"{name} {error.value!r} is not {word}"


def language_tag_finding(path: JsonPath, key: str, name: str) -> Finding:
    """A key of a text written in several languages that is not a BCP 47 tag, at the key."""
    return Finding(
        (*path, key),
        f"{name} has the key {key!r}, which is not a language tag "
        "(BCP 47: `zh`, `zh-CN`, `en`, `en-GB`)",
        fix="Name the language with a BCP 47 tag: `zh` or `zh-CN` for Chinese, `en` for English.",
        target=Target.KEY,
    )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="格式无效",
        summary="某个值不符合要求的格式。",
        checks=(
            "模式与格式：含大写字母或空格的 `id`、不是两位 ISO 代码的国家、不是 YYYY-MM-DD 的日期。"
            "\n\n"
            "此项检查在结构校验阶段进行（`schema/partner-disclosure.schema.json`）。"
        ),
        why="编号和代码必须准确，编号才能保持唯一，国家才能相互比较。",
        fix="按该属性说明给出的格式改写该值。",
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
