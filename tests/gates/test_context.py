"""Files named one by one (as pre-commit passes them) still meet the other declarations."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest

from disclosurelint.cli import main
from tests.gates.common import declaration, sample_tree, write


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    sample_tree(tmp_path)
    return tmp_path


def concise(*args: str) -> tuple[int, list[str]]:
    out = StringIO()
    code = main(["check", "-f", "concise", *args], out=out, err=out)
    return code, out.getvalue().splitlines()


def test_a_named_file_sees_duplicates_under_the_declaration_root(tree: Path) -> None:
    code, lines = concise("declarations/other/copy.yaml")
    assert code == 1
    assert lines == [
        "declarations/other/copy.yaml:2:5: DL401 [error] duplicate-id: id 'camcard' is also "
        "used by declarations/welink/camcard.yaml:2"
    ]


def test_only_the_named_files_are_reported(tree: Path) -> None:
    code, lines = concise("declarations/welink/calendar.yaml")
    assert (code, lines) == (0, [])


def test_an_explicit_context_replaces_the_default(tree: Path) -> None:
    write(tree, "elsewhere/x.yaml", declaration("calendar"))
    code, lines = concise("declarations/other/copy.yaml", "--context", "elsewhere")
    assert (code, lines) == (0, [])
    code, lines = concise("declarations/welink/calendar.yaml", "--context", "elsewhere")
    assert code == 1 and "is also used by elsewhere/x.yaml:2" in lines[0]


def test_a_folder_is_its_own_scope(tree: Path) -> None:
    code, lines = concise("declarations/other")
    assert (code, lines) == (0, [])


def test_without_a_declaration_root_nothing_else_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "a.yaml", declaration("same"))
    write(tmp_path, "b.yaml", declaration("same"))
    assert concise("a.yaml") == (0, [])
