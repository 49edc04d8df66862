# ruff: noqa: RUF001, RUF002  (full-width punctuation is how Chinese text writes it)
"""Citations of articles as a Chinese legal text writes them.

``PIPL Art. 13(1)(2)`` -> ``《个人信息保护法》第十三条第一款第（二）项``; ``GDPR Art. 9(2)(a)`` ->
``GDPR 第9条第2款(a)项``; ``GB/T 35273-2020 9.2`` -> ``GB/T 35273-2020 第9.2条``; ``MIIT notice
2023 No. 26`` -> ``工信部信管函〔2023〕26号``. A citation in a form not known here is kept as
written, so nothing is lost.
"""

from __future__ import annotations

import re

_DIGITS = "零一二三四五六七八九"


def numeral(n: int) -> str:
    """``23`` -> ``二十三``: the Chinese numeral of an article or paragraph, 1-999."""
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _DIGITS[n // 10] + "十" + (_DIGITS[n % 10] if n % 10 else "")
    rest = n % 100
    tail = (
        ""
        if rest == 0
        else ("零" if rest < 10 else "")
        + ("一" + numeral(rest) if 10 <= rest < 20 else numeral(rest))
    )
    return _DIGITS[n // 100] + "百" + tail


def _article(match: re.Match[str], chinese_numbers: bool) -> str:
    """``13(1)(2)`` -> ``第十三条第一款第（二）项`` (PIPL's way), ``9(2)(a)`` -> ``第9条第2款(a)项``
    (a foreign law's, its numbers kept)."""
    number = numeral if chinese_numbers else str
    text = f"第{number(int(match.group(1)))}条"
    if match.group(2):
        text += f"第{number(int(match.group(2)))}款"
    if match.group(3):
        item = match.group(3)
        text += f"第（{numeral(int(item))}）项" if chinese_numbers else f"({item})项"
    return text


_PIPL_ART = re.compile(r"(\d+)(?:\((\d+)\))?(?:\((\d+)\))?")
_GDPR_ART = re.compile(r"(\d+)(?:\((\d+)\))?(?:\(([a-z])\))?")
_ARTICLES = re.compile(r"\bArts?\. ((?:\d+(?:\(\w+\))*)(?:(?:-|, | and )\d+(?:\(\w+\))*)*)")
_RANGE = re.compile(r"(-|, | and )")

_FIXED: tuple[tuple[str, str], ...] = (
    ("MIIT notice 2023 No. 26", "工信部信管函〔2023〕26号"),
    ("MIIT notice 2021 No. 292", "工信部信管函〔2021〕292号"),
    (
        "CAC Provisions on Cross-Border Data Flows (2024)",
        "《促进和规范数据跨境流动规定》（2024）",
    ),
    (
        "TC260-PG-20244A sensitive personal information identification guide (2024)",
        "《网络安全标准实践指南——敏感个人信息识别指南》（TC260-PG-20244A）",
    ),
    (
        "TC260 sensitive personal information identification guide (2024)",
        "《网络安全标准实践指南——敏感个人信息识别指南》（TC260-PG-20244A）",
    ),
    ("(other sensitive personal information)", "（其他敏感个人信息）"),
    ("Annex B (informative)", "附录B（资料性）"),
    # the notes the data taxonomy adds to its articles
    (" (not enumerated; open list)", "（未列举；开放式列举）"),
    (
        " (not enumerated in its open list; ordinary unless a leak or misuse easily harms "
        "dignity or safety)",
        "（开放式列举中未列举；除非泄露或者非法使用容易侵害人格尊严或者人身安全，否则为一般个人信息）",
    ),
    (
        " (not enumerated in its open list: assess; GB/T 35273-2020 Table A.1 lists 民族 as "
        "ordinary personal information)",
        "（开放式列举中未列举：须评估；GB/T 35273-2020 表A.1 将民族列为一般个人信息）",
    ),
    (" (not enumerated; open list)", "（未列举；开放式列举）"),
    (" (biometrics)", "（生物识别）"),
    (" (financial accounts)", "（金融账户）"),
    (" (whereabouts)", "（行踪轨迹）"),
    (" (personal information; not in Table B.1)", "（个人信息；不在表B.1中）"),
    (" (personal data; not in Art. 9(1) or Art. 10)", "（个人数据；不属于第9条第1款或第10条）"),
    (" (consent age; not in Art. 9(1))", "（同意年龄；不属于第9条第1款）"),
    (" (personal information; not in (ae))", "（个人信息；不属于(ae)项）"),
    (" (not listed; COPPA 16 CFR Part 312 applies)", "（未列举；适用 COPPA 16 CFR Part 312）"),
    (" 3.2 note", " 第3.2条注"),
)


def _articles(text: str, chinese_numbers: bool) -> str:
    """Every ``Art. N`` / ``Arts. N-M`` in ``text`` in Chinese form."""

    def one(part: str) -> str:
        found = (_PIPL_ART if chinese_numbers else _GDPR_ART).fullmatch(part)
        return _article(found, chinese_numbers) if found else part

    def many(match: re.Match[str]) -> str:
        pieces = _RANGE.split(match.group(1))
        joiners = {"-": "至", ", ": "、", " and ": "和"}
        return "".join(joiners.get(piece, "") or one(piece) for piece in pieces)

    return _ARTICLES.sub(many, text)


def chinese(article: str) -> str:
    """``article`` cited as a Chinese legal text cites it."""
    text = article
    for english, words in _FIXED:
        text = text.replace(english, words)
    if text.startswith("PIPL "):
        text = "《个人信息保护法》" + _articles(text[5:], chinese_numbers=True).replace(
            ", 第", "、第"
        )
    elif text.startswith("《促进和规范数据跨境流动规定》"):
        text = _articles(text, chinese_numbers=True)
    elif text.startswith("GDPR "):
        text = "GDPR " + _articles(text[5:], chinese_numbers=False)
    text = re.sub(r"\b(GB/T \d+-\d{4}) (\d+(?:\.\d+)*)\b", r"\1 第\2条", text)
    text = re.sub(r"\bTable ([A-Z]\.\d+)", r"表\1", text)
    text = re.sub(r"\bAnnex ([A-Z])\b", r"附录\1", text)
    text = re.sub(r" \(([^()]*[\u4e00-\u9fff][^()]*)\)", r"（\1）", text)  # a Chinese note
    text = re.sub(r"([\u4e00-\u9fff]+): ", r"\1：", text)
    return text.replace("） 第", "）第")


_OPEN_LIST = (
    "not enumerated in Art. 28, whose list is open ('等'): sensitive where a leak or misuse "
    "easily harms the person's dignity or safety; assess"
)
_OPEN_LIST_ZH = (
    "第二十八条未列举，但其列举是开放的（“等”）：一旦泄露或者非法使用，容易导致人格尊严受到侵害"
    "或者人身安全受到危害的，属于敏感个人信息；须评估"
)

CONDITIONS: dict[str, str] = {
    "only when processed to uniquely identify a person": "仅在为唯一识别个人而处理时",
    "only when processed to uniquely identify a consumer": "仅在为唯一识别消费者而处理时",
    "as biometric information (GB/T 35273-2020 lists personal genes among biometrics)": (
        "作为生物识别信息（GB/T 35273-2020 将个人基因列为生物识别信息）"
    ),
    "height, weight and fitness figures are general personal information (Table A.1)": (
        "身高、体重和运动数据属于一般个人信息（表A.1）"
    ),
    "only personal information collected and analysed concerning health": (
        "仅限为分析健康状况而收集和分析的个人信息"
    ),
    "only in combination with a required security or access code, password or credentials "
    "allowing access to the account": "仅在与可访问该账户所需的安全码、访问码、密码或凭证结合时",
    "when the records reveal a financial account, such as deposits, transactions or credit": (
        "记录能够反映金融账户时，如存款、交易或信贷记录"
    ),
    "when the credentials give access to a financial account": "凭证可访问金融账户时",
    "an account log-in in combination with the password or credentials allowing access": (
        "账户登录名与可用于访问的密码或凭证相结合时"
    ),
    "an ID number by itself is not listed as sensitive; an image or copy of an identity "
    "document is listed as other sensitive personal information (not as specific identity, "
    "which the guide limits to disability and occupational identity)": (
        "单独的身份证号码未被列为敏感个人信息；身份证件的图像或复印件被列为其他敏感个人信息"
        "（不属于特定身份，指南将特定身份限于残障和职业身份）"
    ),
    "sensitive when collected continuously (a track); the TC260 2024 guide treats precise "
    "location itself as sensitive": (
        "连续收集（形成轨迹）时属于敏感个人信息；TC260 2024年指南将精确位置本身视为敏感个人信息"
    ),
    "precise geolocation locates a consumer within a radius of 1,850 feet": (
        "精确地理位置可将消费者定位在半径 1,850 英尺的范围内"
    ),
    "only as precise geolocation: data used to locate the consumer within a circle of radius "
    "1,850 feet": "仅作为精确地理位置：用于将消费者定位在半径 1,850 英尺范围内的数据",
    "when the stays reveal the person's whereabouts": "住宿记录能够反映个人行踪时",
    "only personal information collected and analysed concerning sex life or sexual "
    "orientation": "仅限为分析性生活或性取向而收集和分析的个人信息",
    "records not made public": "未公开的记录",
    "disability status is data concerning health": "残障状况属于健康数据",
    "when it reveals the person's health": "能够反映个人健康状况时",
    "children aged 14 and under (inclusive)": "十四周岁以下（含）儿童",
    "a child under 13 is under 14": "不满十三周岁的儿童也不满十四周岁",
    "a child under 13 is 14 or under": "不满十三周岁的儿童也在十四周岁以下",
    "unless the business is the intended recipient of the communication": (
        "企业本身是该通信的预期接收方的除外"
    ),
    f"{_OPEN_LIST}; GB/T 45574-2025 Annex A lists criminal records as other sensitive personal "
    "information": f"{_OPEN_LIST_ZH}；GB/T 45574-2025 附录A 将违法犯罪记录列为其他敏感个人信息",
}
"""The data taxonomy's conditions (its English, as its data writes them) in Chinese."""

_LISTS = re.compile(re.escape(_OPEN_LIST) + r" \(GB/T 35273-2020 Table B\.1 lists (.+)\)\Z")


def condition(text: str) -> str | None:
    """A condition of the data taxonomy in Chinese; None for one not known here (the report
    then quotes it as written)."""
    found = CONDITIONS.get(text)
    if found is not None:
        return found
    match = _LISTS.match(text)
    return f"{_OPEN_LIST_ZH}（GB/T 35273-2020 表B.1 列有“{match[1]}”）" if match else None
