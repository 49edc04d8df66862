"""Under PIPL, where consent is the basis, sharing needs the person's separate consent.

## What it checks

With the `pipl` regime enabled and consent as the PIPL basis (`legal_basis.pipl: consent`, or no
PIPL basis declared), two duties are checked:

- providing personal information to another processor (PIPL Art. 23): every data item of an
  entry whose recipient's relationship is in the option `provided-to` (default `third_party`
  and `joint_controller`) needs separate consent;
- processing sensitive personal information (PIPL Art. 29): every item sensitive under PIPL
  needs separate consent, whoever the recipient is, except relationships in the option
  `exempt-sensitive` (default: `device_service`, data handed at the user's request to an app on
  the user's own device, which we do not read as our processing).

Separate consent is recorded per item (`consent: separate`; `guardian` for a minor's data) or
for the whole entry (`consent_evidence: {kind: separate, how: ..., where: ...}`). An entry that
declares another PIPL basis (`contract`, `hr_management`, `statutory_duty`, `emergency`,
`news_reporting`, `public_information`, `other_law`) is not asked for consent (PIPL Art. 13(2)).
Whether an enterprise customer or a device service is "another processor" is a choice the law
does not make for you: set `provided-to` and `exempt-sensitive` to the reading your counsel takes.

## Why

PIPL Art. 23: a processor providing personal information to another processor shall tell the
person the recipient's name, contact, purpose, processing method and categories "and obtain the
person's separate consent". Art. 29: processing sensitive personal information requires separate
consent. Art. 13(2): where Art. 13(1)(2)-(7) applies, consent is not required.

## Failing example

```yaml
consent_evidence:
  kind: explicit
  how: A checkbox in the sign-up form.
data:
  - item: bank card number
    justification:
      necessity: Pays out refunds to the card the user chooses.
      impact: Financial loss if leaked; sent tokenised.
```

## Passing example

```yaml
consent_evidence:
  kind: separate
  how: A dialog of its own before the first refund, naming the recipient.
  where: Refund dialog; consent log.
data:
  - item: bank card number
    justification:
      necessity: Pays out refunds to the card the user chooses.
      impact: Financial loss if leaked; sent tokenised.
```

## How to fix

Obtain separate consent (a consent step of its own, not bundled with the privacy policy) and
record it as `consent_evidence` (how and where) or `consent: separate` on the item; or, where
another PIPL Art. 13(1) basis applies, declare it as `legal_basis.pipl`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from disclosurelint.document import Document
from disclosurelint.model import Finding, RuleText, Severity
from disclosurelint.rules.base import RuleContext
from disclosurelint.rules.items import (
    consent_is_basis,
    entry_consent,
    items,
    recipient_of,
    sensitive_statuses,
)

CODE = "DL304"
NAME = "separate-consent"
SEVERITY = Severity.ERROR
ARTICLES = ("PIPL Art. 23", "PIPL Art. 29", "PIPL Art. 13(2)")
_RELATIONSHIPS = [
    "third_party",
    "entrusted_processor",
    "enterprise_customer",
    "device_service",
    "joint_controller",
]
OPTIONS: dict[str, object] = {
    "provided-to": {
        "type": "array",
        "items": {"enum": _RELATIONSHIPS},
        "uniqueItems": True,
        "description": "Relationships read as 'another processor' of PIPL Art. 23 "
        "(default third_party, joint_controller).",
    },
    "exempt-sensitive": {
        "type": "array",
        "items": {"enum": _RELATIONSHIPS},
        "uniqueItems": True,
        "description": "Relationships whose sensitive items are not checked under PIPL Art. 29 "
        "(default device_service).",
    },
}
SCOPE = "document"
OWNS: tuple[str, ...] = ()
NEEDS_TAXONOMY = True

_SEPARATE = ("separate", "guardian")


def _option(context: RuleContext, name: str, default: tuple[str, ...]) -> tuple[str, ...]:
    value: Any = context.options.get(name)
    return tuple(value) if isinstance(value, list) else default


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    if "pipl" not in context.regimes or not consent_is_basis(document):
        return
    relationship = recipient_of(document).get("relationship")
    provided = relationship in _option(context, "provided-to", ("third_party", "joint_controller"))
    exempt = relationship in _option(context, "exempt-sensitive", ("device_service",))
    unconsented = []
    entry = entry_consent(document)  # the same for every item: read once
    for item in items(document, context):
        own = item.raw.get("consent")
        if own in _SEPARATE or entry in _SEPARATE:  # has_consent(item, document, *_SEPARATE)
            continue
        given = own if isinstance(own, str) else entry  # consent_of(item, document)
        # The most severe category of a compound item decides, whatever the word order.
        sensitive = sorted(
            (status for _, status in sensitive_statuses(item, context, ("pipl",))),
            key=lambda status: status.level != "sensitive",
        )
        if sensitive and not exempt:
            where = (*item.base, "consent") if "consent" in item.raw else item.path
            yield Finding(
                where,
                f"{item.text!r} is sensitive under PIPL ({sensitive[0].article}); with consent "
                "as the basis, processing it needs separate consent (PIPL Art. 29), and the "
                f"entry records {'consent: ' + given if given else 'none'}",
                fix="Record `consent_evidence: {kind: separate, how: ..., where: ...}` or "
                "`consent: separate` once separate consent is obtained, or declare the PIPL "
                "Art. 13(1) basis relied on as `legal_basis.pipl`.",
                severity=Severity.ERROR if sensitive[0].level == "sensitive" else Severity.WARNING,
            )
        elif provided:
            unconsented.append(item)
    if unconsented:
        names = ", ".join(repr(i.text) for i in unconsented[:5])
        more = f" and {len(unconsented) - 5} more" if len(unconsented) > 5 else ""
        yield Finding(
            ("consent_evidence",) if "consent_evidence" in document.mapping else ("data",),
            f"the recipient is another processor ({relationship}); with consent as the PIPL "
            f"basis, providing {names}{more} to it needs the person's separate consent "
            "(PIPL Art. 23), and the entry records none",
            fix="Add `consent_evidence: {kind: separate, how: ..., where: ...}` saying how and "
            "where separate consent is obtained, or declare the PIPL Art. 13(1) basis relied "
            "on as `legal_basis.pipl` (e.g. `contract`).",
        )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="单独同意",
        summary="依《个人信息保护法》，以同意为合法性基础时，共享须取得个人的单独同意。",
        checks=(
            "启用 `pipl` 法律制度，且以同意为《个人信息保护法》下的合法性基础（`legal_basis.pipl: "
            "consent`，或未声明合法性基础）时，检查两项义务：\n\n"
            "向其他个人信息处理者提供个人信息（《个人信息保护法》第二十三条）：接收方关系属于"
            " `provided-to` 选项（默认 `third_party` 和 `joint_controller`）的条目，其每个数据项都"
            "须取得单独同意；\n\n"
            "处理敏感个人信息（《个人信息保护法》第二十九条）：依《个人信息保护法》属于敏感个人信息"
            "的每个数据项都须取得单独同意，无论接收方是谁，但 `exempt-sensitive` 选项中的关系除外（"
            "默认 `device_service`：应用户要求交给用户本人设备上的应用的数据，我们不将其视为本方的"
            "处理）。\n\n"
            "单独同意按数据项记录（`consent: separate`；未成年人的数据为 `guardian`），或按整个条目"
            "记录（`consent_evidence: {kind: separate, how: ..., where: ...}`）。声明了《个人信息保"
            "护法》下其他合法性基础（`contract`、`hr_management`、`statutory_duty`、`emergency`、"
            "`news_reporting`、`public_information`、`other_law`）的条目不要求同意（第十三条第二款"
            "）。企业客户或设备上的服务是否属于“其他个人信息处理者”，法律并未替您作出选择：请按法律"
            "顾问采纳的理解设置 `provided-to` 和 `exempt-sensitive`。"
        ),
        why=(
            "《个人信息保护法》第二十三条：个人信息处理者向其他个人信息处理者提供其处理的个人信息的"
            "，应当向个人告知接收方的名称或者姓名、联系方式、处理目的、处理方式和个人信息的种类，并"
            "取得个人的单独同意。第二十九条：处理敏感个人信息应当取得个人的单独同意。第十三条第二款"
            "：依照第一款第（二）项至第（七）项规定的情形处理个人信息的，不需取得个人同意。"
        ),
        fix=(
            "取得单独同意（单独的同意步骤，不与隐私政策捆绑），并以 `consent_evidence`（取得方式和"
            "记录位置）或数据项上的 `consent: separate` 记录；适用《个人信息保护法》第十三条第一款"
            "规定的其他合法性基础的，以 `legal_basis.pipl` 声明。"
        ),
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
