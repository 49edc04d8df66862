"""The one SDK a consent dialog asks about, in an app's code.

An app that uses a single SDK often asks for consent in a dialog of its own rather than a list::

    AlertDialog(
      title: Text('使用星图地图'),
      content: Text('选择地点时，星图地图 SDK 会处理位置信息……'),
      actions: [TextButton(onPressed: () => launchUrl(Uri.parse('https://…/privacy')),
                           child: Text('查看隐私政策')), …],
    )

The sentence that names the SDK (``使用X SDK``, ``X SDK 会处理…``) gives the entry; a
``由X提供`` in the same text gives the company that provides it, and then the dialog's title
that names that company is the service's name. The policy is the address a button or link
labelled as a privacy policy opens: the one whose label names the SDK's provider when the
dialog also links the app's own policy. A file that names more than one SDK so is a list,
not a dialog: nothing is read from it here.
"""

# ruff: noqa: RUF001, RUF002, RUF003  (full-width punctuation of published Chinese text read on purpose)

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from disclosurelint.importer.records import ImportedEntry
from disclosurelint.importer.source import Token, tokenize

# "本应用使用星图位置服务SDK，" or "星图地图 SDK 会处理": the SDK a sentence names
_SDK = re.compile(
    r"(?:使用|集成|接入)了?(?P<used>[^\s，。、：:；;,（(]{2,30}?\s?SDK)"
    r"|(?P<named>[\u3400-\u9fffA-Za-z]{2,20}\s?SDK)\s*(?:会|将|需要)"
)
# "地图搜索由星图提供", or the SDK's aside "（服务商：星图科技有限公司）": the company that
# provides it
_PROVIDED = re.compile(
    r"由(?P<who>[^\s，。、由的]{2,20}?)提供"
    r"|[（(](?:服务商|提供方|提供商|开发者|运营方)[:：]\s*(?P<aside>[^（()）:：，。]{2,40})[)）]"
)
# words of a lead-in or a kind of SDK, not the name of one
_NO_NAME = re.compile(r"以下|下列|如下|第三方|相关|其他|其它|这些|各类|各种|部分|若干")
_POLICY_LABEL = re.compile(r"隐私|privacy", re.IGNORECASE)
_URL = re.compile(r"^https?://\S+$")
_MAX_LABEL = 20
_MAX_TITLE = 12
_NEAR = 12  # tokens between a link and its label


def consent_entry(text: str) -> ImportedEntry | None:
    """The SDK the one consent dialog of a source file asks about, or None."""
    code = tokenize(text)
    tokens = sorted(
        [token for token in code if token.kind == "s"] + _markup_texts(text),
        key=lambda token: token.line,
    )
    found: dict[str, tuple[int, str | None]] = {}
    for index, token in enumerate(tokens):
        for match in _SDK.finditer(token.text):
            name = (match.group("used") or match.group("named")).strip()
            if _NO_NAME.search(name):
                continue  # "使用以下第三方 SDK": the lead-in of a list, not one SDK
            provided = _PROVIDED.search(token.text)
            who = provided and (provided.group("who") or provided.group("aside"))
            found.setdefault(name, (index, who or None))
    if len(found) != 1:
        return None
    ((sdk, (at, company)),) = found.items()
    name = (_title(tokens[max(0, at - 3) : at], company) if company else None) or sdk
    fields = {"product": name, **({"company": company} if company else {})}
    line = tokens[at].line
    policy = _policy(code, company or _brand(sdk))
    if policy is not None:
        fields["policy"] = policy
    lines = dict.fromkeys(fields, line)
    labels = dict.fromkeys(fields, "(consent dialog)")
    links = {"policy": policy} if policy else {}
    return ImportedEntry(
        fields=fields, line=line, field_lines=lines, title=name, labels=labels, links=links
    )


# the words between two tags of a component's markup: "<Text …>地图搜索由星图提供。</Text>"
_MARKUP_TEXT = re.compile(r">([^<>{}]*[\u3400-\u9fff][^<>{}]*)<")


def _markup_texts(text: str) -> list[Token]:
    """The texts a component's markup shows, as strings on their lines."""
    return [
        Token("s", match.group(1).strip(), text.count("\n", 0, match.start(1)) + 1)
        for match in _MARKUP_TEXT.finditer(text)
        if match.group(1).strip()
    ]


def _title(before: Sequence[Token], company: str) -> str | None:
    """The short text above the sentence that names the provider: the dialog's title."""
    for token in reversed(before):
        text = token.text.strip()
        if len(text) <= _MAX_TITLE and company in text and not re.search(r"[。，.,:：]", text):
            return text
    return None


def _brand(sdk: str) -> str:
    """The word an SDK's name starts with: its first two CJK characters or its first word."""
    head = re.match(r"[\u3400-\u9fff]{2}|[A-Za-z]+", sdk)
    return head.group(0) if head else sdk


def _policy(tokens: Sequence[Token], brand: str) -> str | None:
    """The address a privacy policy button opens; the one that names ``brand`` among several."""
    policies: list[tuple[str, str]] = []
    for index, token in enumerate(tokens):
        if token.kind != "s" or not _URL.match(token.text.strip()):
            continue
        label = _label(tokens, index)
        if (
            (label and _POLICY_LABEL.search(label))
            or "privacy" in token.text.lower()
            or _policy_constant(tokens, index)
        ):
            policies.append((token.text.strip(), label or ""))
    named = [url for url, label in policies if brand in label]
    if named:
        return named[0]
    said = [url for url, _ in policies if "privacy" in url.lower()]  # the address says so
    for found in (said, [url for url, _ in policies]):
        if len(found) == 1:
            return found[0]
    return None


# the name of a constant holding a policy's address: "_policyUrl", "PRIVACY_LINK", "kPolicyURL"
_POLICY_NAME = re.compile(r"polic|privacy|隐私", re.IGNORECASE)


def _policy_constant(tokens: Sequence[Token], at: int) -> bool:
    """Whether the address at ``at`` is the value of a constant named for a policy
    (``const _policyUrl = 'https://…';``)."""
    before = tokens[max(0, at - 2) : at]
    return (
        len(before) == 2
        and before[0].kind == "i"
        and before[1].text == "="
        and bool(_POLICY_NAME.search(before[0].text))
    )


def screen_policy(entry: ImportedEntry, text: str) -> ImportedEntry:
    """The one entry a screen's source gives, with the policy its button opens when the entry
    gives none (the address held in a constant: ``Uri.parse(_policyUrl)``)."""
    if entry.links.get("policy") or entry.fields.get("policy"):
        return entry
    who = entry.fields.get("company") or entry.fields.get("product") or ""
    policy = _policy(tokenize(text), _brand(who))
    if policy is None:
        return entry
    line = entry.line
    return replace(
        entry,
        fields={**entry.fields, "policy": policy},
        field_lines={**entry.field_lines, "policy": line},
        labels={**entry.labels, "policy": "(the screen's policy button)"},
        links={**entry.links, "policy": policy},
    )


def _label(tokens: Sequence[Token], at: int) -> str | None:
    """The nearest short string of words around a link: its button's or its link's text."""
    best: tuple[int, str] | None = None
    for index in range(max(0, at - _NEAR), min(len(tokens), at + _NEAR + 1)):
        token = tokens[index]
        text = token.text.strip()
        if index == at or token.kind != "s" or not text or len(text) > _MAX_LABEL or "://" in text:
            continue
        if best is None or abs(index - at) < best[0]:
            best = (abs(index - at), text)
    return best[1] if best else None
