"""SDKs an app's policy screen names inside its sentences, each with its company in brackets.

A policy kept in an app's code as sections of prose (``(title: '二、广告服务', body: '…')``)
names the SDKs it uses in passing rather than in a list::

    '本应用使用星图聚合SDK 与 Lumen Ads。用于展示广告……'
    '星图聚合 SDK（StarAds，星图数字科技有限公司），接入海豚（海豚网络技术有限公司）适配器，……'
    '隐私政策见：星图 https://starads.example.com/privacy；海豚 https://dolphin.example.com/p。'

Each name followed by a bracket whose last part is a company (``Name（…，Company）``) is an
SDK and its company; the names a sentence says the app uses (``使用A与B``, an SDK or a name in
Latin letters) are SDKs too; a ``Name https://…`` pair after a policy label gives the policy
of the SDK whose name starts with that word. Read only where a screen gives no list, and only
when it names two SDKs at least, one with its company.
"""

# ruff: noqa: RUF001, RUF002, RUF003  (full-width punctuation of published Chinese text read on purpose)

from __future__ import annotations

import re
from dataclasses import dataclass

from disclosurelint.importer.names import LEGAL_ENTITY
from disclosurelint.importer.prose import named_entry
from disclosurelint.importer.records import ImportedEntry
from disclosurelint.importer.source import tokenize

_NAME = r"[\u3400-\u9fffA-Za-z][\u3400-\u9fff\w .+-]"
# "星图聚合 SDK（StarAds，星图数字科技有限公司）", "接入海豚（海豚网络技术有限公司）适配器"
_WITH_COMPANY = re.compile(rf"(?P<name>{_NAME}{{0,24}}?)\s*[（(](?P<inside>[^（）()]{{2,60}})[)）]")
# "隐私政策：星图 https://…；海豚 https://…": a policy address after the word it is for
_POLICY_PAIR = re.compile(rf"(?P<word>{_NAME}{{0,20}}?)\s+(?P<url>https?://[^\s；;，,。]+)")
# "本应用使用星图聚合SDK 与 Lumen Ads。": the names a sentence says the app uses
_USES = re.compile(r"(?:使用|集成|接入)了?\s*(?P<names>[^。；;，,：:（(]{2,60})[。；;，,]")
_AND = re.compile(r"\s*(?:与|和|及|以及|、)\s*")
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z0-9.+-]*(?: [A-Z][A-Za-z0-9.+-]*){0,3}$")
# the verbs and words of a sentence before a name: "，接入" of "，接入海豚（…）"
_LEAD = re.compile(r"^.*(?:使用了?|集成了?|接入了?|采用|包括|包含|以及|与|和|及|[、，,。：:])\s*")
_POLICY_LABEL = re.compile(r"隐私政策|隐私协议|privacy", re.IGNORECASE)
# a numbered section titled by a service's name in Latin letters: "四、Game Center", "5. iCloud"
_SERVICE_TITLE = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．]\s*"
    r"(?P<name>(?:[A-Z]|i[A-Z])[A-Za-z]*(?: [A-Z][A-Za-z]*){0,2})$"
)
_MIN_SDKS = 2


@dataclass
class _Sdk:
    name: str
    line: int
    company: str | None = None
    policy: str | None = None


def inline_sdks(text: str) -> list[ImportedEntry]:
    """An entry per SDK the strings of a source file name in their sentences; empty when
    they name fewer than two or none with its company."""
    found: dict[str, _Sdk] = {}
    policies: list[tuple[str, str]] = []
    for token in tokenize(text):
        if token.kind != "s" or not re.search(r"[\u3400-\u9fff]", token.text):
            continue
        for match in _WITH_COMPANY.finditer(token.text):
            company = re.split(r"[，,、]", match["inside"])[-1].strip()
            name = _LEAD.sub("", match["name"]).strip()
            if LEGAL_ENTITY.search(company) and name and not LEGAL_ENTITY.search(name):
                sdk = found.setdefault(_key(name), _Sdk(name, token.line))
                sdk.company = sdk.company or company
        for match in _USES.finditer(token.text):
            for name in _AND.split(match["names"].strip()):
                if name.upper().endswith("SDK") or _LATIN_NAME.match(name):
                    found.setdefault(_key(name), _Sdk(name.strip(), token.line))
        for label in _POLICY_LABEL.finditer(token.text):
            tail = token.text[label.end() :]
            policies.extend((pair["word"], pair["url"]) for pair in _POLICY_PAIR.finditer(tail))
    services = _titled_services(text, found)
    sdks = list(found.values())
    if len(sdks) < _MIN_SDKS or not any(sdk.company for sdk in sdks):
        return []
    for word, url in policies:
        owner = next((sdk for sdk in sdks if _key(sdk.name).startswith(_key(word))), None)
        if owner is not None and owner.policy is None:
            owner.policy = url
    sdks.extend(services)
    return [
        named_entry(sdk.name, sdk.line, sdk.company, sdk.policy)
        for sdk in sorted(sdks, key=lambda sdk: sdk.line)
    ]


def _titled_services(text: str, found: dict[str, _Sdk]) -> list[_Sdk]:
    """The services sections are titled by (``四、Game Center``), each with the company the
    strings name before it (``Apple 的 iCloud``, ``Apple Game Center``), if any."""
    strings = [token for token in tokenize(text) if token.kind == "s"]
    said = "\n".join(token.text for token in strings)
    services: list[_Sdk] = []
    for token in strings:
        title = _SERVICE_TITLE.match(token.text.strip())
        if title is None or _key(title["name"]) in found:
            continue
        name = title["name"]
        maker = re.search(rf"(?P<maker>[A-Z][A-Za-z]+)\s*(?:的\s*)?{re.escape(name)}", said)
        services.append(_Sdk(name, token.line, maker["maker"] if maker else None))
    return services


def _key(name: str) -> str:
    return re.sub(r"\s+", "", name).casefold()
