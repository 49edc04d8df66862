"""docs/ci.md stays true to the code: every format, every action input, valid CI snippets."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from disclosurelint.formats import FORMATS
from tests.gates.common import ROOT, check_jsonschema

DOC = (ROOT / "docs" / "ci.md").read_text("utf-8")
README = "Suggested README section"


def _section(title: str) -> str:
    text = DOC.split(f"\n## {title}\n", 1)[1]
    return text if title == README else text.split("\n## ", 1)[0]


def _first_block(text: str, language: str) -> str:
    match = re.search(rf"```{language}\n(.*?)\n```", text, re.S)
    assert match, f"no {language} block"
    return match[1] + "\n"


def test_every_format_is_documented() -> None:
    table = _section("Output formats").split("| format |", 1)[1].split("\n\n", 1)[0]
    assert re.findall(r"^\| `(\w+)` \|", table, re.M) == list(FORMATS)


def test_every_action_input_is_documented_with_its_default() -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text("utf-8"))
    rows = re.findall(r"^\| `([\w-]+)` \| `([^`]*)`", _section("GitHub Actions"), re.M)
    documented = {name: "" if default == '""' else default for name, default in rows}
    assert documented == {k: str(v.get("default", "")) for k, v in action["inputs"].items()}


def test_the_suggested_readme_section_is_short() -> None:
    block = _section(README).split("```markdown\n", 1)[1].rsplit("```", 1)[0]
    assert len(block.splitlines()) <= 30


def test_the_gitlab_example_is_valid_gitlab_ci(tmp_path: Path) -> None:
    example = tmp_path / ".gitlab-ci.yml"
    example.write_text(_first_block(_section("GitLab CI"), "yaml"))
    check_jsonschema("vendor.gitlab-ci", example)
    job = yaml.safe_load(example.read_text())["disclosurelint"]
    assert job["artifacts"]["reports"]["codequality"] in " ".join(job["script"])


@pytest.mark.parametrize("section", ["pre-commit", README])
def test_the_precommit_examples_are_valid_configs(tmp_path: Path, section: str) -> None:
    text = _section(section)
    if section == README:
        text = re.sub(r"^    ", "", text.split("`pre-commit install`:\n\n", 1)[1], flags=re.M)
        text = text.split("\n\n", 1)[0] + "\n"
    else:
        text = _first_block(text, "yaml")
    config = tmp_path / ".pre-commit-config.yaml"
    config.write_text(text)
    check = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-config", str(config)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert yaml.safe_load(text)["repos"][0]["hooks"] == [{"id": "disclosurelint"}]
