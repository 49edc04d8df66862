"""A child's data needs a parent's or guardian's consent, as each enabled regime defines it.

## What it checks

A data item in a minors' category of the taxonomy (`minor_under_14`: a child under 14;
`child_under_13`: a child under 13) must say `consent: guardian` (or the entry
`consent_evidence: {kind: guardian, ...}`), under each enabled regime that asks for it, and only
there:

- `pipl`: a child under 14, where consent is the PIPL basis (`legal_basis.pipl` absent or
  `consent`; PIPL Art. 13(2) lifts consent where another basis applies);
- `gb35273`: a child under 14 (GB/T 35273-2020 5.4: the guardian's explicit consent under 14;
  the standard's 3.2 note calls the data of children "14 and under" sensitive, a different test);
- `gdpr`: only where consent is the GDPR basis (`legal_basis.gdpr: consent`), for an online
  service offered directly to a child under the digital age of consent (16 by default, option
  `gdpr-age`, 13-16 as the Member State sets): a `child_under_13` item always, a
  `minor_under_14` item when `gdpr-age` is above 13;
- COPPA, when the option `coppa` is true (COPPA is not one of `--regime`: it binds operators of
  services directed to children under 13 or that know they collect a child's data): a child
  under 13 (verifiable parental consent, 16 CFR 312.5); from the amended rule's compliance date
  (22 April 2026, option `coppa-amended-from`) a third party's receipt needs a consent separate
  from the consent to collect (312.5(a)(2)), which the message says.

CPRA alone does not make this rule fire (its opt-in for selling or sharing the data of consumers
under 16, § 1798.120(c), is not checked).

## Why

PIPL Art. 31: processing the personal information of a minor under 14 requires the consent of a
parent or other guardian. GB/T 35273-2020 5.4 (a recommended standard) asks the guardian's
explicit consent under 14. GDPR Art. 8(1): where Art. 6(1)(a) consent applies to an information
society service offered directly to a child below 16 (or the Member State's age, not below 13),
consent must be given or authorised by the holder of parental responsibility. COPPA Rule, 16 CFR
312.5: verifiable parental consent before collecting, using or disclosing a child's personal
information; the 2025 amendments (in force 23 June 2025, compliance by 22 April 2026) add
separate consent for disclosure to third parties.

## Failing example

```yaml
data:
  - item: child's date of birth
    justification:
      necessity: Sets up the age-appropriate profile.
      impact: Profiling of a child; kept only while the account exists.
```

## Passing example

```yaml
data:
  - item: child's date of birth
    consent: guardian
    justification:
      necessity: Sets up the age-appropriate profile.
      impact: Profiling of a child; kept only while the account exists.
```

## How to fix

Obtain the guardian's consent and record it as `consent: guardian` (or `consent_evidence` of kind
`guardian`, saying how and where it is obtained).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

from disclosurelint.document import Document
from disclosurelint.model import Finding, RuleText, Severity
from disclosurelint.rules.base import RuleContext
from disclosurelint.rules.items import basis, consent_is_basis, has_consent, items, recipient_of

CODE = "DL306"
NAME = "guardian-consent"
SEVERITY = Severity.ERROR
ARTICLES = (
    "PIPL Art. 31",
    "GB/T 35273-2020 5.4",
    "GDPR Art. 8(1)",
    "COPPA Rule 16 CFR 312.5",
)
OPTIONS: dict[str, object] = {
    "gdpr-age": {
        "type": "integer",
        "minimum": 13,
        "maximum": 16,
        "description": "The digital age of consent of GDPR Art. 8(1) where the service is "
        "offered (16 unless the Member State sets 13-15).",
    },
    "coppa": {
        "type": "boolean",
        "description": "Apply the COPPA Rule (16 CFR Part 312) to children under 13.",
    },
    "coppa-amended-from": {
        "type": "string",
        "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
        "description": "Compliance date of the 2025 COPPA Rule amendments (2026-04-22).",
    },
}
SCOPE = "document"
OWNS: tuple[str, ...] = ()
NEEDS_TAXONOMY = True

_AGE = {"minor_under_14": 14, "child_under_13": 13}


def _regimes(document: Document, context: RuleContext, age: int) -> list[str]:
    """The enabled regimes that ask a guardian's consent for a child below ``age``."""
    found = []
    if "pipl" in context.regimes and age <= 14 and consent_is_basis(document):
        found.append("PIPL Art. 31 (under 14)")
    if "gb35273" in context.regimes and age <= 14:
        found.append("GB/T 35273-2020 5.4 (under 14)")
    gdpr_age: Any = context.options.get("gdpr-age", 16)
    if "gdpr" in context.regimes and basis(document, "gdpr") == "consent" and age <= gdpr_age:
        found.append(f"GDPR Art. 8(1) (below {gdpr_age}, consent as the basis)")
    if context.options.get("coppa") is True and age <= 13:
        found.append("COPPA Rule 16 CFR 312.5 (under 13)" + _coppa_third_party(document, context))
    return found


def _coppa_third_party(document: Document, context: RuleContext) -> str:
    if recipient_of(document).get("relationship") not in ("third_party", "joint_controller"):
        return ""
    since = str(context.options.get("coppa-amended-from", "2026-04-22"))
    if datetime.date.today().isoformat() < since:
        return ""
    return (
        ", with consent to the third party's receipt separate from consent to collect (312.5(a)(2))"
    )


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    for item in items(document, context):
        ages = [_AGE[c] for c in item.categories if c in _AGE]
        if not ages or has_consent(item, document, "guardian"):
            continue
        regimes = list(dict.fromkeys(r for a in ages for r in _regimes(document, context, a)))
        if not regimes:
            continue
        where = (*item.base, "consent") if "consent" in item.raw else item.path
        yield Finding(
            where,
            f"{item.text!r} is a child's data and needs a parent's or guardian's consent under "
            + "; ".join(regimes),
            fix="Record `consent: guardian` once the guardian has consented.",
        )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="监护人同意",
        summary="依各已启用的法律制度，儿童的个人信息须取得父母或者其他监护人的同意。",
        checks=(
            "属于分类目录中未成年人类别（`minor_under_14`：不满十四周岁的未成年人；`child_under_13`"
            "：不满十三周岁的儿童）的数据项，须在要求监护人同意的每个已启用法律制度下，且仅在这些制"
            "度下，写明 `consent: guardian`（或条目的 `consent_evidence: {kind: guardian, ...}`）："
            "\n\n"
            "`pipl`：不满十四周岁的未成年人，且以同意为《个人信息保护法》下的合法性基础（"
            "`legal_basis.pipl` 缺失或为 `consent`；适用其他合法性基础时，第十三条第二款免除同意）"
            "；\n\n"
            "`gb35273`：不满十四周岁的未成年人（GB/T 35273-2020 第5.4条：不满十四周岁须取得监护人的"
            "明示同意；该标准第3.2条注将十四周岁以下（含）儿童的个人信息列为个人敏感信息，判定标准"
            "不同）；\n\n"
            "`gdpr`：仅在以同意为 GDPR 下的合法性基础（`legal_basis.gdpr: consent`）、直接向未达数"
            "字同意年龄（默认十六周岁，`gdpr-age` 选项，由成员国在十三至十六周岁之间确定）的儿童提"
            "供在线服务时：`child_under_13` 数据项一律适用，`minor_under_14` 数据项在 `gdpr-age` 高"
            "于十三时适用；\n\n"
            "COPPA，在 `coppa` 选项为 true 时（COPPA 不属于 `--regime`：它约束面向不满十三周岁儿童"
            "的服务的运营者，或明知收集儿童信息的运营者）：不满十三周岁的儿童（可验证的父母同意，"
            "16 CFR 312.5）；自修订后规则的合规日期（2026年4月22日，`coppa-amended-from` 选项）起，"
            "第三方接收须取得与收集同意相分离的同意（312.5(a)(2)），提示信息会说明。\n\n"
            "仅启用 CPRA 不会触发本规则（其对不满十六周岁消费者的数据出售或共享的选择加入要求，§"
            " 1798.120(c)，不在检查范围内）。"
        ),
        why=(
            "《个人信息保护法》第三十一条：个人信息处理者处理不满十四周岁未成年人个人信息的，应当取"
            "得未成年人的父母或者其他监护人的同意。GB/T 35273-2020 第5.4条（推荐性标准）要求不满十"
            "四周岁的，取得其监护人的明示同意。GDPR 第8条第1款：以第6条第1款(a)项同意为基础、直接向"
            "不满十六周岁（或成员国规定的不低于十三周岁的年龄）的儿童提供信息社会服务的，须由对儿童"
            "负有父母责任的人作出或授权同意。COPPA 规则 16 CFR 312.5：收集、使用或披露儿童个人信息"
            "之前，须取得可验证的父母同意；2025年修订（2025年6月23日生效，2026年4月22日前须合规）增"
            "加了向第三方披露须取得单独同意的要求。"
        ),
        fix=(
            "取得监护人同意，并以 `consent: guardian`（或类型为 `guardian` 的 `consent_evidence`，"
            "写明取得方式和记录位置）记录。"
        ),
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
