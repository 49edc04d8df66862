"""Reading the structure of a data item on top of its phrase matches.

A published data item is a small noun phrase, often several joined together. The phrases of the
taxonomy say what each word is; the structure says which word the item is *about*:

- **Parts.** Separators (``、``, ``,``, ``/``, brackets, ``和``, "and", "or") split a compound item
  into parts; each part is read on its own, and the item keeps every category of every part, so
  the most severe one decides whatever the word order.
- **Head.** In Chinese the head noun comes last: in ``绑定银行卡的手机号码`` the bank card only says
  which phone number, so the item is a phone number. A category before ``的`` or a linking verb
  (绑定, 关联, 预留, ...) is a modifier of the last one and is dropped. English puts the head first
  ("phone number linked to your bank card"). Minors' categories are kept as modifiers: "儿童的
  照片" is still a child's data.
- **Result and hash heads.** "指纹验证是否成功", "face verification result", "whether ...", "hash of
  ...": the item is a yes/no result or a digest of the data, not the data (``derived_result``).
  Medical test results stay health data.
- **Qualifiers.** A photo, scan or copy of an identity document is ``id_document_image``, not the
  number alone; a location qualified as coarse (``基站``, "city-level", IP-derived) is
  ``coarse_location``; a track, trip or route is ``location_trajectory``.
- **Compound nouns.** A word joined to a device head without a separator names the device, not
  the data: ``心率传感器`` is a sensor, ``通讯录权限`` and ``指纹信息权限`` permissions (a location
  sensor still reads the position itself). A bare location followed by
  a coarse detail in brackets (``位置信息(粗略位置)``) is the coarse location. A second noun
  without a head of its own takes the head of the first: in ``通信记录和内容`` the content is
  the communications' content. A guardian word joined to a person's own field (``监护人手机号``,
  "guardian email") is the adult's details, not a child's data; a noun joined to an operation
  log (``订单操作记录``) names what the log is about; a generic biometric or identity heading whose
  bracketed detail names only plainer data ("biometric data (body measurements)",
  ``个人身份信息(包括手机号)``) is that data.
- **Purposes.** A clause after a colon, comma or bracket that says what the data is for
  (``: 用于评估睡眠``, "(used only to diagnose faults)") names no data: its words (诊断, 心率) are
  dropped when the item names data before it.
- **Conditional notes and animals.** A bracketed note that says when data is collected ("(if
  claiming for personal injury)") adds no category of its own; an item about a pet keeps the
  animal's health words as the owner's content.
- **Settings, age groups, referees.** Membership, attendance or involvement in a church's groups
  or ministries reveals religious belief, the members of a party political opinion (GDPR Art.
  9(1)); "adult/child" names an age group, not a child's data; the words in brackets after
  "references" name who gives them. A location whose own words say it is precise
  (``精确定位``) stays precise whatever sources are named with it.
- **Conditions.** Under CPRA a card or account number is sensitive only with its security or
  access code (Cal. Civ. Code § 1798.140(ae)(1)(B)): the item's words decide it.

Every change is recorded as a :class:`~disclosurelint.taxonomy.records.Decision` that ``classify
--explain`` prints: the words that decided and the reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from disclosurelint.taxonomy.patterns import lazy
from disclosurelint.taxonomy.records import Decision, Override


class Found(NamedTuple):
    """A phrase match in the normalised text: ``norm[start:end]`` is ``phrase`` of ``category``."""

    start: int
    end: int
    category: str
    phrase: str


# Where a compound item splits into parts (in the normalised text, where "|" and ";" are the
# punctuation separators).
# (Written as "[|;]|(?<![a-z0-9])(?:and|or|plus)(?![a-z0-9])|以及|和|及|与|或", with every branch
# starting with a character, so that the regex engine skips to the characters that can start one.)
_PART_BREAK = lazy(
    r"\||;|以及|和|及|与|或"
    r"|a(?<![a-z0-9]a)nd(?![a-z0-9])|o(?<![a-z0-9]o)r(?![a-z0-9])|p(?<![a-z0-9]p)lus(?![a-z0-9])"
)

MINORS = frozenset({"minor_under_14", "child_under_13"})
_SENSITIVE_HINT = frozenset(
    {
        "biometric",
        "genetic",
        "government_id",
        "id_document_image",
        "financial_account",
        "precise_location",
        "location_trajectory",
        "religious_belief",
        "specific_identity",
        "sexual_orientation",
        "criminal_record",
        "racial_ethnic_origin",
        "political_opinion",
        "trade_union",
        "communication_content",
        "contacts_list",
    }
)
# Categories whose "results" are the data itself: a lab test result is health data.
_RESULT_IS_DATA = frozenset(
    {"health", "genetic", "fitness_data", "financial_records", "criminal_record", *MINORS}
)
# A yes/no about a person's status in a special category ("whether or not you are ordained",
# "whether you are a union member", `是否为党员`) states that status: it reveals the belief,
# membership or condition itself (GDPR Art. 9(1); PIPL Art. 28). Only a check word anywhere in
# the item ("whether the marital status matched", `宗教信仰核验结果`) makes it the outcome of a
# check.
_STATUS_IS_DATA = frozenset(
    {
        "religious_belief",
        "political_opinion",
        "trade_union",
        "sexual_orientation",
        "racial_ethnic_origin",
        "specific_identity",
        "marital_history",
    }
)

# Between a modifier and the head noun (Chinese, head last).
_ZH_LINK = lazy(r"的|绑定|关联|预留|对应|所属|所在|用于|登记")
# After the head noun, introducing a modifier (English, head first).
_EN_LINK = lazy(
    r"^ *(?:linked|associated|bound|tied|registered|connected|attached) +(?:to|with|on)(?![a-z])"
)

_CHECK_ZH = r"(?:验证|认证|识别|核验|比对|校验|检测|对比|匹配)"
_CHECK_EN = (
    r"(?:verification|verify|check|checks|match|matching|recognition|authentication|comparison"
    r"|liveness)"
)
_CHECKED = lazy(rf"{_CHECK_ZH}|(?<![a-z])(?:{_CHECK_EN}|matched|matches|verified|checked)(?![a-z])")
_RESULT_AFTER = lazy(
    rf"^ *(?:{_CHECK_ZH}+ *)?(?:是否|结果|成功与否|通过与否)"
    rf"|^ *{_CHECK_ZH}+ *(?:状态|分数|得分|分值|一致性)"
    rf"|^ *(?:{_CHECK_EN} +)*(?:results?|outcomes?|scores?|passed|succeeded|pass +or +fail)"
    r"(?![a-z])"
    rf"|^ *(?:{_CHECK_EN} +)+status(?![a-z])"
)
_RESULT_BEFORE = lazy(
    r"(?:(?<![a-z])(?:results?|outcomes?|scores?) +of +(?:the +|your +|a +)?"
    r"|(?<![a-z])whether(?![a-z]).*|是否)$"
)
_HASH = lazy(r"(?<![a-z])(?:hash|hashes|hashed|digest|md5|sha ?\d*|sha)(?![a-z])|哈希|摘要|散列")

_IMAGE = lazy(
    r"照片|相片|复印件|影本|扫描件|影像|图片|图像|正反面|人像面|国徽面|拍照|翻拍"
    r"|(?<![a-z])(?:photos?|photographs?|images?|scans?|scanned|copy|copies|pictures?"
    r"|photocop(?:y|ies))(?![a-z])"
)
_COARSE = lazy(
    r"粗略|大致|大概|模糊|城市|省份|基站|网络定位|运营商|ip|期望工作地|意向工作地|意向城市|期望城市"
    r"|区县|县区|市级|县级|省级|区级|地级市"
    r"|(?<![a-z])(?:coarse|approximate|rough|general|city|city level|country|region|regional"
    r"|ip|ip based|network based|cell tower|cell id|carrier|imprecise|lower +resolution"
    r"|less +precise|not +precise|area +(?:greater|larger) +than"
    r"|relocat(?:e|ion|ing)|(?:preferred|desired) +(?:work +)?locations?)"
    r"(?![a-z])"
)
# A location whose own words say it is precise stays precise whatever sources are named with it.
_PRECISE = lazy(
    r"(?<!不)(?<!非)(?:精确|精准)"
    r"|(?<![a-z])(?<!not )(?<!less )(?<!more )(?:precise|exact|accurate)(?![a-z])"
)
# A location named by the bare word, with no precision of its own: a coarse qualifier anywhere in
# its phrase (up to the next punctuation) decides it, not only one in its own part.
_BARE_LOCATION = frozenset(
    {
        "location",
        "location information",
        "location data",
        "location info",
        "位置",
        "位置信息",
        "地理位置",
        "地理位置信息",
        "定位",
        "定位信息",
        "geolocation",
        "geolocation data",
        "geolocation information",
        "geographic location",
        "geographical location",
        "device location",
        "current location",
    }
)
_TRACK = lazy(
    r"轨迹|行程|行踪|路线|线路|起止点|起点|终点|历史位置|位置历史|足迹|连续定位|持续定位"
    r"|(?<![a-z])(?:trails?|tracks?|tracking|routes?|trips?|journeys?|history|histories|movements?"
    r"|itinerar(?:y|ies)|continuous|visited places|places visited|traces)(?![a-z])"
)
# A place the user typed or searched for is what they searched, not where the device is.
_TYPED_BEFORE = lazy(
    r"(?:键入|输入|搜索|查询|填写|填入|搜寻)|(?<![a-z])(?:typed|entered|searched)(?![a-z])"
)
_TYPED_AFTER = lazy(
    r" *(?:that +|which +)?(?:you|users?) +(?:search|searched|type|typed|enter|entered|look +up"
    r"|looked +up)(?![a-z])"
)
_ACCESS_CODE = lazy(
    r"安全码|验证码|cvv2?|cvc2?|cvn|密码|口令"
    r"|(?<![a-z])(?:security +code|access +code|card +verification|pin|passcode|password"
    r"|passwords|credentials)(?![a-z])"
)
_IMAGE_OF = frozenset({"government_id"})
# Immigration status named by its document: a copy of it is a document image as well.
_DOCUMENT = lazy(
    r"证|签证|许可|(?<![a-z])(?:documents?|documentation|permits?|visas?|cards?|certificates?)"
    r"(?![a-z])"
)
_IMMIGRATION = "citizenship_immigration"
# The words the rules read. An item or part without any of them keeps its phrase matches as they
# are: a set lookup per word is much cheaper than the rules' regular expressions.
_CUE_WORDS = frozenset(
    [
        "linked",
        "associated",
        "bound",
        "tied",
        "registered",
        "connected",
        "attached",
        "result",
        "results",
        "outcome",
        "outcomes",
        "score",
        "scores",
        "status",
        "whether",
        "passed",
        "succeeded",
        "pass",
        "verification",
        "verify",
        "check",
        "checks",
        "match",
        "matching",
        "recognition",
        "authentication",
        "comparison",
        "liveness",
        "hash",
        "hashes",
        "hashed",
        "digest",
        "md5",
        "sha",
        "photo",
        "photos",
        "photograph",
        "photographs",
        "image",
        "images",
        "scan",
        "scans",
        "scanned",
        "copy",
        "copies",
        "picture",
        "pictures",
        "photocopy",
        "photocopies",
        "coarse",
        "approximate",
        "rough",
        "general",
        "city",
        "country",
        "region",
        "regional",
        "ip",
        "network",
        "cell",
        "trail",
        "trails",
        "traces",
        "track",
        "tracks",
        "tracking",
        "route",
        "routes",
        "trip",
        "trips",
        "journey",
        "journeys",
        "history",
        "histories",
        "movement",
        "movements",
        "itinerary",
        "itineraries",
        "continuous",
        "visited",
        "places",
        "carrier",
        "imprecise",
        "relocation",
        "relocate",
        "relocating",
        "preferred",
        "desired",
        "lower",
        "area",
        "typed",
        "entered",
        "searched",
        "search",
        "type",
        "enter",
    ]
)
_CUE_CHARS = frozenset(
    "的绑关预对所用登照相复扫影图正人国拍翻粗大模城省基网轨行路线起终历位足连持验认识核比校检"
    "匹是结成通状分得一哈摘散运键输搜查填身证"
)
_WORD_CHARS = str.maketrans("|;", "  ")


def _has_cue(text: str) -> bool:
    if not text.isascii() and not _CUE_CHARS.isdisjoint(text):
        return True
    return not _CUE_WORDS.isdisjoint(text.translate(_WORD_CHARS).split())


_PART_CUES: dict[str, bool] = {}  # the parts of items repeat ("手机号码", "email address")


def forget_parts() -> None:
    """Drop what was remembered of the parts of earlier items."""
    _PART_CUES.clear()


def _part_has_cue(part: str) -> bool:
    """:func:`_has_cue` of a part, remembered."""
    cue = _PART_CUES.get(part)
    if cue is None:
        cue = _has_cue(part)
        if len(_PART_CUES) < 50_000:
            _PART_CUES[part] = cue
    return cue


_LOCATION = "precise_location"


Words = Callable[[int, int], str]
"""Maps a span of the normalised text to the original words."""


class Reading(NamedTuple):
    found: list[Found]
    decisions: list[Decision]
    overrides: list[Override]


def _parts(norm: str, found: Sequence[Found]) -> list[tuple[int, int, list[Found]]]:
    """(start, end, matches) of each part holding at least one match, in order.

    A match belongs to the part where it starts, so a phrase that spans a break ("name and
    address" as one phrase) stays whole.
    """
    starts = [0]  # where each part begins: the start of the text, the end of each break
    stops = []  # where each part ends: the start of the next break, the end of the text
    for brk in _PART_BREAK.finditer(norm):
        stops.append(brk.start())
        starts.append(brk.end())
    stops.append(len(norm))
    parts: list[tuple[int, int, list[Found]]] = []
    last = len(starts) - 1
    i = 0
    held = -1  # the part the last match went to
    end = 0
    for m in found:
        while i < last and m.start >= starts[i + 1]:
            i += 1
        if i == held:
            parts[-1][2].append(m)
            end = max(end, m.end)
        else:
            if parts:
                parts[-1] = (parts[-1][0], end, parts[-1][2])
            parts.append((starts[i], 0, [m]))
            held, end = i, max(stops[i], m.end)
    if parts:
        parts[-1] = (parts[-1][0], end, parts[-1][2])
    return parts


def _replace(m: Found, category: str) -> Found:
    return Found(m.start, m.end, category, m.phrase)


class _Part(NamedTuple):
    """One part of an item being read: its span of the normalised text and where decisions go.

    (A named tuple: one is made for each part read, and it is made several times faster than a
    frozen dataclass.)"""

    norm: str
    start: int
    end: int
    say: Words  # a span of the normalised text -> the original words
    decisions: list[Decision]


def read(
    norm: str,
    text_of: Words,
    found: Sequence[Found],
    colons: Sequence[int] = (),
    examples: Sequence[int] = (),
) -> Reading:
    """Apply the structure rules to the matches of one item.

    ``text_of`` maps a normalised span to the original words, for the explanation; ``colons``
    are the positions (in the normalised text) of the colons of the original text, ``examples``
    where a heading ends before its examples ("such as", "例如").
    """
    words = text_of
    decisions: list[Decision] = []
    if has_content_cue(norm):
        found = _carried_content(norm, found, words, decisions)
    if _names_recorded_calls(norm):
        found = _carried_content(norm, found, words, decisions, named=_RECORDED_CALLS)
    if (
        not _COMPOUND_CATEGORIES.isdisjoint(m.category for m in found)
        or _COMPOUND_CUES.search(norm) is not None
    ):
        found = _compounds(norm, found, words, decisions)
    found = _clauses(norm, found, words, colons=colons, examples=examples, decisions=decisions)
    if not _has_cue(norm):
        # Most items: no word that could change a match (the common, fast path).
        kept = list(found)
    else:
        kept = []
        coarse: bool | None = None  # a coarse qualifier anywhere in the item, looked for once
        for start, end, matches in _parts(norm, found):
            if not _part_has_cue(norm[start:end]):
                if not any(m.phrase in _BARE_LOCATION for m in matches):
                    kept.extend(matches)
                    continue
                if coarse is None:
                    coarse = _COARSE.search(norm) is not None
                if not coarse:
                    kept.extend(matches)
                    continue
            kept.extend(_read_part(_Part(norm, start, end, words, decisions), matches))
    kept = _account_numbers(norm, kept, words, decisions)
    kept = _named_by_use(norm, kept, words, decisions)
    if "selfie" in norm or "自拍" in norm:
        kept = _selfies(norm, kept, words, decisions)
    if "联系人" in norm and _ORGANISATION.search(norm):
        kept = _contact_person(kept, words, decisions)
    if _CONDITION_NOTE.search(norm) is not None:
        kept = _bracket_notes(norm, kept, words, decisions, rule="condition")
    if ("一致" in norm or "相同" in norm or "相符" in norm or "as " in norm or "same" in norm) and (
        _MATCHING_NOTE.search(norm) is not None
    ):
        kept = _bracket_notes(norm, kept, words, decisions, rule="matching note")
    if _RARE_CUES.search(norm) is not None:  # one search for the rules whose words are rare
        pet = _PET.search(norm)
        if pet is not None and _PERSON_FIRST.search(norm, 0, pet.start()) is None:
            kept = _pets(kept, words, decisions)
        if has_setting(norm):
            kept = _settings(norm, kept, words, decisions)
        if _REFEREES.search(norm) is not None:
            kept = _referees(norm, kept, words, decisions)
    if "adult" in norm or "成年" in norm or "成人" in norm:
        kept = _age_groups(norm, kept, words, decisions)
    if "prefer" in norm or "偏好" in norm:
        kept = _preference_headings(norm, kept, words, decisions)
    overrides = _conditions(norm, kept, words, decisions)
    return Reading(kept, decisions, overrides)


# Heads that name a device part or a permission: a word joined to them names which one.
_DEVICE_HEADS = frozenset({"sensor_data", "permissions"})
# What may stand between a device part's or permission's name and its head: nothing, or a
# generic "information" (指纹信息权限, 通讯录数据权限: the permission, GB/T 35273-2020 Table A.1).
_JOINED_BY = frozenset({"", "信息", "数据"})
_COMPOUND_CATEGORIES = _DEVICE_HEADS | {_LOCATION, "communication_metadata", "marital_history"}
# Words that call for the compound rules whatever the categories: a guardian, an operation log, a
# generic biometric or identity heading (cheaper than looking at every match).
_COMPOUND_CUES = lazy(
    r"监护人|家长|guardian|操作|biometric|身份信息|identity information|identification information"
)
# "permission to access your call logs": the permission, named by what it opens, as 通讯录权限 is.
_PERMISSION_TO = lazy(
    r" +to +(?:access|read|use|view|see|collect|write|modify|record)(?: +(?:your|the|my|all))?"
    r"(?: +[a-z]+){0,2}? +"
)
# ... and its Android name in brackets after it ("call logs (READ_CALL_LOG)").
_PERMISSION_NAME = lazy(r" *\| *(?:read|write|access|manage|process)? *")
# A guardian's own contact fields ("guardian email", "监护人手机号") are the adult's details.
_GUARDIAN = lazy(r"guardians?|监护人|家长")
_GUARDIAN_LINK = lazy(r"[ |]*(?:的|'s)?[ |]*")
# "订单操作记录": a noun joined to an operation log names what was operated on.
_OPERATION_LOG = lazy(r"操作(?:记录|日志|信息)")
# A heading whose bracketed detail names only plainer data of another kind gives way to it:
# "biometric information (body measurements)" is fitness data.
# The heading must be a generic one ("个人身份信息", "biometric data"): a named document or trait
# in brackets after it is the document's or trait's own detail.
# A track whose brackets name only a motion sensor ("设备运动轨迹(加速计)") is the sensor's
# readings: the device's movement, not whereabouts (GB/T 35273-2020 Table B.1, 行踪轨迹).
_BRACKET_NARROW = {
    "location_trajectory": frozenset({"sensor_data"}),
    "biometric": frozenset({"fitness_data"}),
    "government_id": frozenset({"phone_number", "email", "name", "contact_details", "user_id"}),
}
_GENERIC_HEADING = frozenset(
    {
        "biometric",
        "biometrics",
        "biometric data",
        "biometric information",
        "个人身份信息",
        "身份信息",
        "identity information",
        "identification information",
    }
)
# A person's own fields: "spouse name" is the spouse's name, not a marriage history.
_PERSON_FIELDS = frozenset(
    {"name", "nickname", "phone_number", "email", "contact_details", "postal_address"}
)
# "spouse/partner name": alternatives joined by a slash share the head that follows them.
_ALTERNATIVE = lazy(r"\| ?(?:[a-z]+|[\u4e00-\u9fff]{1,4}) ?")
# "通信记录和内容", "call records and their content": the content of the same communications.
_SHARED_CONTENT = lazy(
    r" *(?:和|及|与|以及|并|\|) *(?:其?相关的?|其)? *(内容)"
    r"| +(?:and|&) +(?:the +|their +|its +)?(contents?)(?![a-z])"
)
_OPENING_BRACKETS = frozenset("([\uff08\u3010")  # ( [ and the full-width forms
_CLOSING_BRACKETS = frozenset(")]\uff09\u3011")
# A generic noun after a match adds nothing to it ("location data (approximate)").
_GENERIC_NOUN = lazy(r" *(?:(?:data|information|info|details)(?![a-z]) *|信息 *|数据 *)?")
_RECORD_HEAD = lazy(r"(?:记录|日志|(?<![a-z])(?:records?|logs?|history))$")


def _bracketed(norm: str, m: Found, say: Words) -> tuple[int, str] | None:
    """(start, text) of the bracketed detail right after a match, if one follows it."""
    generic = _GENERIC_NOUN.match(norm, m.end)
    at = generic.end() if generic is not None else m.end
    if at >= len(norm) or norm[at] != "|" or say(at, at + 1).strip() not in _OPENING_BRACKETS:
        return None
    stop = at + 1
    while stop < len(norm) and norm[stop] != ";":
        if norm[stop] == "|" and say(stop, stop + 1).strip() in _CLOSING_BRACKETS:
            break
        stop += 1
    return at + 1, norm[at + 1 : stop]


def _narrowed_by_bracket(norm: str, found: Sequence[Found], m: Found, say: Words) -> bool:
    """Whether the bracketed detail after ``m`` names data, all of it narrower than ``m``."""
    detail = _bracketed(norm, m, say)
    if detail is None:
        return False
    start, text = detail
    inside = {f.category for f in found if start <= f.start < start + len(text)}
    return bool(inside) and inside <= _BRACKET_NARROW[m.category]


def _compounds(
    norm: str, found: Sequence[Found], say: Words, decisions: list[Decision]
) -> list[Found]:
    """Compound nouns: device heads, bracketed coarse details, a shared head."""
    out: list[Found] = []
    opened = -1  # where the last thing a permission gives access to starts
    for n, m in enumerate(found):
        nxt = found[n + 1] if n + 1 < len(found) else None
        if m.category in MINORS and _GUARDIAN.fullmatch(m.phrase):
            owner = next((f for f in found[n + 1 :] if f.start >= m.end), None)
            if (
                owner is not None
                and owner.category in _PERSON_FIELDS
                and _GUARDIAN_LINK.fullmatch(norm[m.end : owner.start])
            ):
                decisions.append(
                    Decision(
                        "modifier",
                        say(m.start, m.end),
                        f"dropped {m.category}",
                        f"joined to {say(owner.start, owner.end)!r}, it says whose: the"
                        " guardian's own details, not a child's data",
                    )
                )
                continue
        prev = found[n - 1] if n else None
        if (
            prev is not None
            and m.category != "permissions"
            and (
                (
                    prev.category == "permissions"
                    and _PERMISSION_TO.fullmatch(norm, prev.end, m.start) is not None
                )
                or (
                    prev.start == opened
                    and _PERMISSION_NAME.fullmatch(norm, prev.end, m.start) is not None
                )
            )
        ):
            opened = m.start
            decisions.append(
                Decision(
                    "modifier",
                    say(m.start, m.end),
                    f"dropped {m.category}",
                    f"it names what {say(prev.start, prev.end)!r} gives access to: the item is"
                    " the permission (in English the head comes first)",
                )
            )
            continue
        if (
            m.category in _BRACKET_NARROW
            and (m.phrase in _GENERIC_HEADING or m.category == "location_trajectory")
            and _narrowed_by_bracket(norm, found, m, say)
        ):
            decisions.append(
                Decision(
                    "heading",
                    say(m.start, m.end),
                    f"dropped {m.category}",
                    "the detail in brackets after it names only plainer data of another kind",
                )
            )
            continue
        if nxt is not None and nxt.category != m.category:
            between = norm[m.end : nxt.start]
            if (
                nxt.category == "usage_data"
                and not between
                and _OPERATION_LOG.match(nxt.phrase)
                and m.category not in MINORS
            ):
                decisions.append(
                    Decision(
                        "modifier",
                        say(m.start, m.end),
                        f"dropped {m.category}",
                        f"joined to {say(nxt.start, nxt.end)!r}, it names what the logged"
                        " operations were about",
                    )
                )
                continue
            if (
                m.category == "marital_history"
                and nxt.category in _PERSON_FIELDS
                and (
                    not between.strip()
                    or (_ALTERNATIVE.fullmatch(between) and say(m.end, m.end + 1) == "/")
                )
            ):
                decisions.append(
                    Decision(
                        "modifier",
                        say(m.start, m.end),
                        f"dropped {m.category}",
                        f"joined to {say(nxt.start, nxt.end)!r}, it says whose:"
                        " the relative's own details, not a marriage history",
                    )
                )
                continue
            if (
                nxt.category in _DEVICE_HEADS
                and m.category not in _DEVICE_HEADS | {_LOCATION}
                and between in _JOINED_BY
            ):
                decisions.append(
                    Decision(
                        "modifier",
                        say(m.start, m.end),
                        f"dropped {m.category}",
                        f"joined to {say(nxt.start, nxt.end)!r}, it names which device part or"
                        " permission, not data of its own",
                    )
                )
                continue
        if m.category == _LOCATION and m.phrase in _BARE_LOCATION:
            detail = _bracketed(norm, m, say)
            cue = _COARSE.search(detail[1]) if detail is not None else None
            if detail is not None and cue is not None:
                at = detail[0] + cue.start()
                decisions.append(
                    Decision(
                        "coarse",
                        say(at, detail[0] + cue.end()),
                        f"{m.category} -> coarse_location",
                        "the detail in brackets after the bare location says it is coarse",
                    )
                )
                out.append(_replace(m, "coarse_location"))
                continue
        out.append(m)
        if m.category == "communication_metadata" and _RECORD_HEAD.search(m.phrase):
            shared = _SHARED_CONTENT.match(norm, m.end)
            if shared is not None and (nxt is None or nxt.start >= shared.end()):
                group = 1 if shared.group(1) is not None else 2
                start, end = shared.span(group)
                decisions.append(
                    Decision(
                        "shared-head",
                        say(start, end),
                        "communication_content",
                        f"it shares the head of {say(m.start, m.end)!r}: the content of those"
                        " communications",
                    )
                )
                out.append(Found(start, end, "communication_content", shared.group(group)))
    return out


_MONEY = lazy(
    r"银行|银联|支付|付款|收款|转账|信用|借记|金融|证券|基金|保险"
    r"|(?<![a-z])(?:bank|banking|card|cards|payment|payments|pay|iban|routing|credit|debit"
    r"|financial|brokerage|securities|billing|cvv|swift)(?![a-z])"
)


# "the contents of any telephone calls", "recordings of calls": communications named by the way
# they arrive, whose content the item is. So is what a communication contains ("data contained
# in any communication", "written communications", 电话内容) and what monitoring of it reads
# ("monitoring of emails", 监控电子邮件): the content, not the address or number it went to.
CONTENT_CUES = (
    "content",
    "body",
    "bodies",
    "transcript",
    "recording",
    "contained",
    "written",
    "monitor",
    "内容",
    "监控",
    "监听",
    "产生的",
)
_CONTENT_CUE = lazy("|".join(map(re.escape, CONTENT_CUES)))


def has_content_cue(norm: str) -> bool:
    """Whether ``norm`` holds a word of ``CONTENT_CUES`` (a part of a word counts)."""
    return _CONTENT_CUE.search(norm) is not None


_CONTENT_OF = lazy(
    r"(?<![a-z])(?:contents?|body|bodies|transcripts?|recordings?) +of +"
    r"(?:(?:any|all|the|your|our|their|such|those|these) +)*(?:[a-z]+ +){0,2}?"
    r"(?:calls?|emails?|e ?mails?|messages?|letters?|chats?|conversations?|correspondence|sms"
    r"|texts?|communications?|post|mail)(?![a-z])"
    r"|(?<![a-z])(?:contained +in|monitor(?:s|ed|ing)?(?: +of)?|written) +"
    r"(?:(?:any|all|the|your|our|their|such|those|these) +)*(?:[a-z]+ +){0,2}?"
    r"(?:calls?|emails?|e ?mails?|messages?|correspondence|communications?)(?![a-z])"
    r"|(?:电话|通话|邮件|短信|信件)的?内容|监控(?:您的|你的)?(?:电子)?邮件|监听(?:您的|你的)?(?:电话|通话)"
    # what communicating produces (聊天时产生的文字和语音): the content, not a log of it
    r"|(?:通信|聊天|通话|沟通|交流)(?:时|中|过程中)?所?产生的(?:文字|语音|图片|视频|内容|消息)"
)
# "We record all incoming and outgoing telephone calls", "calls to the pharmacy are recorded": the
# recordings of the calls, named by the verb.
_RECORDED_CALLS = lazy(
    r"(?<![a-z])record(?:s|ed|ing)?(?: +(?:all|any|the|your|our|some|incoming|outgoing|inbound"
    r"|outbound|and|or|telephone|phone|video))* +calls(?![a-z])"
    r"|(?<![a-z])(?:(?:telephone|phone|video) +)?calls(?![a-z])[a-z ]{0,40}? +(?:are|is|will +be"
    r"|may +be|can +be|might +be) +(?:monitored +and +)?recorded(?![a-z])"
    # 电话录音, 客服电话可能会被录音, 通话将被录音 (a number and a recording listed with 和 are two)
    r"|(?:电话|通话|来电|致电)[^;|和及与或]{0,12}?录音"
)


def _names_recorded_calls(norm: str) -> bool:
    """Whether ``norm`` may name recorded calls (see ``_RECORDED_CALLS``)."""
    return ("call" in norm and "record" in norm) or "录音" in norm


_CARRIERS = frozenset({"phone_number", "email", "communication_metadata", "user_content"})


def _carried_content(
    norm: str,
    found: Sequence[Found],
    say: Words,
    decisions: list[Decision],
    *,
    named: re.Pattern[str] = _CONTENT_OF,
) -> list[Found]:
    """The content (body, transcript, recording) of calls, letters or messages is
    communication content, whatever word names the way they arrive."""
    out = list(found)
    for hit in named.finditer(norm):
        start, end = hit.span()
        if any(
            m.category == "communication_content" and m.start < end and start < m.end for m in out
        ):
            continue
        carried = [m for m in out if m.category in _CARRIERS and start <= m.start and m.end <= end]
        decisions.append(
            Decision(
                "content",
                say(start, end),
                "communication_content" + "".join(f", dropped {m.category}" for m in carried),
                "the content of communications, whatever way they arrive (GB/T 35273-2020"
                " Table B.1: 通信内容)",
            )
        )
        out = [m for m in out if m not in carried]
        out.append(Found(start, end, "communication_content", hit.group()))
    return sorted(out, key=lambda m: (m.start, m.end))


_SELFIE = lazy(r"(?<![a-z])selfies?(?![a-z])|自拍")
_IDENTIFY = lazy(
    r"verif|identif|authentic|liveness|(?<![a-z])live(?![a-z])|match|kyc|id +check"
    r"|认证|验证|核验|识别|活体|比对|实名"
    r"|(?<![a-z])(?:documents?|id|passports?)(?![a-z])|证件|身份证|护照"
)
_ID_CATEGORIES = frozenset({"government_id", "id_document_image"})


def _selfies(norm: str, found: list[Found], say: Words, decisions: list[Decision]) -> list[Found]:
    """A selfie listed among the photos a user uploads is a photo: a photograph is biometric
    data only when processed to identify the person (GDPR Art. 4(14), Recital 51)."""
    selfies = [m for m in found if m.category == "biometric" and _SELFIE.fullmatch(m.phrase)]
    if (
        not selfies
        or not any(m.category == "photos_videos" for m in found)
        or any(m.category in _ID_CATEGORIES for m in found)
        or any(m.category == "biometric" and m not in selfies for m in found)
        or _IDENTIFY.search(norm)
    ):
        return found
    return _recategorise(
        found,
        selfies,
        ("photo", "photos_videos"),
        say,
        decisions,
        reason="listed among photos, with no identification or verification: a photograph is"
        " biometric data only when processed to identify someone (GDPR Art. 4(14), Recital 51)",
    )


# A bracketed note that says when the data is collected ("(if claiming for personal injury)",
# "(only when location service is enabled)") names a circumstance, not more data.
_CONDITION_NOTE = lazy(
    r"\| *(?:(?:only +)?(?:if|when|whenever|where)(?![a-z])|如果|若|仅在|仅当|在您)"
)


def _bracket_end(norm: str, at: int, say: Words) -> int:
    """Where the brackets opened at ``at`` close (or the clause ends)."""
    stop = at + 1
    while stop < len(norm) and norm[stop] != ";":
        if norm[stop] == "|" and say(stop, stop + 1).strip() in _CLOSING_BRACKETS:
            break
        stop += 1
    return stop


def _drop_bracketed(
    norm: str,
    found: list[Found],
    at: int,
    rule: tuple[str, Words, list[Decision]],
    *,
    reason: str,
    keep_whole: bool = False,
) -> list[Found]:
    """``found`` without the matches in the brackets opened at ``at``, the change recorded
    (unchanged when ``keep_whole`` and every match is inside: the item is its note)."""
    name, say, decisions = rule
    stop = _bracket_end(norm, at, say)
    inside = [m for m in found if at < m.start < stop]
    if not inside or (keep_whole and len(inside) == len(found)):
        return found
    decisions.append(
        Decision(
            name,
            say(at + 1, stop).strip(),
            "dropped " + ", ".join(dict.fromkeys(m.category for m in inside)),
            reason,
        )
    )
    return [m for m in found if m not in inside]


# A note in brackets naming the document a value must match (`姓名(与户籍/出生证明一致)`, "name
# (as on your passport)") says how the value is checked; the document is not data of its own.
_MATCHING_NOTE = lazy(
    r"\| *(?:须|需|应|必须)?(?:与|同|和)[^;]{0,24}?(?:一致|相同|相符)"
    r"|\| *(?:as +(?:it +appears +|shown +|printed +|written +)?on|same +as)(?![a-z])"
)


# The notes in brackets whose matches give way to the item's own words: the rule's name, its
# pattern (matching where the note opens) and the reason recorded.
_NOTES = {
    "condition": (
        _CONDITION_NOTE,
        "a note in brackets that says when the data is collected names a circumstance, not data"
        " of its own",
    ),
    "matching note": (
        _MATCHING_NOTE,
        "a note that names the document the value must match says how it is checked, not data"
        " of its own",
    ),
}


def _bracket_notes(
    norm: str, found: list[Found], say: Words, decisions: list[Decision], *, rule: str
) -> list[Found]:
    """Matches inside the brackets of a ``rule`` note (see ``_NOTES``) give way."""
    pattern, reason = _NOTES[rule]
    for hit in pattern.finditer(norm):
        at = hit.start()
        if say(at, at + 1).strip() not in _OPENING_BRACKETS:
            continue
        found = _drop_bracketed(
            norm, found, at, (rule, say, decisions), reason=reason, keep_whole=True
        )
    return found


# An animal's records: a pet's weight, vaccines or health screening are the owner's content, not
# the owner's health data.
_PET = lazy(r"宠物|品种识别|驱虫|兽医|(?<![a-z])(?:pets?|pet's|vets?|veterinary|breeds?)(?![a-z])")
_ANIMAL_HEALTH = frozenset({"health", "fitness_data"})
# ... unless a person is named first and the animal only comes after as an alternative ("the
# wearer's medications and medical conditions, or pet breed in the case of an animal"): the
# health words then describe the person (GDPR Art. 4(15)).
_PERSON_FIRST = lazy(r"(?<![a-z])(?:wearers?|the individual)(?![a-z])|佩戴者")


def _pets(found: list[Found], say: Words, decisions: list[Decision]) -> list[Found]:
    """``宠物昵称、体重、疫苗/用药记录``: the health words describe the animal."""
    return _recategorise(
        found,
        [m for m in found if m.category in _ANIMAL_HEALTH],
        ("animal", "user_content"),
        say,
        decisions,
        reason="the item is about an animal (a pet, its breed or its vet): records the owner keeps,"
        " not the owner's health (GDPR Art. 4(15) and GB/T 35273-2020 Table B.1 speak of a"
        " person's health)",
    )


# Special categories named by the setting the person belongs to: membership of a church's groups,
# attendance of a congregation, involvement in its ministries reveal religious belief (GDPR Art.
# 9(1); PIPL Art. 28 宗教信仰; GB/T 35273-2020 Table B.1); the members or supporters of a party or
# of a campaign on the electoral register reveal political opinion (GDPR Art. 9(1)); visits,
# stays and records at a hospital, clinic or care home reveal health or care. The setting alone
# ("our church information and updates", "hospital name") reveals nothing of the person.
_FAITH_SETTING = (
    r"(?<![a-z])(?:church(?:es)?|chapels?|parish(?:es)?|mosques?|synagogues?|temples?"
    r"|gurdwaras?|diocese|ministr(?:y|ies)|congregations?|congregational)(?![a-z])"
    r"|教会|教堂|清真寺|寺院|寺庙|教区"
)
_POLITICAL_SETTING = (
    r"(?<![a-z])(?:electoral|canvass(?:ing|ed)?|political|(?<!third )(?<!3rd )part(?:y|ies))"
    r"(?![a-z])|政党|竞选|选民"
)
# The words of the settings, loosely (no word edges): a search without look-behinds at each
# position is several times cheaper, and the rule looks again with the edges.
_SETTING_WORDS = (
    r"church|chapel|parish|mosque|synagog|temple|gurdwara|diocese|ministr|congregat|electoral|canvass"
    r"|politic|part(?:y|ies)|hospi|clinic|nursing home|care home|教会|教堂|清真寺|寺院|寺庙|教区"
    r"|政党|竞选|选民|医院|卫生院|医疗机构|养老院"
)
_SETTING_TEST = lazy(_SETTING_WORDS)
_HEALTH_SETTING = (
    r"(?<![a-z])(?:hospitals?|hospices?|clinics?|nursing +homes?|care +homes?)(?![a-z])"
    r"|医院|卫生院|医疗机构|养老院"
)
_SETTINGS = (
    (
        lazy(_FAITH_SETTING),
        lazy(
            r"(?<![a-z])(?:members?|membership|attend(?:s|ed|ing|ance|ee|ees)?|involved|involvement"
            r"|subscriptions?|groups?|committees?|duties|rotas?|volunteer(?:s|ing)?|serv(?:e|es|ing)"
            r"|roles?|giving|donations?|donors?|offerings?|tithes?|gift aid)"
            r"(?![a-z])|成员|会员|参加|参与|加入|出席|小组|事工|聚会|奉献|捐献|职务"
        ),
        "religious_belief",
        "membership, attendance, a role or giving in a place of worship or congregation reveals"
        " religious belief (GDPR Art. 9(1); PIPL Art. 28 and GB/T 35273-2020 Table B.1, 宗教信仰)",
    ),
    (
        lazy(_POLITICAL_SETTING),
        lazy(
            r"(?<![a-z])(?:members?|membership|supporters?|donors?|activists?|volunteers?)(?![a-z])"
            r"|成员|支持者|志愿者"
        ),
        "political_opinion",
        "the members or supporters of a party or campaign reveal their political opinion"
        " (GDPR Art. 9(1))",
    ),
    (
        lazy(_HEALTH_SETTING),
        lazy(
            r"(?<![a-z])(?:visits?|appointments?|stays?|admissions?|attend(?:s|ed|ance)?|records?"
            r"|notes|referrals?|treated|patients?|residents?|tenure|discharged?)(?![a-z])"
            r"|就诊|住院|预约|挂号|记录|入住"
        ),
        "health",
        "visits, stays or records at a hospital, clinic or care home reveal the person's health"
        " or care (GDPR Art. 4(15), Art. 9(1); PIPL Art. 28 医疗健康; GB/T 35273-2020 Table B.1"
        " 个人健康生理信息)",
    ),
)


def has_setting(norm: str) -> bool:
    """Whether ``norm`` names a place of worship or a political setting (see ``_settings``)."""
    return _SETTING_TEST.search(norm) is not None


def reads_without_matches(norm: str) -> bool:
    """Whether the structure rules may find data in ``norm`` although no phrase matched: content
    named by its carrier, recorded calls, a setting whose membership reveals a category."""
    return has_content_cue(norm) or _names_recorded_calls(norm) or has_setting(norm)


def _settings(norm: str, found: list[Found], say: Words, decisions: list[Decision]) -> list[Found]:
    """A person's membership, attendance or involvement in a setting whose membership reveals a
    special category: a church's groups, a party's members."""
    added: list[Found] = []
    for setting, relation, category, reason in _SETTINGS:
        if any(m.category == category for m in found):
            continue
        place = setting.search(norm)
        tie = relation.search(norm) if place is not None else None
        if place is None or tie is None:
            continue
        decisions.append(
            Decision(
                "setting",
                f"{say(*place.span())} ... {say(*tie.span())}"
                if place.start() < tie.start()
                else f"{say(*tie.span())} ... {say(*place.span())}",
                category,
                reason,
            )
        )
        added.append(Found(place.start(), place.end(), category, place.group()))
    if not added:
        return found
    return sorted([*found, *added], key=lambda m: (m.start, m.end))


# "Communications Data includes your preferences in receiving marketing": a generic
# communications heading whose clause names only preferences is about how the person likes to be
# contacted, not the content of communications (GB/T 35273-2020 Table B.1 通信内容).
_GENERIC_COMMUNICATIONS = frozenset({"communication data", "communications data"})
_PREFERENCES = frozenset({"preferences", "your preferences", "personal preferences", "偏好"})


def _preference_headings(
    norm: str, found: list[Found], say: Words, decisions: list[Decision]
) -> list[Found]:
    """Drop a generic communications heading followed, in its clause, only by preferences."""
    headings = []
    for n, m in enumerate(found):
        if m.category != "communication_content" or m.phrase not in _GENERIC_COMMUNICATIONS:
            continue
        stop = norm.find(";", m.end)
        after = [f for f in found[n + 1 :] if stop < 0 or f.start < stop]
        if (
            after
            and all(f.category == "usage_data" for f in after)
            and any(f.phrase in _PREFERENCES for f in after)
        ):
            headings.append(m)
    for m in headings:
        decisions.append(
            Decision(
                "heading",
                say(m.start, m.end),
                f"dropped {m.category}",
                "what follows names only preferences: how the person likes to be contacted, not"
                " the content of communications",
            )
        )
    return [m for m in found if m not in headings]


# "adult/child", "adult or child", "成人/儿童": which of two age groups the person is in, a field of
# the person's own record, not data of a child (PIPL Art. 31 and GDPR Art. 8 concern the data of a
# child).
_ADULT = r"(?:adults?|成年人|成人|成年)"
_AGE_GROUP_BEFORE = lazy(rf"(?<![a-z]){_ADULT} *(?:\|+|or|或|或者) *$")
_AGE_GROUP_AFTER = lazy(rf" *(?:\|+|or|或|或者) *(?:{_ADULT}(?![a-z]))")


def _age_groups(
    norm: str, found: list[Found], say: Words, decisions: list[Decision]
) -> list[Found]:
    """A child word paired with its adult alternative names an age group (demographics)."""
    groups = [
        m
        for m in found
        if m.category in MINORS
        and (
            _AGE_GROUP_BEFORE.search(norm, max(0, m.start - 12), m.start)
            or _AGE_GROUP_AFTER.match(norm, m.end)
        )
    ]
    return _recategorise(
        found,
        groups,
        ("age-group", "demographics"),
        say,
        decisions,
        reason="given as the alternative to an adult, it says which age group the person is in,"
        " not that the data is a child's",
    )


# "confidential references (friends, family, ex-partners, children's schools)": the words in
# brackets after references name who gives them, not data about the person.
_REFEREES = lazy(r"(?<![a-z])(?:references?|referees?)(?![a-z])|推荐人|证明人")


def _referees(norm: str, found: list[Found], say: Words, decisions: list[Decision]) -> list[Found]:
    """Matches in the brackets after "references" or "referees" name who gives them."""
    for hit in _REFEREES.finditer(norm):
        at = hit.end()
        while at < len(norm) and norm[at] == " ":
            at += 1
        if at >= len(norm) or say(at, at + 1).strip() not in _OPENING_BRACKETS:
            continue
        kept = _drop_bracketed(
            norm,
            found,
            at,
            ("referees", say, decisions),
            reason=f"after {hit.group()!r}, the words in brackets name who gives the references,"
            " not data about the person",
        )
        if kept is not found and not any(hit.start() < m.end and m.start < hit.end() for m in kept):
            kept.append(Found(hit.start(), hit.end(), "user_content", hit.group()))
            kept.sort(key=lambda m: (m.start, m.end))
        found = kept
    return found


# The words of the pet, setting and referee rules, loosely: one search for the three rules.
_RARE_CUES = lazy(
    rf"宠物|品种识别|驱虫|兽医|pet|vet|breed|{_SETTING_WORDS}|referee|reference|推荐人|证明人"
)


# An organisation named in the item: its 联系人 is the person to contact there, not an address book.
_ORGANISATION = lazy(r"单位|企业|公司|机构|商户|商家|组织|营业执照")
_CONTACT_PERSON = frozenset({"联系人", "联系人信息"})


def _contact_person(found: list[Found], say: Words, decisions: list[Decision]) -> list[Found]:
    """``单位名称、地址、联系人、联系方式`` or ``企业名称、营业执照、联系人信息``: the
    organisation's contact person (contact_details)."""
    bare = [m for m in found if m.category == "contacts_list" and m.phrase in _CONTACT_PERSON]
    return _recategorise(
        found,
        bare,
        ("contact-person", "contact_details"),
        say,
        decisions,
        reason="listed with an organisation's details: the person to contact there, not an"
        " address book",
    )


# Who can see the data ("对同群成员可见", "visible to other members of the group"): the people
# named are its audience, not data collected from the user (a group's members are a group list,
# GB/T 35273-2020 Table B.1, only when the list itself is collected). The clause ends where its
# part does: "viewable by other participants and support tickets" still names the tickets.
_AUDIENCE = lazy(
    r"对[^;|]{1,16}?可见"
    # (up to the end of the clause or the next "and" or "or", which may list more data)
    r"|(?<![a-z])(?:visible|viewable) +(?:to|by)(?![a-z])(?:(?! +(?:and|or)(?![a-z]))[^;|])*"
)


def _audiences(norm: str, found: list[Found], say: Words, decisions: list[Decision]) -> list[Found]:
    """Drop the matches of a clause that says who can see the data named before it."""
    for hit in _AUDIENCE.finditer(norm):
        start = hit.start()
        found = _drop_clause(
            found,
            (start, start + len(hit.group().rstrip())),
            ("audience", say, decisions),
            reason="it says who can see the data named before it, not data collected",
        )
    return found


def _account_numbers(
    norm: str, found: list[Found], say: Words, decisions: list[Decision]
) -> list[Found]:
    """A bare "account number" listed with the account's ID or name, and no word of money in
    the item, is the number of the user's account, not of a bank account."""
    bare = [m for m in found if m.category == "financial_account" and m.phrase == "account number"]
    if not bare or not any(m.category == "user_id" for m in found) or _MONEY.search(norm):
        return found
    return _recategorise(
        found,
        bare,
        ("account", "user_id"),
        say,
        decisions,
        reason="listed with the account's own identifiers and no bank, card or payment word:"
        " the number of the user's account",
    )


# A clause that opens after a colon, a comma or a bracket with what the data is for
# (血氧数据: 用于评估睡眠质量, 错误日志 (仅用于诊断), "crash reports (used only to fix faults)")
# says why the item is kept, not another item: a category its words name (诊断, 睡眠, "payment")
# is not collected by it. GB/T 35273-2020 Table B.1 lists data, not the purposes data
# serves; nor does GDPR Art. 9(1) reach data only because its purpose mentions health. The
# clause runs to the end of its part; the item keeps what it names before the clause.
_PURPOSE = lazy(
    r"(?:^|[|;,\uff0c]) *(?:仅|只|主要)?(?:用于|用来)"
    r"|(?:^|[|;,]) *(?:(?:only|solely|mainly) +)?used +(?:(?:only|solely|mainly) +)?(?:to|for)"
    r"(?![a-z])"
    # what the data is needed for ("(as required for medical services)", "(where needed to
    # process a claim)"); a bare "Required to capture ..." after a colon says what the item is
    r"|(?:^|[|;,]) *(?:as|where|when|if) +(?:required|needed|necessary) +(?:for|to)(?![a-z])"
)


def _clauses(
    norm: str,
    found: Sequence[Found],
    say: Words,
    *,
    colons: Sequence[int],
    examples: Sequence[int],
    decisions: list[Decision],
) -> Sequence[Found]:
    """The rules that read an item's clauses: a purpose clause, who can see the data, then a
    heading's detail."""
    if (
        "用于" in norm
        or "用来" in norm
        or "used" in norm
        # (a need names a purpose only after data: "name (as required for ...)")
        or (len(found) > 1 and ("required" in norm or "needed" in norm or "necessary" in norm))
    ) and _PURPOSE.search(norm) is not None:
        found = _purposes(norm, list(found), say, decisions)
    if len(found) > 1 and ("可见" in norm or "visible" in norm or "viewable" in norm):
        found = _audiences(norm, list(found), say, decisions)
    if colons and _TRACK_HEADING.search(norm) is not None:
        found = _track_headings(norm, list(found), colons, say, decisions)
    if colons or examples:
        found = _headings(norm, found, colons, say, decisions, examples=examples)
    return found


# A heading that names a track (足迹, 轨迹, "location history", "places visited") before a colon:
# the cities and places its detail lists are the points of that track, where the person has been
# over time (PIPL Art. 28 and GB/T 35273-2020 Table B.1, 行踪轨迹), not one position.
_TRACK_HEADING = lazy(
    r"足迹|轨迹|行踪|(?<![a-z])(?:footprints?|trajector(?:y|ies)|location +history"
    r"|places +(?:you +(?:have +)?)?visited|travel +history)(?![a-z])"
)
_PLACES = frozenset({"coarse_location", _LOCATION})


def _track_headings(
    norm: str, found: list[Found], colons: Sequence[int], say: Words, decisions: list[Decision]
) -> list[Found]:
    """The places listed after a heading that names a track are its points: a location
    history."""
    for colon in colons:
        sentence = norm.rfind(";", 0, colon) + 1
        if _TRACK_HEADING.search(norm, sentence, colon) is None:
            continue
        stop = norm.find(";", colon)
        stop = len(norm) if stop < 0 else stop
        places = [m for m in found if colon < m.start < stop and m.category in _PLACES]
        found = _recategorise(
            found,
            places,
            ("track", "location_trajectory"),
            say,
            decisions,
            reason="listed under a heading that names a track: places the person has been over"
            " time (GB/T 35273-2020 Table B.1, 行踪轨迹), not one position",
        )
    return found


# Diagnostics kept to find faults (诊断信息: 用于排查故障与改进稳定性) are the app's or device's
# diagnostics, crash data (GB/T 35273-2020 Table A.1, 个人上网记录: 日志), not a medical diagnosis
# (Table B.1, 个人健康生理信息): a purpose of troubleshooting, crashes or stability says so.
_FAULT_PURPOSE = lazy(
    r"故障|崩溃|稳定性|闪退|报错|(?<![a-z])(?:faults?|crash(?:es)?|bugs?|stability)(?![a-z])"
)
_DIAGNOSIS = lazy(r"诊断|diagnos")


def _purposes(norm: str, found: list[Found], say: Words, decisions: list[Decision]) -> list[Found]:
    """Drop the matches inside a purpose clause when the item names data before it."""
    for hit in _PURPOSE.finditer(norm):
        start = hit.start()
        while norm[start] in "|;,\uff0c ":  # the clause starts after its separator
            start += 1
        stop = norm.find("|", hit.end())
        semi = norm.find(";", hit.end())
        stop = len(norm) if stop < 0 else stop
        stop = stop if semi < 0 else min(stop, semi)
        if _FAULT_PURPOSE.search(norm, start, stop) is not None:
            diagnoses = [
                m
                for m in found
                if m.end <= start and m.category == "health" and _DIAGNOSIS.match(m.phrase)
            ]
            found = _recategorise(
                found,
                diagnoses,
                ("fault-diagnostics", "crash_logs"),
                say,
                decisions,
                reason="diagnostics kept to find faults or keep the app stable are the app's, not"
                " a medical diagnosis (GB/T 35273-2020 Table A.1; Table B.1 个人健康生理信息 is"
                " about the person)",
            )
        found = _drop_clause(
            found,
            (start, stop),
            ("purpose", say, decisions),
            reason="it says what the data before it is used for, not data collected"
            " (GB/T 35273-2020 Table B.1 lists data, not the purposes it serves)",
        )
    return found


def _drop_clause(
    found: list[Found],
    span: tuple[int, int],
    rule: tuple[str, Words, list[Decision]],
    *,
    reason: str,
) -> list[Found]:
    """``found`` without the matches that start in the clause ``span``, when the item names data
    before it (a clause alone is the item), the change recorded under ``rule``."""
    start, stop = span
    name, say, decisions = rule
    inside = [m for m in found if start <= m.start < stop]
    if not inside or not any(m.end <= start for m in found):
        return found
    decisions.append(
        Decision(
            name,
            say(start, stop),
            f"dropped {', '.join(dict.fromkeys(m.category for m in inside))}",
            reason,
        )
    )
    return [m for m in found if m not in inside]


# A secret named only as what a contact receives or recovers ("a password recovery email",
# 用于接收验证码的手机号) names the contact's purpose: the item is the email or number, not the
# secret, which GB/T 35273-2020 Table B.1 (鉴别信息) lists by itself.
_SECRET_PURPOSE = lazy(
    r"(?<![a-z])(?:password|passcode|pin|account)s? +(?:reset|recovery|recover)(?![a-z])"
    r"|(?:接收|接受|获取|收取)(?:短信)?(?:验证码|动态码|校验码)"
)
_CONTACTS = frozenset({"email", "phone_number", "contact_details"})
# A 口令 read from the clipboard or listed with share codes is a share code (淘口令): content the
# user copied, not a secret that authenticates (Table B.1, 鉴别信息).
_SHARE_CODE = lazy(r"剪切板|剪贴板|分享码|分享口令|(?<![a-z])(?:clipboard|share +codes?)(?![a-z])")


def _secrets_named_by_use(
    norm: str, found: list[Found], say: Words, decisions: list[Decision]
) -> list[Found]:
    """Credentials that only say what a contact is for, or a share code called 口令."""
    if any(m.category in _CONTACTS for m in found):
        for hit in _SECRET_PURPOSE.finditer(norm):
            start, end = hit.span()
            purpose = [
                m
                for m in found
                if m.category == "account_credentials" and start <= m.start and m.end <= end
            ]
            decisions.extend(
                Decision(
                    "purpose",
                    say(start, end),
                    "dropped account_credentials",
                    "it says what the contact is used for (a code or reset sent to it), not"
                    " a secret collected (GB/T 35273-2020 Table B.1, 鉴别信息)",
                )
                for _ in purpose
            )
            found = [m for m in found if m not in purpose]
    if "口令" in norm and _SHARE_CODE.search(norm) is not None:
        codes = [m for m in found if m.category == "account_credentials" and m.phrase == "口令"]
        found = _recategorise(
            found,
            codes,
            ("share-code", "user_content"),
            say,
            decisions,
            reason="read from the clipboard or listed with share codes: a share code the user"
            " copied, not a secret that authenticates (GB/T 35273-2020 Table B.1, 鉴别信息)",
        )
    return found


# Money a person wishes for or follows is not what they hold: a salary in a job wish
# (求职意向(期望城市、岗位、薪资), "desired salary") is the application's content (GB/T 35273-2020
# Table A.1, 个人教育工作信息), stocks or funds someone follows (你跟踪的股票, "stocks you follow")
# are interests; Table B.1 (个人财产信息) lists income, holdings and transactions.
_WISH = lazy(r"求职意向|期望|意向|(?<![a-z])(?:desired|expected|preferred|target)(?![a-z])")
_FOLLOWED = lazy(
    r"(?:关注|跟踪|追踪|订阅|自选)的?$|(?:^ +(?:you|users?) +(?:follow|track|watch|subscribe))"
)
_FOLLOWED_CUE = lazy(
    r"关注|跟踪|追踪|订阅|自选|(?<![a-z])(?:follow|track|watch|subscribe)(?![a-z])"
)
_WISHED_MONEY = frozenset({"薪资", "薪酬", "薪水", "工资", "salary", "pay", "salaries"})
_FOLLOWED_MONEY = frozenset({"股票", "基金", "stocks", "stock", "shares", "funds"})


def _wished_money(
    norm: str, found: list[Found], say: Words, decisions: list[Decision]
) -> list[Found]:
    """A salary wished for in a job application, stocks or funds followed as an interest."""
    wished: list[Found] = []
    followed: list[Found] = []
    for m in found:
        if m.category != "financial_records":
            continue
        clause = max(norm.rfind(";", 0, m.start), m.start - 16, 0)
        if m.phrase in _WISHED_MONEY and _WISH.search(norm, clause, m.start) is not None:
            wished.append(m)
        elif m.phrase in _FOLLOWED_MONEY and (
            _FOLLOWED.search(norm[max(m.start - 4, 0) : m.start]) is not None
            or _FOLLOWED.search(norm[m.end : m.end + 20]) is not None
        ):
            followed.append(m)
    found = _recategorise(
        found,
        wished,
        ("wish", "work_records"),
        say,
        decisions,
        reason="the pay wished for in a job application, not income (GB/T 35273-2020 Table A.1,"
        " 个人教育工作信息)",
    )
    return _recategorise(
        found,
        followed,
        ("interest", "usage_data"),
        say,
        decisions,
        reason="what the person follows, an interest, not a holding (GB/T 35273-2020 Table B.1"
        " 个人财产信息 lists holdings and transactions)",
    )


def _named_by_use(
    norm: str, found: list[Found], say: Words, decisions: list[Decision]
) -> list[Found]:
    """Money wished for or followed, secrets that only say what a contact is for."""
    if any(m.category == "financial_records" for m in found) and (
        _WISH.search(norm) is not None or _FOLLOWED_CUE.search(norm) is not None
    ):
        found = _wished_money(norm, found, say, decisions)
    if "reset" in norm or "recover" in norm or "码" in norm or "口令" in norm:
        found = _secrets_named_by_use(norm, found, say, decisions)
    return found


def _recategorise(
    found: list[Found],
    chosen: Sequence[Found],
    rule_and_category: tuple[str, str],
    say: Words,
    decisions: list[Decision],
    *,
    reason: str,
) -> list[Found]:
    """``found`` with each of ``chosen`` read as another category, each change recorded."""
    rule, category = rule_and_category
    for m in chosen:
        decisions.append(Decision(rule, say(m.start, m.end), f"{m.category} -> {category}", reason))
    return [_replace(m, category) if m in chosen else m for m in found]


# A heading of one of these categories, followed by examples ("such as", "例如") that name only
# narrower or plainer data, is read as its examples: "位置相关信息(例如位置区号)" is a coarse
# location (a cell's area code, not a position), "authentication data, such as email address,
# sign-in method" names no secret (GB/T 35273-2020 Table B.1 lists 鉴别信息 for the secrets).
# "Location data (such as full residential address)" is the address a person gives (Table A.1,
# 个人基本资料: 个人住址), not a position (Table B.1, 精准定位信息); "健康信息(例如身高、体重)"
# is the body measurements Table A.1 lists as general (个人健康生理信息 in Table B.1 is medical).
_EXAMPLES_NARROW = {
    "precise_location": frozenset({"coarse_location", "postal_address"}),
    "health": frozenset({"fitness_data"}),
    "account_credentials": frozenset({"user_id", "email", "phone_number"}),
}
# The address and body-measurement readings hold for a bare heading only: "latitude and
# longitude, such as a home address" or "heart rate, such as height" keep their own kind.
_GENERIC_HEALTH = frozenset(
    {
        "health",
        "health data",
        "health information",
        "health info",
        "健康",
        "健康信息",
        "健康数据",
        "个人健康信息",
        "健康状况",
        # the general names of physiological readings (GB/T 35273-2020 Table B.1, 个人健康生理信息)
        "生理信息",
        "生理数据",
        "生理指标",
        "physiological data",
    }
)
_BARE_ONLY = {
    ("precise_location", "postal_address"): _BARE_LOCATION,
    ("health", "fitness_data"): _GENERIC_HEALTH,
}


def _narrowed_by(m: Found, named: set[str]) -> bool:
    """Whether examples naming ``named`` only narrow the heading ``m``."""
    if m.category in named:
        return False
    narrower = named & _EXAMPLES_NARROW.get(m.category, frozenset())
    return any(m.phrase in _BARE_ONLY.get((m.category, c), (m.phrase,)) for c in narrower)


# A heading of these stands with the detail after its colon: the list files that detail as
# such data (GDPR Art. 4(15); GB/T 35273-2020 Table B.1, 个人健康生理信息), or says whose the
# fields are ("Child Profile Data: Name, birth date": a child's; PIPL Art. 31).
_FILED_UNDER = frozenset({"health", *MINORS})
# So does a heading that names what communications carry (聊天内容, "chat history", "messages"):
# the pictures, files and voice it lists are what was sent (GB/T 35273-2020 Table B.1, 通信内容).
# One that names communications only as information or data ("communications data: email
# address") is a heading of the kind that gives way to its detail.
_CARRIED = "communication_content"
_GENERIC_HEAD = lazy(r"(?:信息|数据|资料|(?<![a-z])(?:data|information|info|details))$")


# A heading naming a health professional whose detail lists the professional's own credentials,
# licence or role ("Doctor information: name, email, professional credentials") is the profile
# of a professional who uses the service: work data, not data concerning anyone's health (GDPR
# Art. 4(15)). "Your doctor's details" stays the patient's: whom they see for care.
_PRACTITIONERS = frozenset(
    {
        "doctor",
        "doctor details",
        "doctor's details",
        "doctor name",
        "doctor's name",
        "clinician",
        "clinicians",
        "health professional",
        "health professionals",
        "healthcare professional",
        "healthcare professionals",
        "healthcare provider",
        "healthcare providers",
    }
)
_OWN_WORK = frozenset({"education", "work_records", "job_title", "employer"})
_PATIENT_SIDE = lazy(r"(?<![a-z])(?:your|patients?|patient's)(?![a-z])|你|您|患者|病人")


def _files_its_detail(norm: str, m: Found, detail: Sequence[Found]) -> bool:
    """Whether the heading ``m`` stands with the ``detail`` after its colon."""
    if m.category == _CARRIED:
        return _GENERIC_HEAD.search(m.phrase) is None
    if m.phrase in _PRACTITIONERS and any(d.category in _OWN_WORK for d in detail):
        clause = max(norm.rfind(";", 0, m.start), norm.rfind("|", 0, m.start)) + 1
        return _PATIENT_SIDE.search(norm, clause, m.end) is not None
    return m.category in _FILED_UNDER


def _headings(
    norm: str,
    found: Sequence[Found],
    colons: Sequence[int],
    say: Words,
    decisions: list[Decision],
    *,
    examples: Sequence[int] = (),
) -> list[Found]:
    """A heading before a colon ("位置信息: IP地址解析的位置信息") gives way to its detail; a
    heading before its examples does when the examples only narrow it (``_EXAMPLES_NARROW``)."""
    kept = list(found)
    for colon in sorted({*colons, *examples}):
        begin = max(norm.rfind("|", 0, colon), norm.rfind(";", 0, colon)) + 1
        stop = norm.find(";", colon)
        stop = len(norm) if stop < 0 else stop
        heading = [m for m in kept if begin <= m.start and m.end <= colon]
        detail = [m for m in kept if colon < m.start < stop]
        if colon in colons:
            kept = _filed_kind(kept, heading, detail, say, decisions)
            # "Health Data: Weight, height": what a list files under health data is health data
            heading = [m for m in heading if not _files_its_detail(norm, m, detail)]
        if not heading or not detail:
            continue
        if colon not in colons:
            named = {m.category for m in detail}
            heading = [m for m in heading if _narrowed_by(m, named)]
            if not heading:
                continue
        decisions.append(
            Decision(
                "heading",
                say(heading[0].start, heading[-1].end),
                f"dropped {', '.join(dict.fromkeys(m.category for m in heading))}",
                "a heading before a colon gives way to the detail after it"
                if colon in colons
                else "its examples name only narrower data of its kind",
            )
        )
        kept = [m for m in kept if m not in heading]
    return kept


def _filed_kind(
    found: list[Found],
    heading: Sequence[Found],
    detail: Sequence[Found],
    say: Words,
    decisions: list[Decision],
) -> list[Found]:
    """A phrase of the detail that names two kinds, one of them the heading's, is read as the
    heading's kind: "Usage analytics: page views" counts the pages of the service for its
    analytics (usage data), where "page views" alone is also read as the pages a user visited."""
    if not heading or len(detail) < 2:
        return found
    kinds = {m.category for m in heading}
    other: list[Found] = []
    at = 0
    while at < len(detail):  # the matches of one phrase stand together, at the same span
        stop = at + 1
        while stop < len(detail) and detail[stop][:2] == detail[at][:2]:
            stop += 1
        same = detail[at:stop]
        if len(same) > 1 and any(m.category in kinds for m in same):
            other += [m for m in same if m.category not in kinds]
        at = stop
    if not other:
        return found
    for m in other:
        decisions.append(
            Decision(
                "heading",
                say(m.start, m.end),
                f"dropped {m.category}",
                "its words name two kinds and the heading it is listed under names the other",
            )
        )
    return [m for m in found if m not in other]


def _read_part(part: _Part, matches: list[Found]) -> list[Found]:
    norm, start, end, say, decisions = part.norm, part.start, part.end, part.say, part.decisions
    categories = {m.category for m in matches}
    # Result and hash heads: the item is an outcome or a digest of the data, not the data.
    last = matches[-1]
    after = norm[last.end : end]
    before = norm[start : matches[0].start]
    stays = _RESULT_IS_DATA
    if categories & _STATUS_IS_DATA and _CHECKED.search(norm) is None:
        stays = _RESULT_IS_DATA | _STATUS_IS_DATA
    checked = categories - stays
    if checked and categories - {"derived_result"} and not categories & stays:
        head = _RESULT_AFTER.match(after) or _RESULT_BEFORE.search(before)
        cue = head.group().strip() if head is not None else _result_phrase_head(norm, matches)
        if cue is not None:
            effect = ", ".join(sorted(categories - {"derived_result"}))
            decisions.append(
                Decision(
                    "result",
                    say(start, end).strip(),
                    f"{effect} -> derived_result",
                    f"the head is {cue!r}: a result of a check, not the data checked",
                )
            )
            return [Found(matches[0].start, last.end, "derived_result", last.phrase)]
    part_text = norm[start:end]
    if categories & _SENSITIVE_HINT - {"account_credentials"} and _HASH.search(part_text):
        hashed = [m for m in matches if m.category in _SENSITIVE_HINT]
        digest = _HASH.search(part_text)
        assert digest is not None
        decisions.append(
            Decision(
                "hash",
                say(start, end).strip(),
                f"{', '.join(sorted({m.category for m in hashed}))} -> derived_result",
                f"the head is {digest.group().strip()!r}: a one-way digest does not reveal the"
                " data",
            )
        )
        matches = [
            _replace(m, "derived_result") if m.category in _SENSITIVE_HINT else m for m in matches
        ]
    return _document_photos(part, _qualify(part, _heads(part, matches)))


_CHECK_GAP = lazy(rf" *(?:{_CHECK_ZH} *)*")


def _result_phrase_head(norm: str, matches: list[Found]) -> str | None:
    """The Chinese result phrase that ends a part right after the data it reports
    (`活体验证是否通过`, `人脸比对验证结果`): the head comes last, so the part is that result."""
    last = matches[-1]
    if last.category != "derived_result" or not "\u4e00" <= norm[last.start] <= "\u9fff":
        return None
    data = [m for m in matches if m.category != "derived_result"]
    if not data or data[-1].end > last.start:
        return None
    if _CHECK_GAP.fullmatch(norm, data[-1].end, last.start) is None:
        return None
    return last.phrase


def _document_photos(part: _Part, matches: list[Found]) -> list[Found]:
    """ "a photo of the front and back of your ID": the photo is the document's image, already
    read as ``id_document_image``, not a photo of its own."""
    if not any(m.category == "id_document_image" for m in matches):
        return matches
    photos = [m for m in matches if m.category == "photos_videos" and _IMAGE.fullmatch(m.phrase)]
    for m in photos:
        part.decisions.append(
            Decision(
                "image",
                part.say(m.start, m.end),
                "dropped photos_videos",
                "it is the image of the identity document named with it",
            )
        )
    return [m for m in matches if m not in photos]


# A document joined directly to one of its fields (`身份证住址`, `身份证姓名`) names the field
# read from the document: the address or name, not the document's number.
_DOCUMENTS = frozenset({"government_id"})
_DOCUMENT_FIELDS = frozenset({"postal_address", "name"})


def _heads(part: _Part, matches: list[Found]) -> list[Found]:
    """Drop modifiers: Chinese before 的/linking verbs (head last), English after "linked to"."""
    norm, say, decisions = part.norm, part.say, part.decisions
    if len(matches) < 2:
        return matches
    out: list[Found] = []
    # "从护照中采集的免冠照片": the photo on the document is the document's image, not a face
    # template (GDPR Art. 4(14); GB/T 45574-2025 Annex A, 身份证照片).
    document_photo: set[Found] = set()
    for n, found in enumerate(matches):
        m = found
        if found in document_photo:
            decisions.append(
                Decision(
                    "image",
                    say(m.start, m.end),
                    f"{found.category} -> id_document_image",
                    "a photo taken from the identity document named before it is the"
                    " document's image (GB/T 45574-2025 Annex A, 身份证照片)",
                )
            )
            m = _replace(found, "id_document_image")
        nxt = matches[n + 1] if n + 1 < len(matches) else None
        prev = matches[n - 1] if n else None
        if (
            nxt is not None
            and m.category in _DOCUMENTS
            and nxt.category in _DOCUMENT_FIELDS
            and nxt.start == m.end
            and "\u4e00" <= norm[nxt.start] <= "\u9fff"
        ):
            decisions.append(
                Decision(
                    "modifier",
                    say(m.start, m.end),
                    f"dropped {m.category}",
                    f"it says which document the field {say(nxt.start, nxt.end)!r} is read from"
                    " (in Chinese the head comes last: 身份证住址 is the address on the card)",
                )
            )
            continue
        if nxt is not None and m.category not in MINORS and nxt.category != m.category:
            between = norm[m.end : nxt.start]
            if _ZH_LINK.search(between) and not re.search(r"[a-z]", between):
                if (
                    m.category in _DOCUMENTS
                    and nxt.category in ("biometric", "photos_videos")
                    and _IMAGE.search(nxt.phrase) is not None
                ):
                    # "身份证的照片", "护照的影像": the photo of the document, as 身份证照片 is
                    document_photo.add(nxt)
                decisions.append(
                    Decision(
                        "modifier",
                        say(m.start, m.end),
                        f"dropped {m.category}",
                        f"it qualifies the head noun {say(nxt.start, nxt.end)!r} that follows"
                        " (in Chinese the head comes last)",
                    )
                )
                continue
        if prev is not None and m.category not in MINORS and prev.category != m.category:
            link = _EN_LINK.match(norm[prev.end : m.start])
            if link is not None:
                decisions.append(
                    Decision(
                        "modifier",
                        say(m.start, m.end),
                        f"dropped {m.category}",
                        f"{link.group().strip()!r}: it only says which"
                        f" {say(prev.start, prev.end)!r} (in English the head comes first)",
                    )
                )
                continue
        out.append(m)
    return out


def _qualify(part: _Part, matches: list[Found]) -> list[Found]:
    """Qualifier words around a match change its category; a qualifier that matched a phrase of
    its own ("photo", "基站", "轨迹") is consumed by it."""
    norm, start, end, say, decisions = part.norm, part.start, part.end, part.say, part.decisions
    categories = {m.category for m in matches}
    if not categories & (_IMAGE_OF | {_LOCATION, _IMMIGRATION}):
        return matches
    out: list[Found] = []
    consumed: set[tuple[int, int]] = set()
    for m in matches:
        # The part with this match blanked out: the words that may qualify it.
        around = norm[start : m.start] + " " * (m.end - m.start) + norm[m.end : end]
        rule = _qualifier(norm, start, m, around)
        if rule is None:
            out.append(m)
            continue
        name, (cue_start, cue_end), category, reason = rule
        decisions.append(
            Decision(name, say(cue_start, cue_end), f"{m.category} -> {category}", reason)
        )
        consumed.add((cue_start, cue_end))
        if m.category == _IMMIGRATION:
            out.append(m)  # the status stays: the document shows it
        out.append(_replace(m, category))
    # A qualifier that also matched a category of its own was consumed by the qualified match.
    return [
        m
        for m in out
        if not any(m.start < b and a < m.end for a, b in consumed)
        or m.category in ("id_document_image", "location_trajectory", "coarse_location")
    ]


def _qualifier(
    norm: str, start: int, m: Found, around: str
) -> tuple[str, tuple[int, int], str, str] | None:
    """(rule, span of the qualifier, new category, reason) for a qualified match, else None."""
    if m.category in _IMAGE_OF or m.category == _IMMIGRATION:
        cue = _IMAGE.search(around)
        if cue is not None and (
            m.category in _IMAGE_OF or _DOCUMENT.search(around) or _DOCUMENT.search(m.phrase)
        ):
            span = (start + cue.start(), start + cue.end())
            return "image", span, "id_document_image", _IMAGE_REASON
        return None
    if m.phrase in _BARE_LOCATION:
        before = _TYPED_BEFORE.search(norm, start, m.start)
        typed = before or _TYPED_AFTER.match(around, m.end - start)
        if typed is not None:
            shift = 0 if typed is before else start
            lead = len(typed.group()) - len(typed.group().lstrip())
            span = (typed.start() + shift + lead, typed.end() + shift)
            return "typed", span, "search_history", _TYPED_REASON
    inside = _TRACK.search(norm, m.start, m.end)
    if inside is not None:
        return "track", (m.start, m.end), "location_trajectory", _TRACK_REASON
    cue = _TRACK.search(around)
    if cue is not None:
        span = (start + cue.start(), start + cue.end())
        return "track", span, "location_trajectory", _TRACK_REASON
    if _PRECISE.search(norm, max(start, m.start - 8), m.end) is not None:
        return None  # "基站等各种信息进行精确定位": the sources named do not make it coarse
    # "IP address and location data": the address is an item of its own, not the source
    listed = _IP_ITEM.search(norm, 0, m.start)
    own = listed.start() if listed is not None else m.start
    if start < m.start and own < m.start:
        cut = max(own, start) - start
        around = around[:cut] + " " * (m.start - start - cut) + around[m.start - start :]
    cue = _COARSE.search(around)
    if cue is not None:
        span = (start + cue.start(), start + cue.end())
        return "coarse", span, "coarse_location", _COARSE_REASON
    if m.phrase in _BARE_LOCATION:
        begin = max(norm.rfind("|", 0, m.start), norm.rfind(";", 0, m.start)) + 1
        stop = min(
            (i for i in (norm.find("|", m.end), norm.find(";", m.end)) if i >= 0), default=len(norm)
        )
        head = norm[begin:own] + " " * (m.start - own) if own >= begin else norm[begin : m.start]
        cue = _COARSE.search(head + " " * (m.end - m.start) + norm[m.end : stop])
        if cue is not None:
            span = (begin + cue.start(), begin + cue.end())
            return "coarse", span, "coarse_location", _COARSE_REASON
    inside = _COARSE.search(norm, m.start, m.end)
    if inside is not None:
        return "coarse", (m.start, m.end), "coarse_location", _COARSE_REASON
    return None


# An IP address listed just before a location, joined to it by "and": an item of its own.
_IP_ITEM = lazy(
    r"(?:(?<![a-z])ip +addresse?s? +(?:and|&) +(?:your +|the +)?"
    r"|(?<![a-z])ip *地址(?:和|及|与|以及))$"
)

_IMAGE_REASON = (
    "a photo, scan or copy of an identity document shows the document itself, not only its number"
)
_TYPED_REASON = (
    "a place the user typed or searched for is a search, not the position of the user or device"
)
_TRACK_REASON = "a track, trip or route is whereabouts over time, not one position"
_COARSE_REASON = (
    "a location qualified as coarse (city, region, cell tower or IP), or a place the person"
    " would move to or work in, does not find a street"
)


def _conditions(
    norm: str, found: Sequence[Found], words: Words, decisions: list[Decision]
) -> list[Override]:
    """Per-regime conditions the item's words decide (CPRA card numbers and access codes)."""
    accounts = [m for m in found if m.category == "financial_account"]
    if not accounts:
        return []
    code = _ACCESS_CODE.search(norm)
    has_credentials = any(m.category == "account_credentials" for m in found)
    if code is not None or has_credentials:
        cue = words(code.start(), code.end()) if code is not None else "credentials"
        decisions.append(
            Decision(
                "access-code",
                cue,
                "financial_account sensitive under CPRA",
                "the account or card number comes with its security or access code",
            )
        )
        return [
            Override(
                "financial_account",
                "cpra",
                "sensitive",
                "Cal. Civ. Code § 1798.140(ae)(1)(B)",
                "the number comes with its security or access code",
            )
        ]
    decisions.append(
        Decision(
            "access-code",
            words(accounts[0].start, accounts[0].end),
            "financial_account not sensitive under CPRA",
            "no security or access code comes with the account or card number",
        )
    )
    return [
        Override(
            "financial_account",
            "cpra",
            "not_sensitive",
            "Cal. Civ. Code § 1798.140(ae)(1)(B)",
            "an account or card number is sensitive only with its security or access code,"
            " which this item does not name",
        )
    ]
