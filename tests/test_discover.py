"""Which files a folder holds, and how each is shown: the same whatever the folder is called."""

from __future__ import annotations

import pytest

from tests.conftest import NO_URL, Project, declaration


def shown(out: str) -> list[str]:
    """The files named in ``check --no-source`` output, in order."""
    return [line.split(":", 1)[0] for line in out.splitlines() if ": DL204 " in line]


@pytest.fixture
def tree(project: Project) -> Project:
    for rel in ("declarations/x.yaml", "declarations/a/y.YML", "declarations/a/b/z.yaml"):
        project.write(rel, declaration(rel.rsplit("/", 1)[-1].split(".")[0], policy=NO_URL))
    project.write("declarations/_product.yaml", "not: a declaration\n")
    project.write("declarations/.hidden/h.yaml", "not: a declaration\n")
    project.write("declarations/node_modules/n.yaml", "not: a declaration\n")
    return project


@pytest.mark.parametrize("named", ["declarations", "./declarations/", ".", "declarations/a/.."])
def test_a_folder_is_searched_below_and_each_file_shown_from_the_working_folder(
    tree: Project, named: str
) -> None:
    code, out, _ = tree.cli("check", "--no-source", named)
    assert code == 1
    assert shown(out) == ["declarations/a/b/z.yaml", "declarations/a/y.YML", "declarations/x.yaml"]


def test_a_folder_named_by_its_full_path_below_the_working_folder_is_shown_from_it(
    tree: Project,
) -> None:
    code, out, _ = tree.cli("check", "--no-source", str(tree.root / "declarations" / "a"))
    assert code == 1
    assert shown(out) == ["declarations/a/b/z.yaml", "declarations/a/y.YML"]


def test_a_folder_above_the_working_folder_shows_the_files_below_it_as_they_are_from_here(
    tree: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tree.root / "declarations" / "a")
    code, out, _ = tree.cli("check", "--no-source", "..")
    assert code == 1
    assert shown(out) == ["../x.yaml", "b/z.yaml", "y.YML"]
    # named by its full path, a file outside the working folder is shown by its full path
    code, out, _ = tree.cli("check", "--no-source", str(tree.root / "declarations"))
    outside = (tree.root / "declarations" / "x.yaml").as_posix()
    assert shown(out) == [outside, "b/z.yaml", "y.YML"]


def test_a_folder_beside_the_working_folder_shows_its_files_by_the_name_it_was_given(
    tree: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tree.root / "elsewhere").mkdir()
    monkeypatch.chdir(tree.root / "elsewhere")
    expected = ["declarations/a/b/z.yaml", "declarations/a/y.YML", "declarations/x.yaml"]
    code, out, _ = tree.cli("check", "--no-source", str(tree.root / "declarations"))
    assert code == 1
    assert shown(out) == [(tree.root / name).as_posix() for name in expected]
    code, out, _ = tree.cli("check", "--no-source", "../declarations/./a/..")
    assert shown(out) == [f"../{name}" for name in expected]
