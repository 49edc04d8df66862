"""Services a Chinese page names in its sentences, with no list of them.

A small site or an app's policy often says what it uses in a paragraph per service::

    <h3>流量分析</h3>
    <p>本網站使用流量分析服務 (Example Analytics) 進行流量分析。</p>
    <p>詳情請查看 <a href="https://example.com/privacy">隱私權與條款</a>。</p>

    我们使用了第三方（某某科技有限公司，以下称“某某”）某某 PushKit服务为您提供推送……

A sentence that says the page uses a service names it: in the bracket after a kind of service
(``使用流量分析服務 (Name)``), after the company that provides it (``使用X提供之Name服務``), in
Latin letters right after ``使用`` or where the page takes a resource from (``使用Name蒐集…``,
``使用Name，請參閱…``, ``引用自 Name``), several joined by commas, ``&`` or ``和`` (``本站使用 A,
B & C 作为…``, ``使用由 A & B 提供的…``), or after a bracket giving its company
(``使用了第三方（Company，以下称…）Name服务``). The policy is the first link, in that paragraph
or the ones below it up to the next service or heading, whose words or address say privacy or
policy. Read only where a page gives no list at all.
"""

# ruff: noqa: RUF001, RUF002, RUF003  (full-width punctuation of published Chinese text read on purpose)

from __future__ import annotations

import re

from disclosurelint.importer.names import LEGAL_ENTITY
from disclosurelint.importer.records import ImportedEntry

# the page uses it (not "若您使用…", the reader using a system of their own)
_USES = r"(?<![您你者户])(?:使用|採用|采用|集成|接入|整合)了?"
_LATIN = r"[A-Za-z][A-Za-z0-9.+-]*(?: [A-Za-z0-9][A-Za-z0-9.+-]*){0,3}"
# where the page takes a resource from or is hosted ("引用自", "托管于"): a service it uses
_TAKEN_FROM = r"引用自|來自|来自|托管[于在於]|託管[于在於]|部署[于在於]"
# what joins the names of a list: a comma, an ampersand, "和", "及", "与"
_JOINED = r"\s*(?:[,，、&]|和|及|与|與)\s*"
_SERVICE = re.compile(
    # "使用流量分析服務 (Google Analytics)": the kind of service, then its name in brackets
    rf"{_USES}(?:第三方)?[\u3400-\u9fff]{{0,8}}?(?:服務|服务)\s*[（(]\s*(?P<kind>{_LATIN})\s*[)）]"
    # "使用Google提供之Admob服務": the company that provides it, then its name
    rf"|{_USES}(?P<by>[\w]{{2,20}}?)提供[之的](?P<provided>{_LATIN})\s*(?:服務|服务)"
    # "使用了第三方（某公司，以下称“X”）X PushKit服务": its company in a bracket before it
    rf"|{_USES}(?:第三方)?[（(](?P<aside>[^（()）]{{4,60}})[)）]\s*(?P<after>{_LATIN})\s*(?:服務|服务|SDK)"
    # "TransTaiwan使用Google Analytics蒐集", "使用Google Analytics，請參閱…": its name in Latin
    # letters, then Chinese words, a clause's end or the line's; "本站使用 A, B & C 作为…",
    # "使用由 A & B 提供的…", "引用自 A, B, C 和其他…": several, joined
    rf"|(?:{_USES}|{_TAKEN_FROM})由?\s*(?P<latin>{_LATIN}(?:{_JOINED}{_LATIN})*)"
    r"(?=\s*(?:[\u3400-\u9fff]|[，,。；;]|$))"
    # "TransTaiwan會存取您的Google日曆": the reader's own account of a service it reaches
    r"|(?:存取|访问|訪問|讀取|读取)(?:您|你)的\s*(?P<yours>[A-Z][A-Za-z]+\s?[\u3400-\u9fff]{1,4}?)"
    r"(?=[並并和及與与中裡里內内上，,。、\s]|$)"
    # "使用某某科技有限公司的某某推送 SDK", "还附带某某（北京）科技有限公司的某某 ID SDK": an SDK
    # after the company that provides it; "也使用手机厂商推送 SDK": an SDK named alone
    rf"|(?:{_USES}|附带|附帶)(?:(?P<maker>[^\s，,。；;的]{{2,30}}?(?:有限公司|集团|集團))的)?\s*"
    r"(?P<sdk>(?!的)[\u3400-\u9fff][\u3400-\u9fffA-Za-z0-9]{0,11}(?: [A-Za-z0-9]{1,8})?\s?SDK)"
    r"(?!\s*[（(])"  # not one with a bracket after it (its company, read with the screen)
)
_HTML_LINK = re.compile(
    r"<a\s[^>]*?href=[\"'](?P<url>https?://[^\"']+)[\"'](?P<attrs>[^>]*)>(?P<text>.*?)</a>",
    re.IGNORECASE | re.DOTALL,
)
_MD_LINK = re.compile(r"\[(?P<text>[^\]]*)\]\((?P<url>https?://[^)\s]+)\)")
_TAG = re.compile(r"<[^>]+>")
_HEADING = re.compile(r"^\s*(?:<h[1-6][^>]*>|#{1,6}\s)", re.IGNORECASE)
_POLICY_WORDS = re.compile(r"隐私|隱私|政策|privacy|policy", re.IGNORECASE)
# a kind of service or a word of a sentence, not the name of one
_NO_NAME = re.compile(r"^(?:the|a|an|this|our|app|sdk|api|cookie|cookies|ip)$", re.IGNORECASE)


def services_in_prose(text: str) -> list[ImportedEntry]:
    """An entry per service a sentence of ``text`` says the page uses, with the company the
    sentence gives and the policy its paragraph links to."""
    found: list[tuple[int, str, str | None]] = []
    sdks: list[tuple[str, str | None]] = []  # those named as an SDK, with their companies
    links: list[tuple[int, str, str]] = []
    headings: list[int] = []
    lines = text.splitlines()
    for number, raw in enumerate(lines, start=1):
        if _HEADING.match(raw):
            headings.append(number)
        links.extend(
            (number, m["url"], f"{m['text']} {m['attrs']}") for m in _HTML_LINK.finditer(raw)
        )
        links.extend((number, m["url"], m["text"]) for m in _MD_LINK.finditer(raw))
        # a link's words are a page's title, not a sentence of this one
        line = _TAG.sub("", _MD_LINK.sub(" ", _HTML_LINK.sub(" ", raw))).replace("`", "")
        for match in _SERVICE.finditer(line):
            for service in _services(match):
                if service[0] not in {name for _, name, _ in found}:
                    found.append((number, *service))
                    if match["sdk"]:
                        sdks.append(service)
    if not any(company for _, company in sdks):
        # SDKs named in passing, none after its company: a screen's sentences, read elsewhere
        found = [item for item in found if item[1:] not in sdks]
    entries: list[ImportedEntry] = []
    for index, (number, name, company) in enumerate(found):
        ends = [n for n in headings if n > number]
        ends += [n for n, _, _ in found[index + 1 :]]
        others = [other for _, other, _ in found if other != name]
        # a later paragraph naming another service again (the page's English half) ends it
        ends += [
            at
            for at, line in enumerate(lines[number:], start=number + 1)
            if any(other in line for other in others)
        ][:1]
        end = min(ends, default=number + 1_000_000)
        policy = _named_policy(name, number, links) or next(
            (
                url
                for at, url, words in links
                if number <= at < end and _POLICY_WORDS.search(f"{words} {_path(url)}")
            ),
            None,
        )
        entries.append(named_entry(name, number, company, policy))
    return entries


def _named_policy(name: str, number: int | None, links: list[tuple[int, str, str]]) -> str | None:
    """The policy a link just below a Chinese service's sentence (anywhere, when ``number`` is
    None) gives by the service's name ("个推隐私政策" for "个推消息推送 SDK")."""
    lead = re.match(r"[\u3400-\u9fff]{2}", name)
    return next(
        (
            url
            for at, url, words in links
            if lead
            and (number is None or number <= at <= number + _NEAR)
            and lead[0] in words
            and _POLICY_WORDS.search(words)
        ),
        None,
    )


_NAMED = "(named in a sentence)"
_NEAR = 5  # the lines below a sentence its own links may stand on


def with_named_policies(entries: list[ImportedEntry], text: str) -> list[ImportedEntry]:
    """``entries`` with the services named in sentences of a page's shown strings given the
    policy a link of the page's source names them by (the link was not a string it shows)."""
    links = [
        (number, m["url"], m["text"])
        for number, raw in enumerate(text.splitlines(), start=1)
        for m in _HTML_LINK.finditer(raw)
    ]
    out: list[ImportedEntry] = []
    for entry in entries:
        product = entry.fields.get("product", "")
        policy = None
        if entry.labels.get("product") == _NAMED and not entry.links.get("policy"):
            policy = _named_policy(product, None, links)
        if policy is None:
            out.append(entry)
            continue
        out.append(named_entry(product, entry.line, entry.fields.get("company"), policy))
    return out


def named_entry(
    name: str, line: int, company: str | None, policy: str | None, label: str = _NAMED
) -> ImportedEntry:
    """The entry of a service a sentence (or what ``label`` says) names: its name as the
    product, the company and the policy address when given."""
    fields = {"product": name, **({"company": company} if company else {})}
    if policy:
        fields["policy"] = policy
    return ImportedEntry(
        fields=fields,
        line=line,
        field_lines=dict.fromkeys(fields, line),
        title=name,
        labels=dict.fromkeys(fields, label),
        links={"policy": policy} if policy else {},
    )


def _services(match: re.Match[str]) -> list[tuple[str, str | None]]:
    """The services a match names, each with its company (when the sentence gives one)."""
    if match["latin"]:
        names = [name.strip() for name in re.split(_JOINED, match["latin"])]
        return [(name, None) for name in names if len(name) >= 2 and not _NO_NAME.match(name)]
    service = _service(match)
    return [service] if service is not None else []


def _service(match: re.Match[str]) -> tuple[str, str | None] | None:
    """The service's name and its company (when the sentence gives one)."""
    company: str | None = None
    if match["provided"]:
        name, company = match["provided"], match["by"]
    elif match["sdk"]:
        name, company = match["sdk"], match["maker"]
    elif match["after"]:
        name = match["after"]
        first = re.split(r"[，,]", match["aside"])[0].strip()
        company = first if LEGAL_ENTITY.search(first) else None
    else:
        name = match["kind"] or match["yours"]
    name = name.strip()
    if len(name) < 2 or _NO_NAME.match(name):
        return None
    return name, company


def _path(url: str) -> str:
    """An address without its host: the words of its path and query."""
    return re.sub(r"^https?://[^/]+", "", url)
