"""A data item or sharing mode that the published words do not mention.

## What it checks

Where a declaration keeps published words, the public page prints them instead of the structured
list: "Collected information" shows `wording.data` (else `data_note`), "Sharing mode" shows
`wording.sharing_modes`. Each data `item` that those data words do not mention is a finding at the
item; each entry of `sharing_modes` that the mode words do not mention is a finding at the mode.
A mode counts as mentioned by its rendered words or a common synonym ("background API" or
后台接口 for `backend_api`, 本地接口 for `local_api`, "embedded SDK" for `sdk_on_device`), or when
`disclosurelint import` reads a phrase of the words as that mode ("API" as `backend_api`,
调用系统相关接口自动采集 as `sdk_on_device`); `other` by its `sharing_mode_note`.

Words are compared whole, ignoring case, spacing and punctuation, with full-width characters
folded (NFKC), in English and Chinese alike: "Wi-Fi 列表" is found in "Wi-Fi列表", "phone number" in
"phone numbers", and "name" is not found in "nickname".

## Why

PIPL Art. 17 requires the notice to tell the categories of personal information truthfully,
accurately and completely (真实、准确、完整); MIIT notice 2021 No. 292 requires the list of
information shared with third parties to show the types of personal information and the sharing
mode. The other rules read the structured fields, but people read the published words: an item or
mode that only the fields name is hidden from the page.

## Failing example

```yaml
data:
  - item: name
  - item: telephone number
data_note: See the card page, such as your name.
```

## Passing example

```yaml
data:
  - item: name
  - item: telephone number
data_note: See the card page, such as your name and telephone number.
wording:
  sharing_modes: background API transmission
```

## How to fix

Name the item or mode in the published words (`wording.data`, `data_note`,
`wording.sharing_modes`), or remove the `wording:` entry so that the page lists the fields as
rendering generates them. If the item or mode is not shared at all, remove it from the list.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from disclosurelint import localized
from disclosurelint.document import Document
from disclosurelint.model import Finding, RuleText, Severity
from disclosurelint.published import MODE_PHRASES, MODE_WORDS, published_words, sharing_modes
from disclosurelint.rules.base import RuleContext

CODE = "DL206"
NAME = "unpublished-item"
SEVERITY = Severity.WARNING
ARTICLES = ("PIPL Art. 17", "MIIT notice 2021 No. 292")
OPTIONS: dict[str, object] = {}
SCOPE = "document"
OWNS: tuple[str, ...] = ()

# Han, kana, hangul and their punctuation-free blocks: each character is a word of its own.
_CJK = "\u2e80-\u2fdf\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_WORD = re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+")


def words(text: str) -> tuple[str, ...]:
    """``text`` as comparable words: NFKC-folded, case-folded, without spaces or punctuation;
    each CJK character is one word."""
    return tuple(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def _same(found: str, wanted: str) -> bool:
    return found == wanted or (wanted.isascii() and found in (wanted + "s", wanted + "es"))


def mentions(text: Sequence[str], phrase: Sequence[str]) -> bool:
    """True when the words ``phrase`` occur in ``text`` in a row (a plural ending allowed)."""
    if not phrase:
        return True
    size = len(phrase)
    return any(
        all(_same(text[start + offset], phrase[offset]) for offset in range(size))
        for start in range(len(text) - size + 1)
    )


def _data_findings(data: Mapping[str, Any]) -> Iterator[Finding]:
    published = published_words(data, "data")
    items = data.get("data")
    if published is None or not isinstance(items, list):
        return
    text, where = words(published[0]), published[1]
    for index, entry in enumerate(items):
        said = localized.texts(entry.get("item")) if isinstance(entry, Mapping) else ()
        item = next((t for _, t in said if t.strip()), None)
        # the published words are in one language: an item is on the page in any of its own
        if item is None or any(mentions(text, words(t)) for _, t in said if t.strip()):
            continue
        yield Finding(
            ("data", index, "item"),
            f"data item {item.strip()!r} is not mentioned in `{where}`, the words the page "
            "prints for the collected information: the page would hide it",
            fix=f"Mention {item.strip()!r} in `{where}`, or remove the item if it is not shared.",
        )


def _mode_phrases(mode: str, data: Mapping[str, Any]) -> tuple[str, ...] | None:
    if mode == "other":
        notes = tuple(t for _, t in localized.texts(data.get("sharing_mode_note")) if t.strip())
        return notes or None
    if mode not in MODE_PHRASES:
        return None  # an unknown mode is the schema's to report
    return (*MODE_PHRASES[mode], MODE_WORDS["en"][mode], MODE_WORDS["zh"][mode])


def _mode_findings(data: Mapping[str, Any]) -> Iterator[Finding]:
    published = published_words(data, "sharing_modes")
    modes = data.get("sharing_modes")
    if published is None or not isinstance(modes, list):
        return
    text, where = words(published[0]), published[1]
    read = set(sharing_modes(published[0])[0])  # what import makes of the words, phrase by phrase
    for index, mode in enumerate(modes):
        phrases = _mode_phrases(mode, data) if isinstance(mode, str) else None
        if phrases is None or (mode != "other" and mode in read):
            continue
        if any(mentions(text, words(phrase)) for phrase in phrases):
            continue
        said = f" ({MODE_WORDS['en'][mode]})" if mode in MODE_WORDS["en"] else ""
        yield Finding(
            ("sharing_modes", index),
            f"sharing mode `{mode}`{said} is not mentioned in `{where}`, the words the page "
            "prints for the sharing mode: the page would hide it",
            fix=f"Mention it in `{where}` (for example {phrases[0]!r}), or remove the mode if "
            "it is not used.",
        )


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    data = document.mapping
    yield from _data_findings(data)
    yield from _mode_findings(data)


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="未在发布文字中提及的项目",
        summary="已发布的文字中没有提及的数据项或共享方式。",
        checks=(
            "声明保留了已发布文字的，公开页面会印出这些文字而不是结构化列表：“共享信息”显示"
            " `wording.data`（否则为 `data_note`），“共享方式”显示 `wording.sharing_modes`。数据文"
            "字中未提及的每个数据项 `item` 在该数据项处报告；方式文字中未提及的每个"
            " `sharing_modes` 条目在该方式处报告。方式以其呈现文字或常用同义词（`backend_api` 的“"
            "background API”或“后台接口”，`local_api` 的“本地接口”，`sdk_on_device` 的“embedded SDK"
            "”）提及，或 `disclosurelint import` 将文字中的某个短语读作该方式（“API”读作"
            " `backend_api`，“调用系统相关接口自动采集”读作 `sdk_on_device`）时，视为已提及；"
            "`other` 以其 `sharing_mode_note` 提及。\n\n"
            "文字按完整词语比较，忽略大小写、空白和标点，全角字符经 NFKC 归一化，中英文同样处理：“"
            "Wi-Fi 列表”可在“Wi-Fi列表”中找到，“phone number”可在“phone numbers”中找到，而“name”不"
            "会在“nickname”中找到。"
        ),
        why=(
            "《个人信息保护法》第十七条要求告知的个人信息种类真实、准确、完整；工信部信管函〔2021〕"
            "292号要求第三方信息共享清单写明个人信息的类型和共享方式。其他规则读取结构化字段，但个"
            "人阅读的是已发布的文字：只在字段中列出的数据项或方式，在页面上是看不到的。"
        ),
        fix=(
            "在已发布的文字（`wording.data`、`data_note`、`wording.sharing_modes`）中写明该数据项或"
            "方式，或删除 `wording:` 条目，让页面按字段生成列表。如该数据项或方式实际并未共享，则将"
            "其从列表中删除。"
        ),
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
