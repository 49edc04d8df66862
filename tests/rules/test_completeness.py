"""DL201-DL205: the disclosure elements, each reported once under its own code."""

from __future__ import annotations

import pytest

from disclosurelint.api import check_text
from disclosurelint.rules.dl204_policy_url import url_problem
from tests.common import BASE, merged, problems

PLACEHOLDERS = ["TBD", "N/A", "'-'", "todo", "see above", "待定", "无", "''", "'   '", "null", "~"]


@pytest.mark.parametrize("value", PLACEHOLDERS)
def test_purpose_placeholder(value: str) -> None:
    assert problems(merged(f"purpose: {value}")) == [(15, 10, "DL201")]


def test_purpose_missing_points_at_the_declaration() -> None:
    text = BASE.replace("purpose: Provide the cloud business card service.\n", "")
    assert problems(text) == [(1, 1, "DL201")]


def test_purpose_of_the_wrong_type_is_the_schemas() -> None:
    assert problems(merged("purpose: [a, b]")) == [(15, 10, "DL103")]


def test_purpose_message_is_plain() -> None:
    [p] = check_text(merged("purpose: TBD"), "t.yaml").problems
    assert (p.code, p.name) == ("DL201", "purpose")
    assert p.message == (
        "the entry does not say why the recipient receives the data "
        "(purpose is a placeholder ('TBD'))"
    )


@pytest.mark.parametrize("value", PLACEHOLDERS)
def test_scenario_placeholder(value: str) -> None:
    assert problems(merged(f"scenario: {value}")) == [(15, 11, "DL202")]


def test_scenario_missing() -> None:
    text = BASE.replace("scenario: You share your cloud business card on WeLink to WeChat.\n", "")
    assert problems(text) == [(1, 1, "DL202")]


@pytest.mark.parametrize("value", ["[]", "", "null"])
def test_sharing_modes_empty(value: str) -> None:
    assert problems(merged(f"sharing_modes: {value}")) == [(15, 1 if not value else 16, "DL203")]


def test_sharing_modes_missing() -> None:
    assert problems(BASE.replace("sharing_modes: [backend_api]\n", "")) == [(1, 1, "DL203")]


def test_sharing_mode_other_needs_a_note() -> None:
    assert problems(merged("sharing_modes: [backend_api, other]")) == [(15, 30, "DL203")]
    assert problems(merged("sharing_modes: [other]\nsharing_mode_note: TBD")) == [(16, 20, "DL203")]
    assert problems(merged("sharing_modes: [other]\nsharing_mode_note: Export by e-mail.")) == []


def test_unknown_sharing_mode_is_a_schema_value_error() -> None:
    assert problems(merged("sharing_modes: [backend-api]")) == [(15, 17, "DL104")]


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://example.org/privacy", "uses http://, not https://"),
        ("https://localhost/privacy", "reserved or local host"),
        ("https://127.0.0.1/privacy", "IP address"),
        ("https://[::1]/privacy", "IP address"),
        ("https://user:secret@partner.cn/privacy", "user name or password"),
        ("https://example.com/privacy", "reserved or local host"),
        ("https://intranet/privacy", "does not name a public host"),
        ("https://policy.corp.local/p", "reserved or local host"),
        ("/privacy.html", "not an absolute URL"),
        ("www.partner.cn/privacy", "not an absolute URL"),
        ("https://partner.cn/privacy policy.html", "contains spaces"),
        ("https://partner.cn:99999/", "not a valid URL"),
        ("ftp://partner.cn/privacy", "uses ftp://"),
    ],
)
def test_policy_url_must_be_public_https(url: str, reason: str) -> None:
    problem = url_problem(url)
    assert problem is not None and reason in problem
    assert problems(merged(f"privacy_policy:\n  url: '{url}'")) == [(15, 8, "DL204")]


@pytest.mark.parametrize(
    "url",
    [
        "https://cc-dl.camcard.com/download/PP_CamCard_zh-cn_Android.html",
        "https://privacy.qq.com/document/preview/fc748b3d96224fdb825ea79e132c1a56",
        "https://g.home.mi.com/views/user-terms.html?locale=en-US&type=userPrivacy",
        "https://xn--fiqs8s.xn--fiqz9s/privacy",
    ],
)
def test_real_policy_urls_pass(url: str) -> None:
    assert url_problem(url) is None


def test_policy_reference_without_url_is_a_finding() -> None:
    text = merged("privacy_policy:\n  reference: See the app details page.")
    [p] = check_text(text, "t.yaml").problems
    assert (p.line, p.column, p.code) == (15, 14, "DL204")
    assert "See the app details page." in p.message


@pytest.mark.parametrize(
    "fragment", ["privacy_policy: {}", "privacy_policy:", "privacy_policy:\n  url: TBD"]
)
def test_policy_missing_or_placeholder(fragment: str) -> None:
    assert [c for _, _, c in problems(merged(fragment))] == ["DL204"]


def test_policy_missing_entirely() -> None:
    start = BASE.index("privacy_policy:")
    end = BASE.index("\n", BASE.index("  url:", start)) + 1
    assert problems(BASE[:start] + BASE[end:]) == [(1, 1, "DL204")]


def test_policy_as_text_instead_of_mapping_is_reported_once() -> None:
    assert problems(merged("privacy_policy: https://partner.cn/privacy")) == [(14, 17, "DL103")]


def test_recipient_chosen_at_runtime_is_info_only() -> None:
    text = merged(
        "recipient:\n  selected_by: administrator_or_user\n"
        "  name_source: the third-party web page\n  relationship: third_party"
    )
    result = check_text(text, "t.yaml")
    [p] = result.problems
    assert (p.line, p.code, p.severity.label) == (13, "DL205", "info")
    assert "the administrator or the user chooses it" in p.message
    assert "the third-party web page" in p.message
    assert result.exit_code() == 0


def test_recipient_without_name_or_selector_is_a_schema_finding() -> None:
    text = merged("recipient:\n  relationship: third_party")
    assert [c for _, _, c in problems(text)] == ["DL108"]
