"""A misspelt key is one problem that names the key meant; a value of the wrong shape gets a fix
that says what to type. Both across every key of a declaration, through the command line."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from disclosurelint.model import JsonPath
from tests.conftest import Project
from tests.robust.documents import CHOSEN, FULL, dump, paths, replaced

MISSING_CODES = {"DL101", "DL108", "DL201", "DL202", "DL203", "DL204"}


def renamed(document: Any, path: JsonPath, new: str) -> Any:
    changed = copy.deepcopy(document)
    parent: Any = changed
    for part in path[:-1]:
        parent = parent[part]
    parent[new] = parent.pop(path[-1])
    return changed


def typos(key: str) -> list[str]:
    found = [key.upper(), key.title()]
    if len(key) > 4:
        found += [key[:2] + key[3:], key[:-2] + key[-1] + key[-2]]
    return [t for t in dict.fromkeys(found) if t != key]


def run_all(project: Project, variants: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    for name, document in variants.items():
        project.write(f"declarations/{name}.yaml", dump({**document, "id": name}))
    code, out, err = project.cli("check", "declarations", "-f", "json")
    assert err == ""
    assert code == 1
    found: dict[str, list[dict[str, Any]]] = {name: [] for name in variants}
    for problem in json.loads(out)["problems"]:
        found[Path(problem["path"]).stem].append(problem)
    return found


KEY_PATHS = [
    (base, p)
    for base in (FULL, CHOSEN)
    for p in paths(base)
    if isinstance(p[-1], str) and (base is FULL or p[0] == "recipient")
]


def test_a_misspelt_key_anywhere_is_one_problem_naming_the_key_meant(project: Project) -> None:
    variants: dict[str, Any] = {"full": FULL, "chosen": CHOSEN}
    meant: dict[str, tuple[str, str]] = {}
    chosen = set()
    for n, (base, path) in enumerate(KEY_PATHS):
        for m, typo in enumerate(typos(str(path[-1]))):
            name = f"v{n}-{m}"
            variants[name] = renamed(base, path, typo)
            meant[name] = (typo, str(path[-1]))
            if base is CHOSEN:
                chosen.add(name)

    found = run_all(project, variants)

    before = {
        base: {p["message"] for p in found[base] if p["code"] in MISSING_CODES}
        for base in ("full", "chosen")
    }
    wrong = {}
    for name, (typo, key) in meant.items():
        form = "chosen" if name in chosen else "full"
        unknown = [p["message"] for p in found[name] if p["code"] == "DL102"]
        again = [
            p["message"]
            for p in found[name]
            if p["code"] in MISSING_CODES and p["message"] not in before[form]
        ]
        if not unknown or not unknown[0].endswith(f"did you mean `{key}`?") or again:
            wrong[f"{typo} for {key}"] = unknown + again
    assert wrong == {}
    assert len(variants) > 100


def shapes() -> dict[str, tuple[Any, str]]:
    """Each object or list field of FULL written in the wrong shape, and the start of its fix."""
    cases: dict[str, tuple[Any, str]] = {}
    for n, path in enumerate(paths(FULL)):
        value: Any = FULL
        for part in path:
            value = value[part]
        if isinstance(value, dict):
            cases[f"o{n}"] = (replaced(FULL, path, "Some words"), "Put the value under a key: ")
            if isinstance(path[-1], int):
                cases[f"o{n}"] = (cases[f"o{n}"][0], "Write each entry as a key and its value: `- ")
            else:
                listed = [{k: v} for k, v in value.items()]
                cases[f"d{n}"] = (replaced(FULL, path, listed), "Remove the dashes: ")
        elif isinstance(value, list):
            cases[f"l{n}"] = (replaced(FULL, path, "alone"), "Write a list, even of one: ")
    return cases


def test_a_value_of_the_wrong_shape_gets_a_fix_that_says_what_to_type(project: Project) -> None:
    cases = shapes()

    found = run_all(project, {name: document for name, (document, _) in cases.items()})

    wrong = {}
    for name, (_, start) in cases.items():
        fixes = [p["fix"] for p in found[name] if p["code"] == "DL103"]
        if not fixes or not fixes[0].startswith(start):
            wrong[name] = fixes
    assert wrong == {}
    assert len(cases) > 15


@pytest.mark.parametrize(
    ("yaml_text", "fix"),
    [
        ("data: [name, phone]\n", "Write each entry as a key and its value: `- item: name`."),
        (
            "privacy_policy: https://alpha-analytics.cn/privacy\n",
            "Put the value under a key: `privacy_policy:` and, indented on the next line, "
            "`url: https://alpha-analytics.cn/privacy`.",
        ),
        (
            "privacy_policy: See the app details page\n",
            "Put the value under a key: `privacy_policy:` and, indented on the next line, "
            "`reference: See the app details page`.",
        ),
        ("sharing_modes: form\n", "Write a list, even of one: `sharing_modes: [form]`."),
        (
            "recipient:\n  - name: Alpha\n  - relationship: third_party\n",
            "Remove the dashes: the keys of `recipient` (`name:`, `relationship:`) go straight "
            "under it, indented, not as list items.",
        ),
        (
            "recipient:\n  relationship: third_party\n",
            "Add `name:` for a named company; or write `selected_by:` for a company chosen at "
            "run time.",
        ),
        (
            "recipient:\n  name: Alpha\n  selected_by: user\n  relationship: third_party\n",
            "Keep the keys of one form only: `name:` for a named company or `selected_by:` for "
            "a company chosen at run time.",
        ),
    ],
)
def test_the_fixes_users_meet_most(project: Project, yaml_text: str, fix: str) -> None:
    key = yaml_text.split(":", 1)[0]
    document = {k: v for k, v in FULL.items() if k != key}
    project.write("declarations/a.yaml", dump(document) + yaml_text)

    code, out, _ = project.cli("check", "declarations", "-f", "json")

    fixes = [p["fix"] for p in json.loads(out)["problems"] if p["code"] in ("DL103", "DL108")]
    assert fixes[:1] == [fix]
    assert code == 1
