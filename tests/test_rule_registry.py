"""The rule contract: every module under rules/ is registered, described and documented."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from disclosurelint import rules as registry
from disclosurelint.rules.base import RuleDescription, Scope

ROOT = Path(__file__).resolve().parent.parent
RULES_DIR = ROOT / "src" / "disclosurelint" / "rules"


def test_every_rule_module_is_registered() -> None:
    modules = {p.stem for p in RULES_DIR.glob("dl[0-9][0-9][0-9]_*.py")}
    registered = {r.__name__.rsplit(".", 1)[1] for r in registry.builtin_rules()}
    assert modules == registered


def test_every_rule_has_a_frozen_description_and_a_generated_page() -> None:
    for rule in registry.builtin_rules():
        description = registry.describe(rule)
        assert isinstance(description, RuleDescription)
        assert isinstance(description.scope, Scope)
        assert description.summary and description.origin == "built-in"
        assert any(e.fails for e in description.examples) or not getattr(rule, "EXAMPLES", True)
        page = ROOT / registry.info(rule).help_uri()
        assert page.is_file(), page


def test_rule_pages_and_readme_table_are_current() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "generate_rule_docs.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr


def _imports(path: Path) -> set[str]:
    """Modules of the package that ``path`` imports at module level (not inside functions)."""
    tree = ast.parse(path.read_text("utf-8"))
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.startswith("disclosurelint"):
                found.add(node.module)
                found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("disclosurelint"))
    return found


def test_policy_and_plugin_modules_have_no_import_cycle() -> None:
    """The modules added for policies and plugins import in one direction only."""
    package = ROOT / "src"
    modules = {
        ".".join(p.relative_to(package).with_suffix("").parts).removesuffix(".__init__"): p
        for p in package.rglob("*.py")
    }
    graph = {name: {m for m in _imports(path) if m in modules} for name, path in modules.items()}

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for nxt in graph.get(start, ()):
            if nxt == goal:
                return True
            if nxt not in seen:
                seen.add(nxt)
                if reaches(nxt, goal, seen):
                    return True
        return False

    new = [m for m in graph if m.startswith(("disclosurelint.policy", "disclosurelint.plugin"))]
    new += ["disclosurelint.extensions", "disclosurelint.minischema", "disclosurelint.rules"]
    cycles = [m for m in new if reaches(m, m, set())]
    assert cycles == []
