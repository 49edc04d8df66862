"""Data item text -> taxonomy categories, in English and Chinese.

The text is normalised character by character (NFKC, case folded, Traditional Chinese characters
folded to Simplified, punctuation turned into one of three separators), so full-width letters,
case, script and punctuation do not matter and every normalised character still knows where it
came from in the original; Taiwan wording is then rewritten to mainland wording of the same
length (``資訊`` -> ``信息``, ``裝置`` -> ``设备``), which keeps every position. The phrases of
the taxonomy are compiled into small regular expressions shaped as tries, one per way a phrase
starts (its first four letters in Latin script, its first character otherwise), each on first
use; one scan finds where a phrase may start and which trie to try there. The result is what one
trie of all phrases would find: matching is leftmost-longest ("account nickname" wins over
"account"); Latin phrases match on word boundaries and also in the plural (-s, -es). The matches
of each segment of a text (between "|" or ";" separators) are remembered, since the parts of
data items repeat. Phrases listed under a category's ``exclude`` take part in the longest match
but yield nothing for that category.

Negation: a cue ("does not", "不涉及", "without") cancels the matches after it up to the end of the
clause; a cue that ends its clause ("IMEI (not collected)", "位置信息(不收集)") cancels the words
just before it, and a passive denial ("the location is not stored or shared by us") cancels its
subject before it as well. A denial of only the full or raw form ("不上传原始波形") leaves what
is named before it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, NamedTuple, TypeAlias

from disclosurelint.taxonomy.patterns import lazy
from disclosurelint.taxonomy.phrasing import hints, read_phrasing, reads_phrasing
from disclosurelint.taxonomy.records import Category, Classification, Decision, Match, Override
from disclosurelint.taxonomy.shared_heads import Shared, may_share, shared_heads
from disclosurelint.taxonomy.structure import (
    Found,
    forget_parts,
    read,
    reads_without_matches,
)

SOFT = " "  # whitespace, hyphen, underscore, apostrophe: may join the words of one phrase
PUNCT = "|"  # other punctuation: separates items ("、", ",", "/", brackets)
STRONG = ";"  # end of a clause (";", "。", "!", "?", line break): also ends a negation
_SEPARATORS = SOFT + PUNCT + STRONG

_SOFT_CHARS = frozenset("-_'\u2019\u2010\u2011")
_STRONG_CHARS = frozenset(";!?\n\r\u3002\u2028\u2029\uff61")


class _Traditional(NamedTuple):
    chars: dict[str, str]  # Traditional character -> Simplified
    phrases: dict[str, str]  # Taiwan wording -> mainland wording of the same length
    pattern: re.Pattern[str] | None


_TRADITIONAL: list[_Traditional] = []


def _traditional() -> _Traditional:
    """The folding table (``traditional.json``, made from OpenCC's dictionaries by
    ``tools/generate_traditional_table.py``), read the first time a CJK character is seen."""
    if not _TRADITIONAL:
        import json

        from disclosurelint.packagedata import read_text

        raw = json.loads(read_text("disclosurelint.taxonomy", "traditional.json"))
        pairs = str(raw["chars"])
        chars = {pairs[i]: pairs[i + 1] for i in range(0, len(pairs), 2)}
        phrases = {str(k): str(v) for k, v in raw["phrases"].items()}
        longest_first = sorted(phrases, key=len, reverse=True)
        # A class of first characters ahead of the alternation: most positions fail at once.
        firsts = "".join(sorted({p[0] for p in phrases}))
        alternation = "|".join(map(re.escape, longest_first))
        pattern = re.compile(f"(?=[{re.escape(firsts)}])(?:{alternation})") if phrases else None
        _TRADITIONAL.append(_Traditional(chars, phrases, pattern))
    return _TRADITIONAL[0]


def _normalize_char(ch: str) -> str:
    out = []
    for folded in unicodedata.normalize("NFKC", ch).casefold():
        c = folded
        if not c.isascii() and c.isalpha():
            c = _traditional().chars.get(c, c)
        if c in _STRONG_CHARS:
            out.append(STRONG)
        elif c.isspace() or c in _SOFT_CHARS:
            out.append(SOFT)
        elif unicodedata.category(c)[0] in "PSZC":
            out.append(PUNCT)
        else:
            out.append(c)
    return "".join(out) or SOFT


class _Table(dict[int, str]):
    """A ``str.translate`` table that normalises each character the first time it is seen."""

    def __missing__(self, codepoint: int) -> str:
        value = _normalize_char(chr(codepoint))
        self[codepoint] = value
        return value


_TABLE = _Table()
# ASCII normalises character for character: a plain table lets ``str.translate`` take its fast
# path for ASCII text.
_ASCII_TABLE = {i: _normalize_char(chr(i)) for i in range(128)}


def normalize(text: str) -> tuple[str, tuple[int, ...] | None]:
    """The normalised text and, when lengths differ, the original index of each character.

    ``None`` means the normalised text is aligned with the original, index for index.
    """
    if text.isascii():
        norm = text.translate(_ASCII_TABLE)
        return norm, None
    norm = text.translate(_TABLE)
    if _TRADITIONAL and not norm.isascii():
        table = _TRADITIONAL[0]
        if table.pattern is not None:  # same lengths: positions are kept
            norm = table.pattern.sub(lambda m: table.phrases[m.group()], norm)
    if len(norm) == len(text):
        return norm, None
    index: list[int] = []
    for i, ch in enumerate(text):
        index.extend([i] * len(_TABLE[ord(ch)]))
    return norm, tuple(index)


def _is_word(c: str) -> bool:
    return c.isascii() and c.isalnum()


def _is_cjk(c: str) -> bool:
    return not c.isascii() and c.isalnum()


_PLAIN_ASCII = lazy(r"[A-Za-z0-9]+(?: +[A-Za-z0-9]+)*\Z")


def phrase_form(phrase: str) -> str:
    """A phrase as the trie stores it: normalised, separators squeezed, a space between scripts."""
    stripped = phrase.strip()
    if _PLAIN_ASCII.match(stripped):  # most phrases: plain words, nothing to normalise
        return " ".join(stripped.lower().split())
    return general_phrase_form(phrase)


def general_phrase_form(phrase: str) -> str:
    """:func:`phrase_form` for any text (the plain-ASCII shortcut gives the same result)."""
    norm, _ = normalize(phrase)
    out: list[str] = []
    for c in norm:
        if c in _SEPARATORS:
            sep = PUNCT if c != SOFT else SOFT
            if out and out[-1] in (SOFT, PUNCT):
                out[-1] = PUNCT if PUNCT in (sep, out[-1]) else SOFT
            elif out:
                out.append(sep)
            continue
        if out and ((_is_word(out[-1]) and _is_cjk(c)) or (_is_cjk(out[-1]) and _is_word(c))):
            out.append(SOFT)
        out.append(c)
    while out and out[-1] in (SOFT, PUNCT):
        out.pop()
    return "".join(out)


# Head nouns that name the same thing after any modifier: 婚姻状况 and 婚姻情况 are both the
# marital status; 就诊记录, 就诊信息 and 就诊数据 the same visits; "mood logs", "mood records" and
# "mood history" the same entries; "payment data", "payment information" and "payment details"
# the same payment. A phrase written with one head is matched with each other head of its group,
# unless that wording is a phrase of its own (or an exclusion), which then decides alone.
_HEAD_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("状况", "情况"),
    ("记录", "信息", "数据", "资料"),
    (" history", " records", " record", " logs", " log"),
    (" data", " information", " details"),
)


# Categories whose record and information heads name different things: a login record is a log,
# login information the secret (GB/T 35273-2020 Table B.1, 鉴别信息); browser information is the
# device's software, browsing records the pages visited (网页浏览记录). Only 状况/情况 there.
_LITERAL_HEADS = frozenset({"account_credentials", "browsing_history"})


def with_head_synonyms(form: str, category: str = "") -> Iterator[str]:
    """``form`` (nothing when empty) and the same phrase with each synonym of its head noun."""
    if not form:
        return
    yield form
    for group in _HEAD_SYNONYMS[:1] if category in _LITERAL_HEADS else _HEAD_SYNONYMS:
        for head in group:
            if form.endswith(head) and len(form) > len(head):
                stem = form[: -len(head)]
                if stem.endswith(" ") or not stem.strip():
                    break
                for other in group:
                    if other != head:
                        yield stem + other
                break


def phrase_key(form: str) -> str:
    """What a phrase and a matched text are compared by: without any separator."""
    return form.translate(_KEY_TABLE)


_KEY_TABLE = str.maketrans("", "", _SEPARATORS)

_Trie: TypeAlias = "dict[str, _Trie | bool]"


def _char_regex(c: str) -> str:
    if c == SOFT:
        return " +"
    if c == PUNCT:
        return r" *\| *"
    return re.escape(c)


def variants(form: str) -> Iterator[str]:
    """``form`` with each separator kept or dropped: "e mail" -> "e mail", "email".

    Each variant is a separate path of the trie, so the branches leaving a node never compete
    for the same text: a separator branch needs a separator, the others need a letter.
    """
    at = next((i for i, c in enumerate(form) if c in (SOFT, PUNCT)), -1)
    if at < 0:
        yield form
        return
    for rest in variants(form[at + 1 :]):
        yield form[: at + 1] + rest
        yield form[:at] + rest


def _end_regex(last: str) -> str:
    if _is_word(last):
        plural = "(?:e?s)?" if last.isalpha() else ""
        return plural + r"(?![a-z0-9])"
    return ""


def _emit(node: _Trie, last: str | None) -> str:
    branches: list[str] = []
    for ch in sorted(k for k in node if k):
        child = node[ch]
        assert isinstance(child, dict)
        piece = _char_regex(ch)
        if last is None and _is_word(ch):
            # A Latin phrase starts a word. The check sits after the first character so that the
            # regex engine can still skip quickly to the characters that can start a phrase.
            piece += r"(?<![a-z0-9].)"
        branches.append(piece + _emit(child, ch))
    if "" in node:
        branches.append(_end_regex(last or ""))
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def trie_regex(forms: Iterable[str], *, expand: bool = True) -> str:
    """One regex matching any of ``forms`` (phrase forms), longest first at each position.

    ``expand=False`` takes ``forms`` as the variants themselves (see :func:`variants`).
    """
    root: _Trie = {}
    for form in {v for f in forms for v in variants(f)} if expand else set(forms):
        node = root
        for ch in form:
            child = node.setdefault(ch, {})
            assert isinstance(child, dict)
            node = child
        node[""] = True
    return _emit(root, None) if root else r"(?!)"


_AUX = (
    r"(?:does|do|did|will|would|shall|should|can|could|may|might|must|is|are|was|were|has|have"
    r"|had|need)"
)
_PARTICIPLE = (
    r"(?:collected|shared|involved|included|contained|accessed|obtained|processed|used|stored"
    r"|transmitted|uploaded|read|provided|disclosed|retained|saved|gathered|sent|kept)"
)
_VERB = (
    r"(?:involve|include|contain|collect|share|access|obtain|process|use|store|transmit|upload"
    r"|read|provide|disclose|retain|save|gather|request|require)"
)
_ZH_VERB = (
    r"(?:涉及|包含|包括|含有|含|收集|采集|获取|共享|传输|提供|读取|使用|处理|上传|调用|访问|申请"
    r"|存储|保存|保留|留存|披露|请求|发送|索取|取(?![决消得代]))"
)
_NEGATION = lazy(
    r"(?<![a-z0-9])(?:"
    + rf"(?:{_AUX} +)?not +(?:yet +)?(?:be +|been +)?{_PARTICIPLE}"
    + rf"|{_AUX} +not|(?:doesn|don|didn|won|wouldn|shouldn|isn|aren|wasn|weren|hasn|haven) t"
    # "if you can't find your member number, give ...": a condition, not a denial; "(hashed,
    # we cannot see your password)": what is kept is out of sight, not left uncollected
    + r"|(?:can t|cannot)(?! +(?:find|locate|remember|recall|see|view|read|decrypt)(?![a-z]))"
    + rf"|not +(?:{_VERB}|the|any|your|their|a|an)"
    + r"|never|without(?! +(?:a +|an +|any +)?(?:prescriptions?|appointments?|referrals?|charge))"
    + r"|excluding|except|neither|nor"
    + r"|none +of|no(?=[ |]+(?:personal|sensitive|user|private|data|information|info)(?![a-z]))"
    + r"|(?:(?<=[;|])|^) *no(?= +[a-z\u4e00-\u9fff])"
    # a store label's or list's answer after the item: "Health data: No", "Biometrics: none"
    + r"|(?<=\|) *(?:no|none|not +applicable)(?= *(?:[|;]|$))"
    + r")(?![a-z0-9])"
    # the same answer in Chinese: "人脸信息:否", "身份证号码:无", "通讯录(不适用)"
    + r"|(?<=\|) *(?:否|无|不适用)(?= *(?:[|;]|$))"
    + rf"|不(?:会|再|得|需要?|被)?{_ZH_VERB}|未(?:被)?{_ZH_VERB}|无需|没有|并未|并不{_ZH_VERB}"
    # "不向儿童收集", "不会在后台追踪您的位置": a denial whose verb comes after whom or where
    + rf"|不(?:会|再|得)?(?:向|对|从)(?=[^;|时]{{0,15}}?{_ZH_VERB})"
    + rf"|不(?:会|再|得)在(?=[^;|时]{{0,15}}?(?:{_ZH_VERB}|追踪|跟踪|监控))"
    + r"|无(?=个人信息|任何|敏感)"
)
# Every cue of ``_NEGATION`` holds one of these: most texts hold none, and this test is much
# cheaper than the search for a cue (a new cue must keep this true; the tests check it).
_NEGATION_HINT = lazy(r"no|n t|never|without|exc|neither|[不未无没否]")
# "If you decline permission for us to collect your geolocation, we will not collect it": the
# denial speaks of what the condition named, so it cancels the condition's words too.
_DECLINED = lazy(
    r"(?<![a-z])if +you +(?:decline|refuse|deny|disable|turn +off|opt +out +of|withhold"
    r"|do +not +(?:grant|give|allow|consent|permit|agree))(?![a-z])"
)
# A passive denial ("is not collected", "are never shared" is not one) and a relative clause
# before it ("an email address that is not shared"), which speaks of part of its subject only.
_PASSIVE = lazy(
    rf"(?:is|are|was|were|will +be|shall +be) +not +(?:yet +)?(?:be +|been +)?{_PARTICIPLE}"
)
# An answer after an item ("Location: No", "人脸信息:否"): it speaks of the item before it only.
_ANSWER = lazy(r" *(?:no|none|not +applicable|否|无|不适用) *(?:[|;]|\Z)")
_RELATIVE = lazy(r"(?<![a-z])(?:that|which|who|whose|where|if|unless|when)(?![a-z])")
_DENIED_PRONOUN = lazy(
    rf" *{_VERB}? *(?:it|them|this|that|those|such +(?:data|information))(?![a-z])[ |;]*\Z"
)
_CLAUSE_TURN = lazy(
    r"(?<![a-z0-9])(?:but|however|only|instead|whereas)(?![a-z0-9])|但是?|仅|只|而是|[;]"
)
_GENERAL_PI = lazy(
    r"personal +(?:information|data|info)|sensitive +(?:information|data)"
    r"|user +(?:data|information)|any +(?:data|information)"
    r"|个人信息|个人数据|个人敏感信息|敏感个人信息|用户信息|用户数据|任何信息|任何数据"
)


LATIN_KEY = 4  # the letters of a Latin word that key its phrases' trie


def _bucket(text: str, i: int) -> str:
    """The key of the phrases that may start at ``text[i]`` (see :class:`Matcher`): the first
    :data:`LATIN_KEY` letters (or digits) of a Latin word, fewer when the word is shorter, or
    the one character of any other script."""
    if not _is_word(text[i]):
        return text[i]
    end = i + 1
    stop = min(len(text), i + LATIN_KEY)
    while end < stop and _is_word(text[end]):
        end += 1
    return text[i:end]


def starts_regex(keys: Iterable[str]) -> str:
    """Where a phrase of the buckets ``keys`` may start, and the key of its bucket: the first
    :data:`LATIN_KEY` characters of a Latin word (fewer when the word is shorter) whose first
    letter, or first two, begin a key, or any other letter that is a key."""
    seconds: dict[str, set[str]] = {}
    letters: set[str] = set()
    for key in keys:
        if _is_word(key[0]):
            seconds.setdefault(key[0], set()).add(key[1:2])
        else:
            letters.add(key)
    latin = "|".join(
        re.escape(first) + ("" if "" in rest else f"[{re.escape(''.join(sorted(rest)))}]")
        for first, rest in sorted(seconds.items())
    )
    pieces = []
    if latin:
        pieces.append(rf"(?<![a-z0-9])(?={latin})[a-z0-9]{{1,{LATIN_KEY}}}")
    if letters:
        pieces.append(f"[{re.escape(''.join(sorted(letters)))}]")
    return "|".join(pieces) or r"(?!)"


_CACHE_SIZE = 50_000  # data items repeat across declarations: classify each wording once
_SEGMENTS = lazy(r"[^|;]+")


class _Entry(NamedTuple):
    """A category a phrase names (a tuple: thousands are made at start-up)."""

    category: str
    phrase: str


class Matcher:
    """Compiled phrases of a set of categories; :meth:`classify` maps a text to categories."""

    _entries: dict[str, tuple[_Entry, ...]]  # a phrase's key -> the categories it names
    # Small trie regexes, each compiled on first use, keyed by how a variant starts: the first
    # four letters or digits of its first Latin word (fewer when the word is shorter), else
    # its first character. A run pays only for the phrases that could start where its texts
    # have words: compiling is most of what a trie costs (about 35 microseconds a phrase), and
    # compiling the whole trie at once would cost more than checking a small repository.
    _forms: dict[str, list[str]]
    _rests: list[str]  # what follows the punctuation inside a phrase ("country/region")

    def __init__(
        self, categories: Mapping[str, Category], tables: Mapping[str, Any] | None = None
    ) -> None:
        """``tables``: what :func:`disclosurelint.taxonomy.tables.export` made of a matcher of
        the same ``categories``, used instead of working it out again."""
        if tables is not None:
            self._entries = {
                key: tuple(map(_Entry._make, entries)) for key, entries in tables["entries"].items()
            }
            self._forms = tables["forms"]
            self._rests = tables["crossing"]
        else:
            self._from_phrases(categories)
        self._patterns: dict[str, re.Pattern[str] | None] = {}
        self._starts: re.Pattern[str] | None = None  # compiled on first use (about a millisecond)
        self._found: dict[str, tuple[_Entry, ...]] = {}  # matched words -> what they name
        # The matches of each segment (the text between two "|" or ";"), at the segment's own
        # positions: the parts of data items repeat ("手机号码", "IP address") and a match never
        # crosses a segment's edge, except a phrase holding punctuation itself ("country/region"),
        # which ``_crossing`` finds first.
        self._segments: dict[str, tuple[Found, ...]] = {}
        self._sharing: set[str] = set()  # the segments whose matches may share their head
        rests = self._rests
        self._crossing: re.Pattern[str] | None = (
            lazy(r"\| *(?:" + trie_regex(rests, expand=False) + ")") if rests else None
        )
        self._matches: dict[tuple[str, str, int, int], Match] = {}
        self._cache: dict[str, Classification] = {}

    def _from_phrases(self, categories: Mapping[str, Category]) -> None:
        """The phrase tables, worked out from the categories' phrases."""
        entries: dict[str, list[_Entry]] = {}
        excluded: set[tuple[str, str]] = set()
        forms: set[str] = set()
        # The phrases as written: a synonym's wording that is one of them is left to it.
        written = {
            phrase_key(phrase_form(phrase))
            for category in categories.values()
            for phrase in (*category.phrases, *category.excludes)
        }
        for category in categories.values():
            for phrase in category.phrases:
                for n, form in enumerate(with_head_synonyms(phrase_form(phrase), category.id)):
                    if n and phrase_key(form) in written:
                        continue
                    forms.add(form)
                    bucket = entries.setdefault(phrase_key(form), [])
                    if all(e.category != category.id for e in bucket):
                        bucket.append(_Entry(category.id, phrase))
            for phrase in category.excludes:
                for n, form in enumerate(with_head_synonyms(phrase_form(phrase), category.id)):
                    if n and phrase_key(form) in written:
                        continue
                    forms.add(form)
                    excluded.add((phrase_key(form), category.id))
                    entries.setdefault(phrase_key(form), [])
        self._entries = {
            key: tuple(e for e in bucket if (key, e.category) not in excluded)
            for key, bucket in entries.items()
        }
        self._forms = {}
        for form in forms:
            for variant in variants(form):
                self._forms.setdefault(_bucket(variant, 0), []).append(variant)
        punctuated = [v for v in (v for f in forms for v in variants(f)) if PUNCT in v]
        self._rests = [
            v[i + 1 :].lstrip(SOFT) for v in punctuated for i, c in enumerate(v) if c == PUNCT
        ]

    def _pattern(self, key: str) -> re.Pattern[str] | None:
        """The trie of the phrases that may start where ``key`` (see :func:`starts_regex`) starts.

        A Latin key also takes the phrases keyed by its shorter beginnings ("e mail" and "em"
        for "ema", "id" for "ids"): one trie gives the longest phrase of them all at once.
        """
        forms = self._forms.get(key, [])
        for size in range(len(key) - 1, 0, -1):
            forms = forms + self._forms.get(key[:size], [])
        pattern = re.compile(trie_regex(forms, expand=False)) if forms else None
        self._patterns[key] = pattern
        return pattern

    def _scan(self, norm: str) -> list[tuple[int, int, str]]:
        """(start, end, words) of the leftmost-longest, non-overlapping matches, as ``finditer``
        over the whole trie gives.

        A phrase starts at the start of a Latin word or at any other letter that some phrase
        starts with: the candidates come from one regex scan, each with the key of the only
        trie that may match there.
        """
        found: list[tuple[int, int, str]] = []
        done = 0
        patterns = self._patterns
        if self._starts is None:
            self._starts = re.compile(starts_regex(self._forms))
        for start in self._starts.finditer(norm):
            i = start.start()
            if i < done:
                continue
            key = start.group()
            pattern = patterns[key] if key in patterns else self._pattern(key)
            if pattern is not None:
                m = pattern.match(norm, i)
                if m is not None:
                    done = m.end()
                    found.append((i, done, m.group()))
        return found

    def _phrases(self, norm: str) -> list[Found]:
        """The phrase matches of ``norm``: those of each of its segments, each segment's
        remembered."""
        return self._phrases_sharing(norm)[0]

    def _phrases_sharing(self, norm: str) -> tuple[list[Found], bool]:
        """:meth:`_phrases`, and whether a match may share its head with a bare modifier before
        it (see :mod:`~disclosurelint.taxonomy.shared_heads`): a property of each segment,
        remembered with it, so that most items never look for one."""
        sharing = self._sharing
        if self._crossing is not None and self._crossing.search(norm):
            return self._segment_sharing(norm)
        if "|" not in norm and ";" not in norm:
            remembered = self._segments.get(norm)
            if remembered is None:
                return self._segment_sharing(norm)
            return list(remembered), norm in sharing
        phrases: list[Found] = []
        shares = False
        for segment in _SEGMENTS.finditer(norm):
            words, at = segment.group(), segment.start()
            remembered = self._segments.get(words)
            if remembered is None:
                scanned, share = self._segment_sharing(words)
                remembered, shares = tuple(scanned), shares or share
            elif remembered and words in sharing:
                shares = True
            if remembered:
                phrases += (
                    [Found(a + at, b + at, c, p) for a, b, c, p in remembered] if at else remembered
                )
        return phrases, shares

    def _segment_sharing(self, norm: str) -> tuple[list[Found], bool]:
        """The phrase matches of ``norm``, scanned, and remembered while there is room; and
        whether one of them may share its head."""
        found = [
            Found(start, end, entry.category, entry.phrase)
            for start, end, words in self._scan(norm)
            for entry in self._lookup(words)
        ]
        share = bool(found) and may_share(norm, found)
        if len(self._segments) < _CACHE_SIZE:
            self._segments[norm] = tuple(found)
            if share:
                self._sharing.add(norm)
        return found, share

    def _lookup(self, matched: str) -> tuple[_Entry, ...]:
        found = self._found.get(matched)
        if found is None:
            key = phrase_key(matched)
            found = self._entries.get(key)
            if found is None and key.endswith("es"):
                found = self._entries.get(key[:-2])
            if found is None and key.endswith("s"):
                found = self._entries.get(key[:-1])
            found = found or ()
            if len(self._found) < _CACHE_SIZE:
                self._found[matched] = found
        return found

    def forget(self) -> None:
        """Drop what was remembered of earlier texts (to measure), keeping what was made of the
        phrases: their compiled tries and what each matched wording names."""
        for memo in (self._cache, self._matches, self._segments, self._sharing):
            memo.clear()
        forget_parts()

    def classify(self, text: str) -> Classification:
        cached = self._cache.get(text)
        if cached is None:
            cached = self._classify(text)
            if len(self._cache) < _CACHE_SIZE:
                self._cache[text] = cached
        return cached

    def _classify(self, text: str) -> Classification:
        norm, index = normalize(text)
        found, shares = self._phrases_sharing(norm)
        shared: list[Shared] = shared_heads(norm, found, self._lookup) if shares else []
        if shared:
            found = sorted([*found, *(s.found for s in shared)], key=lambda m: (m.start, m.end))
        negated = False
        decisions: tuple[Decision, ...] = ()
        overrides: tuple[Override, ...] = ()
        noted: list[tuple[Found, tuple[int, int]]] = []
        if _NEGATION_HINT.search(norm) and _NEGATION.search(norm):
            found, negated, norm, noted = _apply_negation(norm, found)

        def original(start: int, end: int) -> str:
            return text[index[start] : index[end - 1] + 1] if index else text[start:end]

        if shared:
            decisions = tuple(
                Decision(
                    "shared-head",
                    original(s.found.start, s.found.end),
                    s.found.category,
                    f"it shares the head of {original(s.sharer.start, s.sharer.end)!r}:"
                    f" {s.wording!r}",
                )
                for s in shared
            )
        if noted:
            decisions += tuple(
                Decision(
                    "negation",
                    original(f.start, f.end),
                    f"dropped {f.category}",
                    f"a note after it denies {original(a, b).strip(_NOTE_EDGES)!r}: the note"
                    " speaks of the item it follows",
                )
                for f, (a, b) in noted
            )

        words = hints(norm)
        if found or reads_without_matches(norm) or reads_phrasing(words):
            colons: list[int] = []
            if ":" in text or "\uff1a" in text:
                colons = [
                    n for n in range(len(norm)) if text[index[n] if index else n] in ":\uff1a"
                ]
            examples: list[int] = []
            if "such as" in norm or "例如" in norm or "比如" in norm:
                examples = _examples(norm)
            phrased: list[Decision] = []
            found = read_phrasing(norm, found, original, phrased, words)
            reading = read(norm, original, found, colons, examples)
            found = reading.found
            decisions += (*phrased, *reading.decisions)
            overrides = tuple(reading.overrides)
        return Classification(
            text=text,
            matches=self._records(found, index) if found else (),
            negated=negated,
            decisions=decisions,
            overrides=overrides,
        )

    def _records(self, found: list[Found], index: tuple[int, ...] | None) -> tuple[Match, ...]:
        """The matches in the original text's positions; the same match is one shared record."""
        records = self._matches
        out = []
        for a, b, category, phrase in found:
            key = (
                (category, phrase, index[a], index[b - 1] + 1)
                if index
                else (category, phrase, a, b)
            )
            match = records.get(key)
            if match is None:
                match = Match(*key)
                if len(records) < _CACHE_SIZE:
                    records[key] = match
            out.append(match)
        return tuple(out)


_EXAMPLES = lazy(r"(?<![a-z])such +as(?![a-z])|例如|比如")


def _examples(norm: str) -> list[int]:
    """Where a heading ends before its examples ("authentication data, such as sign-in method")."""
    return [len(norm[: m.start()].rstrip(" |")) for m in _EXAMPLES.finditer(norm)]


def _bracket_rest(norm: str, start: int, end: int) -> str:
    """The words after a cue up to the end of its note: the clause, cut at the first
    separator (a note's closing bracket)."""
    rest = norm[start:end]
    cut = rest.find("|", 1) if rest.startswith((" ", "|")) else rest.find("|")
    return rest if cut < 0 else rest[:cut]


def _has_content(text: str) -> bool:
    return any(c not in _SEPARATORS for c in text)


_NOTE = lazy(
    r"[ |]*(?:本版本|当前版本|该版本|此版本|目前|暂时|暂|现阶段|均|都|也|this +version|currently"
    r"|at +present|for +now|yet|is|are|be"
    r"|仅在本地处理|仅在本地|在本地处理|本地处理|仅本地|仅在设备端|设备端处理|processed +locally"
    r"|locally|on +(?:your +)?device| )*[ |]*\Z"
)
# What may follow a denial and still leave it about the item before it: where the data would go
# ("not uploaded to our servers", `不上传至服务器`, `不会上传到云端`).
_DESTINATION = lazy(
    r"[ |]*(?:(?:至|到|给|向)?(?:我们的?|本公司的?)?(?:服务器|云端|云服务器|后台|第三方|我们)"
    r"|(?:to|with|onto) +(?:us|our +servers?|the +servers?|servers?|the +cloud|cloud"
    r"|third +parties|anyone))[ |]*\Z"
)


def _segment_before(norm: str, stop: int) -> int:
    """Where the item that ends at ``stop`` begins (after the separator before it)."""
    while stop > 0 and norm[stop - 1] in _SEPARATORS:
        stop -= 1
    begin = stop
    while begin > 0 and norm[begin - 1] not in (PUNCT, STRONG):
        begin -= 1
    return begin


def _scopes(norm: str) -> list[tuple[int, int]]:
    """Spans of the normalised text that a negation cue cancels."""
    scopes: list[tuple[int, int]] = []
    for cue in _NEGATION.finditer(norm):
        turn = _CLAUSE_TURN.search(norm, cue.end())
        end = turn.start() if turn else len(norm)
        rest = norm[cue.end() : end]
        if _DENIED_PRONOUN.match(norm, cue.end(), len(norm)):
            sentence = norm.rfind(STRONG, 0, cue.start()) + 1
            declined = _DECLINED.search(norm, sentence, cue.start())
            if declined is not None:
                scopes.append((declined.start(), cue.start()))
                continue
        if (
            _has_content(rest)
            and not _DESTINATION.match(_bracket_rest(norm, cue.end(), end))
            and not (
                norm[cue.start() - 1 : cue.start()] == PUNCT and _ANSWER.match(norm, cue.start())
            )
        ):
            scopes.append((cue.end(), end))
            if _PASSIVE.match(cue.group()):
                # "Geolocation ... is not collected or stored by us when ...": a passive denial
                # speaks of its subject, before it, whatever follows it.
                begin = _segment_before(norm, cue.start())
                if _RELATIVE.search(norm, begin, cue.start()) is None:
                    scopes.append((begin, cue.start()))
            continue
        # Nothing follows the cue in its clause: it looks back at the item just before it, past
        # a note's own words ("GPS定位 (本版本未采集)", "IMEI (not yet collected)").
        stop = cue.start()
        begin = _segment_before(norm, stop)
        while begin > 0 and _NOTE.match(norm, begin, stop):
            stop = begin
            begin = _segment_before(norm, stop)
        scopes.append((begin, stop))
    return scopes


_MINORS = frozenset({"minor_under_14", "child_under_13"})
_NOTE_EDGES = " ,;\uff0c\uff1b"  # what a note's span may start or end with
# A denial of the whole or raw form only ("store full card numbers", "保存完整的银行卡号",
# 不发送原始样本, "never upload raw recordings"): a summary or part of it is still kept.
_PARTIAL = lazy(
    r"[ |]*(?:[a-z]+ +)?(?:(?:the|your|a|any) +)?(?:full|complete|entire|whole|raw)(?![a-z])"
    r"|[ |]*(?:[\u4e00-\u9fff]{1,2})?(?:完整|原始)"
)


# A note that the organisation itself does not keep the item ("not stored by us").
_NOT_KEPT = lazy(
    r"(?<![a-z])not +(?:stored|kept|retained|saved|held) +(?:by +us|on +our +(?:servers?|systems?))"
    r"(?![a-z])"
)


class _Negation(NamedTuple):
    kept: list[Found]
    negated: bool
    norm: str  # the text with the negated spans blanked
    noted: list[tuple[Found, tuple[int, int]]]  # matches a denying note cancelled, with the note


def _apply_negation(norm: str, found: list[Found]) -> _Negation:
    """The matches outside the negated spans, whether anything was negated, and the text with
    the negated spans blanked (so that the structure stage does not read their words)."""
    scopes = _scopes(norm)
    kept = [f for f in found if not any(a <= f[0] < b for a, b in scopes)]
    # A note that denies keeping a category ("面部识别特征(我们并不保留您的面部识别特征...)")
    # speaks of the same words named just before it in its sentence: they go too.
    noted: list[tuple[Found, tuple[int, int]]] = []
    for a, b in scopes:
        if _PARTIAL.match(norm, a, b):
            # "(we do not store full payment card numbers)", "(不保存完整的银行卡号)": the note
            # says only part is kept, so the item before it still holds the data.
            continue
        denied = {f.category for f in found if a <= f.start < b}
        sentence = norm.rfind(STRONG, 0, a) + 1
        not_kept = None if denied else _NOT_KEPT.search(norm, max(sentence, a - 16), b)
        if not_kept is not None:
            # "Payment card details (handled by Stripe, not stored by us)": a note that we do not
            # keep what it follows, naming nothing itself, speaks of every item before it.
            cancelled = [f for f in kept if sentence <= f.start < not_kept.start()]
            noted.extend((f, (not_kept.start(), b)) for f in cancelled)
            kept = [f for f in kept if f not in cancelled]
            continue
        if not denied.isdisjoint(_MINORS):
            # "children's products ... do not collect information from anyone under 13": a
            # denial of a child's data denies it whichever age word named the child.
            denied |= _MINORS
        cancelled = [f for f in kept if f.category in denied and sentence <= f.start < a]
        noted.extend((f, (a, b)) for f in cancelled)
        kept = [f for f in kept if f not in cancelled]
    negated = len(kept) < len(found) or any(
        _GENERAL_PI.search(norm, a, b) is not None for a, b in scopes
    )
    for a, b in scopes:
        norm = norm[:a] + SOFT * (b - a) + norm[b:]
    return _Negation(kept, negated, norm, noted)
