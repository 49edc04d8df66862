"""Which rules run: defaults < configuration < command line, specificity, per-path overrides."""

from __future__ import annotations

from typing import Any

import pytest

from disclosurelint.config import CommandLine, resolve
from disclosurelint.errors import UsageError
from disclosurelint.model import Severity
from tests.conftest import NO_URL, Project, declaration, found

COMPLETENESS = {"DL201", "DL202", "DL203", "DL204", "DL205"}

# (configuration, command line, codes expected on, codes expected off)
CASES: list[tuple[str, dict[str, Any], CommandLine, set[str], set[str]]] = [
    ("defaults: every rule", {}, CommandLine(), {"DL001", "DL204", "DL503"}, set()),
    ("select a prefix", {"select": ["DL2"]}, CommandLine(), COMPLETENESS, {"DL101", "DL501"}),
    ("select by name", {"select": ["policy-url"]}, CommandLine(), {"DL204"}, {"DL201"}),
    (
        "ignore a code inside a selected prefix",
        {"select": ["DL2"], "ignore": ["DL204"]},
        CommandLine(),
        {"DL201", "DL205"},
        {"DL204"},
    ),
    (
        "a selected code beats an ignored prefix",
        {"select": ["DL204"], "ignore": ["DL2"]},
        CommandLine(),
        {"DL204"},
        {"DL201", "DL101"},
    ),
    (
        "ignore beats select for the same code",
        {"select": ["DL204"], "ignore": ["policy-url"]},
        CommandLine(),
        set(),
        {"DL204"},
    ),
    (
        "ALL is the least specific",
        {"ignore": ["ALL"], "select": ["DL1"]},
        CommandLine(),
        {"DL101", "DL108"},
        {"DL001", "DL204"},
    ),
    (
        "extend-select adds to the default",
        {"ignore": ["DL2"], "extend-select": ["DL204"]},
        CommandLine(),
        {"DL204", "DL101"},
        {"DL201"},
    ),
    (
        "command-line select starts again, dropping the configuration's ignore",
        {"ignore": ["DL204"]},
        CommandLine(select=("DL2",)),
        COMPLETENESS,
        {"DL101"},
    ),
    (
        "command-line extend-select re-enables a configured ignore",
        {"ignore": ["DL204"]},
        CommandLine(extend_select=("DL204",)),
        {"DL204", "DL101"},
        set(),
    ),
    (
        "command-line ignore narrows the configured selection",
        {"select": ["DL2"]},
        CommandLine(ignore=("DL204",)),
        {"DL201"},
        {"DL204", "DL101"},
    ),
    (
        "command-line: a code selected beats a prefix ignored",
        {},
        CommandLine(select=("ALL",), ignore=("DL2",), extend_select=("DL204",)),
        {"DL204", "DL101"},
        {"DL201"},
    ),
    (
        "command-line: ignore beats extend-select for the same code",
        {"select": ["DL1"]},
        CommandLine(extend_select=("DL204",), ignore=("DL204",)),
        {"DL101"},
        {"DL204"},
    ),
]


@pytest.mark.parametrize(
    ("config", "cli", "on", "off"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_selection_precedence(
    config: dict[str, Any], cli: CommandLine, on: set[str], off: set[str]
) -> None:
    settings = resolve(config, cli)
    assert {code for code in on if settings.enabled(code)} == on
    assert {code for code in off if settings.enabled(code)} == set()


def test_unknown_selector_on_the_command_line_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown rule"):
        resolve({}, CommandLine(select=("no-such-rule",)))


def test_severity_most_specific_key_wins() -> None:
    settings = resolve({"severity": {"policy-url": "info", "DL2": "warning"}})
    assert settings.severity("DL204", Severity.ERROR) is Severity.INFO
    assert settings.severity("DL201", Severity.ERROR) is Severity.WARNING
    assert settings.severity("DL101", Severity.ERROR) is Severity.ERROR


def test_command_line_values_beat_the_configuration() -> None:
    config = {"fail-on": "error", "regimes": ["gdpr"], "max-file-size": 10}
    settings = resolve(config, CommandLine(fail_on="info", regimes=("pipl",), max_file_size=99))
    assert (settings.fail_on, settings.regimes, settings.max_file_size) == (
        Severity.INFO,
        ("pipl",),
        99,
    )
    assert resolve(config).fail_on is Severity.ERROR


PER_PATH = [
    ("globally ignored, selected for some files", {"ignore": ["DL204"]}, CommandLine(), True),
    ("globally on, ignored for some files", {}, CommandLine(), False),
    ("command-line select does not undo a per-path select", {}, CommandLine(select=("DL1",)), True),
]


@pytest.mark.parametrize(
    ("config", "cli", "special_on"), [c[1:] for c in PER_PATH], ids=[c[0] for c in PER_PATH]
)
def test_per_path_applies_after_the_global_selection(
    config: dict[str, Any], cli: CommandLine, special_on: bool
) -> None:
    entry = {"files": ["declarations/special/*"], "select" if special_on else "ignore": ["DL204"]}
    settings = resolve({**config, "per-path": [entry]}, cli)
    assert settings.enabled("DL204", "declarations/special/x.yaml") is special_on
    assert settings.enabled("DL204", "declarations/other/x.yaml") is settings.enabled("DL204")


def test_per_path_narrows_with_ignore_all_and_a_select() -> None:
    entry = {"files": ["generated/"], "ignore": ["ALL"], "select": ["DL1"]}
    settings = resolve({"per-path": [entry]})
    assert settings.enabled("DL101", "generated/a/b.yaml")
    assert not settings.enabled("DL204", "generated/a/b.yaml")
    assert settings.enabled("DL204", "declarations/b.yaml")


def test_later_per_path_entries_win() -> None:
    entries = [
        {"files": ["**/*.yaml"], "ignore": ["DL204"]},
        {"files": ["declarations/keep/*"], "select": ["DL204"]},
    ]
    settings = resolve({"per-path": entries})
    assert not settings.enabled("DL204", "declarations/x.yaml")
    assert settings.enabled("DL204", "declarations/keep/x.yaml")


def test_per_path_in_the_engine(project: Project) -> None:
    project.write("declarations/a.yaml", declaration("a"))
    project.write("declarations/generated/b.yaml", declaration("b"))
    project.write(
        ".disclosurelint.yaml",
        "per-path:\n"
        "  - files: [declarations/generated/*]\n"
        "    severity: {DL204: info}\n"
        "  - files: [declarations/a.yaml]\n"
        "    ignore: [policy-url]\n",
    )
    result = project.check()
    assert found(result) == [("declarations/generated/b.yaml", 13, "DL204")]
    assert result.active[0].severity is Severity.INFO
    assert result.exit_code(Severity.WARNING) == 0


def test_per_path_globs_are_relative_to_the_configuration(project: Project) -> None:
    project.write("repo/declarations/a.yaml", declaration("a"))
    project.write(
        "repo/.disclosurelint.yaml",
        "per-path:\n  - files: [declarations/a.yaml]\n    ignore: [DL204]\n",
    )
    result = project.check("repo/declarations")
    assert found(result) == []
    assert NO_URL in (project.root / "repo/declarations/a.yaml").read_text()
