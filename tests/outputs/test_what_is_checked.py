"""What `check` reads without being told: every YAML suffix in any case, and a word when it falls
back to the whole folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.outputs.common import BASE, FAILING, run


@pytest.mark.parametrize("name", ["a.YAML", "a.Yml", "a.yaml", "a.YML"])
def test_a_yaml_suffix_in_any_case_is_checked(name: str, tmp_path: Path) -> None:
    folder = tmp_path / "declarations" / "p"
    folder.mkdir(parents=True)
    (folder / name).write_text(FAILING, encoding="utf-8")
    (folder / "notes.txt").write_text("not yaml", encoding="utf-8")
    document = json.loads(run(["check", "-f", "json"], tmp_path).out)
    assert document["files_checked"] == 1
    assert document["problems"][0]["path"] == f"declarations/p/{name}"


def test_without_a_declarations_folder_the_fallback_is_announced(tmp_path: Path) -> None:
    (tmp_path / "docker-compose.yml").write_text("services: {}\n", encoding="utf-8")
    (tmp_path / "entry.yaml").write_text(BASE, encoding="utf-8")
    result = run(["check", "-f", "json"], tmp_path)
    assert json.loads(result.out)["files_checked"] == 2
    assert "no declarations/ folder here" in result.err
    assert "set `paths:`" in result.err


@pytest.mark.parametrize("args", [["."], ["entry.yaml"]])
def test_no_note_when_the_user_named_what_to_check(args: list[str], tmp_path: Path) -> None:
    (tmp_path / "entry.yaml").write_text(BASE, encoding="utf-8")
    result = run(["check", *args], tmp_path)
    assert result.code == 0 and result.err == ""


def test_no_note_when_the_configuration_names_the_paths(tmp_path: Path) -> None:
    (tmp_path / "entry.yaml").write_text(BASE, encoding="utf-8")
    (tmp_path / ".disclosurelint.yaml").write_text("paths: [entry.yaml]\n", encoding="utf-8")
    result = run(["check"], tmp_path)
    assert result.code == 0 and result.err == ""
