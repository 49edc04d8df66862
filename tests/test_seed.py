"""The repository's own declarations pass its own gate, and the report still shows why."""

from __future__ import annotations

from pathlib import Path

import pytest

from disclosurelint.api import check_paths
from disclosurelint.config import CommandLine, load_settings
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def in_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


@pytest.mark.usefixtures("in_repository")
def test_the_seed_passes_with_its_waivers_shown() -> None:
    settings = load_settings(cli=CommandLine(today=TODAY))
    assert settings.source == ".disclosurelint.yaml"
    assert settings.waivers.require_approver
    result = check_paths(settings.paths, settings, jobs=1)
    assert result.exit_code(settings.fail_on) == 0
    waived = [p for p in result.problems if p.waived]
    assert sorted((p.path.rsplit("/", 1)[1], p.code) for p in waived) == [
        ("camcard.yaml", "DL304"),
        ("camcard.yaml", "DL305"),
        ("camcard.yaml", "DL309"),
        ("default-calendar.yaml", "DL204"),
        ("default-contacts.yaml", "DL204"),
        *[("default-contacts.yaml", "DL301")] * 4,
        ("enterprise-customer.yaml", "DL204"),
        ("third-party-services.yaml", "DL204"),
        ("third-party-services.yaml", "DL304"),
    ]
    for problem in waived:
        assert problem.waiver is not None
        assert problem.waiver.approved_by == "Legal"
        assert problem.waiver.reason.startswith("The published list ")
        assert problem.waiver.expires is not None


@pytest.mark.usefixtures("in_repository")
def test_the_seed_waivers_expire_and_then_fail_the_gate() -> None:
    settings = load_settings(cli=CommandLine(today="2099-01-01"))
    result = check_paths(settings.paths, settings, jobs=1)
    assert result.exit_code(settings.fail_on) == 1
    assert sum(1 for p in result.active if p.code == "DL502") == 9
