"""Example declarations: valid ones are clean, invalid ones carry their expected problems.

Each invalid file starts with ``# expect: LINE:COLUMN CODE`` lines, one per problem.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from disclosurelint.api import check_paths

EXAMPLES = Path(__file__).parent / "examples"
_EXPECT = re.compile(r"^# expect: (\d+):(\d+) (DL\d{3})$", re.M)


@pytest.mark.parametrize("path", sorted((EXAMPLES / "valid").glob("*.yaml")), ids=lambda p: p.name)
def test_valid_examples_have_no_problems(path: Path) -> None:
    assert check_paths([path], jobs=1).problems == ()


@pytest.mark.parametrize(
    "path", sorted((EXAMPLES / "invalid").glob("*.yaml")), ids=lambda p: p.name
)
def test_invalid_examples_have_exactly_their_expected_problems(path: Path) -> None:
    expected = [(int(a), int(b), c) for a, b, c in _EXPECT.findall(path.read_text("utf-8"))]
    assert expected, "an invalid example lists its expected problems"
    found = [(p.line, p.column, p.code) for p in check_paths([path], jobs=1).problems]
    assert sorted(found) == sorted(expected)
