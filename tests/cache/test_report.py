"""``report`` reads the result cache ``check`` keeps, and never says what a report without it
would not.

The project of :mod:`tests.cache.test_consistency` is edited at random (declarations, duplicate
ids, touched and rewritten files, configuration, policies, waivers, taxonomy, SDK manifest,
options, the tool's version); before most edits ``check`` runs (and so writes the cache), and
after every edit ``report`` runs with the cache and with ``--no-cache``: the two reports must
be the same bytes, whether the cache is current or an edit behind. The
cache must have served declarations along the way, or the comparison proves nothing.
"""

from __future__ import annotations

import datetime
import random
from dataclasses import replace
from typing import Any

import pytest

from disclosurelint import cache
from disclosurelint.config import load_settings
from disclosurelint.discover import discover_names
from disclosurelint.lint import Engine
from disclosurelint.report import stream
from tests.cache.test_consistency import World, run
from tests.conftest import Project

TODAY = datetime.date.today().isoformat()


@pytest.mark.parametrize(("seed", "ages", "sdks"), [(5, False, False), (6, True, True)])
def test_a_report_served_by_the_cache_is_the_report_made_without_it(
    project: Project, monkeypatch: pytest.MonkeyPatch, seed: int, ages: bool, sdks: bool
) -> None:
    world = World(project, random.Random(seed), ages=ages, sdks=sdks)
    if ages:  # unchanged files keep their stat signature: the context files' fast path
        monkeypatch.setattr(cache, "RACY_NS", -(1 << 62))
    served = {"declarations": 0}
    lookup_bytes = cache.Store.lookup_bytes

    def counted(self: cache.Store, *args: Any) -> Any:
        hit = lookup_bytes(self, *args)
        served["declarations"] += hit is not None
        return hit

    monkeypatch.setattr(cache.Store, "lookup_bytes", counted)
    edits: list[str] = []
    rng = random.Random(seed)
    for _ in range(30):
        options = [o for o in world.options if o not in ("--fail-on", "error")]
        targets = world.named or ["declarations"]
        if rng.random() < 0.6:  # else the cache stays as the last check left it
            run(project, "check", *options, *targets)
        edit = world.edit()
        if edit == "today":  # a report is dated today here: its date is what check judges on
            continue
        edits.append(edit)
        monkeypatch.setattr(cache, "__version__", world.version)
        options = [o for o in world.options if o not in ("--fail-on", "error")]
        targets = world.named or ["declarations"]
        report = ["report", "-f", "markdown", *options, *targets]
        warm = run(project, *report)
        cold = run(project, *report, "--no-cache")
        assert warm == cold, f"after edits {edits} with {report}"
    assert served["declarations"] > 0


def test_a_report_dated_another_day_does_not_read_the_index_check_wrote_today(
    project: Project,
) -> None:
    World(project, random.Random(7), ages=False, sdks=False)
    run(project, "check")
    settings = load_settings()
    folder = cache.resolve_dir(None, settings.cache_dir)
    files = [file for file, _ in discover_names(["declarations"])]
    # waivers are judged on the report's date: today's, as check judged them, or another's
    assert stream.open_store(Engine(replace(settings, today=TODAY)), folder, files) is not None
    other = replace(settings, today="2027-07-01")
    assert stream.open_store(Engine(other), folder, files) is None
