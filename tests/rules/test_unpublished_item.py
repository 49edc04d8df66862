"""DL206 unpublished-item: every data item and sharing mode appears in the published words."""

# ruff: noqa: RUF001  (published Chinese text uses full-width punctuation)

from __future__ import annotations

from pathlib import Path

import pytest

from disclosurelint.api import check_paths, check_text
from disclosurelint.rules.dl206_unpublished_item import mentions, words
from tests.common import merged, problems

ROOT = Path(__file__).resolve().parents[2]


def dl206(fragment: str) -> list[tuple[int, int, str]]:
    return problems(merged(fragment), select=["DL206"])


def at(fragment: str, needle: str) -> tuple[int, int, str]:
    """Where ``needle`` starts in the merged text, as a DL206 problem (only the fragment's own
    lines are searched)."""
    lines = merged(fragment).splitlines()
    size = len(fragment.splitlines())
    start = max(i for i in range(len(lines)) if lines[i : i + size] == fragment.splitlines())
    for number, line in enumerate(lines[start : start + size], start=start + 1):
        if needle in line:
            return number, line.index(needle) + 1, "DL206"
    raise AssertionError(needle)


DATA = "data:\n  - item: name\n  - item: telephone number\n"


def test_an_item_the_note_does_not_mention_is_found_at_the_item() -> None:
    fragment = DATA + "data_note: See the card page, such as your name.\n"
    assert dl206(fragment) == [at(fragment, "telephone number")]
    [problem] = check_text(merged(fragment), "t.yaml").problems
    assert problem.message == (
        "data item 'telephone number' is not mentioned in `data_note`, the words the page prints "
        "for the collected information: the page would hide it"
    )
    assert problem.json_path == ("data", 1, "item")


def test_published_data_words_come_before_the_note() -> None:
    fragment = DATA + "data_note: Such as name and telephone number.\nwording:\n  data: your name\n"
    assert dl206(fragment) == [at(fragment, "telephone number")]
    assert "`wording.data`" in check_text(merged(fragment), "t.yaml").problems[0].message


def test_words_are_matched_whole() -> None:
    fragment = "data:\n  - item: name\ndata_note: such as nickname and username\n"
    assert dl206(fragment) == [at(fragment, "name")]


def test_chinese_items() -> None:
    fragment = (
        "data:\n  - item: 通讯录\n  - item: Wi-Fi 列表\n  - item: ＩＰ地址\n"
        "wording:\n  data: Wi-Fi列表、IP地址。\n"
    )
    assert dl206(fragment) == [at(fragment, "通讯录")]


@pytest.mark.parametrize(
    ("items", "published"),
    [
        (["phone number"], "phone numbers"),
        (["e-mail address"], "E-Mail  address"),
        (["APP列表"], "ａｐｐ 列表"),
        (["enterprise C&Q information"], "enterprise C & Q information"),
        (
            ["basic permissions (including approval permissions)"],
            "basic permissions, including approval permissions",
        ),
    ],
)
def test_case_spacing_punctuation_width_and_plurals_do_not_matter(
    items: list[str], published: str
) -> None:
    data = "data:\n" + "".join(f"  - item: {item}\n" for item in items)
    assert dl206(data + f"wording:\n  data: {published}\n") == []


def test_nothing_to_compare_without_published_words() -> None:
    assert dl206(DATA) == []
    assert dl206(DATA + "wording:\n  data: '  '\n") == []  # blank: the page generates the list


@pytest.mark.parametrize(
    ("modes", "published"),
    [
        ("[backend_api, online_service]", "background API transmission and online service"),
        ("[backend_api, form, terminal_initiated]", "backend API, form, and terminal-initiated"),
        ("[backend_api]", "后台接口传输"),
        ("[backend_api]", "API"),  # what `disclosurelint import` reads as backend_api
        ("[local_api]", "本地接口"),
        ("[sdk_on_device]", "SDK本机采集"),
        ("[sdk_on_device]", "Embed SDK (Tianqin SDK)"),
        ("[sdk_on_device]", "调用系统相关接口自动采集"),
        ("[online_service]", "ONLINE SERVICES"),
    ],
)
def test_modes_are_mentioned_by_their_words_or_synonyms(modes: str, published: str) -> None:
    assert dl206(f"sharing_modes: {modes}\nwording:\n  sharing_modes: {published}\n") == []


def test_a_mode_the_published_words_do_not_mention_is_found_at_the_mode() -> None:
    fragment = "sharing_modes: [local_api, backend_api]\nwording:\n  sharing_modes: local API\n"
    line, _, _ = at(fragment, "sharing_modes: [")
    assert dl206(fragment) == [(line, 28, "DL206")]
    [problem] = check_text(merged(fragment), "t.yaml").problems
    assert problem.message.startswith(
        "sharing mode `backend_api` (backend API transmission) is not mentioned in "
        "`wording.sharing_modes`"
    )


def test_other_is_mentioned_by_its_note() -> None:
    base = "sharing_modes: [form, other]\nsharing_mode_note: export by e-mail\nwording:\n"
    assert dl206(base + "  sharing_modes: form transmission and export by e-mail\n") == []
    fragment = base + "  sharing_modes: form transmission\n"
    line, _, _ = at(fragment, "sharing_modes: [")
    assert dl206(fragment) == [(line, 23, "DL206")]


def test_the_seed_has_no_unpublished_item() -> None:
    result = check_paths([ROOT / "declarations"], jobs=1)
    assert [p for p in result.problems if p.code == "DL206"] == []


def test_words_and_mentions() -> None:
    assert words("Wi-Fi 列表，ＡＰＰ") == ("wi", "fi", "列", "表", "app")
    assert mentions(words("profile image, nickname"), words("Profile-Image"))
    assert not mentions(words("nickname"), words("name"))
    assert mentions(words("anything"), ())
