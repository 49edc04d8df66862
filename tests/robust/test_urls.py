"""Web addresses as people and attackers write them: every URL urllib rejects, every hidden or
forbidden character, look-alike hosts, contacts that are scripts, and full-width punctuation
next to a link in every command that reads or writes links."""

# ruff: noqa: RUF001  (full-width punctuation is what these tests write)

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclosurelint import check_text
from disclosurelint.render.links import find_urls
from tests.conftest import Project
from tests.robust.documents import FULL, dump, replaced

HIDDEN = "\x00\x07\x1b\x7f\u200b\u200c\u200d\u2060\ufeff\u202e\u2066\u00ad"
FORBIDDEN = '"<>\\^`{|}'
# Every punctuation character of the CJK, full-width and typographic blocks Chinese text uses.
PUNCTUATION = "".join(
    c
    for block in ((0x2018, 0x201F), (0x2026, 0x2026), (0x3000, 0x303F), (0xFF01, 0xFF65))
    for c in map(chr, range(block[0], block[1] + 1))
    if unicodedata.category(c).startswith(("P", "S", "Z"))
)


def _urllib_rejects(url: str) -> bool:
    try:
        parts = urlsplit(url)
        _ = parts.port, parts.hostname
    except ValueError:
        return True
    return False


def _policy_problems(project: Project, urls: dict[str, str]) -> dict[str, list[str]]:
    """Check one declaration per URL through the command line: the messages at the URL."""
    for name, url in urls.items():
        document = replaced({**FULL, "id": name}, ("privacy_policy", "url"), url)
        project.write(f"declarations/{name}.yaml", dump(document))
    code, out, err = project.cli("check", "declarations", "-f", "json")
    assert err == ""
    assert code == 1
    found: dict[str, list[str]] = {name: [] for name in urls}
    for problem in json.loads(out)["problems"]:
        if problem["json_path"] == "$.privacy_policy.url":
            found[Path(problem["path"]).stem].append(f"{problem['code']} {problem['message']}")
    return found


def test_every_hidden_or_forbidden_character_anywhere_in_a_policy_url(project: Project) -> None:
    urls = {}
    for n, char in enumerate(HIDDEN + FORBIDDEN):
        for where, url in enumerate(
            (f"https://al{char}pha.cn/privacy", f"https://alpha.cn/pri{char}vacy")
        ):
            urls[f"u{n}-{where}"] = url

    found = _policy_problems(project, urls)

    assert {name: messages for name, messages in found.items() if len(messages) != 1} == {}
    for name, messages in found.items():
        assert messages[0].startswith("DL204 the recipient's privacy policy URL contains "), name
        assert messages[0].endswith(
            ("an invisible or control character", "which URLs do not allow")
        ), name


def test_urls_urllib_rejects_are_findings_that_say_why(project: Project) -> None:
    urls = {
        "open-bracket": "https://[::1",
        "bad-ipv6": "https://[::g]/privacy",
        "port": "https://alpha.cn:99999/privacy",
        "full-width-colon": "https://alpha.cn：隐私政策",
        "full-width-slash": "https://alpha.cn／privacy",
    }

    found = _policy_problems(project, urls)

    assert all(_urllib_rejects(url) for url in urls.values())
    assert found["full-width-colon"] == [
        "DL204 the recipient's privacy policy URL is not a valid URL: its host holds '：' "
        "(U+FF1A FULLWIDTH COLON), punctuation that ends the address"
    ]
    assert found["bad-ipv6"] == [
        "DL204 the recipient's privacy policy URL is not a valid URL: its host or port cannot "
        "be read ('::g' does not appear to be an IPv4 or IPv6 address)"
    ]
    assert all(len(messages) == 1 for messages in found.values()), found


def test_hosts_that_mix_scripts_like_look_alikes_but_not_real_names(project: Project) -> None:
    urls = {
        "cyrillic-a": "https://p\u0430ypal.com/privacy",
        "greek-o": "https://g\u03bfogle.com/privacy",
        "chinese": "https://例子.中国/privacy",
        "latin-and-han": "https://隐私alpha.cn/privacy",
        "cyrillic-only": "https://пример.рф/privacy",
    }

    found = _policy_problems(project, urls)

    assert found["cyrillic-a"] == [
        "DL204 the recipient's privacy policy URL mixes scripts in its host name "
        "(p\u0430ypal (Cyrillic and Latin letters)), as look-alike addresses do"
    ]
    assert len(found["greek-o"]) == 1
    assert found["chinese"] == found["latin-and-han"] == found["cyrillic-only"] == []


@pytest.mark.parametrize(
    ("contact", "accepted"),
    [
        ("javascript:alert(1)", False),
        ("JavaScript:alert(1)", False),
        ("data:text/html,<script>", False),
        ("vbscript:msgbox", False),
        ("file:///etc/passwd", False),
        ("https://[::1", False),
        ("https://alpha\u200b.cn/contact", False),
        ("privacy\x00@alpha.cn", False),
        ("https://alpha-analytics.cn/contact", True),
        ("http://alpha-analytics.cn/contact", True),
        ("privacy@alpha-analytics.cn", True),
        ("mailto:privacy@alpha-analytics.cn", True),
        ("tel:+86-10-1234-5678", True),
        ("+86 10 1234 5678", True),
        ("Email: privacy@alpha-analytics.cn", True),
        ("上海市徐汇区漕溪北路 1 号", True),
    ],
)
def test_a_contact_is_an_address_a_person_can_use_never_a_script(
    project: Project, contact: str, accepted: bool
) -> None:
    project.write("declarations/a.yaml", dump(replaced(FULL, ("recipient", "contact"), contact)))

    code, out, err = project.cli("check", "declarations", "-f", "json")

    at_contact = [
        p["code"] for p in json.loads(out)["problems"] if p["json_path"] == "$.recipient.contact"
    ]
    assert at_contact == ([] if accepted else ["DL105"])
    assert err == ""
    assert code == (1 if at_contact else code)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(
        alphabet=st.sampled_from("[]:@%/.?#-_aZ09" + "：。／［］" + HIDDEN[:4] + "\u0430"),
        max_size=24,
    )
)
def test_no_url_text_crashes_and_every_one_urllib_rejects_is_reported(tail: str) -> None:
    url = "https://" + tail
    document = replaced(FULL, ("privacy_policy", "url"), url)
    text = dump(replaced(document, ("recipient", "contact"), url))

    result = check_text(text, "a.yaml")

    at_url = [p for p in result.problems if p.json_path == ("privacy_policy", "url")]
    if _urllib_rejects(url) or any(c in url for c in HIDDEN):
        assert at_url, url
    list(find_urls(f"详见{url}：隐私政策"))  # the link finder reads it too


@pytest.fixture
def chinese_links(project: Project) -> Project:
    """A product whose every text has a link followed by each CJK or full-width punctuation."""
    for n, mark in enumerate(PUNCTUATION):
        text = f"详见https://alpha-analytics.cn/p{n}{mark}隐私政策"
        document = {**FULL, "id": f"e{n}", "purpose": text, "scenario": text, "product": text}
        document["privacy_policy"] = {"reference": text}
        project.write(f"declarations/app/e{n}.yaml", dump(document))
    return project


def test_links_end_at_full_width_punctuation_in_render_and_report(chinese_links: Project) -> None:
    project = chinese_links
    for argv in (
        ("render", "declarations/app", "--format", "html", "-o", "page.html"),
        ("render", "declarations/app", "--format", "markdown", "-o", "page.md"),
        ("render", "declarations/app", "--format", "text", "-o", "page.txt"),
        ("report", "declarations", "--format", "markdown", "-o", "report.md"),
        ("report", "declarations", "-o", "report.html"),
    ):
        code, _, err = project.cli(*argv)
        assert (code, err) == (0, ""), argv

    html = (project.root / "page.html").read_text("utf-8")
    markdown = (project.root / "page.md").read_text("utf-8")
    for n in range(len(PUNCTUATION)):
        assert f'href="https://alpha-analytics.cn/p{n}"' in html
        assert f"<https://alpha-analytics.cn/p{n}>" in markdown
    assert len(PUNCTUATION) > 80


def test_import_takes_the_link_before_full_width_punctuation(project: Project) -> None:
    blocks = [
        f"第三方名称：Alpha {n}\n使用目的：提供服务\n共享信息：姓名\n"
        f"隐私政策：详见https://alpha-analytics.cn/p{n}{mark}隐私政策\n"
        for n, mark in enumerate(PUNCTUATION[:40])
    ]
    project.write("published.txt", "\n".join(blocks))

    code, _, err = project.cli("import", "published.txt", "-o", "declarations", "--product", "p")

    assert (code, err) == (0, "")
    written = sorted((project.root / "declarations" / "p").glob("*.yaml"))
    urls = {
        line.split("url: ", 1)[1]
        for f in written
        for line in f.read_text("utf-8").splitlines()
        if "url: " in line
    }
    assert urls == {f"https://alpha-analytics.cn/p{n}" for n in range(40)}


@pytest.mark.parametrize("code", range(128))
def test_every_ascii_character_in_a_link_is_judged_by_its_unicode_category(code: int) -> None:
    """Links in ASCII take a shortcut past the per-character look-up; it must decide alike."""
    from disclosurelint import urls

    char = chr(code)
    hidden = char.isspace() or unicodedata.category(char) == "Cc" or char in FORBIDDEN
    link = f"https://example.com/a{char}b"
    assert (urls.hidden_character(link) is not None) is hidden
    assert urls.is_uri(link) is (not hidden and urls.split(link) is not None)
    control = unicodedata.category(char) == "Cc" and char not in "\t\n\r"
    assert urls.is_contact(f"Write to privacy{char}@example.com") is not control
