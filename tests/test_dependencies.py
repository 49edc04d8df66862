"""Every documented command works from a plain install, and a module that cannot be imported is
one line and exit 2, never an internal error; the heavy dependencies load only when needed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "data" / "corpus" / "welink-information-shared-with-third-parties.txt"

# Runs the command line in a fresh interpreter where the named top-level modules cannot be
# imported, as in an environment where they are missing or broken.
_BLOCKED = """
import sys
from importlib.abc import MetaPathFinder

blocked = set(sys.argv[1].split(","))

class Block(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in blocked:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, Block())
from disclosurelint.cli import main
code = main(sys.argv[2:])
print("loaded:", sorted(m for m in ("ruamel", "jinja2") if m in sys.modules), file=sys.stderr)
raise SystemExit(code)
"""


def _run(blocked: str, args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _BLOCKED, blocked, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


COMMANDS = {
    "import": (["import", str(SEED), "-o", "out", "--product", "p"], "ruamel.yaml"),
    "render html": (["render", str(ROOT / "declarations"), "-f", "html"], "Jinja2"),
    "report html": (["report", str(ROOT / "declarations"), "-o", "r.html"], "Jinja2"),
    "check": (["check", str(ROOT / "declarations")], "PyYAML"),
}
MODULES = {"ruamel.yaml": "ruamel", "Jinja2": "jinja2", "PyYAML": "yaml"}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_a_missing_dependency_is_one_line_naming_the_package(name: str, tmp_path: Path) -> None:
    args, distribution = COMMANDS[name]
    proc = _run(MODULES[distribution], args, tmp_path)
    assert proc.returncode == 2, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if not line.startswith("loaded:")]
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("disclosurelint: error:")
    assert f"needs the Python package {distribution}" in lines[0]
    assert "internal error" not in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "out").exists() and not (tmp_path / "r.html").exists()


@pytest.mark.parametrize("name", sorted(set(COMMANDS) - {"check"}))
def test_the_same_commands_work_when_nothing_is_missing(name: str, tmp_path: Path) -> None:
    args, _ = COMMANDS[name]
    proc = _run(
        "no-such-module", [*args, *(["--date", "2026-11-29"] if "report" in name else [])], tmp_path
    )
    assert proc.returncode == 0, proc.stderr


def test_check_does_not_load_the_dependencies_of_other_commands(tmp_path: Path) -> None:
    """ruamel.yaml and Jinja2 are dependencies, but `check` never imports them (start-up)."""
    proc = _run("no-such-module", ["check", str(ROOT / "declarations"), "-f", "json"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "loaded: []" in proc.stderr


def test_the_dependencies_are_declared_for_a_plain_install() -> None:
    from importlib.metadata import requires

    required = {
        r.split(">")[0].split(";")[0].strip().lower()
        for r in requires("disclosurelint") or []
        if "extra ==" not in r
    }
    assert {"ruamel.yaml", "jinja2", "pyyaml", "jsonschema"} <= required
