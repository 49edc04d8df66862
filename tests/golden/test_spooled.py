"""A run whose problems are mostly kept on disk prints the same bytes as one that holds them
all: the golden corpus checked with a problem log that writes out all but a few problems."""

from __future__ import annotations

from pathlib import Path

import pytest

from disclosurelint import spool
from disclosurelint.model import Position, Problem, Severity, Span, Tally, Waiver
from disclosurelint.spool import MergedLog, ProblemLog
from tests.golden.corpus import FOLDER, GOLDEN, check_json, corpus


@pytest.fixture
def tiny_log(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spool, "KEEP", 5)
    monkeypatch.setattr(spool, "BATCH", 7)


@pytest.mark.usefixtures("tiny_log")
def test_json_output_from_disk_is_the_golden_file(tmp_path: Path) -> None:
    corpus(tmp_path / FOLDER)
    assert check_json(tmp_path, "--jobs", "1") == GOLDEN.read_text(encoding="utf-8")


def _problem(n: int, *, waived: bool = False) -> Problem:
    waiver = Waiver("DL204", "no link", approved_by="Legal") if waived else None
    return Problem(
        path=f"d{n // 3:03d}.yaml",
        span=Span(Position(n % 3 + 1, 1), Position(n % 3 + 1, 4)),
        code="DL204" if n % 2 else "DL201",
        name="policy-url" if n % 2 else "purpose",
        severity=Severity.WARNING if n % 2 else Severity.ERROR,
        message=f"problem {n}",
        waiver=waiver,
    )


@pytest.mark.usefixtures("tiny_log")
def test_a_log_reads_back_what_was_added_in_order_and_counts_it() -> None:
    problems = [_problem(n, waived=n % 5 == 0) for n in range(40)]
    log = ProblemLog(problems)
    assert list(log) == problems
    assert list(log) == problems  # read again: the file is read from its start
    assert log == tuple(problems) and len(log) == 40
    assert [log[i] for i in (0, 4, 5, 11, 12, 39, -1)] == [
        problems[i] for i in (0, 4, 5, 11, 12, 39, -1)
    ]
    assert log[3:9] == tuple(problems[3:9])
    with pytest.raises(IndexError):
        log[40]
    tally = log.tally
    assert tally.waived == 8
    assert tally.active[Severity.ERROR] == 16 and tally.active[Severity.WARNING] == 16
    assert tally.first["DL204"] == problems[1]


@pytest.mark.usefixtures("tiny_log")
def test_late_problems_merge_into_a_log_in_order_without_copying_it() -> None:
    problems = [_problem(n, waived=n % 5 == 0) for n in range(40)]
    files_own, late = problems[1::2], problems[0::2]  # every DL201 arrives late
    log = ProblemLog(files_own)
    merged = MergedLog(log, reversed(late))
    assert list(merged) == problems and list(merged) == problems  # read twice
    assert merged == tuple(problems) and len(merged) == 40
    assert [merged[i] for i in (0, 7, 39, -1)] == [problems[i] for i in (0, 7, 39, -1)]
    assert merged[3:9] == tuple(problems[3:9])
    with pytest.raises(IndexError):
        merged[40]
    assert merged.tally == Tally.of(problems)  # counts and each code's first, in merged order
    assert log.tally == Tally.of(files_own)  # the log's own count is left as it was
