"""The rule contract: every module under rules/ is registered, described and documented."""

from __future__ import annotations

import ast
import inspect
import re
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


# The stages that call built-in rules' own functions (the other rules define `check`).
STAGES = {
    Scope.LOAD: ("load.py", "lint.py"),
    Scope.SCHEMA: ("schema.py",),
    Scope.WAIVER: ("waivers.py",),
}
STAGE_DIR = ROOT / "src" / "disclosurelint"


def _stage_calls(scope: Scope) -> dict[str, set[str]]:
    """Rule module -> the functions (lower-case attributes) the stage's files use on it."""
    used: dict[str, set[str]] = {}
    for file in STAGES[scope]:
        tree = ast.parse((STAGE_DIR / file).read_text("utf-8"))
        aliases = {
            alias.asname or alias.name: alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module == "disclosurelint.rules"
            for alias in node.names
            if alias.name.startswith("dl")
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in aliases
                and not node.attr.isupper()
            ):
                used.setdefault(aliases[node.value.id], set()).add(node.attr)
    return used


def _codes_named(file: str) -> list[str]:
    """Rule codes written as text in a stage's code (docstrings and comments aside)."""
    tree = ast.parse((STAGE_DIR / file).read_text("utf-8"))
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and re.fullmatch(r"DL\d{3}", node.value)
    ]


def test_every_rule_module_defines_what_its_stage_calls() -> None:
    """A rule's words are built in its own module: the stage that runs it calls functions (or
    raises exceptions) the module itself defines (or its `check`), and names no rule code of
    its own."""
    calls = {scope: _stage_calls(scope) for scope in STAGES}
    for rule in registry.builtin_rules():
        module = rule.__name__.rsplit(".", 1)[1]
        scope = registry.describe(rule).scope
        called = calls[scope].get(module, set()) if scope in STAGES else {"check"}
        assert called, f"{rule.CODE}: {', '.join(STAGES[scope])} call nothing of {module}"
        for name in called:
            function = getattr(rule, name, None)
            own = inspect.isfunction(function) or inspect.isclass(function)
            assert own, f"{rule.CODE} has no function {name}"
            assert function.__module__ == rule.__name__, f"{rule.CODE}.{name} is not its own"
    for files in STAGES.values():
        for file in files:
            assert _codes_named(file) == [], file


def test_each_schema_keyword_is_reported_by_the_rule_that_claims_it() -> None:
    from disclosurelint import schema

    claimed: dict[str, str] = {}
    for rule in registry.builtin_rules():
        if registry.describe(rule).scope is Scope.SCHEMA:
            keywords = getattr(rule, "KEYWORDS", ())
            assert keywords, f"{rule.CODE} names no JSON Schema keyword"
            for keyword in keywords:
                assert keyword not in claimed, (keyword, claimed.get(keyword), rule.CODE)
                claimed[keyword] = rule.CODE
    assert dict(schema.CODES) == claimed
