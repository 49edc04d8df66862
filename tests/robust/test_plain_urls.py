"""The plain-address shortcut of the link checks answers exactly what urllib and the full checks
answer: the same parts, the same format verdicts, the same policy-link problem."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosurelint import urls
from disclosurelint.rules.dl204_policy_url import url_problem

# Text made mostly of what addresses are made of, with a few characters that end the shortcut.
PIECES = st.sampled_from(
    ["https://", "http://", "HTTPS://", "ftp://", "www.", "partner1", ".com", ".cn", "/", "?",
     "#", ":", "@", "%20", "-", "_", "~", "a", "Z", "9", " ", "[", "]", "\u200b", "\u0430",
     "example.com", "localhost", "127.0.0.1", ":8080", ":99999", "user:pw@", "\n", "\t", "."]
)  # fmt: skip
ADDRESSES = st.lists(PIECES, min_size=1, max_size=10).map("".join)
KNOWN = [
    "https://www.partner1.com/contact",
    "https://www.partner1.com",
    "http://partner.cn/privacy?lang=en#top",
    "https://a/b?c#d?e#f",
    "https://example.com/x",
    "https://localhost",
    "https://1.2.3.4/p",
    "https://host-/p",
    "https://-.-/",
    "https://www.partner1.com/contact ",
    "https://www.partner1.com:443/",
    "https://user@www.partner1.com/",
    "https://partner:99999/",
    "https://partner:/",
]


def _verdicts(url: str) -> tuple[Any, ...]:
    parts = urls.split(url)
    described = (
        None
        if parts is None
        else (tuple(parts), parts.hostname, parts.username, parts.password, parts.port)
    )
    return described, urls.is_uri(url), urls.is_contact(url), url_problem.__wrapped__(url)


def _without_shortcut(check: Callable[[str], Any], url: str) -> Any:
    shortcut = urls._PLAIN_WEB
    urls._PLAIN_WEB = re.compile(r"(?!)")
    try:
        return check(url)
    finally:
        urls._PLAIN_WEB = shortcut


@pytest.mark.parametrize("url", KNOWN)
def test_known_addresses_are_judged_as_without_the_shortcut(url: str) -> None:
    assert _verdicts(url) == _without_shortcut(_verdicts, url)


def test_the_shortcut_takes_the_common_shape() -> None:
    assert urls._PLAIN_WEB.match("https://www.partner1.com/contact") is not None
    assert urls._PLAIN_WEB.match("https://www.partner1.com:8080/") is None


@settings(max_examples=400, deadline=None)
@given(ADDRESSES)
def test_generated_addresses_are_judged_as_without_the_shortcut(url: str) -> None:
    assert _verdicts(url) == _without_shortcut(_verdicts, url)
