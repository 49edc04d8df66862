"""How many worker processes a run uses, decided from the work and the machine.

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
    """The worker processes for ``files`` files; 1 means the run stays in this process.

    ``requested`` (``--jobs N``) is what the user asked for: N workers, no more than files.
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
