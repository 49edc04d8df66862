"""Data sent abroad needs a transfer mechanism of each regime that governs it, and PIPL's notice.

## What it checks

The countries the data goes to are `recipient.country` and `cross_border.destinations` (ISO
codes; a common name such as `China` or `中国` is read as its code). `cross_border.mechanism` is
one mechanism or a list, and each regime accepts only its own:

- `pipl`, when the home country (option `home-country`, default `CN`) is China and a destination
  is outside it (Hong Kong, Macao and Taiwan included): a mechanism of PIPL Art. 38 —
  `cac_security_assessment`, `pi_certification`, `cac_standard_contract`, `treaty` — or an
  exemption of the CAC's 2024 Provisions on Promoting and Regulating Cross-Border Data Flows
  (`cac_exempt_contract`, `cac_exempt_hr`, `cac_exempt_emergency`, `cac_exempt_under_100k`,
  `cac_exempt_foreign_collected`, `cac_exempt_ftz_list`), which must come with
  `cross_border.justification`; `cac_exempt_under_100k` does not cover sensitive personal
  information. PIPL has no adequacy decision: `adequacy_decision` or standard contractual clauses
  do not satisfy it. Whatever the mechanism, PIPL Art. 39 also asks, for every overseas
  recipient, how the person exercises rights against it (`cross_border.rights_exercise`) and,
  where consent is the basis, separate consent (`consent_evidence` of kind `separate`); the
  contact is DL305's, the processing method DL309's.
- `gdpr`, when a destination is outside the EEA (the EU, Iceland, Liechtenstein, Norway) and,
  for a home country outside the EEA, differs from it: a mechanism of GDPR Chapter V —
  `adequacy_decision` (Art. 45; a warning when the destination is not one the tool knows to have
  one), `standard_contractual_clauses`, `binding_corporate_rules`,
  `approved_code_or_certification` (Art. 46), or `derogation` (Art. 49, with `justification`).
  A transfer inside the EEA (DE to FR) is not a Chapter V transfer.

## Why

PIPL Art. 38(1): providing personal information abroad requires (1) the CAC security assessment,
(2) certification, (3) the CAC standard contract, or (4) other conditions set by law or the CAC;
Art. 38(2) treaties. The CAC's 2024 Provisions, Arts. 4-6, set such conditions: transfers exempt
from the three procedures. Art. 39: tell the person the overseas recipient's name, contact,
purpose, method, categories and how to exercise rights against it, and obtain separate consent
(not needed where Art. 13(1)(2)-(7) applies, Art. 13(2)). GDPR Art. 44: Chapter V governs
transfers to third countries; Arts. 45-49 list the mechanisms; Art. 13(1)(f) requires telling the
person which.

## Failing example

```yaml
recipient:
  name: Example Analytics Inc.
  relationship: entrusted_processor
  contact: privacy@analytics.example.com
  country: US
cross_border:
  destinations: [US]
  mechanism: adequacy_decision
```

## Passing example

```yaml
recipient:
  name: Example Analytics Inc.
  relationship: entrusted_processor
  contact: privacy@analytics.example.com
  country: US
processing_method: Stores crash reports and computes stability statistics.
consent_evidence:
  kind: separate
  how: A dialog of its own before the first upload, naming the recipient and its country.
  where: Crash-report dialog; consent log.
cross_border:
  destinations: [US]
  mechanism: cac_standard_contract
  rights_exercise: Write to privacy@analytics.example.com; we forward requests within 5 days.
```

## How to fix

Add `cross_border:` with the `destinations` and each regime's `mechanism` actually in place, a
`justification` for an exemption or derogation, and for PIPL the `rights_exercise` channel and
the separate-consent evidence.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from disclosurelint.document import Document
from disclosurelint.model import Finding, JsonPath, RuleText, Severity
from disclosurelint.rules.base import RuleContext, is_placeholder
from disclosurelint.rules.countries import EEA, destinations
from disclosurelint.rules.items import consent_is_basis, entry_consent, has_consent, items

CODE = "DL307"
NAME = "cross-border-mechanism"
SEVERITY = Severity.ERROR
ARTICLES = (
    "PIPL Art. 38",
    "PIPL Art. 39",
    "CAC Provisions on Cross-Border Data Flows (2024) Arts. 4-6",
    "GDPR Art. 44",
    "GDPR Arts. 45-49",
    "GDPR Art. 13(1)(f)",
)
OPTIONS: dict[str, object] = {}
SCOPE = "document"
OWNS: tuple[str, ...] = ()
NEEDS_TAXONOMY = True

PIPL_MECHANISMS = {
    "cac_security_assessment": "the CAC security assessment (PIPL Art. 38(1)(1))",
    "pi_certification": "certification (PIPL Art. 38(1)(2))",
    "cac_standard_contract": "the CAC standard contract (PIPL Art. 38(1)(3))",
    "treaty": "a treaty (PIPL Art. 38(2))",
    "cac_exempt_contract": "the CAC 2024 exemption for a contract with the person (Art. 5(1))",
    "cac_exempt_hr": "the CAC 2024 exemption for cross-border HR management (Art. 5(2))",
    "cac_exempt_emergency": "the CAC 2024 exemption for emergencies (Art. 5(3))",
    "cac_exempt_under_100k": "the CAC 2024 exemption below 100,000 people (Art. 5(4))",
    "cac_exempt_foreign_collected": "the CAC 2024 exemption for data collected abroad (Art. 4)",
    "cac_exempt_ftz_list": "the CAC 2024 free-trade-zone exemption (Art. 6)",
}
GDPR_MECHANISMS = {
    "adequacy_decision": "an adequacy decision (GDPR Art. 45)",
    "standard_contractual_clauses": "standard contractual clauses (GDPR Art. 46(2)(c))",
    "binding_corporate_rules": "binding corporate rules (GDPR Art. 47)",
    "approved_code_or_certification": "a code of conduct or certification (GDPR Art. 46(2)(e)-(f))",
    "derogation": "a derogation (GDPR Art. 49)",
}
# Countries with a European Commission adequacy decision (the US only for organisations certified
# under the EU-US Data Privacy Framework; Canada for commercial organisations).
ADEQUATE = frozenset(
    [
        "AD",
        "AR",
        "CA",
        "CH",
        "FO",
        "GB",
        "GG",
        "IL",
        "IM",
        "JE",
        "JP",
        "KR",
        "NZ",
        "US",
        "UY",
    ]
)


def _mechanisms(transfer: Mapping[str, Any]) -> list[str]:
    value = transfer.get("mechanism")
    values = value if isinstance(value, list) else [value]
    return [v for v in values if isinstance(v, str)]


def _where(data: Mapping[str, Any], key: str | None = None) -> JsonPath:
    if isinstance(data.get("cross_border"), Mapping):
        return ("cross_border", key) if key and key in data["cross_border"] else ("cross_border",)
    recipient = data.get("recipient")
    if isinstance(recipient, Mapping) and "country" in recipient:
        return ("recipient", "country")
    return ()


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    data = document.mapping
    found, _ = destinations(data)
    transfer = data.get("cross_border")
    transfer = transfer if isinstance(transfer, Mapping) else {}
    given = _mechanisms(transfer)
    home = context.home_country.upper()
    if "pipl" in context.regimes and home == "CN":
        abroad = [c for c in found if c != "CN"]
        if abroad:
            yield from _pipl(document, context, abroad, transfer, given)
    if "gdpr" in context.regimes:
        abroad = [c for c in found if c not in EEA and (home in EEA or c != home)]
        if abroad:
            yield from _gdpr(data, abroad, transfer, given)


def _pipl(
    document: Document,
    context: RuleContext,
    abroad: list[str],
    transfer: Mapping[str, Any],
    given: list[str],
) -> Iterator[Finding]:
    data = document.mapping
    countries = ", ".join(abroad)
    pipl = [m for m in given if m in PIPL_MECHANISMS]
    if not pipl:
        other = [GDPR_MECHANISMS[m] for m in given if m in GDPR_MECHANISMS]
        said = (
            f"; {' and '.join(other)} is a GDPR mechanism, and PIPL has no adequacy decision"
            if other
            else ""
        )
        yield Finding(
            _where(data, "mechanism"),
            f"personal information goes outside China (to {countries}) but the entry names no "
            f"PIPL Art. 38 mechanism{said}",
            fix="Add to `cross_border.mechanism` the PIPL mechanism in place "
            "(`cac_standard_contract`, `cac_security_assessment`, `pi_certification`, `treaty`) "
            "or the CAC 2024 exemption relied on, with `justification`.",
        )
    exemptions = [m for m in pipl if m.startswith("cac_exempt_")]
    if exemptions and is_placeholder(transfer.get("justification")):
        yield Finding(
            _where(data, "mechanism"),
            f"the entry relies on {PIPL_MECHANISMS[exemptions[0]]} but gives no "
            "`cross_border.justification` saying why its conditions are met",
            fix="Add `justification:` with the facts that meet the exemption's conditions.",
        )
    if "cac_exempt_under_100k" in pipl:
        sensitive = [
            i.text
            for i in items(document, context)
            for c in i.categories
            if (cat := context.taxonomy.get(c)) and cat.sensitive_under(("pipl",))
        ]
        if sensitive:
            yield Finding(
                _where(data, "mechanism"),
                "the CAC 2024 exemption below 100,000 people (Art. 5(4)) excludes sensitive "
                f"personal information, and the entry sends {sensitive[0]!r} abroad",
                fix="Rely on the standard contract, certification or the security assessment "
                "for sensitive personal information.",
            )
    missing = []
    if is_placeholder(transfer.get("rights_exercise")):
        missing.append("how to exercise rights against it (`cross_border.rights_exercise`)")
    if consent_is_basis(document) and entry_consent(document) != "separate":
        all_items = items(document, context)
        if not all_items or any(
            not has_consent(i, document, "separate", "guardian") for i in all_items
        ):
            missing.append("separate consent (`consent_evidence: {kind: separate, ...}`)")
    if missing:
        yield Finding(
            _where(data, "rights_exercise"),
            f"for an overseas recipient (in {countries}) PIPL Art. 39 asks "
            + "; ".join(missing)
            + ", and the entry gives none",
            fix="Add what is missing; separate consent is not needed where the entry declares "
            "another PIPL Art. 13(1) basis as `legal_basis.pipl`.",
        )


def _gdpr(
    data: Mapping[str, Any], abroad: list[str], transfer: Mapping[str, Any], given: list[str]
) -> Iterator[Finding]:
    countries = ", ".join(abroad)
    gdpr = [m for m in given if m in GDPR_MECHANISMS]
    if not gdpr:
        other = [PIPL_MECHANISMS[m] for m in given if m in PIPL_MECHANISMS]
        said = f"; {' and '.join(other)} is a PIPL mechanism" if other else ""
        yield Finding(
            _where(data, "mechanism"),
            f"personal data goes outside the EEA (to {countries}) but the entry names no GDPR "
            f"Chapter V mechanism (Arts. 45-49){said}",
            fix="Add to `cross_border.mechanism` the GDPR mechanism in place "
            "(`adequacy_decision`, `standard_contractual_clauses`, `binding_corporate_rules`, "
            "`approved_code_or_certification`, `derogation` with `justification`).",
        )
        return
    if "derogation" in gdpr and len(gdpr) == 1 and is_placeholder(transfer.get("justification")):
        yield Finding(
            _where(data, "mechanism"),
            "the entry relies on a derogation of GDPR Art. 49 but gives no "
            "`cross_border.justification` naming the derogation and why it applies",
            fix="Add `justification:` (e.g. explicit consent after being told the risks, "
            "Art. 49(1)(a)).",
        )
    if gdpr == ["adequacy_decision"]:
        without = [c for c in abroad if c not in ADEQUATE]
        if without:
            yield Finding(
                _where(data, "mechanism"),
                "the entry relies on an adequacy decision (GDPR Art. 45), but "
                f"{', '.join(without)} has none that the tool knows of",
                fix="Check the Commission's list of adequacy decisions; otherwise use standard "
                "contractual clauses or binding corporate rules.",
                severity=Severity.WARNING,
            )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="出境机制",
        summary=(
            "向境外提供个人信息须具备所适用的每个法律制度的出境机制，并履行《个人信息保护法》的告知"
            "义务。"
        ),
        checks=(
            "个人信息的去向国家或地区为 `recipient.country` 和 `cross_border.destinations`（ISO 代"
            "码；`China` 或 `中国` 等常用名称按其代码读取）。`cross_border.mechanism` 为一种机制或"
            "机制列表，每个法律制度只接受其自身的机制：\n\n"
            "`pipl`：本国（`home-country` 选项，默认 `CN`）为中国且去向在中国境外（包括香港、澳门和"
            "台湾地区）时：《个人信息保护法》第三十八条规定的机制——`cac_security_assessment`、"
            "`pi_certification`、`cac_standard_contract`、`treaty`——或国家网信办2024年《促进和规范"
            "数据跨境流动规定》规定的豁免情形（`cac_exempt_contract`、`cac_exempt_hr`、"
            "`cac_exempt_emergency`、`cac_exempt_under_100k`、`cac_exempt_foreign_collected`、"
            "`cac_exempt_ftz_list`），豁免须附 `cross_border.justification`；"
            "`cac_exempt_under_100k` 不涵盖敏感个人信息。《个人信息保护法》没有充分性认定："
            "`adequacy_decision` 或标准合同条款不能满足其要求。无论采用何种机制，《个人信息保护法》"
            "第三十九条还要求就每个境外接收方告知个人向其行使权利的方式（"
            "`cross_border.rights_exercise`），并在以同意为合法性基础时取得单独同意（类型为"
            " `separate` 的 `consent_evidence`）；联系方式由 DL305 检查，处理方式由 DL309 检查。"
            "\n\n"
            "`gdpr`：去向在欧洲经济区（欧盟、冰岛、列支敦士登、挪威）以外，且本国在欧洲经济区以外时"
            "去向与本国不同：GDPR 第五章规定的机制——`adequacy_decision`（第45条；去向不在本工具已知"
            "享有充分性认定的国家之列时为警告）、`standard_contractual_clauses`、"
            "`binding_corporate_rules`、`approved_code_or_certification`（第46条），或 `derogation`"
            "（第49条，须附 `justification`）。欧洲经济区内的传输（德国至法国）不属于第五章规定的传"
            "输。"
        ),
        why=(
            "《个人信息保护法》第三十八条第一款：向中华人民共和国境外提供个人信息的，应当（一）通过"
            "国家网信部门组织的安全评估，（二）经专业机构进行个人信息保护认证，（三）按照国家网信部"
            "门制定的标准合同与境外接收方订立合同，或者（四）符合法律、行政法规或者国家网信部门规定"
            "的其他条件；第二款规定了国际条约、协定。国家网信办2024年《促进和规范数据跨境流动规定》"
            "第四条至第六条规定了此类条件：免于上述三种程序的情形。第三十九条：应当向个人告知境外接"
            "收方的名称或者姓名、联系方式、处理目的、处理方式、个人信息的种类以及个人向境外接收方行"
            "使权利的方式和程序等事项，并取得个人的单独同意（依第十三条第二款，适用第十三条第一款第"
            "（二）项至第（七）项时无需同意）。GDPR 第44条：第五章规范向第三国的传输；第45条至第49"
            "条列出各项机制；第13条第1款(f)项要求告知个人所采用的机制。"
        ),
        fix=(
            "添加 `cross_border:`，写明 `destinations` 及每个法律制度下实际采用的 `mechanism`，豁免"
            "或例外情形附 `justification`，并就《个人信息保护法》写明 `rights_exercise` 渠道和单独"
            "同意的证明。"
        ),
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
