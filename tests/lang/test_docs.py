"""docs/languages.md stays true: its example declarations give the output it shows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.lang.common import run

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "languages.md").read_text("utf-8")


def test_the_documented_check_output_is_what_check_prints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = re.findall(r"```yaml\n(# (declarations/\S+)\n.*?)```", DOC, re.S)
    assert [path for _, path in files] == [
        "declarations/maps/_product.yaml",
        "declarations/maps/amap.yaml",
    ]
    for text, path in files:
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text, encoding="utf-8")
    shown = re.search(r"```text\n\$ disclosurelint (.*?)\n(.*?)```", DOC, re.S)
    assert shown is not None
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(*shown[1].split(), "--isolated")
    assert code == 1
    assert out == shown[2]


def test_the_documented_fields_are_the_localized_fields() -> None:
    from disclosurelint.localized import FIELDS

    listed = DOC.split("## The fields\n", 1)[1].split("```", 1)[0]
    for path in FIELDS:
        assert str(path[-1]) in listed, path
