"""What a repository's file system can hold besides declarations: pipes, devices, links that
leave the repository or point nowhere, linked and unreadable folders, huge files. Each is a
finding at its path, never a hang, never a secret printed, never silence. The command runs in a
subprocess with a timeout, as CI runs it, so that a hang fails the test instead of stalling it."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Project, declaration
from tests.test_e2e import run


def check(root: Path, *args: str, env: dict[str, str] | None = None) -> tuple[int, dict[str, Any]]:
    proc = run(["check", "declarations", "--isolated", "-f", "json", *args], root, env=env)
    assert proc.stderr == ""
    return proc.returncode, json.loads(proc.stdout)


def by_path(document: dict[str, Any]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for problem in document["problems"]:
        found.setdefault(problem["path"], []).append(f"{problem['code']} {problem['message']}")
    return found


@pytest.fixture
def repo(project: Project) -> Project:
    """A repository (it has ``.git``) with one valid declaration besides what a test adds."""
    (project.root / ".git").mkdir()
    project.write("declarations/app/ok.yaml", declaration("ok", policy="url: https://alpha.cn/p"))
    return project


def test_a_fifo_named_like_a_declaration_is_a_finding_not_a_hang(repo: Project) -> None:
    os.mkfifo(repo.root / "declarations/app/pipe.yaml")

    code, document = check(repo.root)

    assert by_path(document)["declarations/app/pipe.yaml"] == [
        "DL012 a named pipe (FIFO), not a regular file: not read"
    ]
    assert document["files_checked"] == 2
    assert code == 1


@pytest.mark.parametrize("verb", ["report", "baseline"])
def test_other_commands_do_not_block_on_a_fifo(repo: Project, verb: str) -> None:
    os.mkfifo(repo.root / "declarations/app/pipe.yaml")

    proc = run(
        [verb, "out.file", "--isolated"] if verb == "baseline" else [verb, "-o", "out.file"],
        repo.root,
    )

    assert proc.returncode == 0, proc.stderr
    assert (repo.root / "out.file").stat().st_size > 0


def test_links_out_of_the_repository_are_not_followed_and_print_no_secret(repo: Project) -> None:
    app = repo.root / "declarations/app"
    (app / "environ.yaml").symlink_to("/proc/self/environ")
    (app / "passwd.yaml").symlink_to("/etc/passwd")
    (app / "zero.yaml").symlink_to("/dev/zero")
    outside = repo.root.parent / f"{repo.root.name}-outside"
    outside.mkdir()
    (outside / "x.yaml").write_text("disclosure: 1\nid: outside-secret\n", "utf-8")
    (repo.root / "declarations/elsewhere").symlink_to(outside)

    code, document = check(repo.root)
    proc = run(["check", "declarations", "--isolated"], repo.root, env={"X_SECRET": "s3cr3t"})

    found = by_path(document)
    for name, target in [
        ("declarations/app/environ.yaml", "/proc/self/environ"),
        ("declarations/app/passwd.yaml", "/etc/passwd"),
        ("declarations/app/zero.yaml", "/dev/zero"),
        ("declarations/elsewhere", str(outside)),
    ]:
        assert found[name] == [
            f"DL012 a symbolic link to {target}, outside the repository ({repo.root.resolve()}): "
            "not followed"
        ]
    assert "s3cr3t" not in proc.stdout and "root:" not in proc.stdout
    assert "outside-secret" not in proc.stdout
    assert code == 1


def test_a_link_named_explicitly_is_judged_the_same(repo: Project) -> None:
    """pre-commit passes file names: a staged link to a secret must not be read either."""
    (repo.root / "declarations/app/environ.yaml").symlink_to("/proc/self/environ")

    proc = run(["check", "declarations/app/environ.yaml", "--isolated"], repo.root)

    assert "a symbolic link to /proc/self/environ, outside the repository" in proc.stdout
    assert proc.returncode == 1


def test_a_dangling_link_is_a_finding(repo: Project) -> None:
    (repo.root / "declarations/app/gone.yaml").symlink_to(repo.root / "missing.yaml")

    code, document = check(repo.root)

    assert by_path(document)["declarations/app/gone.yaml"] == [
        f"DL012 a symbolic link to {repo.root / 'missing.yaml'}, which does not exist"
    ]
    assert code == 1


def test_a_linked_folder_inside_the_repository_is_checked_once_even_with_a_loop(
    repo: Project,
) -> None:
    repo.write("shared/common.yaml", declaration("common", purpose="TBD"))
    (repo.root / "declarations/shared").symlink_to(repo.root / "shared")
    (repo.root / "declarations/app/loop").symlink_to(repo.root / "declarations")

    code, document = check(repo.root)

    found = by_path(document)
    assert [p for p in found if p.endswith("common.yaml")] == ["declarations/shared/common.yaml"]
    assert found["declarations/shared/common.yaml"][0].startswith("DL201 ")
    assert code == 1


@pytest.fixture
def locked(repo: Project, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder the user may not list: by its permissions, and (for root, whom permissions do
    not bind) by the operating system calls the command uses to list folders."""
    folder = repo.root / "declarations/locked"
    repo.write("declarations/locked/x.yaml", declaration("x"))
    folder.chmod(0)
    if os.geteuid() == 0:
        real_scandir, real_listdir = os.scandir, os.listdir

        def refuse(path: Any = ".") -> Any:
            if Path(path).resolve() == folder.resolve():
                raise PermissionError(13, "Permission denied", str(path))
            return real_scandir(path)

        def refuse_list(path: Any = ".") -> Any:
            refuse(path)
            return real_listdir(path)

        monkeypatch.setattr(os, "scandir", refuse)
        monkeypatch.setattr(os, "listdir", refuse_list)
    yield folder
    folder.chmod(0o755)


def test_an_unreadable_folder_is_a_finding(repo: Project, locked: Path) -> None:
    code, out, err = repo.cli("check", "declarations", "--isolated", "-f", "json")

    found = by_path(json.loads(out))
    assert found["declarations/locked"] == [
        "DL012 the folder could not be read (Permission denied); its declarations are not checked"
    ]
    assert (code, err) == (1, "")


def test_a_huge_sparse_file_is_refused_without_reading_it(repo: Project) -> None:
    huge = repo.root / "declarations/app/huge.yaml"
    with huge.open("wb") as handle:
        handle.truncate(3 * 1024**3)  # 3 GiB of holes: reading it would need 3 GiB of memory

    code, document = check(repo.root)

    assert by_path(document)["declarations/app/huge.yaml"] == [
        "DL008 the file is 3,221,225,472 bytes, over the 1,048,576-byte limit; not read"
    ]
    assert code == 1


def test_problems_per_file_are_capped_with_a_note_and_the_gate_still_fails(
    repo: Project,
) -> None:
    items = "".join(f"  - item: unknown thing {n}\n" for n in range(450))
    text = declaration("many", purpose="TBD", policy="url: https://alpha.cn/p").replace(
        "  - item: name\n", items
    )
    repo.write("declarations/app/many.yaml", text)

    code, document = check(repo.root)
    text_out = run(["check", "declarations", "--isolated"], repo.root).stdout

    many = by_path(document)["declarations/app/many.yaml"]
    assert len(many) == 200
    assert [m for m in many if m.startswith("DL201 ")]  # the one error is kept, 450 are info
    assert document["notes"] == [
        "declarations/app/many.yaml: 251 more problems not shown; the first 200 (the gravest) "
        "are. Fix those, or check the file's structure, and run again."
    ]
    assert "251 more problems not shown" in text_out
    assert code == 1


def test_a_glob_of_two_thousand_double_stars_is_matched_at_once(repo: Project) -> None:
    repo.write(
        ".disclosurelint.yaml",
        "per-path:\n  - files: ['" + "**/" * 2000 + "ok.yaml']\n    ignore: [DL2]\n",
    )

    proc = run(["check", "declarations"], repo.root)

    assert proc.returncode == 0, proc.stdout + proc.stderr
