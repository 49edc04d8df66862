# ruff: noqa: RUF001  (full-width punctuation ends an address in published Chinese text)
"""Links: the privacy policy told from the home page, the DPA, terms and the contact page."""

from __future__ import annotations

import pytest

from disclosurelint.importer.labels import builtin_table
from disclosurelint.importer.links import Link, absolute, choose, link_kind, links_in, repair_spaced


@pytest.mark.parametrize(
    ("link", "label_field", "label", "kind"),
    [
        (Link("https://a.example/legal/privacy"), None, "", "policy"),
        (Link("https://a.example/"), None, "", "website"),
        (Link("https://a.example/legal/dpa"), None, "", "dpa"),
        (Link("https://a.example/terms-of-service"), None, "", "terms"),
        (Link("mailto:privacy@a.example"), None, "", "contact"),
        (Link("https://a.example/x", "Privacy terms"), None, "", "policy"),
        (Link("https://a.example/x", "DPA"), "policy", "Links", "dpa"),
        (Link("https://a.example/x"), "policy", "隐私政策", "policy"),
        (Link("https://a.example/"), "website", "官网链接", "website"),
        # under a DPA label, an address that says it is the privacy policy is the policy
        (Link("https://a.example/privacy"), "dpa", "DPA", "policy"),
        (Link("https://a.example/legal/gdpr-dpa"), "dpa", "DPA", "dpa"),
        (Link("https://a.example/gdpr"), "dpa", "DPA", "dpa"),
        # an address whose words are percent-encoded (隐私保护声明)
        (
            Link("https://a.example/qq%E4%BA%92%E8%81%94sdk%E9%9A%90%E7%A7%81%E4%BF%9D%E6%8A%A4"),
            None,
            "",
            "policy",
        ),
        (
            Link("https://a.example/p/c/k2"),
            None,
            "根据第三方隐私政策(https://a.example/p/c/k2)",
            "policy",
        ),
    ],
)
def test_link_kinds(link: Link, label_field: str | None, label: str, kind: str) -> None:
    assert link_kind(link, label_field, builtin_table(), label) == kind


def test_several_urls_in_one_cell_are_sorted_by_kind() -> None:
    cell = (
        "[Website](https://skyhold.example/) · [Privacy policy](https://skyhold.example/privacy)"
        " · [DPA](https://skyhold.example/dpa) · [Contact](https://skyhold.example/contact)"
    )
    chosen = choose(((link, None, "Links") for link in links_in(cell)), builtin_table())
    assert {kind: link.url for kind, link in chosen.items()} == {
        "website": "https://skyhold.example/",
        "policy": "https://skyhold.example/privacy",
        "dpa": "https://skyhold.example/dpa",
        "contact": "https://skyhold.example/contact",
    }


def test_addresses_found_and_made_absolute() -> None:
    assert links_in("see https://a.example/p，and www.b.example/q。") == [
        Link("https://a.example/p"),
        Link("https://www.b.example/q"),
    ]
    assert links_in("https://w.example/privacy?spm=a1.") == [
        Link("https://w.example/privacy?spm=a1.")
    ]
    assert absolute("policies.example.com") == "https://policies.example.com"
    assert absolute("../gdpr.md") is None
    assert absolute("mailto:x@y.example") is None
    assert repair_spaced("https://help.example. com/protocol.html #/58") == (
        "https://help.example.com/protocol.html#/58"
    )
    assert repair_spaced("see https://a.example") == "see https://a.example"


def test_of_the_addresses_under_a_policy_label_the_one_that_says_policy() -> None:
    # "隐私协议链接或 sdk url" over a developer page, the privacy policy and a resource page
    label = "隐私协议链接或 sdk url"
    urls = [
        "https://dev.a.example/doc/android.html",
        "https://a.example/readtemplate?t=agreement&s=privacy",
        "https://dev.a.example/doc/home.html",
    ]
    chosen = choose(((Link(url), "policy", label) for url in urls), builtin_table())
    assert chosen["policy"].url == urls[1]
    # with none that says so, the first stays the policy
    chosen = choose(((Link(url), "policy", label) for url in urls[::2]), builtin_table())
    assert chosen["policy"].url == urls[0]
