"""What a published name reads as: a legal entity ("星河科技有限公司", "Skyvault GmbH") or an
SDK ("星河推送SDK"), for telling a list of SDKs from a list of the companies receiving data."""

from __future__ import annotations

import re
from collections.abc import Sequence

# the legal form ending a company's name, its letters run together ("LLC") or each followed by a
# point ("L.L.C.", "P.B.C.")
LEGAL_ENTITY = re.compile(
    r"\b(?:inc|ltd|llc|gmbh|plc|sas|pbc|corp|corporation|limited|company|co)\b\.?"
    r"|\b(?:l\.\s?l\.\s?c|p\.\s?l\.\s?c|p\.\s?b\.\s?c|s\.\s?a\.\s?s)\.?|公司|有限",
    re.IGNORECASE,
)
# who is no one named: a kind of recipient, a party in general, the reader, or those a list
# names ("与下列处理者共享", "向您的紧急联系人", "向公共安全机构")
NO_ONE_NAMED = re.compile(
    r"第三方|合作|关联|广告|他人|任何|其他|其它|我们|您|你|政府|机关|司法|监管|服务商|提供商|伙伴|机构"
    r"|下列|以下|如下|处理者"
)
# a kind of party written in English common nouns: "Tax and accounting authorities", "Bank-transfer
# payment chain"
_PARTY_KIND = re.compile(
    r"\b(?:authorit(?:y|ies)|regulators?|courts?|law enforcement|governments?|tax|banks?"
    r"|insurers?|auditors?|advis[eo]rs?|lawyers?|accountants?)\b",
    re.IGNORECASE,
)
SDK_WORD = re.compile(r"(?:^|[^A-Za-z])SDK(?:$|[^A-Za-z])", re.IGNORECASE)


def names_sdks(names: Sequence[str]) -> bool:
    """Names of SDKs, not of companies: two at least, most of them say "SDK" and none is a
    legal entity ("星河推送SDK", "云帆崩溃SDK", "海川语音网关")."""
    sdks = sum(bool(SDK_WORD.search(name)) for name in names)
    return (
        len(names) >= 2
        and sdks * 2 >= len(names)
        and not any(LEGAL_ENTITY.search(name) for name in names)
    )


def names_no_one(name: str) -> bool:
    """A name of no one in particular: a kind of recipient or the reader's own ("向您的紧急联系人",
    "向公共安全机构"), or a kind of party written in common nouns, no word after the first
    capitalised ("Tax and accounting authorities")."""
    if NO_ONE_NAMED.search(name):
        return True
    words = name.split()
    return (
        len(words) > 1
        and all(not word[:1].isupper() for word in words[1:])
        and bool(_PARTY_KIND.search(name))
    )
