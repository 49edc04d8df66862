from __future__ import annotations

import re
from dataclasses import replace

import pytest

from disclosurelint.formats import markdown
from tests.reporters.sample import render, sample_result

_CELL_SPLIT = re.compile(r"(?<!\\)\|")


def _cells(row: str) -> list[str]:
    return [c.strip() for c in _CELL_SPLIT.split(row.strip())[1:-1]]


def _section(text: str, title: str) -> list[str]:
    lines = text.split(f"### {title}\n", 1)[1].split("\n\n###", 1)[0].splitlines()
    return [line for line in lines if line.startswith("|")]


def test_verdict_and_counts() -> None:
    text = render("markdown")
    assert "**Failed** at `--fail-on warning`: 4 files checked" in text
    assert "| error | 2 |" in text  # the expired waiver counts again
    assert "| warning | 1 |" in text
    assert "| info | 1 |" in text
    assert "| waived | 1 |" in text


def test_problem_table_escapes_pipes_and_html() -> None:
    text = render("markdown")
    rows = _section(text, "Problems")
    assert _cells(rows[0]) == ["Location", "Rule", "Severity", "Message"]
    body = rows[2:]
    assert len(body) == 4
    assert all(len(_cells(row)) == 4 for row in body)
    warning = next(_cells(r) for r in body if "DL104" in r)
    assert warning[3] == ("\\`mode\\` is &lt;script&gt;alert('x')&lt;/script&gt; \\| &amp; more")
    assert "<script" not in text
    first = _cells(body[0])
    assert first[0] == "declarations/p/a,b.yaml:1:1"
    assert first[3] == "50% done: purpose is missing,<br>see line 2"
    expired = next(_cells(r) for r in body if "c.yaml" in r)
    words = "the waiver held through 2020-01-31 and has expired: Vendor promised a link"
    assert words in expired[3]


def test_waived_section_has_reason_approver_and_expiry() -> None:
    rows = _section(render("markdown"), "Waived")
    head = ["Location", "Rule", "Message", "Reason", "Approved by", "Validity"]
    assert _cells(rows[0]) == head
    (row,) = rows[2:]
    assert _cells(row) == [
        "declarations/p/b.yaml:14:14",
        "DL204 policy-url",
        "no link to the recipient's privacy policy",
        "The list names the page \\| there is no URL",
        "legal@example.com",
        "in force through 2099-12-31",
    ]


def test_a_clean_run_says_passed_and_has_no_tables_of_problems() -> None:
    text = render("markdown", replace(sample_result(), problems=()))
    assert "**Passed**" in text
    assert "### Problems" not in text and "### Waived" not in text


def test_long_lists_are_cut_with_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(markdown, "MAX_ROWS", 2)
    text = render("markdown")
    assert len(_section(text, "Problems")) == 2 + 2
    assert "2 more not shown" in text
