"""docs/authoring.md and docs/editors.md stay true: their examples are what the program does."""

from __future__ import annotations

import io
import json
import re
import shlex
import sys
from pathlib import Path

import pytest

from disclosurelint.cli import main

DOCS = Path(__file__).resolve().parents[2] / "docs"
AUTHORING = (DOCS / "authoring.md").read_text("utf-8")
EDITORS = (DOCS / "editors.md").read_text("utf-8")

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


def blocks(text: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", text, re.S)


def test_the_fix_example_prints_the_documented_diff(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = blocks(AUTHORING, "yaml")[0]
    [diff] = blocks(AUTHORING, "diff")
    file = tmp_path / "declarations" / "app" / "acme.yaml"
    file.parent.mkdir(parents=True)
    file.write_text(before, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    assert main(["check", "--diff", "declarations/app/acme.yaml"], out=out) == 1
    assert out.getvalue() == diff
    summary = "disclosurelint: Would fix 4 problems in 1 file; 1 more with --unsafe-fixes."
    assert summary in " ".join(AUTHORING.split())
    assert summary in capsys.readouterr().err
    assert main(["check", "--fix", "--unsafe-fixes", "declarations/app/acme.yaml"], out=out) == 0
    assert "url: https://www.acme.com/privacy" in file.read_text("utf-8")


def test_the_new_example_prints_and_writes_what_is_documented(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    [command] = [b for b in blocks(AUTHORING, "sh") if b.startswith("disclosurelint new")]
    [printed] = blocks(AUTHORING, "text")
    written = blocks(AUTHORING, "yaml")[-1]
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    assert main(shlex.split(command)[1:], out=out) == 0
    assert out.getvalue() == printed
    assert (tmp_path / "declarations" / "app" / "acme.yaml").read_text("utf-8") == written


def test_the_editor_configurations_start_the_server() -> None:
    helix = tomllib.loads(blocks(EDITORS, "toml")[0])
    assert helix["language-server"]["disclosurelint"] == {
        "command": "disclosurelint",
        "args": ["lsp"],
    }
    assert all("disclosurelint" in lang["language-servers"] for lang in helix["language"])
    for lua in blocks(EDITORS, "lua"):
        assert 'cmd = { "disclosurelint", "lsp" }' in lua
    package = json.loads(blocks(EDITORS, "json")[0])
    assert package["main"] == "./extension.js"
    [extension] = blocks(EDITORS, "js")
    assert '{ command: "disclosurelint", args: ["lsp"] }' in extension


def test_every_command_the_docs_name_exists() -> None:
    out = io.StringIO()
    for command in ("fmt", "new", "lsp"):
        assert main([command, "--help"], out=out) == 0
    for flag in ("--check", "--diff"):
        assert flag in AUTHORING
    assert "--debounce SECONDS" in EDITORS
