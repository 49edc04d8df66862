"""Data named by how a sentence says it, not by a noun of its own.

Some items name a kind of data only through the words around an ordinary noun: "the pages you
visit" is a browsing record though "page" alone is nothing, "the place a photo was taken" a
position though "place" alone is nothing, "your friend's email address" somebody else's details
though "email address" alone is the user's own. These rules read such wording on top of the
phrase matches, before the structure rules of :mod:`~disclosurelint.taxonomy.structure` (so a
result or hash of what they find is still read as one):

- **Visited pages** (GB/T 35273-2020 Table B.1, 网页浏览记录): a page, web page or URL with a
  visiting verb ("which page you are visiting", "pages shown to you", "the pages and articles you
  open", "which pages were requested", "time spent on each page", ``访问的...页面``,
  ``跳转到...的网站地址``, ``引用页面``, ``您访问的记录``, ``浏览本站的痕迹``, "loading web pages",
  ``加载网页``) is browsing history,
  and so is the page or site that referred a visitor ("the URL that referred you to our site"),
  visits across sites ("your visits to this and other web sites"), the content a visitor
  accesses or views and ``浏览的相关信息``; a link clicked is not a page visited, nor a visit to
  one named site of the organisation.
- **The people a dating user seeks** (GDPR Art. 9(1), sex life or sexual orientation): "the
  types of people you'd like to meet", "the kind of person you want to date", "friends you want
  to date".
- **Where a photo was taken** (Table B.1, 精准定位信息; Cal. Civ. Code § 1798.140(w)): a
  geotag, or the place or ``地点`` of photos or videos taken, is a precise location.
- **Content given in communications** (Table B.1, 通信内容): "the content you provide in your
  communications", "information you give us during the interaction", ``通过邮件提交的问题描述``
  (what a user sends by email, to support or as feedback), a user's contact, calls or emails with
  customer support (``与客服联系时``), what a user sends about a query ("the details you send us
  with your enquiry"), a message named as the last field of a list ("your name, contact
  information, and message"), and messages or calls named bare as an item of a list ("Messages,
  calls, and interactions", ``信息请求、通话、电子邮件``; not after a closing bracket).
- **A card's expiry date with its security code** (Table B.1, 银行账户; Cal. Civ. Code
  § 1798.140(ae)(1)(B)): "expiration date and security code" names the card with its access
  code.
- **Other people's details** (Table B.1, 通讯录、好友列表): a name, email address or phone
  number of a friend, of "that person" or "those persons", of a third party, information about
  others, and the people a user connects with are a contacts list, not the user's own details;
  an owner word before the first field of a list holds for the fields that follow it.
- **What a user viewed** ("which lab tests you have viewed"): a record of viewing, so browsing
  history, not the data the viewed pages are about (GDPR Art. 4(15) needs data about the
  person's health).
- **Named in brackets**: words followed by an Android permission's name in brackets
  (``"精确定位"(ACCESS_FINE_LOCATION)权限``, in full-width brackets too) name the permission, not
  the data it opens; a generic "identification number" in brackets after a device or
  advertising identifier restates that identifier (GB/T 35273-2020 Table A.1, 设备信息), it is
  no identity document.
- **Aggregated statistics** ("statistical user location", "... in aggregate"): information that
  identifies no one names no category (Cal. Civ. Code § 1798.140(b), (v)(3); GDPR recital 26).

Each change is a :class:`~disclosurelint.taxonomy.records.Decision` that ``classify --explain``
prints.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from disclosurelint.taxonomy.patterns import lazy
from disclosurelint.taxonomy.records import Decision
from disclosurelint.taxonomy.structure import (
    _CLOSING_BRACKETS,
    Found,
    Words,
    _bracketed,
    _recategorise,
)

# Words one of a rule's patterns needs: most items hold few of them, and one scan for all of them
# is much cheaper than the rules' regular expressions (a new pattern must keep this true; the
# tests check it). No word holds another that starts elsewhere ("other", not "another"), so the
# scan finds each word wherever it stands.
_AGGREGATE_WORDS = frozenset({"aggregat", "statistic", "统计", "汇总", "聚合"})
_VIEWED_WORDS = frozenset({"viewed", "browsed", "looked", "watched", "visited", "clicked"})
_WHICH_WORDS = frozenset({"which", "what"})
_VISITED_WORDS = frozenset(
    {
        "page",
        "url",
        "referr",
        "visit",
        "content",
        "访问",
        "浏览",
        "查看",
        "跳转",
        "离开",
        "退出",
        "引用",
        "加载",
    }
)
_PHOTO_WORDS = frozenset({"拍摄", "geo", "地点", "地理标"})
_PLACE_WORDS = frozenset({"place", "location", "where"})
_MEDIA_WORDS = frozenset({"photo", "video", "picture", "image", "recording"})
_GIVE_WORDS = frozenset(
    {"provide", "give", "include", "send", "share", "write", "submit", "disclose"}
)
_EXCHANGE_WORDS = frozenset(
    {
        "communicat",
        "message",
        "correspondence",
        "conversation",
        "chat",
        "interact",
        "call",
    }
)
# Where a user sends words to the organisation (通过邮件提交, 通过客服发送, "contact with our
# customer support", "to help resolve your query"): enough by itself to try the pattern, whose
# verbs (提交, 发送) are common enough elsewhere to slow the scan. ("quir" stands for enquiry and
# inquiry: the scan tries every word at each letter its first letter matches, and "q" is rare.)
_SUPPORT_WORDS = frozenset(
    {
        "邮件",
        "客服",
        "客户服务",
        "支持",
        "反馈",
        "回报",
        "举报",
        "投诉",
        "描述",
        "support",
        "customer",
        "quer",
        "quir",
    }
)
# A message named alone as one field of a list ("your name, email and message"), messages or
# calls named bare as an item of a list (`消息`, `通话`), and a card's expiry date named with its
# security code ("secur": a rarer word than "expir", so the scan costs less; a CVV is a card's by
# its own phrase).
_MESSAGE_WORDS = frozenset({"message", "call", "消息", "通话"})
_SECURITY_WORDS = frozenset({"secur"})
_OWNER_WORDS = frozenset({"friend", "person", "other", "recipient", "invitee", "他人"})
_OTHERS_WORDS = frozenset({"person", "people", "individual", "contact", "invitee", "recipient"})
_ABOUT_WORDS = frozenset({"other", "connect", "interact", "follow", "friend"})
_SOUGHT_WORDS = frozenset({"meet", "date", "match"})
_HINT_WORDS = (
    _AGGREGATE_WORDS
    | _VIEWED_WORDS
    | _WHICH_WORDS
    | _VISITED_WORDS
    | _PHOTO_WORDS
    | _PLACE_WORDS
    | _MEDIA_WORDS
    | _GIVE_WORDS
    | _EXCHANGE_WORDS
    | _SUPPORT_WORDS
    | _OWNER_WORDS
    | _OTHERS_WORDS
    | _ABOUT_WORDS
    | _SOUGHT_WORDS
    | _MESSAGE_WORDS
    | _SECURITY_WORDS
)


def _trie(words: frozenset[str]) -> str:
    """One regex of ``words`` shaped as a trie (longest first), which the engine scans faster
    than an alternation of the words."""
    if not words:
        return ""
    branches = [
        re.escape(first) + _trie(frozenset(w[1:] for w in words if w[:1] == first))
        for first in sorted({w[0] for w in words if w})
    ]
    if "" in words:
        branches.append("")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


_HINTS = lazy(_trie(_HINT_WORDS))


def hints(norm: str) -> frozenset[str]:
    """The words of these rules that ``norm`` holds."""
    return frozenset(_HINTS.findall(norm))


def _may_add(words: frozenset[str]) -> tuple[bool, ...]:
    """Whether the words of the rules that add a category are there: visited pages, a photo's
    place, content given in communications, others' details, the people a dating user seeks, a
    message named alone, a card's expiry date."""
    return (
        not words.isdisjoint(_VISITED_WORDS) or "visited" in words,
        not words.isdisjoint(_PHOTO_WORDS)
        or (not words.isdisjoint(_PLACE_WORDS) and not words.isdisjoint(_MEDIA_WORDS)),
        (not words.isdisjoint(_GIVE_WORDS) and not words.isdisjoint(_EXCHANGE_WORDS))
        or not words.isdisjoint(_SUPPORT_WORDS),
        not words.isdisjoint(_ABOUT_WORDS),
        not words.isdisjoint(_SOUGHT_WORDS),
        not words.isdisjoint(_MESSAGE_WORDS),
        not words.isdisjoint(_SECURITY_WORDS),
    )


_VISITOR = r"(?:you|users?|visitors?|members?|customers?)"
# (a link clicked is not a page visited: "what links you click on" in an email is usage data)
_PAGES = r"(?<![a-z])(?:web ?pages?|pages?|urls?|url +address(?:es)?)"
_VISIT = (
    r"(?:visit|visits|visited|visiting|view|viewed|viewing|browse|browsed|browsing|request"
    r"|requested|requesting|access|accessed|open|opened|load|loaded)"
)
_VISITED = lazy(
    # "pages you visit", "the pages and articles you open", "pages users requested"
    rf"{_PAGES}(?: +[a-z]+){{0,3}}? +{_VISITOR}(?: +(?:are|have|has|had|were|re))? +{_VISIT}"
    r"(?![a-z])"
    # "the websites a user has visited" (Google Play's data safety form: Web browsing history)
    rf"|(?<![a-z])web ?sites?(?: +[a-z]+){{0,3}}? +{_VISITOR}(?: +(?:are|have|has|had|were))?"
    r" +(?:visit|visits|visited|visiting)(?![a-z])"
    # "which pages of the shop were viewed", "urls that were requested"
    rf"|{_PAGES}(?: +[a-z]+){{0,4}}? +(?:were|are|was|is|have +been|has +been)[ |]+"
    r"(?:visited|viewed|requested|accessed|browsed)(?![a-z])"
    r"|(?<![a-z])(?:web ?)?pages?(?: +(?:which|that))?(?: +(?:have +been|has +been|were|are|was"
    rf"|is))? +(?:shown|displayed|served) +to +{_VISITOR}(?![a-z])"
    # "time spent on each page": how long each page was read
    r"|(?<![a-z])time +spent +(?:on|viewing|browsing)(?: +[a-z]+){0,4}? +(?:web ?)?pages?(?![a-z])"
    # referring or exit pages (引用页面, 退出的网页) as well as those visited
    r"|(?:访问|浏览(?!器)|查看|跳转|离开|退出|引用|加载)[^;|]{0,16}?(?:页面|网页|网址|网站地址|网页地址"
    r"|url)(?!时)"
    # the pages a visitor loads ("loading web pages", 加载网页), as those opened
    r"|(?<![a-z])(?:load|loads|loading)(?: +(?:the|a|each|any))? +(?:web ?pages?|pages?|urls?)"
    r"(?![a-z])"
    r"|(?:访问|浏览(?!器))(?:[^;|的]{0,8}?的)?(?:记录|历史|轨迹|路径|痕迹)"
    # what was browsed, named as its information (漫画浏览的相关信息, 浏览数据)
    r"|浏览(?!器)的?(?:相关)?(?:信息|数据)"
    # a visitor's visits across sites ("your visits to this and other web sites", "visits to
    # and use of our site or the sites of others"); visits to one named site of the
    # organisation are its usage, and visits to an office or a home are no page
    r"|(?<![a-z])visits? +to(?: +[a-z]+){0,8}? +(?:web ?sites|sites|web ?pages|pages)(?![a-z])"
    # the content a visitor opens or views, as the pages they visit
    # ("content the user has viewed that is not part of the app": the App Store's Browsing History)
    rf"|(?<![a-z])content(?: +(?:that|which))?(?: +(?:the|a|each|your))? +{_VISITOR}"
    r" +(?:have +|has +|had +)?"
    r"(?:access|accessed|view|viewed|browse|browsed)(?![a-z])"
    # the page or site a visitor came from, named by a clause ("the URL that referred you to
    # our site"); a person who referred a client is no page
    r"|(?<![a-z])(?:web ?pages?|pages?|urls?|web ?sites?|sites?|domains?)(?: +(?:that|which))?"
    rf" +(?:has +|had +)?referred +(?:the +|a +|each +)?{_VISITOR}(?![a-z])"
)
_PHOTO_PLACE = lazy(
    r"(?:拍摄|摄制)[^;]{0,30}?(?:照片|相片|图片|录像|视频|影像)[^;]{0,16}?(?:地点|位置)"
    r"|(?:照片|相片|图片|录像|视频)的?(?:拍摄)?(?:地点|地理标记|地理标签)|拍摄(?:地点|位置)"
    r"|(?<![a-z])(?:geo ?tags?|geo ?tagged|geo ?tagging|geographic(?:al)? +markers?)(?![a-z])"
    r"|(?<![a-z])(?:place|location)s?(?: +and +time)? +(?:of|where)(?: +[a-z]+){0,3}? +"
    r"(?:photos?|videos?|pictures?|images?|recordings?)(?: +[a-z]+){0,4}? +(?:taken|shot"
    r"|recorded|captured|uploaded)(?![a-z])"
    r"|(?<![a-z])where +(?:the +|a +|your +|each +)?(?:photos?|videos?|pictures?|images?)"
    r" +(?:was|were|is|are) +(?:taken|shot|recorded)(?![a-z])"
)
_SOUGHT = lazy(
    r"(?<![a-z])(?:people|persons?|someone|partners?|matches|friends?)(?: +(?:that|who|whom))?"
    r" +you"
    r"(?: +(?:d|would|re|are))? +(?:like|love|want|wish|hope|hoping|prefer|looking|seeking)"
    r"(?: +(?:to|for))? +(?:meet|date|match +with|be +matched +with)(?![a-z])"
)
_GIVEN_IN_COMMUNICATION = lazy(
    r"(?<![a-z])(?:content|contents|information|details)(?: +(?:that|which))? +(?:you|users?)"
    r" +(?:provide|give|include|send|share|write|submit|disclose)(?: +(?:to +|with +)?us)? +(?:in"
    r"|during|through|via|within) +(?:(?:your|our|the|any|such|these|those|an?) +)?"
    r"(?:communications?|messages?|correspondence|conversations?|chats?|interactions?|calls?)"
    r"(?![a-z])"
    # what a user sends by email, to support or as feedback (通过邮件提交的问题描述)
    r"|通过[^;|]{0,4}?(?:邮件|客服|支持|反馈)[^;|]{0,12}?(?:提交|发送)的(?:问题描述|问题|描述|内容"
    r"|意见|反馈|信息)"
    # what a user gives the organisation in a report or complaint, and a description of a
    # problem submitted to it (您在回報時所提供的文字, 您提交的文字描述)
    r"|(?:回报|举报|投诉)时?所?(?:提供|提交|上传)的|提交的(?:文字描述|问题描述)"
    # contact with customer service (与我们的客户服务团队联系时, 联系客服时)
    r"|与(?:我们|本公司)?的?(?:客户服务|客服)(?:团队|人员|中心|部门)?(?:联系|沟通|交流)"
    r"|联系(?:我们的?)?(?:客户服务|客服)(?:团队|人员|中心|部门)?(?:时|过程)"
    # a user's contact or exchanges with customer support ("your contact with our customer
    # support team", "emails with customer service")
    r"|(?<![a-z])(?:contacts?|communications?|correspondence|conversations?|chats?|calls?|emails?"
    r"|messages?|interactions?) +with +(?:our +|the +)?(?:customer +(?:support|service|care)"
    r"|support)(?![a-z])"
    # what a user sends to resolve a query ("the information you send to us to help resolve
    # your query", "details you send us with your enquiry")
    r"|(?<![a-z])(?:information|details|content|contents)(?: +(?:that|which))? +(?:you|users?)"
    r" +(?:send|sent)(?: +(?:to +)?us)?(?: +[a-z]+){0,4}? +(?:your|the|an?|any|their) +"
    r"(?:query|queries|enquiry|enquiries|inquiry|inquiries|support +requests?)(?![a-z])"
)
# A message named alone as the last field of a list ("your name, contact information, and
# message"): what the user writes to the organisation. A message named with its kind ("push
# message", "text message") is read by its phrase, and a word after a closing bracket is no
# field of a list.
#   Messages or calls named bare as an item of a list ("Messages, calls, and interactions",
# `您的信息请求、通话、电子邮件`, `文章、评论、消息等`) are the exchanges themselves: their content.
_MESSAGE_FIELD = lazy(
    r"(?<![a-z])(?:and|or) +(?:your +|the +|a +|any +)?messages?[ ]*(?=$|[|;])"
    r"|(?:(?<![^|;])|(?<=[|;] ))(?:and +|or +)?(?:your +|the +)?(?:messages|(?:tele)?(?:phone +)?"
    r"calls)[ ]*(?=$|[|;])"
    r"|(?<![^|;])(?:消息|通话)(?=$|[|;]|等(?:$|[|;]))"
)
# A card's expiry date named with its security code: the card, with its access code.
_CARD_EXPIRY = lazy(
    r"(?<![a-z])(?:expiration|expiry) +dates?[ |,]*(?:and +|or +)?(?:the +|its +|card +)?"
    r"security +codes?(?![a-z])"
    r"|(?<![a-z])security +codes?[ |,]*(?:and +|or +)?(?:the +|its +|card +)?"
    r"(?:expiration|expiry) +dates?(?![a-z])"
)
# Whose details: an owner word just before a person's field ("your friend's email address").
_OTHER_OWNER = lazy(
    r"(?<![a-z])(?:friends?|that +person|this +person|other +(?:people|persons|users|members)"
    r"|another +(?:person|user)|recipients?|invitees?|third[ -]+part(?:y|ies))(?: +s)? +$"
    r"|(?:他人|其他人)的?$"
)
# Between the fields of one list, which one owner word before the first holds ("third-party
# names and mobile numbers", "friends' names and numbers").
_LIST_JOIN = lazy(
    r"[ |]*(?:(?:and|or|as +well +as) +)?(?:(?:their|his|her) +)?\Z|[ |]*[和及或与]?[ |]*\Z"
)
# ... or a phrase after the fields ("the names and contact information of those persons").
_OF_OTHERS = lazy(
    r"(?<![a-z])(?:of|about|for) +(?:those|these|such|the +other|other|any +other) +"
    r"(?:persons|people|individuals|contacts|invitees|recipients)(?![a-z])"
)
_ABOUT_OTHERS = lazy(
    r"(?<![a-z])(?:information|details|data)(?: +[a-z]+){0,2}? +(?:about|of|on|regarding) +"
    r"(?:others|other +(?:people|persons|individuals)|another +(?:person|individual))(?![a-z])"
    r"|(?<![a-z])connections? +(?:to|with) +(?:other +)?(?:people|users|members|persons"
    r"|individuals)(?![a-z])"
    r"|(?<![a-z])(?:people|users|members|persons)(?: +(?:that|who|whom))? +you +(?:are +)?"
    r"(?:connect(?:ed)?|interact(?:ed)?|follow(?:ed)?|friend(?:ed)?)(?: +(?:and|or) +[a-z]+)?"
    r" +with(?![a-z])"
)
_PERSON_FIELDS = frozenset(
    {"name", "nickname", "phone_number", "email", "contact_details", "postal_address"}
)
_VIEWED_SUBJECT = lazy(
    r"(?<![a-z])(?:which|what)(?: +[a-z]+){1,4}? +(?:you|users?) +(?:have +|had +)?"
    r"(?:viewed|browsed|looked +at|watched|visited|clicked +on)(?![a-z])"
)
_AGGREGATE = lazy(
    r"(?<![a-z])in +(?:the +)?aggregated?(?![a-z])|^[ |]*(?:statistical|aggregated?)(?![a-z])"
    r"|^[ |]*(?:统计|汇总|聚合)后?的"
)

# An Android permission's constant in brackets right after a match (in the normalised text).
_AFTER_BRACKET = lazy(r"[^|;]{0,8}?[ |]*\|([a-z0-9 .]+)\|")
_CONSTANT = lazy(r"\s*(?:android\.permission\.)?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\s*\Z")
_GENERIC_ID = frozenset({"identification number", "identity number", "id number"})

_BROWSING = "browsing_history"
_CONTACTS = "contacts_list"
_BROWSING_REASON = "a record of pages visited (GB/T 35273-2020 Table B.1: 网页浏览记录)"


def _sorted(found: list[Found]) -> list[Found]:
    return sorted(found, key=lambda m: (m.start, m.end))


def _added(
    norm: str,
    found: list[Found],
    say: Words,
    decisions: list[Decision],
    *,
    rule: tuple[str, str],
    pattern: re.Pattern[str],
    reason: str,
) -> list[Found]:
    """``found`` with ``category`` added where ``pattern`` names it and no match has it yet."""
    name, category = rule
    if any(m.category == category for m in found):
        return found
    hit = pattern.search(norm)
    if hit is not None and not _stands(norm, hit, found, name, say):
        hit = next(
            (h for h in pattern.finditer(norm, hit.end()) if _stands(norm, h, found, name, say)),
            None,
        )
    if hit is None:
        return found
    start, end = hit.span()
    decisions.append(Decision(name, say(start, end), category, reason))
    return _sorted([*found, Found(start, end, category, hit.group())])


def _stands(norm: str, hit: re.Match[str], found: list[Found], rule: str, say: Words) -> bool:
    """Whether ``hit`` names data by its wording: not inside a longer phrase that names its
    words as a whole ("功能访问记录": which features were used, not pages visited; a phrase of
    the very same words still lets the rule add its reading), and for a message field not after
    a closing bracket (a word there is no field of a list)."""
    start, end = hit.span()
    if any(m.start <= start and end <= m.end and m.end - m.start > end - start for m in found):
        return False
    return rule != "message-field" or not _after_closing_bracket(norm, hit, say)


def _after_closing_bracket(norm: str, hit: re.Match[str], say: Words) -> bool:
    """Whether ``hit`` follows a closing bracket (spaces aside) in the original text."""
    at = hit.start() - 1
    while at >= 0 and norm[at] == " ":
        at -= 1
    return at >= 0 and norm[at] == "|" and say(at, at + 1).strip() in _CLOSING_BRACKETS


def _others_details(
    norm: str, found: list[Found], say: Words, decisions: list[Decision], words: frozenset[str]
) -> list[Found]:
    """Fields owned by other people ("your friend's email address", "the names ... of those
    persons") are a contacts list; so are information about others and one's connections."""
    reason = (
        "other people's details, given by the user: a contacts list (GB/T 35273-2020 Table B.1:"
        " 通讯录、好友列表)"
    )
    chosen: list[Found] = []
    for m in found:
        if m.category in _PERSON_FIELDS and _OTHER_OWNER.search(
            norm, max(0, m.start - 24), m.start
        ):
            chosen.append(m)
        elif (
            chosen
            and m.category in _PERSON_FIELDS
            and _LIST_JOIN.match(norm, chosen[-1].end, m.start) is not None
        ):
            chosen.append(m)  # the next field of the same list
    of_others = _OF_OTHERS.search(norm) if not words.isdisjoint(_OTHERS_WORDS) else None
    if of_others is not None:
        sentence = norm.rfind(";", 0, of_others.start()) + 1
        chosen += [
            m
            for m in found
            if m.category in _PERSON_FIELDS
            and sentence <= m.start < of_others.start()
            and m not in chosen
        ]
    out = _recategorise(found, chosen, ("others", _CONTACTS), say, decisions, reason=reason)
    if words.isdisjoint(_ABOUT_WORDS):
        return out
    return _added(
        norm, out, say, decisions, rule=("others", _CONTACTS), pattern=_ABOUT_OTHERS, reason=reason
    )


def _viewed(norm: str, found: list[Found], say: Words, decisions: list[Decision]) -> list[Found]:
    """ "which lab tests you have viewed": what was viewed, a browsing record."""
    hit = _VIEWED_SUBJECT.search(norm)
    if hit is None:
        return found
    start, end = hit.span()
    inside = [m for m in found if start <= m.start < end and m.category != _BROWSING]
    if not inside:
        return found
    for m in inside:
        decisions.append(
            Decision(
                "viewed",
                say(start, end),
                f"{m.category} -> {_BROWSING}",
                "what the user viewed, not data about the user: " + _BROWSING_REASON,
            )
        )
    return [Found(m.start, m.end, _BROWSING, m.phrase) if m in inside else m for m in found]


def _named_in_brackets(
    norm: str, found: list[Found], say: Words, decisions: list[Decision]
) -> list[Found]:
    """Words that an Android permission's name or a device identifier's gloss follows."""
    dropped: list[tuple[Found, str, str]] = []
    # The permission named after its name (``"相机"(CAMERA)权限``): head last, as in Chinese.
    # ("permission to read call logs (READ_CALL_LOG)" is read by the structure rules.)
    last = -1
    glosses = False
    for m in found:
        if m.category == "permissions":
            last = m.start
        elif m.category == "government_id" and m.phrase in _GENERIC_ID:
            glosses = True
    if last < 0 and not glosses:
        return found
    if last >= 0:
        for m in found:
            after = _AFTER_BRACKET.match(norm, m.end)
            if m.category == "permissions" or m.start > last or after is None:
                continue
            if _CONSTANT.match(say(*after.span(1))) is None:
                continue
            constant = say(*after.span(1)).strip()
            for f in found:
                if f.category != "permissions" and (
                    f is m or after.start(1) <= f.start < after.end(1)
                ):
                    reason = (
                        f"an Android permission's name, {constant}, follows: the item is the"
                        " permission"
                    )
                    dropped.append((f, "permission-name", reason))
    for m in found if glosses else ():
        if m.category != "device_id":
            continue
        detail = _bracketed(norm, m, say)
        if detail is None:
            continue
        start, text = detail
        for f in found:
            if (
                f.category == "government_id"
                and f.phrase in _GENERIC_ID
                and start <= f.start < start + len(text)
            ):
                reason = (
                    f"in brackets after {say(m.start, m.end)!r}, it restates the device identifier"
                )
                dropped.append((f, "gloss", reason))
    if not dropped:
        return found
    gone = set()
    for f, rule, reason in dropped:
        if f in gone:
            continue
        gone.add(f)
        decisions.append(Decision(rule, say(f.start, f.end), f"dropped {f.category}", reason))
    return [m for m in found if m not in gone]


# The rules that add a category where words name it: which flag of :func:`_may_add` calls for
# each, its name and category, its pattern and its reason.
_ADDING: tuple[tuple[int, tuple[str, str], re.Pattern[str], str], ...] = (
    (
        4,
        ("sought", "sexual_orientation"),
        _SOUGHT,
        "the people a user wants to meet or date reveal their sex life or sexual orientation"
        " (GDPR Art. 9(1))",
    ),
    (0, ("visited", _BROWSING), _VISITED, _BROWSING_REASON),
    (
        1,
        ("photo-place", "precise_location"),
        _PHOTO_PLACE,
        "where a photo or video was taken: a position (GB/T 35273-2020 Table B.1: 精准定位信息;"
        " Cal. Civ. Code § 1798.140(w))",
    ),
    (
        2,
        ("given-in-communication", "communication_content"),
        _GIVEN_IN_COMMUNICATION,
        "what the user says in communications (GB/T 35273-2020 Table B.1: 通信内容)",
    ),
    (
        5,
        ("message-field", "communication_content"),
        _MESSAGE_FIELD,
        "a message named as a field beside the sender's details, or messages or calls named bare"
        " as an item of a list: what is exchanged (GB/T 35273-2020 Table B.1: 通信内容)",
    ),
    (
        6,
        ("card-expiry", "financial_account"),
        _CARD_EXPIRY,
        "an expiry date with its security code names a payment card (GB/T 35273-2020 Table B.1:"
        " 银行账户; Cal. Civ. Code § 1798.140(ae)(1)(B))",
    ),
)


def reads_phrasing(words: frozenset[str]) -> bool:
    """Whether ``words`` (the :func:`hints` of an item) call for a rule that may find data where
    no phrase matched."""
    return any(_may_add(words))


def read_phrasing(
    norm: str,
    found: Sequence[Found],
    say: Words,
    decisions: list[Decision],
    words: frozenset[str],
) -> list[Found]:
    """Apply the rules of this module to the matches of one item (see the module's doc);
    ``words`` are its :func:`hints`."""
    out = list(found)
    if "|" in norm and len(out) > 1:
        out = _named_in_brackets(norm, out, say, decisions)
    if not words and "third" not in norm:
        return out
    if not words.isdisjoint(_AGGREGATE_WORDS):
        aggregate = _AGGREGATE.search(norm)
        if aggregate is not None:
            if out:
                decisions.append(
                    Decision(
                        "aggregate",
                        say(*aggregate.span()).strip(" ,"),
                        "dropped " + ", ".join(dict.fromkeys(m.category for m in out)),
                        "aggregated or statistical information identifies no one (Cal. Civ. Code"
                        " § 1798.140(b), (v)(3); GDPR recital 26)",
                    )
                )
            return []
    if out and not words.isdisjoint(_VIEWED_WORDS) and not words.isdisjoint(_WHICH_WORDS):
        out = _viewed(norm, out, say, decisions)
    may = _may_add(words)
    for at, rule, pattern, reason in _ADDING:
        if may[at]:
            out = _added(norm, out, say, decisions, rule=rule, pattern=pattern, reason=reason)
    # ("third" is looked for by a substring test: as a word of the scan it cost more)
    if may[3] or (out and (not words.isdisjoint(_OWNER_WORDS) or "third" in norm)):
        out = _others_details(norm, out, say, decisions, words)
    return out
