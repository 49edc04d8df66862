"""Shared by the report tests: declarations to write, and the report built from a folder."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from disclosurelint.config import Settings
from disclosurelint.report.build import build_report
from disclosurelint.report.collect import collect, read_products
from disclosurelint.report.model import Partner, Provenance, Report

ROOT = Path(__file__).resolve().parents[2]
if TYPE_CHECKING:
    import pytest

    from tests.conftest import Project

DATE = "2026-11-29"
NO_GIT = Provenance(repository="demo", commit=None, note="not a git repository")


def entry(
    identifier: str = "alpha",
    *,
    name: str = "Example Co., Ltd.",
    relationship: str = "entrusted_processor",
    country: str | None = None,
    items: Sequence[str] = ("name",),
    policy: str = "url: https://www.camcard.com/privacy",
    extra: str = "",
) -> str:
    """A complete declaration; ``items`` are data items, given as YAML under ``- item:``."""
    recipient = f"  name: {name}\n  relationship: {relationship}\n"
    if country:
        recipient += f"  country: {country}\n  contact: privacy@camcard.com\n"
    data = "".join(f"  - item: {item}\n" for item in items)
    return (
        f"disclosure: 1\nid: {identifier}\nrecipient:\n{recipient}product: Example SDK\n"
        f"data:\n{data}purpose: Provide the service.\nscenario: You use the service.\n"
        f"sharing_modes: [backend_api]\nprivacy_policy:\n  {policy}\n{extra}"
    )


def report_of(
    *paths: str | Path,
    regimes: tuple[str, ...] = ("pipl", "gb35273"),
    today: str = DATE,
    provenance: Provenance = NO_GIT,
) -> Report:
    """The report on ``paths`` under the default settings, ``regimes`` and ``today``."""
    settings = Settings(regimes=regimes, today=today)
    sources, result = collect(paths or ("declarations",), settings, jobs=1)
    products = read_products(s.path for s in sources)
    return build_report(sources, result, settings, provenance, today, products=products)


def partner(report: Report, identifier: str) -> Partner:
    return next(p for p in report.partners if p.id == identifier)


def list_changed_since_commit(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[str, dict[str, str]]:
    """A git repository whose one declaration gained an ID card photo since the commit returned
    (with the environment git runs in)."""
    from tests.gates.gitrepo import commit_all, git_env, init

    env = git_env(tmp_path)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    init(project.root, env)
    project.write("declarations/a.yaml", entry())
    base = commit_all(project.root, "first list", env)
    project.write("declarations/a.yaml", entry(items=("name", "ID card photo")))
    return base, env
