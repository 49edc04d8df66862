"""``import`` never writes through a symbolic link: not through a link that points nowhere, not
into a linked folder, not into the file a link points to, with or without ``--force``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Project

PAGE = "Company: Alpha Analytics Ltd.\nPurpose: Provide analytics.\nPersonal data: name\n"


@pytest.fixture
def page(project: Project) -> Project:
    project.write("published.txt", PAGE)
    (project.root / "declarations").mkdir()
    return project


def imported(project: Project, *extra: str) -> tuple[int, dict[str, object], str]:
    code, out, err = project.cli(
        "import",
        "published.txt",
        "-o",
        "declarations",
        "--product",
        "app",
        "--format",
        "json",
        *extra,
    )
    return code, json.loads(out) if out else {}, err


def target(project: Project) -> Path:
    """Where the entry goes: found by a first import into a scratch folder."""
    code, out, _ = project.cli("import", "published.txt", "-o", "scratch", "--product", "app")
    assert code == 0, out
    (found,) = (project.root / "scratch/app").glob("[!_]*.yaml")
    return project.root / "declarations/app" / found.name


@pytest.mark.parametrize("force", [False, True])
def test_a_dangling_link_is_an_existing_file_and_force_replaces_only_the_link(
    page: Project, force: bool
) -> None:
    path = target(page)
    path.parent.mkdir(parents=True)
    victim = page.root / "elsewhere.yaml"
    path.symlink_to(victim)

    code, _, err = imported(page, *(["--force"] if force else []))

    assert err == ""
    if force:
        assert code == 0
        assert not path.is_symlink() and "Alpha Analytics" in path.read_text("utf-8")
    else:
        assert code == 1
        assert path.is_symlink()
    assert not victim.exists()


def test_force_replaces_a_link_to_a_file_never_the_file(page: Project) -> None:
    path = target(page)
    path.parent.mkdir(parents=True)
    victim = page.root / "keep.txt"
    victim.write_text("precious\n", "utf-8")
    path.symlink_to(victim)

    code, _, err = imported(page, "--force")

    assert (code, err) == (0, "")
    assert victim.read_text("utf-8") == "precious\n"
    assert not path.is_symlink()


def test_a_linked_product_folder_stops_the_import_before_writing(page: Project) -> None:
    outside = page.root / "outside"
    outside.mkdir()
    (page.root / "declarations/app").symlink_to(outside)

    for extra in ((), ("--force",)):
        code, _, err = imported(page, *extra)

        assert code == 2
        assert err.count("\n") == 1
        assert "declarations/app: a symbolic link; import writes only into real folders" in err
        assert list(outside.iterdir()) == []
