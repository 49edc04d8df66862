"""How matching runs fast gives what the plain way gives: generated texts through both paths.

The matcher scans per start key, remembers the matches of each segment and the cue words of
each part, tests a cheap hint before the negation search, and its patterns are compiled on first
use; each shortcut is checked here against the plain computation it replaces, on texts made of
the taxonomy's own phrases, the words the rules read, separators and noise.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclosurelint.taxonomy import Taxonomy, load_taxonomy, phrasing, structure
from disclosurelint.taxonomy import matcher as matcher_module
from disclosurelint.taxonomy.matcher import (
    Matcher,
    normalize,
    phrase_form,
    trie_regex,
    with_head_synonyms,
)
from disclosurelint.taxonomy.patterns import lazy
from disclosurelint.taxonomy.shared_heads import shared_heads
from disclosurelint.taxonomy.structure import Found

GENERATED = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))

_TAXONOMY = load_taxonomy()
PHRASES = sorted({p for c in _TAXONOMY.categories.values() for p in c.phrases + c.excludes})
RULE_WORDS = [
    "的", "和", "及", "与", "或", "以及", "and", "or", "plus", "not", "no", "never", "without",
    "does not collect", "不涉及", "未采集", "本版本未采集", "没有", "无需", "except", "neither",
    "doesn't", "can't", "result", "是否", "验证结果", "hash of", "photo", "照片", "scan",
    "city-level", "基站", "轨迹", "history", "linked to", "绑定", "such as", "例如", "content",
    "body of", "selfie", "自拍", "联系人", "公司", "security code", "安全码", "account number",
    "country/region", "国家/地区", "Country / Region", "s", "es", "e-mail", "x光", "GPS",
]  # fmt: skip
SEPARATORS = [" ", "  ", "、", ",", ", ", "/", " / ", "|", ";", "。", "(", ")", "\uff08", "\uff09",
              ":", "\uff1a", "-", "_", "\n", ""]  # fmt: skip
NOISE = st.text(alphabet="abxyz 01信息设备位置的和", max_size=6)

pieces = st.one_of(
    st.sampled_from(PHRASES), st.sampled_from(RULE_WORDS), st.sampled_from(SEPARATORS), NOISE
)
texts = st.lists(pieces, max_size=12).map("".join)
CASES: list[Callable[[str], str]] = [str.strip, str.upper, str.title]
cased = st.tuples(texts, st.sampled_from(CASES)).map(lambda t: t[1](t[0]))


@pytest.fixture(scope="module")
def whole_trie() -> re.Pattern[str]:
    """One trie regex of every phrase form, head-noun synonyms included ("account details"
    for "account information"): what the bucketed scan must find (slow to compile)."""
    forms = {
        form
        for c in _TAXONOMY.categories.values()
        for p in c.phrases + c.excludes
        for form in with_head_synonyms(phrase_form(p), c.id)
    }
    return re.compile(trie_regex(sorted(f for f in forms if f)))


def plain_phrases(matcher: Matcher, whole: re.Pattern[str], norm: str) -> list[Found]:
    return [
        Found(m.start(), m.end(), entry.category, entry.phrase)
        for m in whole.finditer(norm)
        for entry in matcher._lookup(m.group())
    ]


@GENERATED
@given(text=cased)
def test_segments_and_start_keys_find_what_one_whole_trie_finds(
    whole_trie: re.Pattern[str], text: str
) -> None:
    matcher = _TAXONOMY.matcher
    norm, _ = normalize(text)
    expected = plain_phrases(matcher, whole_trie, norm)
    assert matcher._phrases(norm) == expected  # remembered segments, or scanned now
    assert matcher._phrases(norm) == expected  # remembered now


def test_a_phrase_holding_punctuation_is_found_across_segments(
    whole_trie: re.Pattern[str],
) -> None:
    matcher = _TAXONOMY.matcher
    for text in ("国家/地区", "name; Country / Region", "country|regions、姓名", "country, region"):
        norm, _ = normalize(text)
        assert matcher._phrases(norm) == plain_phrases(matcher, whole_trie, norm), text
    assert "coarse_location" in _TAXONOMY.classify("name; Country / Region").categories


@GENERATED
@given(items=st.lists(cased, min_size=1, max_size=8))
def test_what_is_remembered_never_changes_a_result(items: list[str]) -> None:
    """Each item classified with nothing remembered, then after the others were remembered."""
    matcher = Matcher(_TAXONOMY.categories)
    alone = []
    for text in items:
        matcher.forget()
        alone.append(matcher.classify(text))
    matcher.forget()
    together = [matcher.classify(text) for text in [*items, *reversed(items)]]
    assert together[: len(items)] == alone
    assert together[len(items) :] == alone[::-1]


@GENERATED
@given(text=cased)
def test_the_negation_hint_is_in_every_text_the_negation_search_finds(text: str) -> None:
    norm, _ = normalize(text)
    if matcher_module._NEGATION.search(norm) is not None:
        assert matcher_module._NEGATION_HINT.search(norm) is not None


NEGATION_CUES = ["not", "doesn't", "never", "without", "excluding", "except", "neither", "nor",
                 "none of", "cannot", "不", "未", "无需", "没有"]  # fmt: skip


@pytest.mark.parametrize("cue", NEGATION_CUES)
def test_every_kind_of_negation_cue_carries_the_hint(taxonomy: Taxonomy, cue: str) -> None:
    text = f"we {cue} share your personal data; {cue}收集个人信息"
    norm, _ = normalize(text)
    assert matcher_module._NEGATION.search(norm) is not None
    assert matcher_module._NEGATION_HINT.search(norm) is not None


@GENERATED
@given(text=st.text(alphabet="andorplus |;以及和与或xa1-", max_size=30))
def test_part_breaks_are_found_as_the_plain_pattern_finds_them(text: str) -> None:
    plain = re.compile(r"[|;]|(?<![a-z0-9])(?:and|or|plus)(?![a-z0-9])|以及|和|及|与|或")
    assert [m.span() for m in structure._PART_BREAK.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


@GENERATED
@given(text=cased)
def test_remembered_cue_words_of_a_part_are_what_reading_it_finds(text: str) -> None:
    norm, _ = normalize(text)
    assert structure._part_has_cue(norm) == structure._has_cue(norm)
    assert structure._part_has_cue(norm) == structure._has_cue(norm)


def test_a_lazy_pattern_compiles_on_first_use_and_then_is_the_compiled_pattern() -> None:
    pattern = lazy(r"(?<![a-z])ab+")
    assert "search" not in vars(pattern)
    assert pattern.search("xx abb").span() == (3, 6)  # type: ignore[union-attr]
    assert "search" in vars(pattern)
    assert [m.group() for m in pattern.finditer("ab cab abbb")] == ["ab", "abbb"]
    assert pattern.sub("-", "ab ab") == "- -"
    assert pattern.groups == 0


def test_importing_the_classifier_compiles_none_of_its_patterns() -> None:
    code = (
        "import disclosurelint.taxonomy.matcher as m, disclosurelint.taxonomy.structure as s\n"
        "from disclosurelint.taxonomy.patterns import _Lazy\n"
        "lazies = [v for mod in (m, s) for v in vars(mod).values() if isinstance(v, _Lazy)]\n"
        "print(len(lazies), sum('search' in vars(v) for v in lazies))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert int(out[0]) > 25
    assert out[1] == "0"


PHRASING_WORDS = [
    "pages", "you", "visit", "viewed", "shown to", "url", "访问", "浏览", "的", "页面", "网址",
    "跳转", "记录", "拍摄", "照片", "地点", "geotag", "place of", "photos", "taken", "where",
    "were", "information", "content", "provide", "share with us", "during", "the", "chat",
    "calls", "friend", "s", "email", "of those", "persons", "about others", "connect with",
    "users", "他人", "联系方式", "which", "what", "in aggregate", "statistical", "统计后的",
    "people", "you'd like to", "meet", "date", "kind of person", "request", "open", "time spent on",
    "were visited", "have been", "退出", "引用", "痕迹", "third party", "third-party", "names",
    "通过", "邮件", "在线客服", "反馈", "提交", "发送", "问题描述",
    "site", "that", "referred", "contact with", "customer service", "support", "send us",
    "sent", "your query", "enquiries",
    "visits to", "and use of", "web sites", "sites", "access", "view", "漫画浏览的相关信息", "与",
    "客户服务", "团队", "联系", "时", "and", "message", "messages", "expiration date",
    "expiry date", "security code", "security", "code",
    "通话", "消息", "等", "加载", "load", "loading", "phone", "telephone", "friends", ")",
    "回报", "举报", "投诉", "所", "提供", "上传", "描述", "文字描述",
]  # fmt: skip


def texts_of(words: list[str], max_size: int = 10) -> st.SearchStrategy[str]:
    """Texts made of ``words``, separators and noise."""
    return st.lists(
        st.one_of(st.sampled_from(words), st.sampled_from(SEPARATORS), NOISE), max_size=max_size
    ).map(" ".join)


phrasing_texts = texts_of(PHRASING_WORDS)


@GENERATED
@given(text=phrasing_texts)
def test_the_phrasing_rules_words_are_in_every_text_their_patterns_find(text: str) -> None:
    norm, _ = normalize(text)
    words = phrasing.hints(norm)
    visited, photo, given_, about, sought, message, expiry = phrasing._may_add(words)
    checks = (
        (phrasing._VISITED, visited),
        (phrasing._PHOTO_PLACE, photo),
        (phrasing._GIVEN_IN_COMMUNICATION, given_),
        (phrasing._ABOUT_OTHERS, about),
        (phrasing._SOUGHT, sought),
        (phrasing._MESSAGE_FIELD, message),
        (phrasing._CARD_EXPIRY, expiry),
        (phrasing._AGGREGATE, not words.isdisjoint(phrasing._AGGREGATE_WORDS)),
        (phrasing._OF_OTHERS, not words.isdisjoint(phrasing._OTHERS_WORDS)),
        (
            phrasing._VIEWED_SUBJECT,
            not words.isdisjoint(phrasing._VIEWED_WORDS)
            and not words.isdisjoint(phrasing._WHICH_WORDS),
        ),
    )
    for pattern, hinted in checks:
        if pattern.search(norm) is not None:
            assert hinted, (pattern.pattern, norm)


def test_no_word_of_the_phrasing_scan_hides_another_inside_it() -> None:
    """One scan finds every word: none holds another that starts later in it."""
    words = phrasing._HINT_WORDS
    assert [(a, b) for a in words for b in words if a != b and b in a[1:]] == []
    for word in words:  # the trie finds each word, the longest where one begins another
        assert phrasing.hints(normalize(f"x {word}s y")[0]) >= {word}


PURPOSE_WORDS = [
    "用于",
    "用来",
    "仅",
    "used",
    "only",
    "to",
    "for",
    "solely",
    "心率",
    "诊断",
    "日志",
    "as",
    "where",
    "required",
    "needed",
    "necessary",
]


@GENERATED
@given(text=texts_of(PURPOSE_WORDS, max_size=8))
def test_the_purpose_words_are_in_every_text_the_purpose_rule_finds(text: str) -> None:
    """The purpose rule runs only where one of its words stands (a plain test, no pattern)."""
    found = structure._PURPOSE.search(normalize(text)[0])
    words = ("用于", "用来", "used", "required", "needed", "necessary")
    assert found is None or any(w in found.group() for w in words)


# Modifiers, joints and the matches that may share their head, and other words between them.
MODIFIERS = ["浏览", "搜索", "点击", "身份", "浏览器", "browsing", "purchase", "contact", "web"]
JOINTS = ["、", "和", "及", "以及", "或", ",", " and ", " or ", " ", ""]
SHARERS = [
    "搜索记录", "点击记录", "操作日志", "网络信息", "search history", "call logs", "usage data",
]  # fmt: skip
sharing_texts = st.lists(
    st.one_of(
        st.tuples(
            st.sampled_from(MODIFIERS), st.sampled_from(JOINTS), st.sampled_from(SHARERS)
        ).map("".join),
        st.sampled_from([*MODIFIERS, *SHARERS, *SEPARATORS]),
        NOISE,
    ),
    max_size=6,
).map("".join)


@GENERATED
@given(text=sharing_texts)
def test_the_segments_flagged_for_sharing_hold_every_shared_head_found(text: str) -> None:
    """The matcher looks for shared heads only in items with a flagged segment, remembered or
    scanned now: the flag never misses a head the full reading would share."""
    matcher = _TAXONOMY.matcher
    assert isinstance(matcher, Matcher)
    matcher.forget()
    norm, _ = normalize(text)
    for _ in range(2):  # scanned, then remembered
        found, flagged = matcher._phrases_sharing(norm)
        if shared_heads(norm, found, matcher._lookup):
            assert flagged, norm
