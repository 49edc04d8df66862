"""A waiver comment or central waiver that cannot be read; it excuses nothing.

## What it checks

Every `# disclosurelint:` comment and every entry of the central waivers file is read in full:
the directive (`allow` or `allow-file`), the rule codes or names (several separated by commas),
and the fields `reason` (required), `approved-by` and `expires` (a date written YYYY-MM-DD).
An unknown rule, a group of rules (`DL2`), a waiver rule (`DL5xx`), a missing or placeholder
reason, a bad date, an unknown or repeated field, an unbalanced quote, and an `allow-file` after
the first key are each reported here. A central entry also needs `file`, and its optional
`json_path` must be a path like `$.privacy_policy`.

## Why

An exception nobody can read is an exception nobody reviewed. Other linters skip a directive
they do not understand, so a typo silently changes what the gate accepts; here it is an error,
and the problem it meant to excuse still counts.

## Failing example

```yaml
privacy_policy:
  # disclosurelint: allow DL204
  reference: See the app details page.
```

## Passing example

```yaml
privacy_policy:
  # disclosurelint: allow DL204 reason="The published list gives no link" approved-by="Legal"
  reference: See the app details page.
```

## How to fix

Write the waiver as
`# disclosurelint: allow CODE reason="..." approved-by="..." expires=YYYY-MM-DD`, with the
reason in quotes. `disclosurelint rules` lists the codes and names.
"""

from __future__ import annotations

from disclosurelint.model import Finding, Severity, Span

CODE = "DL501"
NAME = "malformed-waiver"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "waiver"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "fragment"

SYNTAX = 'allow CODE reason="..." [approved-by="..."] [approved-on=YYYY-MM-DD] [expires=YYYY-MM-DD]'


def finding(reason: str, span: Span) -> Finding:
    """A waiver comment at ``span`` that cannot be read; ``reason`` says what is wrong."""
    return Finding(
        (),
        f"this waiver excuses nothing: {reason}",
        fix=f"Write it as `# disclosurelint: {SYNTAX}`.",
        span=span,
    )


def central_entry(reason: str, span: Span) -> Finding:
    """An entry of the central waivers file at ``span`` that cannot be read."""
    return Finding(
        (),
        f"this waiver excuses nothing: {reason}",
        fix="Give each entry `file`, `code` and `reason`; optionally `json_path`, "
        "`approved-by` and `expires`.",
        span=span,
    )
