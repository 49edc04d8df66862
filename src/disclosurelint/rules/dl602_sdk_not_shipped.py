"""A declaration's `sdks:` names an SDK that no manifest declares.

## What it checks

Each item of a declaration's `sdks:` list (a catalogue id or a coordinate) must match a
dependency of the manifests named by `sdk-manifests:` or `--sdk-manifests`. An item that
matches none is reported where it is written: the SDK was removed from the app, renamed, or
the item has a typo.

## Why

The published list must be accurate as well as complete (PIPL Art. 7 openness and
transparency, Art. 8 accuracy; GB/T 35273-2020 9.2): an entry for an SDK the app no longer
ships tells people their data goes somewhere it does not, and hides which entry covers what.

## Failing example

```yaml
id: umeng
sdks: [umeng-analytics, jpush]   # the app's manifests have no JPush
data:
  - item: device identifiers
    category: device_id
  - item: device model and system version
    category: device_info
  - item: network type
    category: network_info
  - item: IP address
    category: ip_address
  - item: app version
    category: app_info
  - item: usage statistics
    category: usage_data
  - item: approximate location
    category: coarse_location
```

## Passing example

```yaml
id: umeng
recipient:
  name: 友盟同欣(北京)科技有限公司
  relationship: third_party
  contact: https://www.umeng.com/page/policy
sdks: [umeng-analytics]
data:
  - item: device identifiers
    category: device_id
  - item: device model and system version
    category: device_info
  - item: network type
    category: network_info
  - item: IP address
    category: ip_address
  - item: app version
    category: app_info
  - item: usage statistics
    category: usage_data
  - item: approximate location
    category: coarse_location
```

## How to fix

Remove the item (and the entry, if the SDK is gone), correct its spelling (`disclosurelint
sdks` lists the ids and coordinates found), or add the manifest that declares the SDK to
`sdk-manifests:`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from disclosurelint.model import Finding, RuleText, Severity
from disclosurelint.rules.base import RuleContext
from disclosurelint.rules.sdk_facts import EXAMPLE_MANIFEST, Declared, collect

CODE = "DL602"
NAME = "sdk-not-shipped"
SEVERITY = Severity.WARNING
ARTICLES = ("PIPL Art. 7", "PIPL Art. 8", "GB/T 35273-2020 9.2")
OPTIONS: dict[str, object] = {}
SCOPE = "repository"
OWNS: tuple[str, ...] = ()
NEEDS_SDKS = True
EXAMPLE_MANIFESTS = EXAMPLE_MANIFEST

__all__ = ["check", "collect"]


def check(facts: Mapping[str, Declared], context: RuleContext) -> Iterator[tuple[str, Finding]]:
    run: Any = context.sdks
    if run is None:
        return
    shipped_ids = {f.sdk.id for f in run.inventory.known}
    shipped = {f.dependency.coordinate.lower() for f in run.inventory.found}
    for path, declared in sorted(facts.items()):
        for index, (reference, span) in enumerate(declared.references):
            sdks = run.catalogue.lookup(reference)
            if any(s.id in shipped_ids for s in sdks) or reference.lower() in shipped:
                continue
            what = f"{sdks[0].name} ({sdks[0].id})" if sdks else repr(reference)
            yield (
                path,
                Finding(
                    ("sdks", index),
                    f"sdks: {what} is in none of the app's manifests",
                    fix="Remove it if the app no longer ships it, or correct it: "
                    "`disclosurelint sdks` lists what the manifests declare.",
                    span=span,
                ),
            )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="SDK 未集成",
        summary="声明的 `sdks:` 中写明的 SDK 在任何依赖清单中都没有。",
        checks=(
            "声明 `sdks:` 列表中的每一项（目录编号或坐标）都必须与 `sdk-manifests:` 或"
            " `--sdk-manifests` 所指依赖清单中的某个依赖匹配。不匹配的项在其书写处报告：该 SDK 已从"
            "应用中移除、已改名，或该项有拼写错误。"
        ),
        why=(
            "已发布的清单既要完整，也要准确（《个人信息保护法》第七条公开透明原则、第八条质量原则；"
            "GB/T 35273-2020 第9.2条）：为应用已不再集成的 SDK 保留条目，会告诉个人其信息流向了实际"
            "并未流向的地方，也使人看不清哪个条目涵盖了什么。"
        ),
        fix=(
            "删除该项（SDK 已不再使用的，连同该条目），更正其拼写（`disclosurelint sdks` 列出找到的"
            "编号和坐标），或将声明该 SDK 的依赖清单加入 `sdk-manifests:`。"
        ),
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
