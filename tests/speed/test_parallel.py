"""How many processes a run uses: decided from the work and the machine, the user's --jobs kept."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from disclosurelint import parallel
from tests.conftest import declaration


@pytest.fixture
def two_idle_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    monkeypatch.setattr(parallel, "_busy", lambda available: False)


@pytest.mark.usefixtures("two_idle_cores")
def test_small_runs_stay_in_one_process_and_large_ones_use_the_cores() -> None:
    assert parallel.plan_jobs(1) == 1
    assert parallel.plan_jobs(2 * parallel.FILES_PER_WORKER - 1) == 1
    assert parallel.plan_jobs(2 * parallel.FILES_PER_WORKER) == 2
    assert parallel.plan_jobs(100_000) == 2  # never more workers than cores


def test_a_machine_busy_twice_over_gets_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    monkeypatch.setattr(os, "getloadavg", lambda: (4.0, 4.0, 4.0))
    assert parallel.plan_jobs(100_000) == 1
    monkeypatch.setattr(os, "getloadavg", lambda: (1.5, 1.0, 1.0))
    assert parallel.plan_jobs(100_000) == 2


@pytest.mark.usefixtures("two_idle_cores")
def test_jobs_given_by_the_user_are_followed() -> None:
    assert parallel.plan_jobs(100_000, 1) == 1
    assert parallel.plan_jobs(50, 3) == 3
    assert parallel.plan_jobs(2, 8) == 2  # no worker without a file


def test_a_small_check_never_imports_the_process_pool(tmp_path: Path) -> None:
    """Start-up stays light: concurrent.futures and multiprocessing pull in logging and sockets."""
    for n in range(20):
        (tmp_path / f"d{n}.yaml").write_text(declaration(f"d{n}"), encoding="utf-8")
    probe = (
        "import sys\n"
        "from disclosurelint.cli import main\n"
        "try:\n"
        f"    main(['check', '--isolated', '-q', {str(tmp_path)!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in ('concurrent.futures', 'multiprocessing', 'logging')"
        " if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"


def _maker(chunk: tuple[int, ...]) -> tuple[int, tuple[int, ...]]:
    return os.getpid(), tuple(n * n for n in chunk)


def test_one_job_makes_every_chunk_here_without_a_pool() -> None:
    made = list(parallel.shared(_maker, _maker, [(1,), (2,)], 1))
    assert made == [(os.getpid(), (1,)), (os.getpid(), (4,))]


def _slow_maker(chunk: tuple[int, ...]) -> tuple[int, tuple[int, ...]]:
    time.sleep(0.3)
    return _maker(chunk)


def test_shared_work_comes_back_in_order_from_every_process() -> None:
    chunks = [tuple(range(i, i + 3)) for i in range(0, 60, 3)]
    for jobs in (2, 3):
        made = list(parallel.shared(_maker, _maker, chunks, jobs))
        assert [squares for _, squares in made] == [tuple(n * n for n in c) for c in chunks]
        assert os.getpid() in {pid for pid, _ in made}


def test_this_process_takes_the_chunks_a_slow_worker_has_not_reached() -> None:
    """A worker that falls behind (a busy core) leaves the rest to this process, not idle."""
    chunks = [(n,) for n in range(12)]
    made = list(parallel.shared(_maker, _slow_maker, chunks, 2))
    assert [squares for _, squares in made] == [(n * n,) for n in range(12)]
    here = [i for i, (pid, _) in enumerate(made) if pid == os.getpid()]
    assert len(here) >= 6  # the worker made little more than what was queued at the start


def test_what_this_process_makes_early_is_bounded() -> None:
    """A stalled worker does not make this process hold every result until its turn."""
    chunks = [(n,) for n in range(40)]
    made = list(parallel.shared(_maker, _slow_maker, chunks, 2))
    assert [squares for _, squares in made] == [(n * n,) for n in range(40)]
    here = [i for i, (pid, _) in enumerate(made) if pid == os.getpid()]
    assert len(here) < 40 - 3  # waited for the worker once 8 chunks were made ahead


def test_chunks_shrink_towards_the_end_and_cover_every_item_once() -> None:
    items = list(range(10_000))
    chunks = parallel.split(items, 2)
    assert [n for chunk in chunks for n in chunk] == items
    sizes = [len(c) for c in chunks]
    assert sizes[0] == 200
    assert sizes[:-1] == sorted(sizes[:-1], reverse=True)  # the last is what is left
    assert min(sizes[:-1]) == 20
    assert parallel.split([1, 2, 3], 2) == [[1, 2, 3]]
