"""Every rule documents itself, and its documented examples behave as documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from disclosurelint import rules as registry
from disclosurelint.api import check_paths, check_text
from disclosurelint.config import Settings, WaiverPolicy
from disclosurelint.rules.base import RuleModule
from tests.common import merged

SECTIONS = ("## What it checks", "## Why", "## How to fix")
_YAML = re.compile(r"## (Failing|Passing) example\s+```yaml\n(.*?)\n```", re.S)
RULES = registry.all_rules()


def _id(rule: RuleModule) -> str:
    return rule.CODE


def test_codes_and_names_are_unique_and_well_formed() -> None:
    assert len({r.CODE for r in RULES}) == len(RULES)
    assert len({r.NAME for r in RULES}) == len(RULES)
    for rule in RULES:
        assert re.fullmatch(r"DL\d{3}", rule.CODE)
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.NAME)
        assert rule.__name__.rsplit(".", 1)[1].startswith(rule.CODE.lower())


@pytest.mark.parametrize("rule", RULES, ids=_id)
def test_docstring_has_every_section(rule: RuleModule) -> None:
    doc = rule.__doc__ or ""
    assert doc.splitlines()[0].strip(), "a one-line summary comes first"
    for section in SECTIONS:
        assert section in doc, section
    examples = dict(_YAML.findall(doc))
    if getattr(rule, "EXAMPLES", True):
        assert "Failing" in examples


def _found(rule: RuleModule, text: str, other: str, folder: Path) -> set[str]:
    manifests = getattr(rule, "EXAMPLE_MANIFESTS", ())
    if manifests:
        # An SDK rule's example is one declaration checked against the app's manifests.
        for name, content in manifests:
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_text(content, encoding="utf-8")
        (folder / "declarations").mkdir()
        (folder / "declarations" / "one.yaml").write_text(text, encoding="utf-8")
        settings = Settings(sdk_manifests=tuple(str(folder / n) for n, _ in manifests))
        return {p.code for p in check_paths([folder / "declarations"], settings, jobs=1).active}
    if rule.SCOPE != "repository":
        regimes = getattr(rule, "EXAMPLE_REGIMES", Settings().regimes)
        policy = WaiverPolicy(**getattr(rule, "EXAMPLE_WAIVERS", {}))
        result = check_text(text, "example.yaml", Settings(regimes=regimes, waivers=policy))
        return {p.code for p in result.active}
    # A repository rule's example is one file of two; the other holds the failing example.
    (folder / "one.yaml").write_text(text, encoding="utf-8")
    (folder / "two.yaml").write_text(other, encoding="utf-8")
    return {p.code for p in check_paths([folder], jobs=1).active}


@pytest.mark.parametrize("rule", RULES, ids=_id)
def test_documented_examples_behave_as_documented(rule: RuleModule, tmp_path: Path) -> None:
    examples = _YAML.findall(rule.__doc__ or "")
    if not getattr(rule, "EXAMPLES", True):
        assert examples == []
        return
    for kind, snippet in examples:
        (tmp_path / kind).mkdir()
        text = (
            snippet + "\n"
            if getattr(rule, "EXAMPLE_KIND", "fragment") == "file"
            else merged(snippet)
        )
        failing = merged(dict(examples)["Failing"]) if rule.SCOPE == "repository" else ""
        found = _found(rule, text, failing, tmp_path / kind)
        if kind == "Failing":
            assert rule.CODE in found, f"failing example does not trigger {rule.CODE}"
        elif getattr(rule, "EXAMPLE_KIND", "fragment") == "file":
            assert rule.CODE not in found
        else:
            assert found == set(), f"passing example has problems: {found}"
