"""The seed round trip: the declarations render the published page word for word, and so do the
declarations the importer writes from it; every list in a published layout imports and renders.

The seed is the copy in ``tests/data/corpus/`` of the published WeLink list; the other lists are
written for the tests (``tests/data/import/``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.render.common import LISTS, SEED, WELINK, paragraphs, run

SOURCES = [SEED, *sorted(p for p in LISTS.iterdir() if p.name != "README.md")]


def test_the_seed_renders_word_for_word() -> None:
    code, out, err = run("render", WELINK, "--format", "text")
    assert (code, err) == (0, "")
    assert paragraphs(out) == paragraphs(SEED.read_text(encoding="utf-8"))
    assert out == SEED.read_text(encoding="utf-8") + "\n"  # the layout, too


def test_importing_the_seed_and_rendering_it_gives_the_seed_back(tmp_path: Path) -> None:
    code, _, _ = run("import", SEED, "-o", tmp_path, "--product", "welink")
    assert code == 0
    code, out, err = run("render", tmp_path / "welink")
    assert (code, err) == (0, "")
    assert paragraphs(out) == paragraphs(SEED.read_text(encoding="utf-8"))


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_every_list_imports_and_renders(source: Path, tmp_path: Path) -> None:
    code, _, _ = run("import", source, "-o", tmp_path, "--product", "page")
    assert code == 0
    entries = len(list((tmp_path / "page").glob("[!_]*.yaml")))
    for fmt in ("text", "markdown", "html"):
        code, out, err = run("render", tmp_path / "page", "--format", fmt)
        assert code in (0, 1), err
        assert "internal error" not in err and "Traceback" not in err
        # an entry the published list leaves incomplete is rendered as far as it goes
        for warning in err.splitlines():
            assert ": warning: rendered as far as it could be read: " in warning
        if fmt == "html":
            assert out.count('<section class="entry"') == entries
