"""A waiver comment or central waiver that cannot be read; it excuses nothing.

## What it checks

Every `# disclosurelint:` comment and every entry of the central waivers file is read in full:
the directive (`allow` or `allow-file`), the rule codes or names (several separated by commas),
and the fields `reason` (required), `approved-by` and `expires` (a date written YYYY-MM-DD).
An unknown rule, a group of rules (`DL2`), a waiver rule (`DL5xx`), a missing or placeholder
reason, a bad date, an unknown or repeated field, an unbalanced quote, and an `allow-file` after
the first key are each reported here. A central entry also needs `file`, and its optional
`json_path` must be a path like `$.privacy_policy`.

## Why

An exception nobody can read is an exception nobody reviewed. Other linters skip a directive
they do not understand, so a typo silently changes what the gate accepts; here it is an error,
and the problem it meant to excuse still counts.

## Failing example

```yaml
privacy_policy:
  # disclosurelint: allow DL204
  reference: See the app details page.
```

## Passing example

```yaml
privacy_policy:
  # disclosurelint: allow DL204 reason="The published list gives no link" approved-by="Legal"
  reference: See the app details page.
```

## How to fix

Write the waiver as
`# disclosurelint: allow CODE reason="..." approved-by="..." expires=YYYY-MM-DD`, with the
reason in quotes. `disclosurelint rules` lists the codes and names.
"""

from __future__ import annotations

from disclosurelint.model import Finding, RuleText, Severity, Span

CODE = "DL501"
NAME = "malformed-waiver"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "waiver"
OWNS: tuple[str, ...] = ()
EXAMPLES = True
EXAMPLE_KIND = "fragment"

SYNTAX = 'allow CODE reason="..." [approved-by="..."] [approved-on=YYYY-MM-DD] [expires=YYYY-MM-DD]'


# What is wrong with a waiver, by the reason the waiver reader gives, in this rule's words.
REASONS: dict[str, str] = {
    "empty": "nothing follows `disclosurelint:`",
    "unknown-directive": "unknown directive {verb!r}; write `allow` or `allow-file`",
    "no-code-after": "no rule code after `{verb}`",
    "no-code": "no rule code",
    "allow-file-after-key": "`allow-file` must come before the first key of the file",
    "group": "{rule!r} is a group of rules; name each rule the waiver is for",
    "unknown-rule": "{detail}",
    "waiver-rule": "{code} is about waivers themselves and cannot be waived",
    "field-twice": "`{name}` is given twice",
    "not-name-value": "unexpected text {text!r}; fields are written name=value",
    "no-value": "`{name}` has no value",
    "unbalanced-quote": "unbalanced quote in `{name}`",
    "unquoted": "unexpected text {text!r}; quote values that contain quotes or spaces",
    "unknown-field": "unknown field `{name}`; the fields are {fields}",
    "no-reason": 'no reason: every waiver says why (reason="...")',
    "placeholder-reason": "the reason is empty or a placeholder ({text!r})",
    "empty-approver": "`approved-by` is empty",
    "bad-date": "{name}={value} is not a date written YYYY-MM-DD",
    "entry-not-mapping": "an entry is a mapping with `file`, `code` and `reason`",
    "not-text": "`{name}` must be text",
    "no-file": "no `file`: say which declaration files the waiver is for",
    "no-code-key": "no `code`: say which rule the waiver is for",
    "json-path-start": "json_path {path!r} does not start with `$` (like $.privacy_policy)",
    "json-path": "json_path {path!r} is not a path like $.data[0].item",
}


class Malformed(ValueError):
    """What the waiver reader found wrong: a ``reason`` of :data:`REASONS` and its data."""

    def __init__(self, reason: str, /, **data: str) -> None:
        if reason not in REASONS:
            raise KeyError(reason)
        super().__init__(reason)
        self.reason, self.data = reason, data

    def __str__(self) -> str:
        return REASONS[self.reason].format(**self.data)


def finding(problem: Malformed, span: Span) -> Finding:
    """A waiver comment at ``span`` that cannot be read, and what is wrong with it."""
    return Finding(
        (),
        f"this waiver excuses nothing: {problem}",
        fix=f"Write it as `# disclosurelint: {SYNTAX}`.",
        span=span,
    )


def central_entry(problem: Malformed, span: Span) -> Finding:
    """An entry of the central waivers file at ``span`` that cannot be read."""
    return Finding(
        (),
        f"this waiver excuses nothing: {problem}",
        fix="Give each entry `file`, `code` and `reason`; optionally `json_path`, "
        "`approved-by` and `expires`.",
        span=span,
    )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="豁免格式错误",
        summary="无法读取的豁免注释或集中豁免；它不豁免任何问题。",
        checks=(
            "每条 `# disclosurelint:` 注释和集中豁免文件中的每个条目都会被完整读取：指令（`allow` "
            "或 `allow-file`）、规则代码或名称（多个以逗号分隔），以及字段 `reason`（必填）、"
            "`approved-by` 和 `expires`（写作 YYYY-MM-DD 的日期）。未知的规则、规则组（`DL2`）、豁"
            "免类规则（`DL5xx`）、缺失或为占位文字的理由、错误的日期、未知或重复的字段、未配对的引"
            "号，以及写在第一个键之后的 `allow-file`，均在此报告。集中豁免条目还须有 `file`，其可选"
            "的 `json_path` 必须是 `$.privacy_policy` 这样的路径。"
        ),
        why=(
            "无人能读懂的例外，就是无人审查过的例外。其他检查工具会跳过看不懂的指令，一个拼写错误就"
            "会悄悄改变检查门槛接受的内容；在此它是错误，原本要豁免的问题仍然计入。"
        ),
        fix=(
            '将豁免写作 `# disclosurelint: allow CODE reason="..." approved-by="..." '
            "expires=YYYY-MM-DD`，理由加引号。`disclosurelint rules` 列出规则代码和名称。"
        ),
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
