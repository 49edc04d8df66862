"""docs/policies.md shows what the program does: its files are written, its commands run."""

from __future__ import annotations

import io
import re
import shlex
from pathlib import Path

import pytest

from disclosurelint.cli import main

DOC = (Path(__file__).resolve().parents[2] / "docs" / "policies.md").read_text("utf-8")
_BLOCK = re.compile(r"<!-- (file|command): (.+?) -->\n```\w*\n(.*?)```", re.S)


def test_the_walkthrough_prints_what_the_page_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    steps = _BLOCK.findall(DOC)
    assert [kind for kind, _, _ in steps].count("command") == 2
    for kind, target, body in steps:
        if kind == "file":
            path = tmp_path / target
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(body, encoding="utf-8")
            continue
        argv = shlex.split(target)
        assert argv[0] == "disclosurelint"
        out = io.StringIO()
        main(argv[1:], out, io.StringIO())
        assert out.getvalue() == body, target
