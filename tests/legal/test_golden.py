"""The report, byte for byte: what `report` writes for a varied corpus is kept in ``golden/``.

The corpus (:mod:`tests.legal.corpus`) holds every kind of section the report writes. The files
in ``golden/`` were written by the report before it was written partner by partner; the same
bytes must come out however the report is made: to a file or to standard output, in one process
or in several. Only the tool's and the rule set's versions are left out of the comparison (they
change with every release). When a change of wording is meant, rewrite the files with
``DISCLOSURELINT_WRITE_GOLDEN=1 pytest tests/legal/test_golden.py`` and review the difference.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from disclosurelint import __version__, parallel
from disclosurelint.cli import main
from disclosurelint.report.ruleset import RULESET_VERSION
from tests.legal.common import DATE
from tests.legal.corpus import write_corpus

GOLDEN = Path(__file__).parent / "golden"
NAMES = {"html": "report.html", "markdown": "report.md"}


def comparable(text: str) -> str:
    """``text`` with the tool's and the rule set's versions replaced by placeholders."""
    return text.replace(RULESET_VERSION, "<rule set>").replace(__version__, "<version>")


def expected(fmt: str, text: str) -> str:
    path = GOLDEN / NAMES[fmt]
    if os.environ.get("DISCLOSURELINT_WRITE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(comparable(text).encode("utf-8"))
    return path.read_bytes().decode("utf-8")


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "demo"  # the report names the repository after this folder
    write_corpus(folder)
    monkeypatch.chdir(folder)
    return folder


def report(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["report", "--date", DATE, *argv], out=out, err=err)
    assert err.getvalue() == ""
    return code, out.getvalue()


@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_the_report_file_is_byte_for_byte_the_same(corpus: Path, fmt: str) -> None:
    code, said = report("-f", fmt, "-o", "out", "--jobs", "1")
    assert (code, said) == (0, "Wrote out: 17 declarations, 79 open problems, 1 waived.\n")
    written = (corpus / "out").read_bytes().decode("utf-8")
    assert comparable(written) == expected(fmt, written)


@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_standard_output_is_the_same_as_the_file(corpus: Path, fmt: str) -> None:
    code, text = report("-f", fmt)
    assert code == 0
    assert comparable(text) == expected(fmt, text)


@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_several_processes_write_the_same_bytes(
    corpus: Path, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a few declarations per chunk, so that each process makes several: they come back in order
    monkeypatch.setattr(parallel, "CHUNK", 3)
    monkeypatch.setattr(parallel, "WARM", 1)
    code, _ = report("-f", fmt, "-o", "out", "--jobs", "2")
    assert code == 0
    written = (corpus / "out").read_bytes().decode("utf-8")
    assert comparable(written) == expected(fmt, written)


def test_each_declaration_is_read_and_parsed_once(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check and the report share one parse of each file; only a declaration on which a
    repository-wide problem falls (a duplicate id, a waiver that excuses nothing) is read
    again, once every file is checked, to make its section with that problem in it."""
    import json
    from collections import Counter

    from disclosurelint import load

    out = io.StringIO()
    main(["check", "-f", "json", "--no-cache"], out=out, err=io.StringIO())
    late = {p["path"] for p in json.loads(out.getvalue())["problems"] if p["code"] >= "DL4"}
    parsed: Counter[str] = Counter()
    real = load.parse

    def counting(text: str, path: str, **options: bool) -> object:
        parsed[path] += 1
        return real(text, path, **options)

    monkeypatch.setattr(load, "parse", counting)
    code, _ = report("-o", "out", "--jobs", "1")
    assert code == 0
    declarations = {p for p in parsed if p.startswith("declarations/") and "_product" not in p}
    assert len(declarations) == 17
    assert {p for p in declarations if parsed[p] > 1} <= late
    assert all(parsed[p] <= 2 for p in declarations)
