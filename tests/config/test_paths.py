"""Paths as configuration globs see them: relative to the configuration's folder, with ``/``."""

from __future__ import annotations

from pathlib import Path

import pytest

from disclosurelint.paths import path_matches, relative_to


def test_relative_to(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    root = str(tmp_path / "repo")
    assert relative_to("repo/declarations/a.yaml", root) == "declarations/a.yaml"
    assert relative_to(tmp_path / "repo/./x/../a.yaml", root) == "a.yaml"
    assert relative_to("elsewhere/a.yaml", root) == "../elsewhere/a.yaml"
    assert relative_to("a/b.yaml", None) == "a/b.yaml"
    assert relative_to("b.yaml", root, cwd=root) == "b.yaml"


@pytest.mark.parametrize(
    ("rel", "pattern", "matches"),
    [
        ("declarations/gen/a.yaml", "declarations/gen/*", True),
        ("declarations/gen/deep/a.yaml", "declarations/gen/*", True),
        ("declarations/gen/a.yaml", "declarations/gen", True),
        ("declarations/gen/a.yaml", "declarations/gen/", True),
        ("declarations/general.yaml", "declarations/gen", False),
        ("a.yaml", "**/a.yaml", True),
        ("x/a.yaml", "**/a.yaml", True),
        ("x/a.yaml", "./x/a.yaml", True),
        ("x/b.yaml", "x/a.yaml", False),
    ],
)
def test_path_matches(rel: str, pattern: str, matches: bool) -> None:
    assert path_matches(rel, pattern) is matches
