"""Under GDPR, special-category data needs an Art. 9(2) condition; criminal data, Art. 10.

## What it checks

With the `gdpr` regime enabled, an entry that shares an item of a special category of GDPR
Art. 9(1) (racial or ethnic origin, political opinions, religious or philosophical beliefs,
trade-union membership, genetic data, biometric data for identification, health, sex life or
sexual orientation) must name the Art. 9(2) condition relied on in
`legal_basis.gdpr_special_category` (`explicit_consent`, `employment_social_security`,
`vital_interests`, ...). An Art. 6 basis (`legal_basis.gdpr`) does not lift Art. 9(1). Where the
condition is `explicit_consent`, the item (or the entry's `consent_evidence`) must record
`explicit` consent: GDPR speaks of explicit consent where PIPL speaks of separate consent.
Criminal-offence data (Art. 10) needs `legal_basis.gdpr_criminal_data` (`official_authority` or
`authorised_by_law`): Art. 9(2) conditions, consent included, do not lift Art. 10.

## Why

GDPR Art. 9(1) prohibits processing special categories of personal data; Art. 9(2) lists the
only conditions under which the prohibition does not apply, (a) explicit consent first. An
Art. 6(1) basis is needed as well, but is not enough. Art. 10: processing data relating to
criminal convictions and offences only under the control of official authority or when
authorised by Union or Member State law. Art. 13(1)(c) requires telling the person the legal
basis.

## Failing example

```yaml
legal_basis:
  gdpr: contract
data:
  - item: medical records
    consent: separate
    justification:
      necessity: The insurer prices the policy from them.
      impact: Discrimination risk; only the insurer sees them.
```

## Passing example

```yaml
legal_basis:
  gdpr: contract
  gdpr_special_category: explicit_consent
consent_evidence:
  kind: separate
  how: A dialog of its own before the first quote, naming the insurer.
  where: Quote dialog; consent log.
data:
  - item: medical records
    consent: explicit
    justification:
      necessity: The insurer prices the policy from them.
      impact: Discrimination risk; only the insurer sees them.
```

## How to fix

Add `legal_basis.gdpr_special_category:` with the Art. 9(2) condition relied on (for most apps
`explicit_consent`, recorded as `consent: explicit`), or `legal_basis.gdpr_criminal_data:` for
criminal-offence data.
"""

from __future__ import annotations

from collections.abc import Iterator

from disclosurelint.document import Document
from disclosurelint.model import Finding, RuleText, Severity
from disclosurelint.rules.base import RuleContext
from disclosurelint.rules.items import basis, has_consent, items

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
    if "gdpr" not in context.regimes:
        return
    condition = basis(document, "gdpr_special_category")
    criminal = basis(document, "gdpr_criminal_data")
    for item in items(document, context):
        found = [
            cat
            for c in item.categories
            if (cat := context.taxonomy.get(c)) is not None and cat.status("gdpr").is_sensitive
        ]
        special = [c for c in found if c.gdpr_special]
        offences = [c for c in found if c.gdpr_article_10]
        if special and condition is None:
            yield Finding(
                item.path,
                f"{item.text!r} is special-category data under GDPR Art. 9(1) "
                f"({', '.join(c.label for c in special)}); processing it is prohibited unless an "
                "Art. 9(2) condition applies, and the entry names none "
                "(`legal_basis.gdpr_special_category`)",
                fix="Add `legal_basis.gdpr_special_category:` (e.g. `explicit_consent`); an "
                "Art. 6 basis alone does not lift Art. 9(1).",
            )
        elif (
            special
            and condition == "explicit_consent"
            and not has_consent(item, document, "explicit")
        ):
            yield Finding(
                (*item.base, "consent") if "consent" in item.raw else item.path,
                f"{item.text!r} relies on explicit consent (GDPR Art. 9(2)(a)) but the entry "
                "does not record explicit consent for it",
                fix="Record `consent: explicit` once explicit consent is obtained.",
                severity=Severity.WARNING,
            )
        if offences and criminal is None:
            yield Finding(
                item.path,
                f"{item.text!r} is criminal-offence data (GDPR Art. 10), processed only under "
                "official authority or when authorised by Union or Member State law, and the "
                "entry names neither (`legal_basis.gdpr_criminal_data`)",
                fix="Add `legal_basis.gdpr_criminal_data:` (`official_authority` or "
                "`authorised_by_law`).",
            )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="特殊类别数据的合法性基础",
        summary="依 GDPR，特殊类别数据须具备第9条第2款规定的条件；刑事数据须符合第10条。",
        checks=(
            "启用 `gdpr` 法律制度时，共享 GDPR 第9条第1款所列特殊类别数据（种族或民族出身、政治观点"
            "、宗教或哲学信仰、工会会员身份、基因数据、用于识别的生物识别数据、健康数据、性生活或性"
            "取向数据）的条目，必须在 `legal_basis.gdpr_special_category` 中写明所依据的第9条第2款"
            "条件（`explicit_consent`、`employment_social_security`、`vital_interests` 等）。第6条"
            "的合法性基础（`legal_basis.gdpr`）不能解除第9条第1款的禁止。条件为 `explicit_consent` "
            "时，数据项（或条目的 `consent_evidence`）必须记录 `explicit` 同意：GDPR 所说的明确同意"
            "，对应《个人信息保护法》所说的单独同意。刑事定罪和犯罪数据（第10条）须有"
            " `legal_basis.gdpr_criminal_data`（`official_authority` 或 `authorised_by_law`）：第9"
            "条第2款的条件（包括同意）不能解除第10条的限制。"
        ),
        why=(
            "GDPR 第9条第1款禁止处理特殊类别的个人数据；第9条第2款列出了不适用该禁止的全部条件，首"
            "项为(a)明确同意。此外还需第6条第1款规定的合法性基础，但仅有后者并不足够。第10条：处理"
            "与刑事定罪和犯罪有关的数据，只能在官方机构的控制下进行，或经欧盟或成员国法律授权。第13"
            "条第1款(c)项要求告知个人处理的法律依据。"
        ),
        fix=(
            "添加 `legal_basis.gdpr_special_category:`，写明所依据的第9条第2款条件（多数应用为"
            " `explicit_consent`，并记录为 `consent: explicit`）；刑事定罪和犯罪数据则添加"
            " `legal_basis.gdpr_criminal_data:`。"
        ),
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
