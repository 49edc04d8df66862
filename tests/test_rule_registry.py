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


def _imports(path: Path, name: str, modules: set[str]) -> set[str]:
    """Modules of the package that ``path`` imports, at module level or inside functions
    (imports for type checking only, under ``if TYPE_CHECKING:``, run nothing)."""
    tree = ast.parse(path.read_text("utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            node.body = []
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                found.add(full if full in modules else node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {m for m in found if m in modules and m != name}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle_not_even_inside_functions() -> None:
    package = ROOT / "src"
    paths = {
        ".".join(p.relative_to(package).with_suffix("").parts).removesuffix(".__init__"): p
        for p in package.rglob("*.py")
    }
    graph = {name: _imports(path, name, set(paths)) for name, path in paths.items()}
    assert _cycles(graph) == []


def test_the_load_stage_only_calls_the_load_rules() -> None:
    """Each DL0xx message is written in its rule's module; the loader names no code itself."""
    import re

    for stage in ("load.py", "lint.py"):
        text = (ROOT / "src" / "disclosurelint" / stage).read_text("utf-8")
        assert re.findall(r"[\"']DL0\d\d[\"']", text) == [], stage
    for rule in registry.builtin_rules():
        if rule.CODE.startswith("DL0"):
            constructors = [n for n in vars(rule) if n in ("finding", "too_deep", "utf16")]
            assert constructors, rule.CODE
