"""The report written as it is made: a few partners at a time, in memory that does not grow.

Once the declarations are checked (by the engine of ``check``, see :mod:`.collect`), each one is
read again, made into its partner (:func:`.build.partner`), written out as its section and
dropped. The sections go to a spool file, since the summary at the top of the report needs every
partner; of each partner only its summary line, its file's hash and its place in the content
hash are kept. The head is then written, the spool copied after it, and the tail last: the same
bytes, in the same order, as the report made whole in memory (:func:`.build.build_report`).

With more than one process (as many as ``check`` would use: decided from the work, or
``--jobs``), the processes take chunks of declarations in turn and send back the chunks'
sections as text, which are spooled in order.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, overload

from disclosurelint.errors import UsageError
from disclosurelint.model import Problem, Result, RuleInfo
from disclosurelint.report.build import (
    Frame,
    assemble,
    partner,
    partner_line,
    problems_by_path,
    regime_names,
    report_context,
)
from disclosurelint.report.catalogue import Words
from disclosurelint.report.collect import read_source
from disclosurelint.report.model import FileHash, Partner, PartnerLine, Report
from disclosurelint.report.provenance import add_file

if TYPE_CHECKING:
    from typing import TextIO

    from disclosurelint.config import Settings
    from disclosurelint.rules.base import RuleContext
    from disclosurelint.taxonomy.records import Taxonomy

CHUNK = 100  # declarations made into sections at a time, by one process

# one declaration to make: its number, its file, its path as shown, and its problems
Task = tuple[int, str, str, tuple[Problem, ...]]


class Written(Sequence[Partner]):
    """The partners of a report whose sections are already written: only their number is kept
    (the head says how many declarations there are)."""

    def __init__(self, count: int) -> None:
        self._count = count

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> Partner: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Partner]: ...

    def __getitem__(self, index: int | slice) -> Partner | Sequence[Partner]:
        raise IndexError("the partners' sections are written; the partners are not kept")


@dataclass(frozen=True)
class Work:
    """What every process needs to make sections: the same for each chunk."""

    fmt: str
    rules: Mapping[str, RuleInfo]
    context: RuleContext
    regimes: tuple[str, ...]  # the regimes' names, for the items table's heading
    max_size: int
    lang: str = "en"  # the language of the report's words


@dataclass(frozen=True)
class Made:
    """A chunk's sections as text, and what the report keeps of each of its partners."""

    text: str
    lines: tuple[PartnerLine, ...]
    files: tuple[FileHash, ...]
    contents: tuple[bytes | None, ...]  # for the content hash, then dropped


def make(work: Work, tasks: Sequence[Task]) -> Made:
    """The sections of the declarations ``tasks`` name."""
    from disclosurelint.report import render_partners

    words = Words(work.lang)
    partners: list[Partner] = []
    contents: list[bytes | None] = []
    for number, file, shown, problems in tasks:
        source = read_source(Path(file), shown, work.max_size)
        partners.append(partner(number, source, problems, work.rules, work.context, w=words))
        contents.append(source.content)
    return Made(
        render_partners(work.fmt, partners, work.regimes, work.lang),
        tuple(partner_line(entry) for entry in partners),
        tuple(FileHash(entry.path, entry.sha256) for entry in partners),
        tuple(contents),
    )


_WORKER: dict[str, Work] = {}  # the work of this worker process, set once


def _start(work: Work) -> None:
    _WORKER["work"] = work


def _make_chunk(tasks: Sequence[Task]) -> Made:
    return make(_WORKER["work"], tasks)


def made(work: Work, chunks: Sequence[Sequence[Task]], jobs: int) -> Iterator[Made]:
    """Each chunk made, in order: in this process alone (``jobs`` 1), or in this process and
    ``jobs - 1`` others, which take the chunks in turn (this one every ``jobs``-th) and work at
    most two rounds ahead of the one being written."""
    if jobs <= 1:
        yield from (make(work, tasks) for tasks in chunks)
        return
    import gc
    from concurrent.futures import Future, ProcessPoolExecutor
    from multiprocessing import get_all_start_methods, get_context

    method = "fork" if "fork" in get_all_start_methods() else None
    if method == "fork":
        # made once here, inherited by every process: the templates compiled, the modules
        # imported; and what exists now is left out of the processes' garbage collections
        make(work, ())
        gc.collect()
        gc.freeze()
    pool = ProcessPoolExecutor(
        max_workers=jobs - 1,
        mp_context=get_context(method),
        initializer=_start,
        initargs=(work,),
    )
    ahead: dict[int, Future[Made]] = {}
    submitted = 0
    try:
        for index, tasks in enumerate(chunks):
            while submitted < min(index + 2 * jobs, len(chunks)):
                if submitted % jobs:
                    ahead[submitted] = pool.submit(_make_chunk, chunks[submitted])
                submitted += 1
            yield ahead.pop(index).result() if index % jobs else make(work, tasks)
    finally:
        pool.shutdown(cancel_futures=True)
        if method == "fork":
            gc.unfreeze()


@dataclass(frozen=True)
class Spooled:
    """A report whose partners' sections wait in a spool file, with its head and tail."""

    report: Report
    head: str
    tail: str
    spool: IO[str]

    def write(self, out: TextIO) -> None:
        out.write(self.head)
        self.spool.seek(0)
        shutil.copyfileobj(self.spool, out, 1 << 20)
        out.write(self.tail)


def _no_room(exc: OSError) -> UsageError:
    return UsageError(
        f"cannot write the report's temporary file ({exc.strerror or exc}); "
        "set TMPDIR to a folder with room for the report"
    )


def _spool() -> IO[str]:
    """A temporary file for the partners' sections, removed when closed."""
    try:
        return tempfile.TemporaryFile("w+", encoding="utf-8", newline="")
    except OSError as exc:
        raise _no_room(exc) from None


@contextmanager
def spooled(
    files: Sequence[tuple[Path, str]],
    result: Result,
    settings: Settings,
    frame: Frame,
    *,
    fmt: str,
    taxonomy: Taxonomy | None = None,
    jobs: int | None = None,
) -> Iterator[Spooled]:
    """The report in ``fmt`` on ``files`` (each with its path as shown) and ``result`` (their
    check), ready to be written; the spool file is removed on leaving."""
    from disclosurelint.parallel import plan_jobs
    from disclosurelint.report import render

    ordered = sorted(files, key=lambda pair: pair[1])  # the content hash goes in path order
    by_path = problems_by_path(result)
    tasks = [
        (number, str(file), shown, tuple(by_path.get(shown, ())))
        for number, (file, shown) in enumerate(ordered, 1)
    ]
    chunks = [tasks[i : i + CHUNK] for i in range(0, len(tasks), CHUNK)]
    work = Work(
        fmt,
        result.rules,
        report_context(settings, taxonomy),
        regime_names(settings, Words(frame.lang)),
        settings.max_file_size,
        frame.lang,
    )
    lines: list[PartnerLine] = []
    hashes: list[FileHash] = []
    digest = hashlib.sha256()
    with _spool() as spool:
        for done in made(work, chunks, plan_jobs(len(tasks), jobs)):
            try:
                spool.write(done.text)
            except OSError as exc:
                raise _no_room(exc) from None
            lines.extend(done.lines)
            hashes.extend(done.files)
            for file, content in zip(done.files, done.contents, strict=True):
                add_file(digest, file.path, content)
        report = assemble(
            Written(len(lines)),
            lines,
            hashes,
            digest.hexdigest(),
            result=result,
            settings=settings,
            frame=frame,
        )
        yield Spooled(report, render(report, fmt, "head"), render(report, fmt, "tail"), spool)
