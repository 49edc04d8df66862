"""Data leaving the home country needs a transfer mechanism.

## What it checks

With `pipl` or `gdpr` enabled: when `recipient.country` differs from the home country (option
`home-country`, default `CN`), or `cross_border.destinations` names another country, the entry
must give `cross_border.mechanism` (`cac_security_assessment`, `cac_standard_contract`,
`pi_certification`, `adequacy_decision`, `standard_contractual_clauses`,
`binding_corporate_rules` or `derogation`).

## Why

PIPL Art. 38 allows providing personal information abroad only after a CAC security assessment,
certification or the CAC standard contract; Art. 39 requires telling the person and obtaining
separate consent. GDPR Arts. 44-49 allow transfers only under an adequacy decision, appropriate
safeguards (standard contractual clauses, binding corporate rules) or a derogation, and
Art. 13(1)(f) requires telling the person which.

## Failing example

```yaml
recipient:
  name: Example Analytics Inc.
  relationship: entrusted_processor
  country: US
```

## Passing example

```yaml
recipient:
  name: Example Analytics Inc.
  relationship: entrusted_processor
  country: US
cross_border:
  destinations: [US]
  mechanism: cac_standard_contract
```

## How to fix

Add `cross_border:` with the `destinations` and the `mechanism` actually in place.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from disclosurelint.document import Document
from disclosurelint.model import Finding, Severity
from disclosurelint.rules.base import RuleContext

CODE = "DL307"
NAME = "cross-border-mechanism"
SEVERITY = Severity.ERROR
ARTICLES = ("PIPL Art. 38", "PIPL Art. 39", "GDPR Arts. 44-49", "GDPR Art. 13(1)(f)")
OPTIONS: dict[str, object] = {}
SCOPE = "document"
OWNS: tuple[str, ...] = ()


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    if not {"pipl", "gdpr"} & set(context.regimes):
        return
    data = document.mapping
    home = context.home_country.upper()
    abroad: list[str] = []
    recipient = data.get("recipient")
    if (
        isinstance(recipient, Mapping)
        and isinstance(recipient.get("country"), str)
        and recipient["country"].upper() != home
    ):
        abroad.append(recipient["country"])
    transfer = data.get("cross_border")
    transfer = transfer if isinstance(transfer, Mapping) else {}
    destinations = transfer.get("destinations")
    if isinstance(destinations, list):
        abroad.extend(
            d for d in destinations if isinstance(d, str) and d.upper() != home and d not in abroad
        )
    if not abroad or transfer.get("mechanism"):
        return
    where = (
        ("cross_border",)
        if data.get("cross_border") is not None
        else (
            ("recipient", "country")
            if isinstance(recipient, Mapping) and "country" in recipient
            else ()
        )
    )
    yield Finding(
        where,
        f"data goes outside {home} (to {', '.join(abroad)}) but the entry names "
        "no transfer mechanism",
        fix="Add `cross_border: {destinations: [...], "
        "mechanism: ...}` with the mechanism in place (PIPL Art. 38; GDPR Arts. 44-49).",
    )
