"""Every file a command writes, at every path that cannot be written: one line, exit 2."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.outputs.common import FORMATS, project, run

BAD_TARGETS: dict[str, Callable[[Path], str]] = {
    "missing folder": lambda tmp: str(tmp / "missing" / "dir" / "out.txt"),
    "a folder": str,
    "a file the system refuses": lambda tmp: "/proc/version",
    "a name too long": lambda tmp: str(tmp / ("x" * 5000)),
    "under a file": lambda tmp: str(tmp / "declarations" / "p" / "a.yaml" / "out.txt"),
}


def _commands(target: str) -> dict[str, list[str]]:
    commands = {f"check -f {fmt}:FILE": ["check", "-f", f"{fmt}:{target}"] for fmt in FORMATS}
    commands.update(
        {
            "check -o": ["check", "-o", target],
            "baseline": ["baseline", target],
            "render -o": ["render", "declarations/p", "-o", target],
            "render -f html -o": ["render", "declarations/p", "-f", "html", "-o", target],
            "report -o": ["report", "-o", target, "--date", "2026-11-29"],
            "diff -o": ["diff", "HEAD", "-o", target],
            "export ropa-csv -o": ["export", "-f", "ropa-csv", "-o", target],
            "export ropa-xlsx -o": ["export", "-f", "ropa-xlsx", "-o", target],
        }
    )
    return commands


COMMANDS = sorted(_commands("FILE"))


@pytest.mark.parametrize("target", sorted(BAD_TARGETS))
@pytest.mark.parametrize("command", COMMANDS)
def test_an_unwritable_output_is_one_line_and_exit_2(
    command: str, target: str, tmp_path: Path
) -> None:
    if target == "a file the system refuses" and not Path("/proc/version").exists():
        pytest.skip("no /proc/version on this system")
    root = project(tmp_path)
    if command.startswith("diff"):
        subprocess.run(["git", "init", "-q"], cwd=root, check=True)
        subprocess.run(["git", "add", "."], cwd=root, check=True)
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "x"],
            cwd=root,
            check=True,
        )
    path = BAD_TARGETS[target](tmp_path)
    result = run(_commands(path)[command], root)
    assert result.code == 2, result
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("disclosurelint: error: ") and "cannot write" in lines[0]
    assert "internal error" not in result.err
    assert len(lines[0]) < 400  # a long name is cut, not printed whole
