"""A declaration lists less data than the catalogue says its SDK receives.

## What it checks

For each catalogued SDK a declaration names (in `sdks:`, or by naming the provider of an SDK
the manifests declare), the catalogue's typical data categories are compared with the
categories of the declaration's data items (declared with `category:` or recognised from
the words). The categories the declaration does not list are named. Precise location covers
approximate location.

## Why

PIPL Art. 17 and Art. 23 require telling people the categories of personal information a
recipient receives; MIIT's inspections compare the list with what the SDK is documented to
collect (notice 2023 No. 26). The catalogue records what each provider's own SDK privacy
policy says it collects: a gap is worth a second look, not always an error (the app may turn
a collection off), hence `info` by default.

## Failing example

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
  - item: device identifiers (OAID, Android ID)
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

Add the missing data items in the words your published list uses, or, where the app turns a
collection off, waive the finding with that reason.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from disclosurelint.model import Finding, RuleText, Severity
from disclosurelint.rules import sdk_facts
from disclosurelint.rules.base import RuleContext
from disclosurelint.rules.sdk_facts import Declared

CODE = "DL603"
NAME = "sdk-data-understated"
SEVERITY = Severity.INFO
ARTICLES = ("PIPL Art. 17", "PIPL Art. 23", "MIIT notice 2023 No. 26")
OPTIONS: dict[str, object] = {}
SCOPE = "repository"
OWNS: tuple[str, ...] = ()
NEEDS_SDKS = True
NEEDS_TAXONOMY = True
EXAMPLE_MANIFESTS = sdk_facts.EXAMPLE_MANIFEST

collect = sdk_facts.collect


def check(facts: Mapping[str, Declared], context: RuleContext) -> Iterator[tuple[str, Finding]]:
    run: Any = context.sdks
    if run is None or context.taxonomy is None:
        return
    catalogue = run.catalogue
    shipped = {f.sdk.id: f.sdk for f in run.inventory.known}
    for path, declared in sorted(facts.items()):
        named = sdk_facts.named_by_reference(declared, catalogue)
        companies = sdk_facts.named_companies(declared, catalogue)
        sdks = [catalogue.by_id[i] for i in sorted(named)]
        sdks += [
            s for i, s in sorted(shipped.items()) if s.company.id in companies and i not in named
        ]
        if not sdks:
            continue
        listed = sdk_facts.declared_categories(declared, context.taxonomy)
        for sdk in sdks:
            missing = [c for c in sdk.data if c not in listed]
            if not missing:
                continue
            labels = ", ".join(_label(c, context.taxonomy) for c in missing)
            yield (
                path,
                Finding(
                    ("data",),
                    f"{sdk.name} typically receives {labels}, which the data items do not list",
                    fix="Add the missing items, or waive this with the reason the app does not "
                    "share them.",
                    span=declared.anchor,
                    details={"sdk": sdk.id, "missing": missing},
                ),
            )


def _label(category: str, taxonomy: Any) -> str:
    entry = taxonomy.categories.get(category)
    label = getattr(entry, "label", None)
    return f"{label} ({category})" if label else category


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="SDK 数据少报",
        summary="声明列出的数据少于目录所载其 SDK 接收的数据。",
        checks=(
            "对于声明写明的每个已编目 SDK（在 `sdks:` 中，或通过写明依赖清单所含 SDK 的提供方），将"
            "目录所载的典型数据类别与声明中数据项的类别（以 `category:` 声明或由文字识别）相比较，"
            "列出声明未列出的类别。精确位置信息涵盖粗略位置信息。"
        ),
        why=(
            "《个人信息保护法》第十七条和第二十三条要求告知个人接收方所接收的个人信息的种类；工信部"
            "的检测会将清单与 SDK 公开说明的收集范围相比对（信管函〔2023〕26号）。目录记录的是各提"
            "供方自己的 SDK 隐私政策所述的收集内容：存在差异值得再看一眼，但不一定是错误（应用可能"
            "关闭了某项收集），因此默认为“提示”。"
        ),
        fix=(
            "用已发布清单所用的表述补上缺少的数据项；应用关闭了相关收集的，对此项检查结果作出豁免并"
            "写明该理由。"
        ),
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
