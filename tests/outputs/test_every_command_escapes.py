"""Every command that prints what a user or a file wrote shows control characters escaped, and
its JSON stays valid and means the same."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.outputs.common import BASE, project, run

HOSTILE = "\x1b[2J\x1b]0;x\x07\u202e\x85"
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
CONFIG = (
    "paths: [declarations]\n"
    "taxonomy:\n  categories:\n    loyalty_tier:\n"
    f"      label: {json.dumps('Loyalty ' + HOSTILE)}\n"
    f"      phrases_en: [{json.dumps('loyalty tier')}]\n"
    "      regimes:\n        pipl: {level: sensitive, article: x}\n"
    f"exclude: [{json.dumps('x' + HOSTILE)}]\n"
)
PAGE = f"Company: Acme {HOSTILE}\nProduct: App\nCollected information: loyalty tier\n"

COMMANDS = {
    "config": ["config"],
    "taxonomy text": ["taxonomy", "--all"],
    "taxonomy markdown": ["taxonomy", "--all", "--format", "markdown"],
    "taxonomy json": ["taxonomy", "--all", "--format", "json"],
    "classify text": ["classify", f"loyalty tier {HOSTILE}", "--explain"],
    "classify json": ["classify", f"loyalty tier {HOSTILE}", "--format", "json"],
    "import text": ["import", "page.txt", "-o", "out"],
    "import json": ["import", "page.txt", "-o", "out2", "--format", "json"],
    "check json": ["check", "--format", "json"],
    "render text": ["render", "declarations/p", "--format", "text"],
    "render markdown": ["render", "declarations/p", "--format", "markdown"],
}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_the_output_shows_control_characters_escaped(name: str, tmp_path: Path) -> None:
    text = BASE.replace("purpose: Provide", f"purpose: {json.dumps(HOSTILE)} Provide").replace(
        f"{json.dumps(HOSTILE)} Provide the cloud business card service.",
        json.dumps(f"{HOSTILE} Provide the cloud business card service."),
    )
    root = project(tmp_path, {"a.yaml": text})
    (root / ".disclosurelint.yaml").write_text(CONFIG, encoding="utf-8")
    (root / "page.txt").write_text(PAGE, encoding="utf-8")
    result = run(COMMANDS[name], root)
    assert result.code in (0, 1), result.err
    found = UNSAFE.search(result.out + result.err)
    assert found is None, f"{found.group()!r} in {result.out!r}"
    if name.endswith("json"):
        strings = list(_strings(json.loads(result.out)))
        if name.startswith(("taxonomy", "classify")):  # they quote what was written
            assert any(HOSTILE in s for s in strings), "the JSON no longer means the same text"


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
