"""A text of the entry lacks one of the languages the product publishes its list in.

## What it checks

A free-text field (`product`, `purpose`, `scenario`, `data[].item`, `data_note`,
`sharing_mode_note`, `processing_method`, `recipient.name`, `recipient.name_source`,
`privacy_policy.reference`, `justification.necessity` and `.impact`, `cross_border.note`,
`retention`, `wording.*`) may be written in several languages: `purpose: {zh: 提供云名片服务。,
en: Provide the cloud business card service.}`. The languages every entry must give are the
product's `languages` in the `_product.yaml` of its folder (`languages: [zh, en]`); a plain text
counts as the first of them. Without such a list, the languages are those the entry itself uses:
a field that gives some of them but not all is reported. Tags match by language: `zh` serves
`zh-CN` and the reverse. Each field is reported at the field, naming the languages it lacks.

## Why

PIPL Art. 17 requires the rules to be told "in a conspicuous way and in clear and easily
understood language"; a company that publishes its list in Chinese and in English must say the
same in both (the Chinese text is the binding one for PIPL). An entry whose purpose exists in
English only leaves the Chinese page with a gap, or with English words among Chinese labels.

## Failing example

```yaml
purpose:
  zh: 提供云名片服务。
  en: Provide the cloud business card service.
scenario:
  en: You share your cloud business card on WeLink to WeChat.
```

## Passing example

```yaml
purpose:
  zh: 提供云名片服务。
  en: Provide the cloud business card service.
scenario:
  zh: 您将WeLink上的云名片分享到微信。
  en: You share your cloud business card on WeLink to WeChat.
```

## How to fix

Add the missing language under the field (`zh: ...`) with the published words of that
language's list, or remove the language from `languages:` in `_product.yaml` if the product does
not publish in it.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from disclosurelint import localized
from disclosurelint.document import Document
from disclosurelint.model import Finding, RuleText, Severity, format_json_path
from disclosurelint.rules.base import RuleContext

CODE = "DL207"
NAME = "missing-language"
SEVERITY = Severity.WARNING
ARTICLES = ("PIPL Art. 17", "MIIT notice 2021 No. 292")
OPTIONS: dict[str, object] = {}
SCOPE = "document"
OWNS: tuple[str, ...] = ()

PRODUCT_FILE = "_product.yaml"
_product_cache: dict[str, tuple[float, tuple[str, ...]]] = {}
# Folders seen without a product file, with their modification time then. Creating the file
# changes the folder's time, so one look at the folder (which exists) answers for each of its
# declarations, instead of a failed look-up of the file each time. A folder changed in the last
# second is not trusted this way: its time may not yet show a file created in the same tick.
_absent: dict[str, int] = {}
_SETTLED_NS = 1_000_000_000


def product_languages(declaration: str) -> tuple[str, ...]:
    """The ``languages`` of the ``_product.yaml`` beside ``declaration``; none when there is no
    such file or it names none (the product file's own problems are reported by ``render``)."""
    # os.path, not pathlib: this runs for every declaration
    folder = os.path.dirname(declaration)  # noqa: PTH120
    seen = _absent.get(folder)
    if seen is not None:
        try:
            if os.stat(folder or ".").st_mtime_ns == seen:  # noqa: PTH116
                return ()
        except OSError:
            return ()
        del _absent[folder]
    key = os.path.join(folder, PRODUCT_FILE)  # noqa: PTH118
    try:
        stamp = os.stat(key).st_mtime  # noqa: PTH116
    except OSError:
        _remember_absent(folder)
        return ()
    cached = _product_cache.get(key)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    found = _read_languages(Path(key))
    _product_cache[key] = (stamp, found)
    return found


def files_beside(declarations: Iterable[str]) -> set[str]:
    """The files this rule reads beside ``declarations``: the product file of each one's folder
    (there or not), which the result cache must also see unchanged."""
    folders = {os.path.dirname(path) for path in declarations}  # noqa: PTH120
    return {os.path.join(folder, PRODUCT_FILE) for folder in folders}  # noqa: PTH118


def _remember_absent(folder: str) -> None:
    try:
        changed = os.stat(folder or ".").st_mtime_ns  # noqa: PTH116
    except OSError:
        return
    if time.time_ns() - changed > _SETTLED_NS and not os.path.exists(  # noqa: PTH110
        os.path.join(folder, PRODUCT_FILE)  # noqa: PTH118
    ):
        _absent[folder] = changed


def _read_languages(path: Path) -> tuple[str, ...]:
    from disclosurelint.load import load_file

    try:
        document, _, _ = load_file(path, str(path))
    except OSError:
        return ()
    value = document.mapping.get("languages") if document is not None else None
    if not isinstance(value, list):
        return ()
    return tuple(dict.fromkeys(tag for tag in value if localized.is_tag(tag)))


def _used(data: Mapping[str, Any]) -> tuple[str, ...]:
    """The languages the entry's own texts are written in, in the order first used."""
    seen: dict[str, str] = {}
    for value in localized.field_values(data):
        if type(value) is str or not localized.is_mapping(value):
            continue  # a plain text: no language named
        for tag in map(str, value):
            if localized.is_tag(tag):
                seen.setdefault(tag.split("-", 1)[0].casefold(), tag)
    return tuple(seen.values())


def _lacks(value: Any, wanted: Sequence[str], declared: bool) -> list[str]:
    if isinstance(value, str):
        # a plain text is in the product's first language; without a product list, unknown
        return list(wanted[1:]) if declared and value.strip() else []
    if not isinstance(value, Mapping) or not value:
        return []  # a wrong type or an empty mapping is the schema's to report
    return [lang for lang in wanted if localized.tag_in(value, lang) is None]


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    data = document.mapping
    declared = product_languages(document.path)
    wanted = declared or _used(data)
    if len(wanted) < (1 if declared else 2):
        return
    source = (
        f"the product's languages ({', '.join(wanted)})"
        if declared
        else (f"the languages this entry uses ({', '.join(wanted)})")
    )
    for path, value in localized.fields(data):
        lacking = _lacks(value, wanted, bool(declared))
        if not lacking:
            continue
        field = format_json_path(path)[2:]
        yield Finding(
            path,
            f"`{field}` has no text in {', '.join(lacking)}, one of {source}",
            fix=f"Add {' and '.join(f'`{lang}:`' for lang in lacking)} under `{field}` with the "
            "published words in that language.",
        )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="缺少发布语言",
        summary="条目的某段文字缺少产品发布清单所用的某种语言。",
        checks=(
            "自由文本字段（`product`、`purpose`、`scenario`、`data[].item`、`data_note`、"
            "`sharing_mode_note`、`processing_method`、`recipient.name`、`recipient.name_source`、"
            "`privacy_policy.reference`、`justification.necessity` 和 `.impact`、"
            "`cross_border.note`、`retention`、`wording.*`）可以用多种语言书写：`purpose: {zh: 提供"
            "云名片服务。, en: Provide the cloud business card service.}`。每个条目必须提供的语言是"
            "其所在文件夹 `_product.yaml` 中产品的 `languages`（`languages: [zh, en]`）；单一文本视"
            "为其中第一种语言。没有该列表时，以条目自身使用的语言为准：只提供其中部分语言的字段会被"
            "报告。语言标签按语言匹配：`zh` 可对应 `zh-CN`，反之亦然。每个字段在该字段处报告，并写"
            "明其缺少的语言。"
        ),
        why=(
            "《个人信息保护法》第十七条要求以显著方式、清晰易懂的语言告知处理规则；以中英文发布清单"
            "的公司，两种语言的内容必须一致（依《个人信息保护法》，中文文本具有约束力）。使用目的只"
            "有英文的条目，会使中文页面出现空缺，或在中文标签中夹杂英文。"
        ),
        fix=(
            "在该字段下补上缺少的语言（`zh: ...`），内容采用该语言已发布清单的原文；如产品不以该语"
            "言发布，则从 `_product.yaml` 的 `languages:` 中删除该语言。"
        ),
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
