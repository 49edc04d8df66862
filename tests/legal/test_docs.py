"""docs/report.md stays true to the report: its header lines, its hash recipe, its length."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from disclosurelint.report import render
from tests.legal.common import DATE, ROOT, report_of

DOC = (ROOT / "docs" / "report.md").read_text("utf-8")
README = "Suggested README section"


def _section(title: str) -> str:
    text = DOC.split(f"\n## {title}\n", 1)[1]
    return text if title == README else text.split("\n## ", 1)[0]


def test_the_suggested_readme_section_is_short() -> None:
    block = _section(README).split("```markdown\n", 1)[1].rsplit("```", 1)[0]
    assert len(block.splitlines()) <= 20


def test_every_header_line_is_documented(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    html = render(report_of(), "html")
    cover = html.split('<table class="facts" id="provenance">', 1)[1].split("</table>", 1)[0]
    shown = re.findall(r'<th scope="row">([^<]+)</th>', cover)
    documented = re.findall(r"^\| ([^|]+?) \|", _section("What the report contains"), re.M)
    for line in shown:
        assert any(line in row for row in documented), line


def test_the_content_hash_recipe_gives_the_reported_hash(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(ROOT)
    report = report_of(today=DATE)
    recipe = re.search(r"```python\n(.*?)```", _section("Producing a report for filing"), re.S)
    assert recipe
    script = tmp_path / "content_hash.py"
    script.write_text(recipe[1], "utf-8")
    paths = [f.path for f in reversed(report.files)]  # any order: the recipe sorts them
    printed = subprocess.run(
        [sys.executable, str(script), *paths], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout.strip()
    assert printed == report.header.content_hash
