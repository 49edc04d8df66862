"""What a published name reads as: a legal entity ("星河科技有限公司", "Skyvault GmbH") or an
SDK ("星河推送SDK"), for telling a list of SDKs from a list of the companies receiving data."""

from __future__ import annotations

import re
from collections.abc import Sequence

LEGAL_ENTITY = re.compile(
    r"\b(?:inc|ltd|llc|gmbh|plc|sas|pbc|corp|corporation|limited|company|co)\b\.?|公司|有限",
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
