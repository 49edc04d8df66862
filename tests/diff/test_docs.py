"""docs/diff.md stays true to the code: the classification table, the JSON keys, the snippets."""

from __future__ import annotations

import re

import yaml

from disclosurelint.semdiff.classes import CLASSES
from disclosurelint.semdiff.json import change_data
from disclosurelint.semdiff.model import Change
from tests.gates.common import ROOT

DOC = (ROOT / "docs" / "diff.md").read_text("utf-8")


def _section(title: str) -> str:
    return DOC.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_the_classification_table_is_the_code_s() -> None:
    rows = re.findall(r"^\| `([a-z-]+)` \| ([a-z-]+) \| (.+) \| (.+) \|$", DOC, re.M)
    documented = {kind: (risk, when, why) for kind, risk, when, why in rows}
    assert list(documented) == list(CLASSES)
    assert documented == {k: (v.risk.value, v.when, v.why) for k, v in CLASSES.items()}


def test_every_json_key_of_a_change_is_documented() -> None:
    table = _section("Output formats").split("Each change:", 1)[1]
    keys = re.findall(r"^\| `(\w+)`(?:, `(\w+)`)? \|", table, re.M)
    documented = [k for pair in keys for k in pair if k]
    assert documented == list(change_data(Change("p", "file-moved", "f", None, None, "m", "x")))


def test_the_yaml_snippets_parse() -> None:
    blocks = re.findall(r"```yaml\n(.*?)\n```", DOC, re.S)
    assert len(blocks) == 2
    for block in blocks:
        assert isinstance(yaml.safe_load(block), dict)
    assert "disclosurelint diff origin/main --fail-on-risk -f markdown -o diff.md" in DOC


def test_the_suggested_readme_section_is_short() -> None:
    section = DOC.split("\n## Suggested README section\n", 1)[1]  # the last section
    body = section.split("```markdown\n", 1)[1].split("\n```", 1)[0]
    assert len(body.splitlines()) <= 20
