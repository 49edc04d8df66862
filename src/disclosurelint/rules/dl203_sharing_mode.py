"""Every entry says by which means the data reaches the recipient.

## What it checks

`sharing_modes` is present and lists at least one mode, and a mode of `other` comes with a
`sharing_mode_note` saying what it is. Unknown mode names are reported by the schema stage
(DL104, with a "did you mean"), a value that is not a list by DL103.

## Why

MIIT notice 2021 No. 292 makes the sharing mode (共享方式) a column of the third-party sharing
list: backend API transmission, SDK collection on the device and a local API differ in who
controls the data. The notice (工信部信管函 [2021] 292号) is a ministry notice on app lists, not a
statute: a missing mode is a warning when `pipl` or `gb35273` is enabled, only information under
the other regimes; the option `severity-by-regime` changes that.

## Failing example

```yaml
sharing_modes: [other]
```

## Passing example

```yaml
sharing_modes: [other]
sharing_mode_note: File export by e-mail at the user's request.
```

## How to fix

List the modes (`backend_api`, `local_api`, `form`, `terminal_initiated`, `online_service`,
`sdk_on_device`, `other`); for `other`, add `sharing_mode_note:` with the published words.
"""

from __future__ import annotations

from collections.abc import Iterator

from disclosurelint.document import Document
from disclosurelint.model import Finding, RuleText, Severity
from disclosurelint.rules.base import RuleContext, is_placeholder
from disclosurelint.rules.sources import OPTION, element_severity

CODE = "DL203"
NAME = "sharing-mode"
SEVERITY = Severity.WARNING
ARTICLES = ("MIIT notice 2021 No. 292",)
OPTIONS: dict[str, object] = dict(OPTION)
# Required by a ministry notice on app lists (not a statute): a warning under the Chinese profiles.
_REQUIRED = {"pipl": Severity.WARNING, "gb35273": Severity.WARNING}
SCOPE = "document"
OWNS = ("sharing_modes", "sharing_mode_note")

_FIX = (
    "Add `sharing_modes:` with at least one of backend_api, local_api, form, "
    "terminal_initiated, online_service, sdk_on_device, other."
)


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    data = document.mapping
    if "sharing_modes" not in data:
        yield Finding(
            (),
            "the entry does not say how the data reaches the recipient (sharing_modes is missing)",
            fix=_FIX,
            severity=element_severity(context, _REQUIRED),
        )
        return
    modes = data["sharing_modes"]
    if modes is None or modes == [] or (isinstance(modes, str) and not modes.strip()):
        yield Finding(
            ("sharing_modes",),
            "the entry does not say how the data reaches the recipient (sharing_modes is empty)",
            fix=_FIX,
            severity=element_severity(context, _REQUIRED),
        )
        return
    if (
        isinstance(modes, list)
        and "other" in modes
        and is_placeholder(data.get("sharing_mode_note"))
    ):
        where = (
            ("sharing_mode_note",)
            if "sharing_mode_note" in data
            else ("sharing_modes", modes.index("other"))
        )
        yield Finding(
            where,
            "sharing mode `other` does not say what it is "
            "(sharing_mode_note is missing or a placeholder)",
            fix="Add `sharing_mode_note:` with the published words for this mode.",
            severity=element_severity(context, _REQUIRED),
        )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="共享方式",
        summary="每个条目都说明个人信息以何种方式到达接收方。",
        checks=(
            "`sharing_modes` 存在且至少列出一种方式；方式为 `other` 时须有 `sharing_mode_note` 说明"
            "其具体内容。未知的方式名称由结构校验阶段报告（DL104，附“是否想写”建议），不是列表的值"
            "由 DL103 报告。"
        ),
        why=(
            "工信部信管函〔2021〕292号将“共享方式”列为第三方信息共享清单的一栏：后台接口传输、SDK "
            "在终端采集和本地接口调用，在由谁控制数据上各不相同。该通知是关于应用清单的部门通知，不"
            "是法律：启用 `pipl` 或 `gb35273` 时缺少共享方式为警告，在其他法律制度下仅为提示；"
            "`severity-by-regime` 选项可以调整。"
        ),
        fix=(
            "列出共享方式（`backend_api`、`local_api`、`form`、`terminal_initiated`、"
            "`online_service`、`sdk_on_device`、`other`）；方式为 `other` 时，以"
            " `sharing_mode_note:` 写明已发布的表述。"
        ),
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
