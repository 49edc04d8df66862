"""Every entry says why the recipient receives the data.

## What it checks

`purpose` is present and says something: not missing, empty, whitespace only, or a placeholder
(`TBD`, `N/A`, `-`, `todo`, `see above`, `待定`, `无`). In an entry written in several languages
(`purpose: {zh: ..., en: ...}`) each language is read on its own: `{zh: 待定, en: ...}` is
reported at `purpose.zh`. A purpose of the wrong type (a number, a list) is reported by the schema
stage (DL103) instead, so each problem is reported once.

## Why

PIPL Art. 17 and Art. 23 require telling the person the processing purpose of every recipient;
MIIT notice 2021 No. 292 makes "purpose of use" a column of the third-party sharing list; GDPR
Art. 13(1)(c) requires the purposes of processing.

## Failing example

```yaml
purpose: TBD
```

## Passing example

```yaml
purpose: Provide the cloud business card service.
```

## How to fix

Write the purpose in plain words a reader understands, as it appears in the published list.
"""

from __future__ import annotations

from collections.abc import Iterator

from disclosurelint.document import Document
from disclosurelint.model import Finding, RuleText, Severity
from disclosurelint.rules.base import RuleContext, missing_texts

CODE = "DL201"
NAME = "purpose"
SEVERITY = Severity.ERROR
ARTICLES = ("PIPL Art. 23", "PIPL Art. 17", "MIIT notice 2021 No. 292", "GDPR Art. 13(1)(c)")
OPTIONS: dict[str, object] = {}
SCOPE = "document"
OWNS = ("purpose",)


_FIX = (
    "Add `purpose:` with the reason in plain words, e.g. "
    "`purpose: Provide the cloud business card service.`"
)


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    for language, problem in missing_texts(document.mapping, "purpose"):
        field = ".".join(("purpose", *language))
        in_language = f"Write `{field}` in plain words, as the list in that language says it."
        yield Finding(
            ("purpose", *language) if problem != "missing" else (),
            f"the entry does not say why the recipient receives the data ({field} is {problem})",
            fix=in_language if language else _FIX,
        )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="使用目的",
        summary="每个条目都说明接收方接收个人信息的目的。",
        checks=(
            "`purpose` 存在且有实际内容：不缺失、不为空、不只有空白，也不是占位文字（`TBD`、`N/A`、"
            "`-`、`todo`、`see above`、`待定`、`无`）。以多种语言书写的条目（`purpose: {zh: ..., "
            "en: ...}`）逐一读取每种语言：`{zh: 待定, en: ...}` 在 `purpose.zh` 处报告。类型错误的"
            "使用目的（数字、列表）改由结构校验阶段报告（DL103），每个问题只报告一次。"
        ),
        why=(
            "《个人信息保护法》第十七条和第二十三条要求向个人告知每个接收方的处理目的；工信部信管函"
            "〔2021〕292号将“使用目的”列为第三方信息共享清单的一栏；GDPR 第13条第1款(c)项要求告知处"
            "理目的。"
        ),
        fix="用读者能看懂的平实语言写明使用目的，与已发布清单中的表述一致。",
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
