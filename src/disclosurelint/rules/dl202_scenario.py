"""Every entry says in which situation the data is shared.

## What it checks

`scenario` is present and says something: not missing, empty, whitespace only, or a placeholder
(`TBD`, `N/A`, `-`, `todo`, `see above`, `待定`, `无`). Each language of a scenario written in
several languages is read on its own (`scenario.zh`). A scenario of the wrong type is reported
by the schema stage (DL103) instead.

## Why

MIIT notice 2021 No. 292 makes "usage scenario" (使用场景) a column of the third-party sharing
list: a person must be able to tell when their data leaves the product. The notice
(工信部信管函 [2021] 292号) is a ministry notice on app lists, not a statute: PIPL Art. 23 does not
name the scenario. A missing scenario is therefore a warning when `pipl` or `gb35273` is enabled,
and only information under the other regimes; the option `severity-by-regime` changes that.

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
from disclosurelint.rules.base import RuleContext, missing_texts
from disclosurelint.rules.sources import OPTION, element_severity

CODE = "DL202"
NAME = "scenario"
SEVERITY = Severity.WARNING
ARTICLES = ("MIIT notice 2021 No. 292",)
OPTIONS: dict[str, object] = dict(OPTION)
# Required by a ministry notice on app lists (not a statute): a warning under the Chinese profiles.
_REQUIRED = {"pipl": Severity.WARNING, "gb35273": Severity.WARNING}
SCOPE = "document"
OWNS = ("scenario",)


_FIX = (
    "Add `scenario:` describing when the sharing happens, e.g. "
    "`scenario: You enable calendar synchronization.`"
)


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    for language, problem in missing_texts(document.mapping, "scenario"):
        field = ".".join(("scenario", *language))
        in_language = f"Write `{field}` in plain words, as the list in that language says it."
        yield Finding(
            ("scenario", *language) if problem != "missing" else (),
            f"the entry does not say in which situation the data is shared ({field} is {problem})",
            fix=in_language if language else _FIX,
            severity=element_severity(context, _REQUIRED),
        )
