"""Two declarations use the same `id`.

## What it checks

Every declaration's `id` is unique across all declarations checked together. Each file that
shares an id gets a finding naming the other files and lines. With pre-commit or
`--changed-since`, the other declarations under the same roots are still read for this check.

## Why

The id is how waivers, baselines, reports and the diff between two revisions follow a partner
over time; two entries with one id make one of them invisible to all of these.

## Failing example

```yaml
id: camcard   # and another file also says `id: camcard`
```

## Passing example

```yaml
id: camcard-wechat
```

## How to fix

Give one of the entries a new id (usually its file name without `.yaml`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from disclosurelint.document import Document
from disclosurelint.model import Finding, Position, RuleText, Severity, Span
from disclosurelint.rules.base import RuleContext

CODE = "DL401"
NAME = "duplicate-id"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "repository"
OWNS: tuple[str, ...] = ()

# the id and its span as plain numbers (line, column, end line, end column): the fact of every
# declaration is read back from the result cache on each commit, and plain data costs nothing
Fact = tuple[str, int, int, int, int]


def collect(document: Document) -> Fact | None:
    """The id and where it is written: all this rule needs to keep of a file."""
    value = document.mapping.get("id")
    if not isinstance(value, str) or document.source is None:
        return None
    place = document.source.top_bounds("id")
    return None if place is None else (value, *place)


def check(facts: Mapping[str, Fact], context: RuleContext) -> Iterator[tuple[str, Finding]]:
    by_id: dict[str, list[str]] = {}
    for path, fact in facts.items():
        by_id.setdefault(fact[0], []).append(path)
    for value, paths in by_id.items():
        if len(paths) < 2:
            continue
        places = sorted((path, facts[path]) for path in paths)
        for path, (_, line, column, end_line, end_column) in places:
            others = ", ".join(f"{p}:{fact[1]}" for p, fact in places if p != path)
            yield (
                path,
                Finding(
                    ("id",),
                    f"id {value!r} is also used by {others}",
                    fix="Give each entry its own id (usually its file name).",
                    span=Span(Position(line, column), Position(end_line, end_column)),
                ),
            )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="重复的编号",
        summary="两项声明使用了相同的 `id`。",
        checks=(
            "每项声明的 `id` 在一并检查的所有声明中唯一。共用同一编号的每个文件都会得到一项检查结果"
            "，列出其他文件及行号。使用 pre-commit 或 `--changed-since` 时，同一根目录下的其他声明"
            "仍会为此项检查而读取。"
        ),
        why=(
            "编号是豁免、基线、报告以及两个版本之间的差异比较长期追踪同一合作方的依据；两个条目共用"
            "一个编号，会使其中一个在所有这些环节中消失。"
        ),
        fix="为其中一个条目指定新的编号（通常为其不含 `.yaml` 的文件名）。",
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
