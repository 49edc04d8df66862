"""How many processes a run uses (itself and forked workers), decided from the work and the
machine, and how they share it (:func:`in_order`).

A worker costs a process, a warm-up (the validator, the taxonomy's matcher) and the pickling of
its results back to the parent, about as much as checking a few hundred files; on a machine
whose cores are already busy it also takes CPU from the others and finishes no sooner. So:

* fewer than :data:`FILES_PER_WORKER` files per worker is not worth a worker: a small run (a
  pre-commit hook, an editor, a folder of a hundred declarations) stays in one process;
* never more workers than cores this process may run on (``os.sched_getaffinity``: a container
  or ``taskset`` limit counts, not the machine's total);
* when the machine is already loaded to twice its cores (the one-minute load average), one
  process: there is no idle core to win.

``--jobs N`` is the user's choice and is followed (``--jobs 1``: one process whatever the work).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

FILES_PER_WORKER = 500  # measured: a second worker pays for itself from about 1,000 files


def cores() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _busy(available: int) -> bool:
    try:
        return os.getloadavg()[0] >= 2 * available
    except (AttributeError, OSError):  # pragma: no cover - no load average (Windows)
        return False


def plan_jobs(files: int, requested: int | None = None) -> int:
    """The processes for ``files`` files, this one and the workers it forks; 1 means the run
    stays in this process.

    ``requested`` (``--jobs N``) is what the user asked for: N processes, no more than files.
    """
    if requested is not None:
        return max(1, min(requested, files))
    by_work = files // FILES_PER_WORKER
    if by_work <= 1:
        return 1
    available = cores()
    if _busy(available):
        return 1
    return min(by_work, available)


def in_order(
    local: Callable[[T], R],
    remote: Callable[[T], R],
    chunks: Sequence[T],
    jobs: int,
    *,
    initializer: Callable[..., object] | None = None,
    initargs: tuple[Any, ...] = (),
) -> Iterator[R]:
    """Each chunk's result, in the order of ``chunks``: made by ``local`` in this process alone
    (``jobs`` 1), or by this process and ``jobs - 1`` forked workers (``remote`` there), which
    take the chunks in turn, this one every ``jobs``-th, at most two rounds ahead of the chunk
    being handed back.

    This process works instead of waiting: ``jobs`` processes, not ``jobs`` workers and an
    idle parent, so a forked copy of the parent's memory is counted once less, and no chunk
    of this process's share is pickled. What exists when the workers start is left out of the
    garbage collections of every process (``gc.freeze``): the collector would otherwise write
    to each object it scans and so copy the parent's pages into each worker.
    """
    if jobs <= 1 or len(chunks) <= 1:
        yield from (local(chunk) for chunk in chunks)
        return
    # imported here: they pull in logging and sockets, which a small run never needs
    import gc
    from concurrent.futures import Future, ProcessPoolExecutor
    from multiprocessing import get_all_start_methods, get_context

    fork = "fork" in get_all_start_methods()
    if fork:
        gc.collect()
        gc.freeze()
    pool = ProcessPoolExecutor(
        max_workers=jobs - 1,
        mp_context=get_context("fork" if fork else None),
        initializer=initializer,
        initargs=initargs,
    )
    ahead: dict[int, Future[R]] = {}
    submitted = 0
    try:
        for index, chunk in enumerate(chunks):
            while submitted < min(index + 2 * jobs, len(chunks)):
                if submitted % jobs:
                    ahead[submitted] = pool.submit(remote, chunks[submitted])
                submitted += 1
            yield ahead.pop(index).result() if index % jobs else local(chunk)
    finally:
        pool.shutdown(cancel_futures=True)
        if fork:
            gc.unfreeze()
