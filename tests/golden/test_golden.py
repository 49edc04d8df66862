"""Every finding of a varied corpus, byte for byte: speed work must not move a line or a word.

When a change is meant to alter findings, rewrite the golden file with
``python -m tests.golden.corpus --write`` and review its diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.golden.corpus import FOLDER, GOLDEN, check_json, corpus


@pytest.fixture(scope="module")
def where(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("golden")
    corpus(folder / FOLDER)
    return folder


def test_json_output_is_the_golden_file(where: Path) -> None:
    assert check_json(where, "--jobs", "1") == GOLDEN.read_text(encoding="utf-8")


def test_worker_processes_print_the_same(where: Path) -> None:
    assert check_json(where, "--jobs", "2") == GOLDEN.read_text(encoding="utf-8")
