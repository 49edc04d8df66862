"""DL401: an id used by two files, named in both."""

from __future__ import annotations

from pathlib import Path

from disclosurelint.api import check_paths
from tests.common import BASE


def test_duplicate_id_names_both_files(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(BASE)
    (tmp_path / "b.yaml").write_text("# comment\n" + BASE)
    (tmp_path / "c.yaml").write_text(BASE.replace("id: camcard", "id: other"))
    result = check_paths([tmp_path], jobs=1)
    found = [(Path(p.path).name, p.line, p.column, p.code, p.message) for p in result.problems]
    a, b = (tmp_path / "a.yaml").as_posix(), (tmp_path / "b.yaml").as_posix()
    assert found == [
        ("a.yaml", 2, 5, "DL401", f"id 'camcard' is also used by {b}:3"),
        ("b.yaml", 3, 5, "DL401", f"id 'camcard' is also used by {a}:2"),
    ]


def test_context_files_are_read_but_not_reported(tmp_path: Path) -> None:
    (tmp_path / "old.yaml").write_text(BASE.replace("purpose: Provide", "purpose: TBD Provide"))
    new = tmp_path / "new.yaml"
    new.write_text(BASE.replace("scenario:", "scenario: TBD\nx_scenario:"))
    result = check_paths([new], context=[tmp_path], jobs=1)
    assert {p.path for p in result.problems} == {new.as_posix()}
    assert {p.code for p in result.problems} >= {"DL401"}


def test_parallel_run_gives_the_same_result(tmp_path: Path) -> None:
    for n in range(450):
        body = BASE.replace("id: camcard", f"id: p{n % 440}")
        if n % 7 == 0:
            body = body.replace("purpose: Provide", "purpose: TBD\nextra: Provide")
        (tmp_path / f"p{n:03d}.yaml").write_text(body)
    serial = check_paths([tmp_path], jobs=1)
    parallel = check_paths([tmp_path], jobs=2)
    assert serial.problems == parallel.problems
    assert len([p for p in serial.problems if p.code == "DL401"]) == 20
