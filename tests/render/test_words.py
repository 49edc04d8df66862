"""The generated words: lists as prose, sharing-mode words, the chosen-at-run-time sentence."""

# ruff: noqa: RUF001  (Chinese punctuation is what the Chinese page prints)

from __future__ import annotations

import pytest

from disclosurelint.render.words import (
    LABELS,
    MODE_PHRASES,
    MODE_WORDS,
    PARTS,
    chosen_by_text,
    data_text,
    join,
    mode_words,
    sharing_modes_text,
)
from disclosurelint.schema import load_schema


@pytest.mark.parametrize(
    ("items", "en", "zh"),
    [
        ([], "", ""),
        (["name"], "name", "name"),
        (["name", "address"], "name and address", "name、address"),
        (["a", "b", "c"], "a, b, and c", "a、b、c"),
        ([" a ", "", "b"], "a and b", "a、b"),
    ],
)
def test_join(items: list[str], en: str, zh: str) -> None:
    assert join(items) == en
    assert join(items, "zh") == zh


def test_every_mode_of_the_schema_has_words_in_both_languages_and_phrases() -> None:
    modes = load_schema()["properties"]["sharing_modes"]["items"]["enum"]
    for lang in ("en", "zh"):
        assert set(MODE_WORDS[lang]) == set(modes) - {"other"}
    assert set(MODE_PHRASES) == set(modes) - {"other"}


def test_mode_words_and_the_format_table() -> None:
    assert mode_words("backend_api") == "backend API transmission"
    assert mode_words("terminal_initiated") == "terminal-initiated transmission"
    assert mode_words("sdk_on_device", "zh") == "SDK本机采集"
    assert mode_words("other", note="  by post ") == "by post"
    assert mode_words("other") is None
    assert mode_words("carrier_pigeon") is None


def test_sharing_modes_text() -> None:
    modes = ["backend_api", "form", "terminal_initiated"]
    assert sharing_modes_text(modes) == (
        "backend API transmission, form transmission, and terminal-initiated transmission"
    )
    assert sharing_modes_text(["local_api"], lang="zh") == "本地接口传输"
    assert sharing_modes_text(["backend_api", "other"], "by post") == (
        "backend API transmission and by post"
    )
    assert sharing_modes_text(["other"]) == ""


def test_data_text_prefers_the_note() -> None:
    assert data_text(["name", "phone number"]) == "name and phone number"
    assert data_text(["name"], " See the page, such as name. ") == "See the page, such as name."


def test_chosen_by_text() -> None:
    assert chosen_by_text("administrator_or_user", "the third-party web page") == (
        "the third party chosen by the administrator or the user. "
        "Its name is shown on the third-party web page."
    )
    assert chosen_by_text("user") == "the third party chosen by the user."
    assert (
        chosen_by_text("administrator", "应用详情页", "zh")
        == "由管理员选择的第三方，名称见应用详情页。"
    )


def test_labels_cover_every_part_in_both_languages() -> None:
    assert tuple(LABELS["en"]) == tuple(LABELS["zh"]) == PARTS
    assert LABELS["zh"]["policy"] == "第三方个人信息处理规则"
