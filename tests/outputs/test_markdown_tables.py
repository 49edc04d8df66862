"""Whatever a declaration says, the Markdown report's tables keep their columns and data never
becomes code, a link or markup: pipes inside web addresses and backticks included."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.common import BASE
from tests.outputs.common import project, run

_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")
_UNESCAPED_TICK = re.compile(r"(?<!\\)`")

PIECES = st.sampled_from(
    [
        "|",
        "`",
        "``",
        "https://example.org/a|b",
        "https://example.org/x?q=`1`|2",
        " ",
        "*",
        "_",
        "[x](y)",
        "<b>",
        "&amp;",
        "a",
        "数据",
        "\uff1a",
        "\\",
    ]
)
TEXT = st.lists(PIECES, min_size=1, max_size=8).map("".join).filter(lambda t: t.strip())


def _tables(markdown: str) -> list[list[str]]:
    tables: list[list[str]] = []
    current: list[str] = []
    for line in markdown.splitlines():
        if line.startswith("|"):
            current.append(line)
        elif current:
            tables.append(current)
            current = []
    return [*tables, current] if current else tables


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(purpose=TEXT, scenario=TEXT)
@example(purpose="see https://example.org/a|b and `rm`", scenario="x | `y`")
def test_every_row_has_its_header_s_columns_and_no_code_from_data(
    purpose: str, scenario: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    root = tmp_path_factory.mktemp("md")
    text = BASE.replace(
        "purpose: Provide the cloud business card service.", f"purpose: {json.dumps(purpose)}"
    ).replace(
        "scenario: You share your cloud business card on WeLink to WeChat.",
        f"scenario: {json.dumps(scenario)}",
    )
    project(root, {"a.yaml": text})
    result = run(["report", "-f", "markdown", "--date", "2026-11-29"], root)
    assert result.code == 0, result.err
    for table in _tables(result.out):
        columns = len(_UNESCAPED_PIPE.findall(table[0]))
        for row in table:
            assert len(_UNESCAPED_PIPE.findall(row)) == columns, row
    facts = next(t for t in _tables(result.out) if t[0].startswith("| Fact |"))
    for row in facts:
        if "**Purpose**" in row or "**Scenario**" in row:
            assert not _UNESCAPED_TICK.search(row), row  # data is never a code span
