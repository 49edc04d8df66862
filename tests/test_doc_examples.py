"""The documentation's command-line examples print what the program prints (tools/doc_examples.py
runs them; `python tools/doc_examples.py --write` brings them up to date)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tools.doc_examples import Block, blocks, check_block, documents, matches, rewrite

from disclosurelint.version import __version__

ROOT = Path(__file__).resolve().parent.parent
BLOCKS = [block for path in documents() for block in blocks(path)]


def test_the_documentation_has_examples_where_it_shows_output() -> None:
    documented = {block.path.name for block in BLOCKS if any(e.expected for e in block.examples)}
    assert {"README.md", "waivers.md", "render-and-import.md", "taxonomy.md"} <= documented


@pytest.mark.parametrize(
    "block", BLOCKS, ids=[f"{b.path.name}:{b.examples[0].command[:40]}" for b in BLOCKS]
)
def test_each_example_prints_what_the_documentation_says(block: Block) -> None:
    failures = check_block(block)
    assert not failures, "\n\n".join(failures)


def test_an_ellipsis_stands_for_any_run_of_lines() -> None:
    assert matches(("a", "...", "d"), ["a", "b", "c", "d"])
    assert matches(("a", "...", "d"), ["a", "d"])
    assert not matches(("a", "...", "d"), ["a", "b", "c"])
    assert not matches(("a", "b"), ["a", "b", "c"])


def test_a_drifted_example_is_caught(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "```console\n$ disclosurelint explain DL204\nDL204 policy-url (warning)\n...\n```\n",
        encoding="utf-8",
    )
    (block,) = blocks(page)
    assert check_block(block)  # DL204 is an error, not a warning
    page.write_text(page.read_text().replace("(warning)", "(error)"), encoding="utf-8")
    (block,) = blocks(page)
    assert check_block(block) == []


def test_a_page_s_files_are_written_and_a_documented_exit_code_is_checked(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "<!-- file: drafts/p.yaml -->\n```yaml\npolicy: 1\nrulez: []\n```\n\n"
        "```console\n$ disclosurelint test drafts/p.yaml  # exit 2\n...\n"
        "disclosurelint: error: drafts/p.yaml:2:1: unknown key 'rulez'; did you mean 'rules'?\n"
        "...\n```\n",
        encoding="utf-8",
    )
    (block,) = blocks(page)
    assert check_block(block) == []
    page.write_text(page.read_text().replace("# exit 2", "# exit 1"), encoding="utf-8")
    (block,) = blocks(page)
    assert check_block(block)  # it exits 2, not 1
    page.write_text(page.read_text().replace("  # exit 1", ""), encoding="utf-8")
    (block,) = blocks(page)
    assert check_block(block)  # an undocumented usage error


def test_rewriting_keeps_what_holds_and_brings_the_rest_up_to_date(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    held = "```console\n$ disclosurelint explain DL204\nDL204 policy-url (error)\n...\n```\n"
    drifted = "```console\n$ disclosurelint --version\ndisclosurelint 0.0.0\n...\n```\n"
    page.write_text(held + "\n" + drifted, encoding="utf-8")
    rewrite(page)
    text = page.read_text("utf-8")
    assert text.startswith(held)  # still true: written as it was, its `...` kept
    rest = text[len(held) :]
    assert rest == f"\n```console\n$ disclosurelint --version\ndisclosurelint {__version__}\n```\n"
    assert all(check_block(block) == [] for block in blocks(page))
