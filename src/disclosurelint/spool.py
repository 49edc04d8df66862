"""Problems in order, in memory that does not grow with their number.

A run over 100,000 declarations finds tens of thousands of problems; holding them all until the
reporters run would make the run's memory grow with the repository. A :class:`ProblemLog` keeps
the first :data:`KEEP` problems as they are and writes the others to a temporary file in pickled
batches, read back each time the log is iterated. It is a :class:`~collections.abc.Sequence`
(iterated as often as a reporter needs, indexed, compared with a tuple), and it counts what the
summary and the exit code need as problems are added (:class:`~disclosurelint.model.Tally`), so
that no reporter has to read it twice to say how many there are.

Problems known only at the end of a run (the repository rules') join the log as a
:class:`MergedLog`: a view that merges the two in order each time it is read, so that the log is
never copied (copying a run's problems into a second log held both logs' first problems at once).

Where no temporary file can be made, or a problem cannot be pickled (a plugin's own objects in
its details), the problems stay in memory: the run is never lost for want of a spool.
"""

from __future__ import annotations

import contextlib
import copyreg
import heapq
import io
import itertools
import operator
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any, overload

from disclosurelint.model import Problem, Span, Tally, shared_span

# Problems kept in memory before any is written out: a few MiB, a bound that does not grow with
# the run. Below it nothing is pickled and read back; with 2,000, a warm run over 10,000 files
# (7,519 problems) spent a fifth of its CPU writing 5,500 of them out and reading them back, and
# held more memory (the pickle machinery and its buffers) than keeping them.
KEEP = 10_000
BATCH = 1_000  # problems pickled together


class _ReadBack(Sequence[Problem]):
    """A sequence of problems read from where they are kept each time it is iterated: compared
    by content, never hashed."""

    @overload
    def __getitem__(self, index: int) -> Problem: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Problem]: ...

    def __getitem__(self, index: int | slice) -> Problem | Sequence[Problem]:
        if isinstance(index, slice):
            return tuple(self)[index]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("problem index out of range")
        return self._at(index)

    def _at(self, index: int) -> Problem:
        """The problem at ``index`` (within bounds): read up to it, by default."""
        return next(itertools.islice(self, index, None))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, (str, bytes)):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # a sequence that compares by content


class ProblemLog(_ReadBack):
    """Problems in the order they were added; past :data:`KEEP`, kept in a temporary file."""

    def __init__(self, problems: Iterable[Problem] = (), *, keep: int | None = None) -> None:
        self._keep = KEEP if keep is None else keep
        self._batch = BATCH
        self._head: list[Problem] = []  # the first ``keep`` problems
        self._batches: list[tuple[int, int] | list[Problem]] = []  # (offset, count) or in memory
        self._pending: list[Problem] = []  # written out once it holds BATCH problems
        self._file: IO[bytes] | None = None
        self._spill = True  # False once a temporary file could not be made
        self._count = 0
        self.tally = Tally()
        self.extend(problems)

    # -- adding ------------------------------------------------------------------------------

    def append(self, problem: Problem) -> None:
        self._count += 1
        self.tally.add(problem)
        if len(self._head) < self._keep:
            self._head.append(problem)
            return
        self._pending.append(problem)
        if len(self._pending) >= self._batch:
            self._flush()

    def extend(self, problems: Iterable[Problem]) -> None:
        for problem in problems:
            self.append(problem)

    def _flush(self) -> None:
        batch, self._pending = self._pending, []
        if not batch:
            return
        handle = self._spool()
        if handle is None:
            self._batches.append(batch)
            return
        try:
            data = _dumps(batch)
        except Exception:  # a plugin's detail that cannot be pickled: keep this batch as it is
            self._batches.append(batch)
            return
        try:
            handle.seek(0, 2)
            offset = handle.tell()
            handle.write(data)
        except OSError:
            self._batches.append(batch)
            return
        self._batches.append((offset, len(data)))

    def _spool(self) -> IO[bytes] | None:
        if self._file is None and self._spill:
            import tempfile  # a run of fewer problems than KEEP never needs it

            try:
                self._file = tempfile.TemporaryFile()  # noqa: SIM115 - closed with the log
            except OSError:
                self._spill = False
        return self._file

    # -- reading -----------------------------------------------------------------------------

    def __iter__(self) -> Iterator[Problem]:
        yield from self._head
        for batch in self._batches:
            yield from self._read(batch)
        yield from self._pending

    def _read(self, batch: tuple[int, int] | list[Problem]) -> list[Problem]:
        if isinstance(batch, list):
            return batch
        assert self._file is not None  # a batch on disk has a file
        offset, size = batch
        import pickle

        self._file.seek(offset)
        found: list[Problem] = pickle.loads(self._file.read(size))  # our own file
        return found

    def __len__(self) -> int:
        return self._count

    def _at(self, index: int) -> Problem:
        if index < len(self._head):
            return self._head[index]
        index -= len(self._head)
        batch, index = divmod(index, self._batch)  # every batch is full
        if batch < len(self._batches):
            return self._read(self._batches[batch])[index]
        return self._pending[index]

    def __repr__(self) -> str:
        return f"ProblemLog({self._count} problems)"

    def close(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()

    def __del__(self) -> None:
        self.close()


_sort_key = operator.attrgetter("sort_key")


class MergedLog(_ReadBack):
    """The problems of ``log`` and ``late`` in sort-key order (ties: the log's first), merged
    as they are read. ``log`` must already be in that order; ``late`` is sorted here."""

    def __init__(self, log: ProblemLog, late: Iterable[Problem]) -> None:
        self._log = log
        self._late = sorted(late, key=_sort_key)
        self.tally = log.tally.copy()
        first = self.tally.first
        for problem in self._late:
            earlier = first.get(problem.code)
            self.tally.add(problem)
            if earlier is not None and problem.sort_key < earlier.sort_key:
                first[problem.code] = problem

    def __iter__(self) -> Iterator[Problem]:
        return heapq.merge(self._log, self._late, key=_sort_key)

    def __len__(self) -> int:
        return len(self._log) + len(self._late)

    def __repr__(self) -> str:
        return f"MergedLog({len(self)} problems)"

    def close(self) -> None:
        self._log.close()


def _reduce_span(value: Span) -> tuple[Any, tuple[int, int, int, int]]:
    return shared_span, (value.start.line, value.start.column, value.end.line, value.end.column)


_DISPATCH: dict[type, Any] = {**copyreg.dispatch_table, Span: _reduce_span}


def _dumps(batch: list[Problem]) -> bytes:
    import pickle  # only once a run has more problems than KEEP

    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _DISPATCH
    pickler.dump(batch)
    return buffer.getvalue()
