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

import difflib
from collections.abc import Iterator, Mapping

from disclosurelint.model import Finding, RuleText, Severity, Target
from disclosurelint.rules.base import SchemaError, label

CODE = "DL102"
NAME = "unknown-key"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "schema"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "fragment"
KEYWORDS = ("additionalProperties",)


def findings(error: SchemaError) -> Iterator[Finding]:
    """One finding per key of the mapping that its schema does not know, at the key, with the
    known key it most likely means."""
    path = error.path
    known = list(error.schema.get("properties", {}))
    extras = [k for k in error.value if k not in known]
    folded = {k.casefold(): k for k in known}
    for key in extras:
        close = closest(str(key), folded)
        where = "" if not path else f" in `{label(path)}`"
        if close:
            message = f"unknown key `{key}`{where}; did you mean `{close}`?"
            fix = f"Rename `{key}` to `{close}`."
            details = {"rename_to": close}
        else:
            message = f"unknown key `{key}`{where}"
            fix = "Remove it, or use one of: " + ", ".join(f"`{k}`" for k in known) + "."
            details = {}
        yield Finding((*path, key), message, fix=fix, target=Target.KEY, details=details)


def closest(key: str, folded: Mapping[str, str]) -> str | None:
    """The known key ``key`` most likely means: the same letters in another case (``ID``), or
    the closest spelling (``recipent``). ``folded`` maps each known key, case-folded, to itself."""
    exact = folded.get(key.casefold())
    if exact is not None:
        return exact
    close = difflib.get_close_matches(key.casefold(), list(folded), n=1, cutoff=0.6)
    return folded[close[0]] if close else None


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="未知的键",
        summary="格式中没有的键，通常是拼写错误。",
        checks=(
            "声明中的每个映射都有固定的键。未知的键在该键处报告，近似拼写会给出“是否想写”的建议（"
            "`purpse` -> `purpose`）。\n\n"
            "此项检查在结构校验阶段进行（`schema/partner-disclosure.schema.json`）。"
        ),
        why="忽略未知键的工具会悄悄丢弃拼错的键，发布的清单就会缺少该项内容。",
        fix="将该键改为建议的名称，或删除它。",
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
