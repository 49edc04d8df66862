"""The report written as it is made: a few partners at a time, in memory that does not grow.

Each declaration is read and parsed once: the engine of ``check`` checks the document it has
just loaded (:meth:`~disclosurelint.lint.Engine.check_read`), and the same document, with the
file's problems, is made into its partner (:func:`.build.partner`), written out as its section
and dropped. The sections go to a spool file, since the summary at the top of the report needs
every partner; of each partner only its summary line, its file's hash and its place in the
content hash are kept, and of its check what ``check`` keeps (:class:`~disclosurelint.lint.
Collected`). Once every file is checked, the repository-wide problems (a duplicate id) and the
waivers' own are known: the few partners they fall on are made again, from their file, and
their sections replace the spooled ones as the spool is copied out. The head is written first,
then the spool, and the tail last: the same bytes, in the same order, as the report made whole
in memory (:func:`.build.build_report`).

With more than one process (as many as ``check`` would use: decided from the work, or
``--jobs``), the processes take chunks of declarations as each is free, as ``check``'s do,
and send back the chunks' sections as UTF-8 and the files' outcomes, which are spooled and
collected in order.
"""

from __future__ import annotations

import bisect
import codecs
import datetime
import hashlib
import io
import os
import tempfile
import time
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, overload

from disclosurelint import cache
from disclosurelint.errors import UsageError
from disclosurelint.load import load_bytes, read_limited
from disclosurelint.model import Problem, Result, RuleInfo
from disclosurelint.report.build import (
    Frame,
    assemble,
    partner,
    partner_line,
    regime_names,
    report_context,
)
from disclosurelint.report.catalogue import Words
from disclosurelint.report.collect import Source, read_source
from disclosurelint.report.model import FileHash, Partner, PartnerLine, Report
from disclosurelint.report.provenance import add_file

if TYPE_CHECKING:
    from typing import TextIO

    from disclosurelint.cache import Store
    from disclosurelint.config import Settings
    from disclosurelint.document import Document
    from disclosurelint.lint import Engine
    from disclosurelint.outcome import FileOutcome
    from disclosurelint.rules.base import RuleContext
    from disclosurelint.taxonomy.records import Taxonomy
    from disclosurelint.waivers import CentralFile


# one declaration to check and make: its number (0 for a file read only for the repository
# rules), its file, and its path as shown
Task = tuple[int, str, str]


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
    """What every process needs to check files and make sections: the same for each chunk."""

    fmt: str
    rules: Mapping[str, RuleInfo]
    context: RuleContext
    regimes: tuple[str, ...]  # the regimes' names, for the items table's heading
    settings: Settings
    central: CentralFile | None = None  # the central waivers file
    lang: str = "en"  # the language of the report's words
    store: Store | None = None  # the result cache ``check`` keeps for the same run, read only


@dataclass(frozen=True)
class Made:
    """A chunk's sections, what the report keeps of each of its partners, and its files'
    outcomes (in the order of the chunk's tasks).

    The sections come as the UTF-8 bytes the spool holds, one after the other, with the size
    of each: encoded by the process that made them, half the work when two processes do."""

    sections: bytes
    sizes: tuple[int, ...]
    lines: tuple[PartnerLine, ...]
    files: tuple[FileHash, ...]
    contents: tuple[bytes | None, ...]  # for the content hash, then dropped
    outcomes: tuple[FileOutcome, ...]


def section(work: Work, number: int, source: Source, problems: Sequence[Problem]) -> Partner:
    return partner(number, source, problems, work.rules, work.context, w=Words(work.lang))


def sections(work: Work, partners: Sequence[Partner]) -> list[str]:
    """Each partner's section as the report writes it."""
    from disclosurelint.report import render_partners

    return [render_partners(work.fmt, [entry], work.regimes, work.lang) for entry in partners]


def make(work: Work, tasks: Sequence[Task]) -> Made:
    """The declarations ``tasks`` name, each read once: checked, and made into its section."""
    engine = _engine(work)
    partners: list[Partner] = []
    contents: list[bytes | None] = []
    outcomes: list[FileOutcome] = []
    for number, file, shown in tasks:
        outcome, raw, document = _checked(engine, work.store, number, file, shown)
        outcomes.append(outcome)
        if not number:
            continue
        problems = sorted(outcome.problems, key=lambda p: p.sort_key)
        partners.append(section(work, number, Source(shown, raw, document), problems))
        contents.append(raw)
    encoded = [text.encode("utf-8") for text in sections(work, partners)]
    return Made(
        b"".join(encoded),
        tuple(len(text) for text in encoded),
        tuple(partner_line(entry) for entry in partners),
        tuple(FileHash(entry.path, entry.sha256) for entry in partners),
        tuple(contents),
        tuple(outcomes),
    )


def _checked(
    engine: Engine, store: Store | None, number: int, file: str, shown: str
) -> tuple[FileOutcome, bytes | None, Document | None]:
    """A task's file checked, with its bytes and document (None for a file read only for the
    repository rules). The result cache serves the check of a declaration whose bytes are
    those ``check`` checked with the same settings, and the facts of an unchanged context
    file; the declaration is still read and parsed, for its section."""
    if store is None:
        outcome, _, (raw, document) = engine.check_read(file, shown, collect_only=not number)
        return outcome, raw, document
    try:
        info = os.stat(file)  # noqa: PTH116 - a string per file
    except OSError:
        info = None
    if not number:
        hit = store.lookup(file, shown, info, True) if info is not None else None
        return hit or engine.check_read(file, shown, collect_only=True)[0], None, None
    max_size = engine.settings.max_file_size
    try:
        raw, _ = read_limited(file, max_size)
    except OSError:
        raw = None
    if raw is None or info is None:  # what check_read says of a file it cannot read
        outcome, _, (raw, document) = engine.check_read(file, shown)
        return outcome, raw, document
    document, issues, text = load_bytes(raw, shown, max_size)
    mark = cache.signature(info, time.time_ns())
    hit = store.lookup_bytes(file, shown, cache.content_hash(raw), mark, False)
    if hit is None:
        hit = engine.check_loaded(file, shown, document, issues, text)
    return hit, raw, document


def open_store(engine: Engine, folder: Path, files: Iterable[str]) -> Store | None:
    """The index ``check`` keeps for a run with this engine's settings over ``files``, or None
    when there is none (nothing to serve) or the run cannot be fingerprinted.

    A report judges waivers on its date; ``check`` on the day it runs, with no date of its
    own. Every reader of the date takes no date as today's, so on the report's date the two
    find the same, and the report reads the index ``check`` wrote that day.
    """
    from dataclasses import replace

    from disclosurelint import rules as registry

    settings = engine.settings
    if settings.today == engine.today.isoformat() == datetime.date.today().isoformat():
        settings = replace(settings, today=None)
    try:
        key = cache.run_key(
            settings, registry.all_rules(), engine.today, engine.cwd, engine.files_beside(files)
        )
    except cache.Uncacheable:
        return None
    store = cache.Store(folder, key)
    return store if store.entries else None


_WORKER: dict[str, Any] = {}  # the work of this worker process and its engine, set once


def _engine(work: Work) -> Engine:
    engine: Engine | None = _WORKER.get("engine")
    if engine is None:
        from disclosurelint.lint import Engine

        engine = _WORKER["engine"] = Engine(work.settings, work.central)
    return engine


def _start(work: Work) -> None:
    _WORKER["work"] = work


def _make_chunk(tasks: Sequence[Task]) -> list[Made]:
    return [make(_WORKER["work"], tasks)]


def _made_here(work: Work, tasks: Sequence[Task]) -> list[Made]:
    return [make(work, tasks)]


def made(work: Work, tasks: Sequence[Task], jobs: int) -> Iterator[Made]:
    """The declarations ``tasks`` name made, in order, a chunk at a time: in this process
    alone (``jobs`` 1), or in this process and ``jobs - 1`` others, shared as ``check``
    shares its files (:func:`~disclosurelint.parallel.fanned`). A partner is many small
    objects that live until its section is written: the collector is kept out of their way,
    as in a check."""
    from functools import partial

    from disclosurelint.parallel import fanned

    here = partial(_made_here, work)
    yield from fanned(here, _make_chunk, tasks, jobs, initializer=_start, initargs=(work,))


@dataclass(frozen=True)
class Spooled:
    """A report whose partners' sections wait in a spool file, with its head and tail, and the
    sections made again since (by partner number) that replace the spooled ones."""

    report: Report
    result: Result
    head: str
    tail: str
    spool: IO[bytes]
    offsets: Sequence[int]  # where each partner's section starts, and where the last one ends
    again: Mapping[int, str]

    def write(self, out: TextIO) -> None:
        out.write(self.head)
        raw = _bytes_of(out)
        if raw is not None:
            out.flush()  # the head before the sections copied under the text layer
        self.spool.seek(0)
        at = 0
        for number in sorted(self.again):
            start, end = self.offsets[number - 1], self.offsets[number]
            self._copy(out, raw, start - at)
            if raw is None:
                out.write(self.again[number])
            else:
                raw.write(self.again[number].encode("utf-8"))
            self.spool.seek(end)
            at = end
        self._copy(out, raw, self.offsets[-1] - at)
        if raw is not None:
            raw.flush()
        out.write(self.tail)

    def _copy(self, out: TextIO, raw: IO[bytes] | None, size: int) -> None:
        """``size`` bytes of the spool from where it stands: as they are to ``raw``, else
        decoded to ``out`` (whole sections: no character is cut in two)."""
        decoder = codecs.getincrementaldecoder("utf-8")()
        while size > 0:
            block = self.spool.read(min(size, 1 << 20))
            if not block:
                break
            size -= len(block)
            if raw is None:
                out.write(decoder.decode(block, final=size <= 0))
            else:
                raw.write(block)


def _bytes_of(out: TextIO) -> IO[bytes] | None:
    """The binary file under ``out`` when the spool's bytes can go to it as they are: ``out``
    writes UTF-8 and leaves line ends as they are (a file ``report -o`` opens); None
    otherwise (a text buffer, a terminal in another encoding)."""
    raw = getattr(out, "buffer", None)
    encoding = getattr(out, "encoding", None)
    if not isinstance(out, io.TextIOWrapper) or raw is None or encoding is None:
        return None
    if codecs.lookup(encoding).name != "utf-8" or os.linesep != "\n":
        return None
    return raw  # type: ignore[no-any-return]


def _no_room(exc: OSError) -> UsageError:
    return UsageError(
        f"cannot write the report's temporary file ({exc.strerror or exc}); "
        "set TMPDIR to a folder with room for the report"
    )


def _spool() -> IO[bytes]:
    """A temporary file for the partners' sections, removed when closed."""
    try:
        return tempfile.TemporaryFile()
    except OSError as exc:
        raise _no_room(exc) from None


@contextmanager
def spooled(
    files: Sequence[tuple[Path, str]],
    settings: Settings,
    frame: Frame,
    *,
    fmt: str,
    context: Sequence[tuple[Path, str]] = (),
    taxonomy: Taxonomy | None = None,
    jobs: int | None = None,
    cache_dir: Path | None = None,
) -> Iterator[Spooled]:
    """The report in ``fmt`` on ``files`` (each with its path as shown), checked as ``check``
    checks them (``context``: files read only for the repository rules), ready to be written;
    the spool file is removed on leaving. With ``cache_dir``, the result cache ``check`` keeps
    there serves the checks of the files it holds unchanged (:func:`open_store`)."""
    from disclosurelint import rules as registry
    from disclosurelint import waivers
    from disclosurelint.lint import Collected, Engine, finish
    from disclosurelint.parallel import plan_jobs
    from disclosurelint.report import render

    central = waivers.load_central(settings.waivers.file) if settings.waivers.file else None
    engine = _WORKER["engine"] = Engine(settings, central)
    ordered = sorted(files, key=lambda pair: pair[1])  # the content hash goes in path order
    shown = [name for _, name in ordered]
    tasks: list[Task] = [(n, str(file), name) for n, (file, name) in enumerate(ordered, 1)]
    if engine.repository_rules:
        known = set(shown)
        tasks += [(0, str(file), name) for file, name in context if name not in known]
        del known
    rules = {r.CODE: registry.info(r) for r in registry.all_rules() if settings.may_enable(r.CODE)}
    work = Work(
        fmt,
        rules,
        report_context(settings, taxonomy),
        regime_names(settings, Words(frame.lang)),
        settings,
        central,
        frame.lang,
        (
            open_store(engine, cache_dir, (file for _, file, _ in tasks))
            if cache_dir is not None
            else None
        ),
    )
    collected = Collected()
    found = array("l")  # the problems each partner's own check found
    lines: list[PartnerLine] = []
    hashes: list[FileHash] = []
    offsets = array("q")
    digest = hashlib.sha256()
    at = 0  # the size of the spool
    try:
        with _spool() as spool:
            for done in made(work, tasks, plan_jobs(len(tasks), jobs)):
                for outcome in done.outcomes:
                    collected.add(outcome)
                found.extend(len(o.problems) for o in done.outcomes[: len(done.sizes)])
                for size in done.sizes:
                    offsets.append(at)
                    at += size
                try:
                    spool.write(done.sections)
                except OSError as exc:
                    raise _no_room(exc) from None
                lines.extend(done.lines)
                hashes.extend(done.files)
                for file, content in zip(done.files, done.contents, strict=True):
                    add_file(digest, file.path, content)
            offsets.append(at)
            result = finish(engine, collected, shown, {})
            again = _again(work, ordered, found, result, lines)
            report = assemble(
                Written(len(lines)),
                lines,
                hashes,
                digest.hexdigest(),
                result=result,
                settings=settings,
                frame=frame,
            )
            yield Spooled(
                report,
                result,
                render(report, fmt, "head"),
                render(report, fmt, "tail"),
                spool,
                offsets,
                again,
            )
    finally:
        _WORKER.clear()


def _again(
    work: Work,
    ordered: Sequence[tuple[Path, str]],
    found: Sequence[int],
    result: Result,
    lines: list[PartnerLine],
) -> dict[int, str]:
    """The sections of the partners on which the run found more than their own check did (a
    duplicate id, a waiver that excused nothing), made again from their file, by number; their
    summary lines replaced in ``lines``."""
    names = [name for _, name in ordered]
    again: dict[int, str] = {}
    for path, group in groupby(result.problems, key=lambda p: p.path):
        at = bisect.bisect_left(names, path)
        if at == len(names) or names[at] != path:
            continue
        problems = list(group)
        if len(problems) == found[at]:
            continue
        source = read_source(ordered[at][0], path, work.settings.max_file_size)
        entry = section(work, at + 1, source, problems)
        again[at + 1] = sections(work, [entry])[0]
        lines[at] = partner_line(entry)
    return again
