"""How many processes a run uses (itself and forked workers), decided from the work and the
machine, and how they share it (:func:`shared`).

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
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future

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


def shared(
    local: Callable[[T], Sequence[R]],
    remote: Callable[[T], Sequence[R]],
    chunks: Sequence[T],
    jobs: int,
    *,
    initializer: Callable[..., object] | None = None,
    initargs: tuple[Any, ...] = (),
) -> Iterator[Sequence[R]]:
    """Each chunk's result, in the order of ``chunks``: made by ``local`` in this process alone
    (``jobs`` 1), or by this process and ``jobs - 1`` forked workers (``remote`` there).

    The work is shared by need, not in turn: the workers always have the next chunks queued
    (three each), and this process makes a chunk only while the one it must hand back next is
    still being made elsewhere (or was given to no one), keeping what it made early until its
    turn (at most ``4 * jobs`` chunks: a stalled worker does not make this process hold every
    result). This process works instead of waiting: ``jobs`` processes, not ``jobs`` workers
    and an idle parent, and no chunk of its share is pickled. It also takes in every result
    and passes it on, so in turn it would finish last while the workers wait for it to hand
    out more; by need, no process waits while there is a chunk left. ``local`` must return
    its results whole (a list): one made early is kept, not run later.
    """
    if jobs <= 1 or len(chunks) <= 1:
        yield from (local(chunk) for chunk in chunks)
        return
    with _workers(jobs, initializer, initargs) as pool:
        queued: dict[int, Future[Sequence[R]]] = {}
        early: dict[int, Sequence[R]] = {}
        free = 0  # the first chunk given to no one yet
        depth = 3 * (jobs - 1)
        for index in range(len(chunks)):
            while True:
                while free < len(chunks) and sum(not f.done() for f in queued.values()) < depth:
                    queued[free] = pool.submit(remote, chunks[free])
                    free += 1
                if index in early:
                    yield early.pop(index)
                    break
                future = queued.get(index)
                if future is None:  # given to no one: made here, now
                    free += 1
                    yield local(chunks[index])
                    break
                if future.done() or free >= len(chunks) or len(early) >= 4 * jobs:
                    yield queued.pop(index).result()
                    break
                early[free] = local(chunks[free])  # instead of waiting
                free += 1


# Files (or partners) made before any worker is forked: the matcher's tries for the words they
# use are compiled once, not again in every process (at 10,000 generated files, whose items use
# 19 tries: the first file alone compiles 5 of them, the first 20 files 12)
WARM = 20


def fanned(
    local: Callable[[Sequence[T]], Sequence[R]],
    remote: Callable[[Sequence[T]], Sequence[R]],
    items: Sequence[T],
    jobs: int,
    *,
    initializer: Callable[..., object] | None = None,
    initargs: tuple[Any, ...] = (),
) -> Iterator[R]:
    """The results of ``items`` in order, as ``check`` and ``report`` make them: the first
    :data:`WARM` made here before any process is forked (warming what the workers inherit),
    the others in chunks (:func:`split`) shared by need among ``jobs`` processes
    (:func:`shared`), with the collector kept out of the way (:func:`rare_collections`).
    ``local`` and ``remote`` make a chunk's results, here and in a worker."""
    if not items:
        return
    yield from local(items[:WARM])
    with rare_collections():
        chunks = split(items[WARM:], jobs)
        for part in shared(local, remote, chunks, jobs, initializer=initializer, initargs=initargs):
            yield from part


CHUNK = 200  # at most, the files (or partners) one process takes at a time
LEAST_CHUNK = 20  # the last chunks of a run shared by several processes


def split(items: Sequence[T], jobs: int) -> list[Sequence[T]]:
    """``items`` in chunks for :func:`shared`: of :data:`CHUNK` items while much is left,
    then smaller, down to :data:`LEAST_CHUNK`, so that the processes finish together (the
    last chunks are what one process may still be making while the others have nothing
    left)."""
    most = CHUNK
    least = min(LEAST_CHUNK, most)
    chunks: list[Sequence[T]] = []
    at = 0
    while at < len(items):
        size = max(least, min(most, (len(items) - at) // (4 * jobs)))
        chunks.append(items[at : at + size])
        at += size
    return chunks


@contextmanager
def rare_collections() -> Iterator[None]:
    """The cyclic garbage collector kept out of the way of a long run of small, acyclic work.

    What exists now (a warm engine: the taxonomy, the validator) is left out of collections
    (``gc.freeze``), and the youngest generation is collected every 20,000 allocations
    instead of 700: a file's check makes a few thousand short-lived objects and almost no
    cycles, and collecting them midway only walked them (measured: a tenth of the CPU of a
    check). Forked workers inherit both; the thresholds are restored afterwards.
    """
    import gc

    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(20_000, 20, 100)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


@contextmanager
def _workers(
    jobs: int, initializer: Callable[..., object] | None, initargs: tuple[Any, ...]
) -> Iterator[Any]:
    """A pool of ``jobs - 1`` forked workers (where fork exists).

    What exists when the workers start is left out of the garbage collections of every
    process (``gc.freeze``): the collector would otherwise write to each object it scans and
    so copy the parent's pages into each worker.
    """
    # imported here: they pull in logging and sockets, which a small run never needs
    import gc
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_all_start_methods, get_context

    fork = "fork" in get_all_start_methods()
    if fork:
        # no collection first: at this point it walks some 40,000 objects (20 ms before any
        # worker can start) to free a few hundred, which are shared pages in every process
        gc.freeze()
    pool = ProcessPoolExecutor(
        max_workers=jobs - 1,
        mp_context=get_context("fork" if fork else None),
        initializer=initializer,
        initargs=initargs,
    )
    try:
        yield pool
    finally:
        pool.shutdown(cancel_futures=True)
        if fork:
            gc.unfreeze()
