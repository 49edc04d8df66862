"""DL301-DL308: sensitive data, consent, contact, minors, cross-border and GDPR special data."""

from __future__ import annotations

import pytest

from disclosurelint.api import check_text
from disclosurelint.config import Settings
from tests.common import merged, problems

ALL = ("pipl", "gb35273", "gdpr", "cpra")

JUSTIFIED = """
    justification:
      necessity: Needed to deliver the service.
      impact: Limited; encrypted in transit and deleted after 30 days."""


def items(*lines: str) -> str:
    return "data:\n" + "\n".join(lines)


def only(text: str, code: str, regimes: tuple[str, ...] = ("pipl", "gb35273")) -> list[str]:
    return [
        p.message
        for p in check_text(text, "t.yaml", Settings(regimes=regimes)).problems
        if p.code == code
    ]


@pytest.mark.parametrize(
    "item",
    [
        "ID card photo",
        "身份证正反面照片",
        "face recognition data",
        "人脸信息",
        "bank card number",
        "银行卡号",
        "precise location",
        "精准定位信息",
        "medical records",
        "病历",
        "通讯录",
        "address book",
        "fingerprint",
        "行踪轨迹",
    ],
)
def test_sensitive_items_need_a_justification(item: str) -> None:
    text = merged(items(f"  - item: {item}\n    consent: separate"))
    assert [c for _, _, c in problems(text)] == ["DL301"]
    assert problems(merged(items(f"  - item: {item}\n    consent: separate" + JUSTIFIED))) == []


@pytest.mark.parametrize(
    "item",
    [
        "phone number",
        "telephone number",
        "email address",
        "nickname",
        "account nickname",
        "coarse location",
        "approximate location",
        "profile image",
        "contact information",
        "device model",
        "IP address",
        "手机号码",
        "昵称",
    ],
)
def test_ordinary_items_need_nothing(item: str) -> None:
    assert problems(merged(items(f"  - item: {item}"))) == []


def test_finding_names_every_enabled_regime_with_its_article() -> None:
    text = merged(items("  - item: ID card photo\n    consent: separate"))
    [message] = only(text, "DL301", ALL)
    assert "GB/T 35273-2020" in message and "1798.140(ae)" in message and "PIPL" in message
    assert "GDPR" not in message  # not special under GDPR
    [message] = only(text, "DL301", ("gb35273",))
    assert "PIPL" not in message and "CPRA" not in message


def test_regime_choice_changes_the_verdict() -> None:
    text = merged(items("  - item: 通讯录"))
    assert only(text, "DL301", ("cpra",)) == []
    [p] = check_text(text, "t", Settings(regimes=("pipl",))).problems
    assert (p.code, p.severity.label) == ("DL301", "warning")  # PIPL: not enumerated, assess
    [p] = check_text(text, "t", Settings(regimes=("gb35273",))).problems
    assert (p.code, p.severity.label) == ("DL301", "error")


def test_qualified_only_is_a_warning_and_outright_is_an_error() -> None:
    text = merged(items("  - item: ID card number\n    consent: separate"))
    [p] = check_text(text, "t", Settings(regimes=("pipl",))).problems
    assert (p.code, p.severity.label) == ("DL301", "warning")
    [p] = check_text(text, "t", Settings(regimes=("gb35273",))).problems
    assert (p.code, p.severity.label) == ("DL301", "error")


def test_incomplete_justification_points_at_it() -> None:
    text = merged(
        items(
            "  - item: bank card number\n    consent: separate\n    justification:\n"
            "      necessity: Refunds.\n      impact: TBD"
        )
    )
    [message] = only(text, "DL301")
    assert message.endswith("but its justification lacks impact")
    assert problems(text) == [(16, 5, "DL301")]


def test_declared_category_wins_over_words() -> None:
    text = merged(
        items("  - item: member number\n    category: financial_account\n    consent: separate")
    )
    assert [c for _, _, c in problems(text)] == ["DL301"]


def test_category_contradicted_by_words() -> None:
    text = merged(items("  - item: ID card number\n    category: phone_number"))
    [message] = only(text, "DL302")
    assert "declared as 'phone_number'" in message and "government_id" in message


def test_unknown_category_has_did_you_mean() -> None:
    text = merged(items("  - item: telephone number\n    category: phone_numbr"))
    assert only(text, "DL302") == [
        "unknown data category 'phone_numbr'; did you mean 'phone_number'?"
    ]


def test_unclassified_item_is_info_and_negation_is_not_reported() -> None:
    text = merged(items("  - item: enterprise C&Q information"))
    [p] = check_text(text, "t").problems
    assert (p.code, p.severity.label) == ("DL303", "info")
    assert problems(merged(items("  - item: does not involve personal information"))) == []


def test_recipient_contact_under_pipl() -> None:
    text = merged("recipient:\n  name: X Co.\n  relationship: third_party")
    assert [c for _, _, c in problems(text)] == ["DL305"]
    assert problems(text, regimes=("gdpr",)) == []
    runtime = merged("recipient:\n  selected_by: user\n  relationship: third_party")
    assert "DL305" not in [c for _, _, c in problems(runtime)]
    device = merged("recipient:\n  name: the default Calendar\n  relationship: device_service")
    assert problems(device) == []
