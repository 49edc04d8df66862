"""A rule plugin and policy pack, installed into a real virtual environment and run."""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = ROOT / "examples" / "plugin"

DECLARATION = """\
disclosure: 1
id: payroll
recipient:
  name: Payroll Services Co., Ltd.
  relationship: entrusted_processor
  contact: https://payroll.acme-partner.cn/contact
  country: CN
product: Demo
data:
  - item: ID card number
    consent: separate
    justification:
      necessity: Pays the salary into the employee's account.
      impact: Identity theft if leaked; stored encrypted.
purpose: Pay salaries.
scenario: Every month, for every employee.
sharing_modes: [backend_api]
privacy_policy:
  url: https://payroll.acme-partner.cn/privacy
review:
  ticket: JIRA-12
"""


@pytest.fixture(scope="module")
def environment(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A virtual environment that sees this disclosurelint and has the plugin pip-installed."""
    home = tmp_path_factory.mktemp("venv")
    venv.create(home, with_pip=True)
    python = home / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # disclosurelint and its dependencies come from the environment running the tests
    ours = [sysconfig.get_paths()["purelib"], *site.getsitepackages(), str(ROOT / "src")]
    (Path(purelib) / "outer.pth").write_text("\n".join(ours) + "\n", encoding="utf-8")
    source = home / "plugin"
    shutil.copytree(PLUGIN, source)
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            str(source),
        ],
        check=True,
        capture_output=True,
    )
    return home


def _run(home: Path, cwd: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    return subprocess.run(
        [str(home / "bin" / "python"), "-m", "disclosurelint", *argv],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


def test_the_plugin_runs_only_when_the_configuration_names_it(
    environment: Path, tmp_path: Path
) -> None:
    (tmp_path / "payroll.yaml").write_text(DECLARATION, encoding="utf-8")
    before = _run(environment, tmp_path, "check", "payroll.yaml", "--no-source")
    assert "ACME" not in before.stdout, before.stdout + before.stderr
    (tmp_path / ".disclosurelint.yaml").write_text("plugins: [acme]\n", encoding="utf-8")
    after = _run(environment, tmp_path, "check", "payroll.yaml", "--no-source")
    assert after.returncode == 1, after.stderr
    assert "payroll.yaml:21:11: ACME201 processor-dpa-ticket:" in after.stdout
    assert "payroll.yaml:10:11: ACME202 sensitive-data-retention:" in after.stdout
    listed = _run(environment, tmp_path, "rules")
    assert "ACME201" in listed.stdout and "ACME202" in listed.stdout
    explained = _run(environment, tmp_path, "explain", "ACME201")
    assert "(error, plugin acme)" in explained.stdout and "PIPL Art. 21" in explained.stdout


def test_an_unknown_plugin_is_a_configuration_error(environment: Path, tmp_path: Path) -> None:
    (tmp_path / ".disclosurelint.yaml").write_text("plugins: [acmee]\n", encoding="utf-8")
    (tmp_path / "payroll.yaml").write_text(DECLARATION, encoding="utf-8")
    found = _run(environment, tmp_path, "check", "payroll.yaml")
    assert found.returncode == 2
    assert "no installed plugin is named 'acmee'" in found.stderr and "acme" in found.stderr
    assert "Traceback" not in found.stderr


def test_test_runs_the_cases_of_the_policy_packs_the_configuration_names(
    environment: Path, tmp_path: Path
) -> None:
    own = (ROOT / "examples" / "policies" / "legal-name.yaml").read_text("utf-8")
    (tmp_path / "legal-name.yaml").write_text(own, encoding="utf-8")
    (tmp_path / ".disclosurelint.yaml").write_text(
        "policies: [legal-name.yaml]\n", encoding="utf-8"
    )
    alone = _run(environment, tmp_path, "test")
    assert alone.returncode == 0, alone.stdout + alone.stderr
    assert "ACME202" not in alone.stdout
    assert "4 cases in 1 policy file: 4 passed, 0 failed" in alone.stdout

    (tmp_path / ".disclosurelint.yaml").write_text(
        "policies: [legal-name.yaml]\nplugins: [acme]\n", encoding="utf-8"
    )
    both = _run(environment, tmp_path, "test")
    assert both.returncode == 0, both.stdout + both.stderr
    assert "retention.yaml: ACME202 ID card number, no retention" in both.stdout
    assert "ok   legal-name.yaml: ACME103 registered name" in both.stdout
    assert "6 cases in 2 policy files: 6 passed, 0 failed" in both.stdout

    # the JUnit report holds the pack's cases too
    pack = _run(environment, tmp_path, "test", "-f", "junit")
    assert pack.returncode == 0 and "retention.yaml" in pack.stdout
    named = _run(environment, tmp_path, "test", "legal-name.yaml")
    assert "ACME202" not in named.stdout  # paths given on the command line: only those


def test_test_refuses_an_unknown_policy_pack(environment: Path, tmp_path: Path) -> None:
    (tmp_path / ".disclosurelint.yaml").write_text("plugins: [acmee]\n", encoding="utf-8")
    found = _run(environment, tmp_path, "test")
    assert found.returncode == 2
    assert "no installed plugin is named 'acmee'" in found.stderr
    assert "Traceback" not in found.stderr


def test_the_example_rule_documents_itself() -> None:
    import importlib

    from disclosurelint.plugin import problems_of

    sys.path.insert(0, str(PLUGIN / "src"))
    try:
        rule = importlib.import_module("acme_disclosure_rules.acme201_dpa_ticket")
    finally:
        sys.path.remove(str(PLUGIN / "src"))
    assert problems_of(rule) == []
    assert problems_of(object()) != []
