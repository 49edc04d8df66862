"""Shared helpers: a project folder in ``tmp_path`` (the working folder) and ways to check it."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from disclosurelint.api import check_paths
from disclosurelint.cli import main
from disclosurelint.config import CommandLine, Settings, load_settings
from disclosurelint.model import Problem, Result

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _own_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test's `check` keeps its result cache in a folder of its own, never the user's."""
    monkeypatch.setenv("DISCLOSURELINT_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.delenv("DISCLOSURELINT_NO_CACHE", raising=False)


@pytest.fixture
def root() -> Path:
    return ROOT


TODAY = "2026-11-29"
NO_URL = "reference: See the app details page."
URL = "url: https://www.camcard.com/privacy"


def declaration(
    id: str = "alpha", *, policy: str = NO_URL, purpose: str = "Provide the service."
) -> str:
    """A complete declaration; with ``NO_URL`` it has one problem, DL204 on line 13."""
    return (
        "disclosure: 1\n"
        f"id: {id}\n"
        "recipient:\n"
        "  name: Example Co., Ltd.\n"
        "  relationship: entrusted_processor\n"
        "product: Example SDK\n"
        "data:\n"
        "  - item: name\n"
        f"purpose: {purpose}\n"
        "scenario: You use the service.\n"
        "sharing_modes: [sdk_on_device]\n"
        "privacy_policy:\n"
        f"  {policy}\n"
    )


class Project:
    """A folder to write declarations and configuration into, and to check."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def write(self, rel: str, text: str) -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def settings(
        self,
        paths: Sequence[str] = (),
        cli: CommandLine | None = None,
        *,
        today: str = TODAY,
        isolated: bool = False,
        config: str | None = None,
    ) -> Settings:
        cli = replace(cli or CommandLine(), today=today)
        return load_settings(paths, cli, config=config, isolated=isolated)

    def check(
        self,
        *paths: str,
        cli: CommandLine | None = None,
        today: str = TODAY,
        isolated: bool = False,
        settings: Settings | None = None,
        baseline: str | None = None,
        jobs: int = 1,
    ) -> Result:
        targets = paths or ("declarations",)
        settings = settings or self.settings(targets, cli, today=today, isolated=isolated)
        return check_paths(targets, settings, jobs=jobs, baseline=baseline)

    def cli(self, *argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        code = main(list(argv), out=out, err=err)
        return code, out.getvalue(), err.getvalue()


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    monkeypatch.chdir(tmp_path)
    return Project(tmp_path)


def found(result: Result) -> list[tuple[str, int, str]]:
    """(path, line, code) of every problem that counts against the gate."""
    return [(p.path, p.line, p.code) for p in result.active]


def waived(result: Result) -> list[tuple[str, int, str]]:
    return [(p.path, p.line, p.code) for p in result.problems if p.waived]


def only(result: Result, code: str) -> Problem:
    matches = [p for p in result.problems if p.code == code]
    assert len(matches) == 1, result.problems
    return matches[0]
