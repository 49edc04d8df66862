"""Every entry says in which situation the data is shared.

## What it checks

`scenario` is present and says something: not missing, empty, whitespace only, or a placeholder
(`TBD`, `N/A`, `-`, `todo`, `see above`, `待定`, `无`). A scenario of the wrong type is reported
by the schema stage (DL103) instead.

## Why

MIIT notice 2021 No. 292 makes "usage scenario" (使用场景) a column of the third-party sharing
list: a person must be able to tell when their data leaves the product.

## Failing example

```yaml
scenario: "  "
```

## Passing example

```yaml
scenario: You share your cloud business card on WeLink to WeChat.
```

## How to fix

Describe the user action or situation that triggers the sharing ("You enable calendar
synchronization.").
"""

from __future__ import annotations

from collections.abc import Iterator

from disclosurelint.document import Document
from disclosurelint.model import Finding, Severity
from disclosurelint.rules.base import RuleContext, missing_text

CODE = "DL202"
NAME = "scenario"
SEVERITY = Severity.ERROR
ARTICLES = ("MIIT notice 2021 No. 292",)
OPTIONS: dict[str, object] = {}
SCOPE = "document"
OWNS = ("scenario",)


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    problem = missing_text(document.mapping, "scenario")
    if problem:
        yield Finding(
            ("scenario",) if problem != "missing" else (),
            f"the entry does not say in which situation the data is shared (scenario is {problem})",
            fix="Add `scenario:` describing when the sharing happens, e.g. "
            "`scenario: You enable calendar synchronization.`",
        )
