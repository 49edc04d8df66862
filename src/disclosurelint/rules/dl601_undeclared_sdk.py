"""An SDK the app ships that no declaration names.

## What it checks

When the configuration names the app's manifests (`sdk-manifests:`) or `--sdk-manifests` is
given, every dependency in them is looked up in the SDK catalogue (`disclosurelint sdks`
lists them). A catalogued SDK that no declaration names is reported at the manifest's line,
once per SDK and manifest. A declaration names an SDK by listing its catalogue id or one of
its coordinates in `sdks:`, or by naming its provider as `recipient.name` (the legal name or a
catalogued alias, in Chinese or English: `友盟同欣(北京)科技有限公司`, `Umeng`, `友盟`).

## Why

PIPL Art. 23 requires telling people the name of every recipient of their personal
information; the MIIT notices on app personal-information protection (2021 No. 292, 2023 No.
26) and GB/T 41391-2022 list "an SDK collects personal information that the third-party list
does not disclose" among the most frequent findings of app inspections. GDPR Arts. 13(1)(e)
and 30(1)(d) ask the same of recipients. An SDK added to the build without an entry is how
the list falls behind the app.

## Failing example

```yaml
id: camcard
sdks: [camcard-sdk]   # the app's build.gradle also has com.umeng.umsdk:common
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

Add a declaration for the SDK (`disclosurelint sdks --scaffold -o declarations/<product>`
drafts one from the catalogue), or add the SDK's id to the `sdks:` list of the entry that
already covers it. Remove the dependency if the app no longer uses it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from disclosurelint.model import Finding, RuleText, Severity, Span
from disclosurelint.rules import sdk_facts
from disclosurelint.rules.base import RuleContext
from disclosurelint.rules.sdk_facts import Declared

CODE = "DL601"
NAME = "undeclared-sdk"
SEVERITY = Severity.ERROR
ARTICLES = (
    "PIPL Art. 23",
    "MIIT notice 2021 No. 292",
    "MIIT notice 2023 No. 26",
    "GB/T 41391-2022 4.1",
    "GDPR Art. 13(1)(e)",
)
OPTIONS: dict[str, object] = {}
SCOPE = "repository"
OWNS: tuple[str, ...] = ()
NEEDS_SDKS = True
EXAMPLE_MANIFESTS = sdk_facts.EXAMPLE_MANIFEST

collect = sdk_facts.collect


def check(facts: Mapping[str, Declared], context: RuleContext) -> Iterator[tuple[str, Finding]]:
    run: Any = context.sdks
    if run is None:
        return
    for error in run.inventory.errors:
        yield (
            error.manifest,
            Finding(
                (),
                f"cannot tell which SDKs this manifest declares: {error.message}",
                fix="Correct the manifest, or take it out of `sdk-manifests`.",
                span=Span.at(error.line, error.column),
            ),
        )
    catalogue = run.catalogue
    named: set[str] = set()
    companies: set[str] = set()
    for declared in facts.values():
        named |= sdk_facts.named_by_reference(declared, catalogue)
        companies |= sdk_facts.named_companies(declared, catalogue)
    seen: dict[tuple[str, str], list[Any]] = {}
    for found in run.inventory.known:
        sdk = found.sdk
        if sdk.id in named or sdk.company.id in companies:
            continue
        seen.setdefault((found.dependency.manifest, sdk.id), []).append(found)
    for (manifest, _), group in seen.items():
        first = group[0].dependency
        sdk = group[0].sdk
        coordinates = ", ".join(dict.fromkeys(f.dependency.coordinate for f in group))
        yield (
            manifest,
            Finding(
                (),
                f"{sdk.name} by {sdk.company.name} ({coordinates}) is in the app, "
                "but no declaration names it",
                fix=f"Declare it: add `{sdk.id}` to the `sdks:` of the entry that covers it, or "
                "draft one with `disclosurelint sdks --scaffold -o declarations/<product>`.",
                span=Span.at(first.line, first.column, len(first.coordinate)),
                details={"sdk": sdk.id, "company": sdk.company.name},
            ),
        )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="未声明的 SDK",
        summary="应用集成了某个 SDK，但没有任何声明写明它。",
        checks=(
            "配置写明应用的依赖清单（`sdk-manifests:`）或给出 `--sdk-manifests` 时，其中的每个依赖"
            "都会在 SDK 目录（`disclosurelint sdks` 列出）中查找。没有任何声明写明的已编目 SDK，在"
            "依赖清单的相应行报告，每个 SDK 和依赖清单报告一次。声明通过在 `sdks:` 中列出 SDK 的目"
            "录编号或其坐标之一，或以 `recipient.name` 写明其提供方（法定名称或已编目的别名，中英文"
            "均可：`友盟同欣(北京)科技有限公司`、`Umeng`、`友盟`），写明该 SDK。"
        ),
        why=(
            "《个人信息保护法》第二十三条要求告知个人其个人信息的每个接收方的名称；工信部关于应用个"
            "人信息保护的通知（信管函〔2021〕292号、〔2023〕26号）及 GB/T 41391-2022 将“SDK 收集了"
            "第三方信息共享清单未披露的个人信息”列为应用检测中最常见的问题之一。GDPR 第13条第1款(e)"
            "项和第30条第1款(d)项对接收方作同样要求。构建中新增 SDK 却未添加条目，清单就会落后于应"
            "用。"
        ),
        fix=(
            "为该 SDK 添加一项声明（`disclosurelint sdks --scaffold -o declarations/<product>` 会依"
            "据目录起草），或将该 SDK 的编号加入已涵盖它的条目的 `sdks:` 列表。应用不再使用该依赖的"
            "，删除该依赖。"
        ),
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
