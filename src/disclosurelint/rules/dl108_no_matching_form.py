"""A value matches none (or more than one) of the forms allowed for it.

## What it checks

Some elements have alternative forms: a recipient is either a named company (`name`) or a company
chosen at run time (`selected_by`), never both. The message names the form closest to what was
written and what it still lacks.

This check is made by the schema stage (`schema/partner-disclosure.schema.json`).

## Why

PIPL Art. 23 requires the recipient's name; when it cannot be known in advance the list must say who
chooses it, and the name (with the other Art. 23 elements) is owed when it is chosen (DL205).

## Failing example

```yaml
recipient:
  relationship: third_party
```

## Passing example

```yaml
recipient:
  name: Example Co., Ltd.
  relationship: third_party
  contact: privacy@example.cn
```

## How to fix

Complete the form the message names as closest.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from disclosurelint.model import Finding, JsonPath, RuleText, Severity
from disclosurelint.rules.base import SchemaError, described

CODE = "DL108"
NAME = "no-matching-form"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "schema"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "fragment"
KEYWORDS = ("oneOf", "anyOf", "not")


def message(name: str, error: SchemaError) -> str:
    """A key that excludes another (``not``); any other keyword in the validator's words."""
    if error.keyword == "not":
        return f"{name} has a combination of keys that is not allowed"
    return f"{name}: {error.text}"


def finding(
    error: SchemaError, name: str, describe: Callable[[JsonPath, SchemaError], str]
) -> Finding:
    """Name the form (``oneOf``/``anyOf`` branch) closest to what was written, and what it
    still lacks; ``describe`` words an error of that form as its own rule would."""
    from disclosurelint.rules.typefix import forms_fix

    path = error.path
    branches: list[Mapping[str, Any]] = list(error.expected)
    titles = [str(b.get("title", f"form {i + 1}")) for i, b in enumerate(branches)]
    by_branch: dict[int, list[SchemaError]] = {}
    for sub in error.context:
        by_branch.setdefault(sub.form, []).append(sub)
    failing = [i for i in range(len(branches)) if i in by_branch]
    only_excluded = all(all(e.keyword == "not" for e in by_branch[i]) for i in failing)
    if len(failing) < len(branches) - 1 or (failing and only_excluded):
        # Several forms match, or each fails only on a key that belongs to another form.
        mixed = (
            titles
            if only_excluded
            else [titles[i] for i in range(len(branches)) if i not in by_branch]
        )
        return Finding(
            path,
            f"{name} mixes more than one form ({' and '.join(mixed)}); keep the keys of one",
            fix=forms_fix(branches, titles, None, []) or described(error.schema),
        )

    instance_keys = set(error.value) if isinstance(error.value, dict) else set()

    def distance(i: int) -> tuple[int, int, int, int]:
        errs = by_branch[i]
        type_miss = sum(1 for e in errs if e.keyword == "type" and not e.path)
        structural = sum(1 for e in errs if e.keyword in ("not", "required"))
        mentioned = set(branches[i].get("required", ())) | set(branches[i].get("properties", {}))
        overlap = len(instance_keys & mentioned)  # keys written that belong to this form
        return (type_miss, -overlap, len(errs) + structural, -max(len(e.path) for e in errs))

    best = min(failing, key=distance)
    reasons: list[str] = []
    for sub in by_branch[best]:
        if sub.keyword == "required":
            reasons.extend(r for r in (f"lacks `{k}`" for k in sub.missing) if r not in reasons)
        elif sub.keyword == "not":
            reasons.append("has a key this form does not allow")
        else:
            reasons.append(describe(path + sub.path, sub))
    forms = " or ".join(titles)
    missing = [k for sub in by_branch[best] if sub.keyword == "required" for k in sub.missing]
    return Finding(
        path,
        f"{name} matches none of its forms ({forms}); closest is "
        f"{titles[best]}, which {'; '.join(reasons)}",
        fix=forms_fix(branches, titles, best, missing)
        or str(branches[best].get("description") or described(error.schema)),
        details={"missing": missing[0]} if len(missing) == 1 and len(reasons) == 1 else {},
    )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="不符合任何允许的形式",
        summary="某个值不符合（或同时符合多个）允许的形式。",
        checks=(
            "有些内容有多种可选形式：接收方要么是具名的公司（`name`），要么是运行时选择的公司（"
            "`selected_by`），不能两者兼有。提示信息指出与所写内容最接近的形式及其仍缺少的内容。"
            "\n\n"
            "此项检查在结构校验阶段进行（`schema/partner-disclosure.schema.json`）。"
        ),
        why=(
            "《个人信息保护法》第二十三条要求告知接收方的名称；无法事先确定时，清单必须说明由谁选择"
            "，并在选定时告知名称（及第二十三条规定的其他事项）（DL205）。"
        ),
        fix="补全提示信息所指的最接近的形式。",
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
