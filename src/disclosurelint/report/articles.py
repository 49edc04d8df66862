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
    return text.replace("） 第", "）第")
