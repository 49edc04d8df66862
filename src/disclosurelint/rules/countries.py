"""Country codes for the cross-border rules: names read as codes, and the EEA.

Not a rule: a helper DL305 and DL307 share. A declaration should give ISO 3166-1 alpha-2 codes
(the schema says so); a common name (`China`, `中国`, `United States`) is read as its code here so
that a name never makes a domestic recipient look foreign.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from disclosurelint import localized

# EU member states plus Iceland, Liechtenstein and Norway (EEA Agreement): GDPR Chapter V governs
# transfers to countries outside this area only.
EEA = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
        "IS",
        "LI",
        "NO",
    ]
)

_NAMES: dict[str, str] = {
    "china": "CN",
    "mainland china": "CN",
    "people's republic of china": "CN",
    "prc": "CN",
    "中国": "CN",
    "中国大陆": "CN",
    "中华人民共和国": "CN",
    "hong kong": "HK",
    "香港": "HK",
    "macao": "MO",
    "macau": "MO",
    "澳门": "MO",
    "taiwan": "TW",
    "台湾": "TW",
    "united states": "US",
    "united states of america": "US",
    "usa": "US",
    "美国": "US",
    "united kingdom": "GB",
    "uk": "GB",
    "great britain": "GB",
    "英国": "GB",
    "germany": "DE",
    "德国": "DE",
    "france": "FR",
    "法国": "FR",
    "ireland": "IE",
    "爱尔兰": "IE",
    "netherlands": "NL",
    "荷兰": "NL",
    "singapore": "SG",
    "新加坡": "SG",
    "japan": "JP",
    "日本": "JP",
    "korea": "KR",
    "south korea": "KR",
    "韩国": "KR",
    "india": "IN",
    "印度": "IN",
    "russia": "RU",
    "俄罗斯": "RU",
    "canada": "CA",
    "加拿大": "CA",
    "australia": "AU",
    "澳大利亚": "AU",
    "norway": "NO",
    "挪威": "NO",
    "switzerland": "CH",
    "瑞士": "CH",
    "sweden": "SE",
    "italy": "IT",
    "spain": "ES",
    "belgium": "BE",
    "austria": "AT",
    "poland": "PL",
    "finland": "FI",
    "denmark": "DK",
}


def code_of(value: Any) -> str | None:
    """The ISO alpha-2 code ``value`` names (``CN``, ``cn``, ``China``, ``中国``), or None."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if len(text) == 2 and text.isascii() and text.isalpha():
        return text.upper()
    return _NAMES.get(text.casefold().strip(" ."))


def destinations(data: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    """Every country the entry's data goes to, as codes, and the values that name no country."""
    found: list[str] = []
    unknown: list[str] = []
    values: list[Any] = []
    recipient = data.get("recipient")
    if localized.is_mapping(recipient) and "country" in recipient:
        values.append(recipient["country"])
    transfer = data.get("cross_border")
    if localized.is_mapping(transfer) and isinstance(transfer.get("destinations"), list):
        values.extend(transfer["destinations"])
    for value in values:
        code = code_of(value)
        if code is None:
            if isinstance(value, str) and value.strip():
                unknown.append(value.strip())
        elif code not in found:
            found.append(code)
    return found, unknown


def outside(codes: Iterable[str], area: Iterable[str]) -> list[str]:
    """The codes not in ``area``."""
    inside = set(area)
    return [c for c in codes if c not in inside]
