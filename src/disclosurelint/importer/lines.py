"""One line of a published list: what it is (a ``Label: value`` line, a heading, a bullet of a
linked name, a list's introduction...) and its value cleaned of marks, with the patterns that
recognise each kind."""

# ruff: noqa: RUF001, RUF002, RUF003  (full-width punctuation in published Chinese text is read on purpose)

from __future__ import annotations

import re
from dataclasses import dataclass

from disclosurelint.importer.labels import LabelTable
from disclosurelint.importer.names import LEGAL_ENTITY
from disclosurelint.importer.records import LINK_FIELDS

_MARKER = re.compile(
    r"^\s*(?:(?P<heading>#{1,6})\s+|(?P<bullet>[-*+•·])\s+"
    r"|(?P<number>\(?\d{1,3}[.)、](?!\d)|\d{1,3}(?:\.\d{1,3})+\.?(?=\s)|（?\d{1,3}）"
    r"|（[一二三四五六七八九十]{1,3}）"
    r"|[一二三四五六七八九十]{1,3}、"
    r"|(?:[IVX]{1,4})\.\s?(?=\S))\s*)"
)
_LABEL_LINE = re.compile(r"^(?P<label>[^:：]{1,60}?)\s*[:：](?!//)\s*(?P<value>.*)$")
_LONG_NAME_LINE = re.compile(r"^(?P<label>[^:：]{1,160}?[)）])\s*[:：](?!//)\s*(?P<value>.*)$")
_NOT_A_LABEL = re.compile(r"^(?:https?|ftp|mailto|www)$|[.。!?！？;；]$", re.IGNORECASE)
_MD_LINK = re.compile(r"\[(?P<text>[^\]]*)\]\((?P<url>[^)\s]+)\)")
_LINK_BULLET = re.compile(
    r"^\s*(?P<bullet>[-*+•]\s+)?\[(?P<name>[^\]]+)\]\((?P<url>https?://[^)\s]+)\)"
    r"\s*[.:：,，;；—–-]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)  # a relative address ("[Privacy Policy](privacy-policy)") is the site's own navigation
# a second linked name on the bullet: "* [Google Tag Manager](…) and [Google Analytics](…) for …"
_AND_LINK = re.compile(
    r"^(?:and|&|,|、|和|及)\s*\[(?P<name>[^\]]+)\]\((?P<url>https?://[^)\s]+)\)"
    r"\s*[.:：,，;；—–-]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_DASH_BULLET = re.compile(r"^\s*[-*+•]\s+(?P<name>[^:：\[\]]{1,40}?)\s+[-–—]\s+(?P<rest>\S.*)$")
# "- **OpenAI API**: For …" or "- **OpenAI API:** For …": a bold name before a colon
_BOLD_BULLET = re.compile(
    r"^\s*[-*+•]\s+(\*\*|__)(?P<name>[^*_:：\[\]]{1,40}?)"
    r"(?:\1\s*(?:[(（](?P<note>[^()（）]{1,20})[)）])?\s*[:：]|\s*[:：]\s*\1)\s*(?P<rest>\S.*)$"
)
# "* BugSnag: used for crash reporting": a name, a colon and what it is used for
_COLON_BULLET = re.compile(
    r"^\s*[-*+•]\s+(?P<name>[^\s:：\[\]][^:：\[\]/]{0,40}?)\s*[:：]\s+(?P<rest>\S.*)$"
)
_NAME_BULLET = re.compile(r"^\s*[-*+•]\s+(?P<name>[^\s:：\[\],.;!?][^:：\[\],;!?]{0,38})\s*$")
_PROCESSOR_INTRO = re.compile(
    r"sub[-\u2010\u2011]?\s?processors?|vendors|service providers|\bprocessors\b|合作方|服务商"
    r"|服務商|第三方\s*SDK",
    re.IGNORECASE,
)
_VENDOR_INTRO = re.compile(
    r"sub[-\u2010\u2011]?\s?processors?|vendors?|(?:third|3rd)[-\u2010-\u2013 ]part(?:y|ies)"
    r"|service providers|第三方|合作方"
    r"|服务商",
    re.IGNORECASE,
)
# "We share your data only with:": a lead-in that names no kind of recipient but says the
# items under it are whom the data is shared with
_SHARED_WITH_INTRO = re.compile(
    r"\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|transfer(?:s|red)?)\b[^.!?:]{0,60}"
    r"\bwith\s*:\s*$",
    re.IGNORECASE,
)
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(?P<text>[^*_]+)\1\s*$")
_OPENERS, _CLOSERS = "([（【〔", ")]）】〕"
_PROCESSOR_PAGE = re.compile(r"sub-?\s?processors?|\bprocessors\b|受托方", re.IGNORECASE)
# words of a product's name ("星河推送SDK", "微信App"); not the end of a word ("WhatsApp")
_PRODUCT_WORDS = re.compile(
    r"sdk|api|(?<![a-z])app\b|插件|平台|服务|推送|统计|登录|支付|地图|分享|定位|应用|程序|模块|组件|openid"
    r"|服務|統計|登錄|登入|地圖|應用|程式|模組|元件",
    re.IGNORECASE,
)
_EMBEDDED_SDK = re.compile(
    r"(?:embed(?:ded)?|integrat(?:ed|ion)|嵌入|内嵌|集成|接入)[^()（）;；]{0,12}?sdk\s*[(（]"
    r"(?P<name>[^()（）;；]{2,60})[)）]",
    re.IGNORECASE,
)
_QUALIFIED_NAME = re.compile(
    r"^(?P<name>[^—–\s][^—–]{0,40}?)\s+[—–]\s+(?P<rest>[A-Za-z][^—–]{0,80})$"
)
# a list number a word processor keeps in a table's name cell ("1. ADYEN", "12) Twilio", "3、高德")
_CELL_NUMBER = re.compile(r"^\d{1,3}(?:[.)]\s+|、\s*)(?=\D)")
_SUBSTANCE = frozenset({"data", "purpose", "scenario", "sharing_mode", "policy"})
_LIST_TITLE = re.compile(
    r"^(?:(?:our|current|the|list of|authori[sz]ed)\s+)*"
    r"(?:sub-?\s?processors?|third[- ]part(?:y|ies)(?:\s+(?:sdks?|services?|partners?))?"
    r"|service providers|vendors|partners)"
    r"(?:\s+(?:list|directory))?$|(?:清单|目录|列表|名单|清單|目錄|名單)$"
    r"|^(?:第三方|其他|其它|内嵌|嵌入)*\s*(?:sdk|合作方|合作伙伴|服务商|共享方)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Line:
    kind: str  # "blank", "label" (known field), "other-label" (unknown label), "text"
    text: str = ""  # the line without list markers (for "text": a heading candidate)
    label: str = ""
    value: str = ""
    field: str | None = None
    numbered: bool = False
    marked: bool = False  # a "#" heading, a number, or a whole line in bold
    fuzzy: str = ""  # the known label a misspelt one was read as
    number: int | None = None  # "2." in "2.开发者:": the line's item number
    bulleted: bool = False  # "•", "-", "*" or "·" before the text


def _strip_emphasis(text: str) -> str:
    return text.strip().strip("*_`").strip()


def classify(raw: str, table: LabelTable) -> Line:
    if not raw.strip():
        return Line("blank")
    text = nfkc_spaces(raw).strip()
    numbered = marked = bulleted = False
    number: int | None = None
    bold = _BOLD_LINE.match(text)
    if bold:
        text, marked = bold.group("text").strip(), True
    while match := _MARKER.match(text):  # "## 1. Name" carries two markers
        numbered = numbered or match.group("number") is not None
        bulleted = bulleted or match.group("bullet") is not None
        marked = marked or numbered or match.group("heading") is not None
        digits = re.match(r"[(（]?(\d{1,3})[.)、）]", match.group("number") or "")
        number = int(digits.group(1)) if digits else None
        text = text[match.end() :].strip()
    labelled = _bracket_label(text, table) or _LABEL_LINE.match(text) or _spaced_label(text, table)
    if labelled is not None and _in_brackets(labelled.group("label")):
        labelled = None  # "6. [PLACEHOLDER: Hosting provider]": the colon is the blank's own
    if labelled is None and (bulleted or numbered):
        # "7. DCloud uni-app (5+ App/Wap2App) (Digital Heaven (Beijing) … Co., Ltd.): …": a
        # name and its company longer than any label
        long = _LONG_NAME_LINE.match(text)
        labelled = long if long and name_and_company(long["label"]) else None
    if labelled:
        label = _strip_emphasis(labelled.group("label"))
        value = labelled.group("value").strip().lstrip("*_").strip()
        listed = bulleted or numbered
        named = name_and_company(label) if listed and label else None
        words = len(label.split())
        if label and not _NOT_A_LABEL.search(label) and (words <= 8 or (named and words <= 16)):
            found = table.match(label)
            kind = "label" if found else "other-label"
            near = found.near if found and found.how == "fuzzy" else ""
            field = found.field if found else None
            if named and table.match(named[1]) is None:
                # "• 云栈 SDK（Yunzhan Inc.）：后端服务……" (or "1. …"): a name and its company
                kind, field, near = "other-label", None, ""
            elif near and field in _NAME_FIELDS and _SENTENCE.search(value):
                # "2. 第三方 SDK：为提供登录服务，本游戏集成了……。": a misspelt-looking label
                # before a sentence is prose, not a name
                kind, field, near = "other-label", None, ""
            return Line(kind, text, label, value, field, numbered, marked, near, number, bulleted)
    return Line(
        "text",
        _strip_emphasis(text),
        numbered=numbered,
        marked=marked,
        number=number,
        bulleted=bulleted,
    )


_PASTED_WORDS = 20


def _in_brackets(label: str) -> bool:
    """A label that opens a bracket it does not close: the colon after it is inside the
    brackets (a template's blank, "[TBD: vendor]", or a sentence's aside, "集成高德地图 SDK
    （服务商：高德软件有限公司）"), not the end of a label."""
    return any(label.count(opening) > label.count(closing) for opening, closing in _BRACKETS)


_BRACKETS = (("[", "]"), ("(", ")"), ("（", "）"))


_NAME_FIELDS = frozenset({"product", "company"})
_SENTENCE = re.compile(r"^.{24,}[.。!?！？]$")
# a sentence of prose: a clause, a comma, more words, then its full stop
_PROSE = re.compile(r"^.{4,}[，,].{8,}[.。!?！？]$")


def name_and_company(text: str) -> tuple[str, str] | None:
    """``高德定位SDK（高德软件有限公司）``: a name followed by its company in brackets (the
    brackets may nest: ``IM SDK（腾讯云计算（北京）有限责任公司）``); None for any other text,
    and when the words before the brackets are themselves a company name."""
    text = text.strip()
    if not text or text[-1] not in ")）":
        return None
    depth = 0
    for at in range(len(text) - 1, -1, -1):
        if text[at] in ")）":
            depth += 1
        elif text[at] in "(（":
            depth -= 1
            if depth == 0:
                name, company = text[:at].strip(), text[at + 1 : -1].strip()
                if name and LEGAL_ENTITY.search(company) and not LEGAL_ENTITY.search(name):
                    return name, company
                return None
    return None


# a product's heading with the one-word name of its maker in brackets ("CameraX（Google）",
# "ML Kit (Google)"): a proper name, no code ("Cloudflare（R2）") and no kind of service
_MAKER_IN_BRACKETS = re.compile(
    r"^(?P<name>[A-Za-z][\w .+/-]{0,40}?)\s*[(（](?P<maker>[A-Z][a-z]{3,}|[A-Z]{3,})[)）]$"
)
_NOT_A_MAKER = re.compile(
    r"^(?:analytics|messaging|crashlytics|auth|authentication|storage|hosting|database|payments?"
    r"|push|maps?|login|email|mail|sms|ads?|android|ios|web|cloud|beta|legacy|optional|required)$",
    re.IGNORECASE,
)


def _maker_in_brackets(title: str) -> str | None:
    """``Google`` for a heading ``CameraX（Google）``; None for any other, and for a heading
    whose words before the bracket are a legal entity."""
    match = _MAKER_IN_BRACKETS.match(title.strip())
    if not match or _NOT_A_MAKER.match(match["maker"]) or match["maker"] in match["name"]:
        return None
    if LEGAL_ENTITY.search(match["name"]):
        return None  # "Microsoft Corporation (Azure)": the company itself, its product in brackets
    if _initials(match["name"]) == match["maker"].upper():
        return None  # "Amazon Web Services (AWS)": the name's own short form, not its maker
    return match["maker"]


def _initials(name: str) -> str:
    """``AWS`` for ``Amazon Web Services``: the first letters of a name's capitalised words."""
    return "".join(word[0] for word in re.findall(r"[A-Za-z][\w&'-]*", name) if word[0].isupper())


_POLICIES_INTRO = re.compile(r"第三方.*隐私|third[- ]party privacy polic", re.IGNORECASE)
_SDK_WORDS = re.compile(r"SDK|插件|第三方", re.IGNORECASE)
# a lead-in that says what is collected: the lines under it name kinds of data
_COLLECTS_DATA = re.compile(
    r"收集(?:以下|如下|下列)[^，,。:：]{0,8}(?:信息|数据)[:：]?$"
    r"|\bcollects?\s+the\s+following\s+(?:\w+\s+)?(?:information|data):?$",
    re.IGNORECASE,
)
# a lead-in to the points a vendor is judged on ("Before engaging a new sub-processor we
# assess:", "我们会评估以下方面："): the bullets under it are criteria, not recipients
_CRITERIA_INTRO = re.compile(
    r"\bwe\s+(?:assess|evaluate|review|consider|check)\b|\bcriteria\b"
    r"|(?:评估|审查|考察|考量)(?:以下|如下|下列)?(?:方面|内容|因素|标准|事项)?[:：]?$",
    re.IGNORECASE,
)
# a lead-in to the cases in which data is shared ("我们仅在以下情况下可能共享您的信息："): the
# items under it are circumstances (法律要求, 经您同意), not recipients
_CASES_INTRO = re.compile(
    r"(?:以下|如下|下列)(?:几种|\S{0,2})?(?:情况|情形)|in the following (?:cases|circumstances)",
    re.IGNORECASE,
)
_NOTE_LABEL = re.compile(r"^(?:注|注意|说明|备注|提示|notes?)$", re.IGNORECASE)


def _bracketed(text: str) -> tuple[str, str]:
    """``("本地通知插件", "开源社区")`` for ``本地通知插件（开源社区）``; the text and nothing
    when it does not end in a bracket."""
    text = text.strip()
    match = re.match(r"^(?P<name>.+?)\s*[(（](?P<inner>[^()（）]+)[)）]$", text)
    return (match["name"], match["inner"].strip()) if match else (text, "")


def _spaced_label(text: str, table: LabelTable) -> re.Match[str] | None:
    """``第三方名称<tab>星河云科技有限公司``: a known label, a tab or several spaces, and a value
    that does not start with another label (a header row of a spaced table is no label line)."""
    spaced = _SPACED_LABEL.match(text)
    if not spaced:
        return None
    found = table.match(spaced.group("label"))
    if found is None or found.how == "fuzzy":
        return None
    first = re.split(r"\t| {2,}", spaced.group("value"), maxsplit=1)[0]
    following = table.match(first)
    if following is not None and following.how == "exact":
        return None
    return spaced


def _bracket_label(text: str, table: LabelTable) -> re.Match[str] | None:
    """``【SDK 名称】星河推送 SDK``: a known label in black lenticular brackets, then its value."""
    bracketed = _BRACKET_LABEL.match(text)
    if not bracketed:
        return None
    found = table.match(bracketed.group("label"))
    return bracketed if found is not None and found.how != "fuzzy" else None


_BRACKET_LABEL = re.compile(r"^【(?P<label>[^】]{1,24})】\s*(?P<value>.*)$")
_SPACED_LABEL = re.compile(r"^(?P<label>[^\s:：\t][^:：\t]{0,23}?)(?:\t+| {2,})(?P<value>\S.*)$")


def nfkc_spaces(text: str) -> str:
    """Non-breaking and other odd spaces as plain spaces, and without the pinyin readings a
    page's ruby annotations leave in brackets after a character ("系統(tǒng)"); the words
    themselves stay as published (NFKC is applied to names and labels where they are compared
    or written)."""
    return _PINYIN_READING.sub("", re.sub(r"[\u00a0\u2000-\u200b\u3000\ufeff]", " ", text))


_PINYIN_READING = re.compile(
    r"(?<=[\u4e00-\u9fff])\((?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\s?){1,3}\)"
)


_BULLET_LABEL_MAX = 60


def _looks_like_unknown_label(line: Line) -> bool:
    """A label the table does not know: short, or a longer one a bullet gives ("- Nature and
    purpose of processing: …" among an entry's "- Label: value" bullets)."""
    if line.bulleted and line.value:
        return len(line.label) <= _BULLET_LABEL_MAX
    return len(line.label) <= 30 and len(line.label.split()) <= 6


def clean_value(name: str, value: str) -> str:
    """Published value, with Markdown links resolved and surrounding emphasis removed; a
    company without the words that say where it is written (``服务协议列明A公司与B公司。``)."""
    value = _strip_emphasis(value)
    if name == "company":
        stated = _STATED.match(value)
        if stated and LEGAL_ENTITY.search(value[stated.end() :]):
            value = value[stated.end() :]
        value = value.rstrip("。")
    whole = _MD_LINK.fullmatch(value)
    if whole and name in LINK_FIELDS:
        return whole.group("url")

    def link(match: re.Match[str]) -> str:
        text, url = match.group("text").strip(), match.group("url")
        return url if not text or text == url else f"{text} ({url})"

    return _MD_LINK.sub(link, value)


# "服务协议列明", "合同载明的主体为": where the company that follows is written
_STATED = re.compile(
    r"^[^，,。；;：:()（）]{0,12}?(?:列明|载明|写明|注明)(?:的)?(?:主体|公司)?(?:为|是)?\s*"
)


def _balanced(text: str) -> bool:
    return sum(text.count(c) for c in _OPENERS) <= sum(text.count(c) for c in _CLOSERS)


_LINK_SUFFIX = re.compile(
    r"\s*(?:[-–—:(]\s*)?(?P<words>(?:data processing (?:agreement|addendum)|dpa"
    r"|(?:(?:general|global|online|website|user|customer) )?privacy (?:policy|notice|statement)"
    r"|terms(?: of (?:service|use))?|compliance information"
    r"|security(?: information)?|gdpr(?: information)?|subprocessors?"
    r"|隐私权?政策|隐私声明|隐私协议)\)?)$",
    re.IGNORECASE,
)
# a table cell "Sunshine SDK (Alliants live chat) by Zendesk, Inc.": the name may hold a bracket,
# the provider a comma
_MADE_BY = re.compile(r"^(?P<name>[^;:]{2,80}?)\s+by\s+(?P<company>[A-Z][^;:()]{1,80})$")


def _name_and_link_kind(text: str) -> tuple[str, str | None]:
    """``("Acme", "dpa")`` for a link text that names a vendor and a document ("Acme data
    processing agreement"); ``(text, None)`` for a link text that is only a name, and for one
    whose document words close a bracket the name opens ("Google (entity per the account's
    Analytics terms)": a remark on the name, not a document after it)."""
    match = _LINK_SUFFIX.search(text)
    if not match or match.start() == 0 or not _balanced(text[: match.start()]):
        return text, None
    words = match.group("words").lower()
    if "processing" in words or words == "dpa":
        kind = "dpa"
    elif "privacy" in words or "隐私" in words:
        kind = "policy"
    elif words.startswith("terms"):
        kind = "terms"
    else:
        kind = "other"
    return text[: match.start()].strip(), kind


_SENTENCE_END = re.compile(r"[.。!?！？:：]$")
