"""Configuration files: discovery, both formats, validation with positions, flags."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from disclosurelint.config import load_settings
from disclosurelint.config_file import config_schema, find, read
from disclosurelint.errors import ConfigError
from disclosurelint.model import Severity
from tests.conftest import URL, Project, declaration, found

YAML_CONFIG = """\
paths: [declarations]
exclude: [declarations/drafts]
select: [DL1, DL2]
ignore: [recipient-chosen-at-runtime]
severity: {DL204: warning}
regimes: [pipl, gdpr]
home-country: DE
fail-on: error
max-file-size: 2048
taxonomy: {categories: {}}
per-path:
  - files: [declarations/generated/*]
    ignore: [DL204]
waivers:
  require-approver: true
  max-days: 365
"""

TOML_CONFIG = """\
[project]
name = "example"

[tool.disclosurelint]
paths = ["declarations"]
exclude = ["declarations/drafts"]
select = ["DL1", "DL2"]
ignore = ["recipient-chosen-at-runtime"]
regimes = ["pipl", "gdpr"]
home-country = "DE"
fail-on = "error"
max-file-size = 2048

[tool.disclosurelint.severity]
DL204 = "warning"

[tool.disclosurelint.taxonomy]
categories = {}

[[tool.disclosurelint.per-path]]
files = ["declarations/generated/*"]
ignore = ["DL204"]

[tool.disclosurelint.waivers]
require-approver = true
max-days = 365
"""


@pytest.mark.parametrize(
    ("name", "text"), [(".disclosurelint.yaml", YAML_CONFIG), ("pyproject.toml", TOML_CONFIG)]
)
def test_both_forms_resolve_alike(project: Project, name: str, text: str) -> None:
    project.write(name, text)
    settings = load_settings()
    assert settings.source == name
    assert settings.paths == (str(project.root / "declarations"),)
    assert settings.exclude == ("declarations/drafts",)
    assert settings.enabled("DL204") and settings.enabled("DL101")
    assert not settings.enabled("DL205") and not settings.enabled("DL001")
    assert settings.severity("DL204", Severity.ERROR) is Severity.WARNING
    assert settings.regimes == ("pipl", "gdpr")
    assert settings.home_country == "DE"
    assert settings.fail_on is Severity.ERROR
    assert settings.max_file_size == 2048
    assert settings.taxonomy == {"categories": {}}
    assert not settings.enabled("DL204", "declarations/generated/x.yaml")
    assert settings.waivers.require_approver and settings.waivers.max_days == 365


def test_an_empty_yaml_file_is_an_empty_configuration(project: Project) -> None:
    project.write(".disclosurelint.yaml", "# nothing yet\n")
    assert load_settings().select == load_settings(isolated=True).select


# -- discovery ---------------------------------------------------------------------------------


def test_walks_up_from_the_checked_paths(project: Project) -> None:
    project.write(".disclosurelint.yaml", "ignore: [DL204]\n")
    project.write("declarations/deep/er/a.yaml", declaration())
    assert find(["declarations/deep/er/a.yaml"]) == project.root / ".disclosurelint.yaml"
    assert found(project.check("declarations/deep/er/a.yaml")) == []


def test_the_nearest_file_wins(project: Project) -> None:
    project.write(".disclosurelint.yaml", "ignore: [DL204]\n")
    project.write("sub/.disclosurelint.yaml", "fail-on: info\n")
    assert find(["sub"]) == project.root / "sub/.disclosurelint.yaml"


def test_yaml_before_pyproject_in_one_folder(project: Project) -> None:
    project.write("pyproject.toml", "[tool.disclosurelint]\nfail-on = 'info'\n")
    project.write(".disclosurelint.yaml", "fail-on: error\n")
    assert load_settings().fail_on is Severity.ERROR


def test_a_pyproject_without_the_table_is_passed_over(project: Project) -> None:
    project.write(".disclosurelint.yaml", "fail-on: error\n")
    project.write("sub/pyproject.toml", "[project]\nname = 'disclosurelint-like'\n")
    project.write("sub/declarations/a.yaml", declaration())
    assert find(["sub/declarations"]) == project.root / ".disclosurelint.yaml"


def test_search_starts_at_the_working_folder_without_paths(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    project.write(".disclosurelint.yaml", "fail-on: error\n")
    (project.root / "a/b").mkdir(parents=True)
    monkeypatch.chdir(project.root / "a/b")
    assert find() == project.root / ".disclosurelint.yaml"


def test_isolated_ignores_configuration(project: Project) -> None:
    project.write(".disclosurelint.yaml", "ignore: [DL204]\n")
    project.write("declarations/a.yaml", declaration())
    assert found(project.check()) == []
    assert found(project.check(isolated=True)) == [("declarations/a.yaml", 13, "DL204")]
    code, _, _ = project.cli("check", "--isolated", "--no-source")
    assert code == 1
    assert project.cli("check", "--no-source")[0] == 0


def test_config_flag_names_the_file(project: Project) -> None:
    project.write("conf/strict.yaml", "fail-on: info\nignore: [DL204]\n")
    project.write("declarations/a.yaml", declaration())
    code, out, _ = project.cli("check", "--config", "conf/strict.yaml", "--no-source")
    assert code == 0, out
    code, _, err = project.cli("check", "--config", "conf/none.yaml")
    assert code == 2 and "conf/none.yaml" in err
    code, _, err = project.cli("check", "--config", "conf/strict.yaml", "--isolated")
    assert code == 2 and "--isolated" in err


def test_configured_paths_and_excludes(project: Project) -> None:
    project.write(".disclosurelint.yaml", "paths: [partners]\nexclude: [partners/drafts]\n")
    project.write("partners/a.yaml", declaration("a", policy=URL))
    project.write("partners/drafts/b.yaml", "not: [a, declaration\n")
    code, out, _ = project.cli("check", "-f", "json")
    assert code == 0, out
    assert json.loads(out)["files_checked"] == 1


def test_command_line_flags_beat_the_file(project: Project) -> None:
    project.write(".disclosurelint.yaml", "fail-on: error\nselect: [DL1]\n")
    project.write("declarations/a.yaml", declaration())
    assert project.cli("check")[0] == 0
    assert project.cli("check", "--select", "DL2")[0] == 1
    assert project.cli("check", "--extend-select", "policy-url")[0] == 1


# -- errors, with positions ----------------------------------------------------------------------

YAML_ERRORS = [
    ("selct: [DL2]\n", 1, 1, "unknown key 'selct'; did you mean 'select'?"),
    ("select: [DL2]\nselect: [DL1]\n", 2, 1, "duplicate key 'select'"),
    ("select:\n  - DL2\n  - DL2O4\n", 3, 5, "unknown rule 'DL2O4'"),
    ("fail-on: fatal\n", 1, 10, "`fail-on` is 'fatal'; choose from error, warning, info"),
    ("severity:\n  DL204: fatal\n", 2, 10, "`severity.DL204` is 'fatal'"),
    ("severity:\n  policy-ur1: info\n", 2, 3, "unknown rule 'policy-ur1' in `severity`"),
    ("rules:\n  DL204:\n    strict: true\n", 3, 5, "unknown option 'strict' for DL204"),
    ("rules:\n  DL999: {}\n", 2, 3, "unknown rule 'DL999' in `rules`"),
    ("rules:\n  DL204: {}\n  policy-url: {}\n", 3, 3, "options for DL204 are given twice"),
    ("per-path:\n  - ignore: [DL204]\n", 2, 5, "`per-path[0]` lacks the required key 'files'"),
    ("per-path:\n  - files: declarations\n", 2, 12, "`per-path[0].files` must be a list"),
    ("max-file-size: -1\n", 1, 16, "`max-file-size` must be at least 1"),
    ("home-country: china\n", 1, 15, "`home-country` 'china' is not in the expected form"),
    ("regimes: [ccpa]\n", 1, 11, "`regimes[0]` is 'ccpa'"),
    ("taxonomy: [a, b]\n", 1, 11, "`taxonomy` must be a mapping of keys, not a list"),
    ("waivers:\n  max-days: soon\n", 2, 13, "`waivers.max-days` must be a whole number"),
    ("waivers:\n  file: nowhere.yaml\n", 2, 9, "the waivers file 'nowhere.yaml' does not exist"),
    ("waivers:\n  approver: true\n", 2, 3, "unknown key 'approver' in `waivers`"),
    ("- select\n", 1, 1, "the top level is a list"),
]


@pytest.mark.parametrize(("text", "line", "column", "message"), YAML_ERRORS)
def test_yaml_errors_have_line_and_column(
    project: Project, text: str, line: int, column: int, message: str
) -> None:
    project.write(".disclosurelint.yaml", text)
    with pytest.raises(ConfigError) as caught:
        read(Path(".disclosurelint.yaml"))
    assert (caught.value.line, caught.value.column) == (line, column), str(caught.value)
    assert str(caught.value).startswith(f".disclosurelint.yaml:{line}:{column}: ")
    assert message in str(caught.value)


TOML_ERRORS = [
    ("[tool.disclosurelint]\nfail-on = 'fatal'\n", 2, "`fail-on` is 'fatal'"),
    ("[tool.disclosurelint]\nselect = ['DL2']\nselct = ['DL1']\n", 3, "unknown key 'selct'"),
    ("[tool.disclosurelint.waivers]\nmax-days = 'soon'\n", 2, "`waivers.max-days` must be"),
    (
        "[[tool.disclosurelint.per-path]]\nfiles = ['a']\n\n"
        "[[tool.disclosurelint.per-path]]\nfiles = 'b'\n",
        5,
        "`per-path[1].files` must be a list",
    ),
    ("[tool.disclosurelint]\nfail-on = \n", 2, "TOML syntax error"),
]


@pytest.mark.parametrize(("text", "line", "message"), TOML_ERRORS)
def test_toml_errors_name_the_key_and_line(
    project: Project, text: str, line: int, message: str
) -> None:
    project.write("pyproject.toml", text)
    with pytest.raises(ConfigError) as caught:
        read(Path("pyproject.toml"))
    assert caught.value.line == line, str(caught.value)
    assert str(caught.value).startswith(f"pyproject.toml:{line}:")
    assert message in str(caught.value)


def test_every_error_is_reported(project: Project) -> None:
    project.write(".disclosurelint.yaml", "fail-on: fatal\nselct: []\n")
    with pytest.raises(ConfigError) as caught:
        read(Path(".disclosurelint.yaml"))
    lines = str(caught.value).splitlines()
    assert lines[0].startswith(".disclosurelint.yaml:1:10: ")
    assert lines[1].startswith(".disclosurelint.yaml:2:1: unknown key 'selct'")


def test_main_returns_2_and_names_the_file(project: Project) -> None:
    project.write("declarations/a.yaml", declaration())
    project.write(".disclosurelint.yaml", "fail-on: fatal\n")
    code, out, err = project.cli("check")
    assert code == 2
    assert out == ""
    assert err.startswith("disclosurelint: error: .disclosurelint.yaml:1:10: ")
    project.write("pyproject.toml", "[tool.disclosurelint]\nignore = [\n")
    code, _, err = project.cli("check", "--config", "pyproject.toml")
    assert code == 2 and "pyproject.toml:" in err and "TOML syntax error" in err


def test_the_schema_is_built_from_the_rules(project: Project) -> None:
    schema = config_schema()
    rules = schema["properties"]["rules"]["properties"]
    assert {"DL204", "policy-url", "DL503", "unused-waiver"} <= set(rules)
    selectors = schema["$defs"]["selector"]["anyOf"][0]["enum"]
    assert {"ALL", "DL2", "DL20", "DL204", "policy-url"} <= set(selectors)
    code, out, _ = project.cli("config", "--schema")
    assert code == 0 and json.loads(out)["title"] == "disclosurelint configuration"


def test_config_command_shows_the_file_and_settings(project: Project) -> None:
    project.write(".disclosurelint.yaml", "ignore: [DL2]\nfail-on: error\n")
    code, out, _ = project.cli("config")
    shown = json.loads(out)
    assert code == 0
    assert shown["file"] == ".disclosurelint.yaml"
    assert "DL204" not in shown["rules"] and shown["fail-on"] == "error"


def test_settings_travel_to_worker_processes(project: Project) -> None:
    import pickle

    from disclosurelint.waivers import load_central

    project.write(".disclosurelint.yaml", YAML_CONFIG + "  file: waivers.yaml\n")
    project.write("waivers.yaml", "- file: declarations/*\n  code: DL204\n  reason: Reviewed\n")
    settings = load_settings()
    assert pickle.loads(pickle.dumps(settings)) == settings
    central = load_central(str(settings.waivers.file))
    assert pickle.loads(pickle.dumps(central)) == central
