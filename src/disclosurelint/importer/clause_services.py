"""Third-party services one clause names in Latin letters, another giving each one's policy.

An app's policy held as strings of a resource file (clauses "a", "b", "c" of a section) may name
the services it uses in a sentence and give their policies in a later clause::

    二、公司使用了第三方服务 Northwind 和 Quill Reports，仅收集崩溃日志。
    三、（Northwind 隐私政策：https://northwind.example/privacy ，Acme Reports 隐私政策：
    https://acme.example/reports/privacy）

Each name the sentence joins with 和, 与, 及 or 、 after "使用了第三方服务" is an entry; its
policy is the address after "<name> 隐私政策：", the name given there the same or sharing a word
with it ("Acme Reports" for "Quill Reports"; an address no name claims is no one's). The
sentence names services, not companies: no company. Read only where a page gives no list.
"""

# ruff: noqa: RUF001, RUF002  (full-width punctuation of published Chinese text read on purpose)

from __future__ import annotations

import re

from disclosurelint.importer.prose import named_entry
from disclosurelint.importer.records import ImportedEntry

_LATIN = r"[A-Za-z][A-Za-z0-9.+-]*(?: [A-Za-z0-9][A-Za-z0-9.+-]*){0,3}"
_JOIN = r"\s*(?:和|与|與|及|以及|、)\s*"
_USES = re.compile(
    r"(?<![您你者户])(?:使用|採用|采用|集成|接入)了?第三方(?:服务|服務|SDK)\s*"
    rf"(?P<names>{_LATIN}(?:{_JOIN}{_LATIN})*)"
)
_POLICY = re.compile(
    rf"(?P<name>{_LATIN})\s*(?:隐私政策|隱私政策|隐私权政策|隱私權政策)\s*[：:]\s*"
    r"(?P<url>https?://[^\s，,）)\"'<>]+)"
)


def clause_services(text: str) -> list[ImportedEntry]:
    """An entry per service the page's sentences say it uses, each with its policy."""
    policies = [(match["name"], match["url"]) for match in _POLICY.finditer(text)]
    entries: list[ImportedEntry] = []
    seen: set[str] = set()
    for match in _USES.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        for said in re.split(_JOIN, match["names"]):
            name = said.strip()
            if name and name.lower() not in seen:
                seen.add(name.lower())
                entries.append(named_entry(name, line, None, _policy_of(name, policies)))
    return entries


def _policy_of(name: str, policies: list[tuple[str, str]]) -> str | None:
    same = [url for said, url in policies if said.lower() == name.lower()]
    if same:
        return same[0]
    words = set(name.lower().split())
    shared = [url for said, url in policies if words & set(said.lower().split())]
    return shared[0] if len(shared) == 1 else None
