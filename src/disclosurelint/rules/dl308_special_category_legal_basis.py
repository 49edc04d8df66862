"""Under GDPR, special-category data needs a stated legal basis.

## What it checks

With the `gdpr` regime enabled: an entry that shares an item of a special category of GDPR
Art. 9(1) (racial or ethnic origin, political opinions, religious or philosophical beliefs,
trade-union membership, genetic data, biometric data for identification, health, sex life or
sexual orientation) or criminal-offence data (Art. 10) must give `legal_basis:`.

## Why

GDPR Art. 9(1) prohibits processing special categories unless an exception of Art. 9(2) applies
(explicit consent, employment obligations, vital interests, ...); Art. 13(1)(c) requires telling the
person the legal basis; Art. 10 restricts criminal-offence data to official authority or a legal
authorisation.

## Failing example

```yaml
data:
  - item: medical records
    justification:
      necessity: The insurer prices the policy from them.
      impact: Discrimination risk; only the insurer sees them.
```

## Passing example

```yaml
legal_basis: separate_consent
data:
  - item: medical records
    consent: separate
    justification:
      necessity: The insurer prices the policy from them.
      impact: Discrimination risk; only the insurer sees them.
```

## How to fix

Add `legal_basis:` with the basis relied on (for Art. 9 data usually explicit or separate consent)
and, where consent is the basis, `consent: explicit` or `separate` on the item.
"""

from __future__ import annotations

from collections.abc import Iterator

from disclosurelint.document import Document
from disclosurelint.model import Finding, Severity
from disclosurelint.rules.base import RuleContext
from disclosurelint.rules.items import items

CODE = "DL308"
NAME = "special-category-legal-basis"
SEVERITY = Severity.ERROR
ARTICLES = ("GDPR Art. 9(1)", "GDPR Art. 9(2)", "GDPR Art. 10", "GDPR Art. 13(1)(c)")
OPTIONS: dict[str, object] = {}
SCOPE = "document"
OWNS: tuple[str, ...] = ()
NEEDS_TAXONOMY = True
EXAMPLE_REGIMES = ("pipl", "gb35273", "gdpr")  # the examples are checked with GDPR enabled


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    if "gdpr" not in context.regimes or document.mapping.get("legal_basis"):
        return
    for item in items(document, context):
        special = [
            cat
            for c in item.categories
            if (cat := context.taxonomy.get(c)) is not None
            and (cat.gdpr_special or cat.gdpr_article_10)
            and cat.status("gdpr").is_sensitive
        ]
        if special:
            article = "Art. 10" if all(c.gdpr_article_10 for c in special) else "Art. 9(1)"
            yield Finding(
                item.path,
                f"{item.text!r} is special-category data under GDPR "
                f"{article} ({', '.join(c.label for c in special)}), but the entry "
                "gives no `legal_basis`",
                fix="Add `legal_basis:` (GDPR Art. 9(2) exception relied on).",
            )
