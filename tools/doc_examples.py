"""Run the command-line examples of the documentation, and check or rewrite what they print.

An example is a ``console`` block in README.md or docs/*.md: each line starting with ``$ `` is a
command, the lines after it (up to the next command or the end of the block) are what it prints,
standard output then standard error. A line ``...`` stands for any number of lines. A command
with no lines after it is still run, and must not end in a usage error (exit 2).

The commands of one block run one after the other in a fresh folder holding a copy of this
repository's ``declarations/``, ``.disclosurelint.yaml`` and the example policies it enables
(``examples/policies/``), the test suite's example
declarations (``tests/examples/invalid/placeholders.yaml``, ...) and the seed's
published page as ``published.txt``, so an example may import a page and then check what it wrote.
The files a page writes out (a code block after ``<!-- file: PATH -->``) are written there too.

A command that must exit with a code says so in a comment (``$ disclosurelint ...  # exit 2``);
any other command must not end in a usage error.

Usage: python tools/doc_examples.py [--write]   (check, or rewrite the outputs in place)
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PUBLISHED = ROOT / "tests" / "data" / "corpus" / "welink-information-shared-with-third-parties.txt"
_BLOCK = re.compile(r"^```console\n(.*?)^```$", re.S | re.M)
_FILE = re.compile(r"<!-- file: (.+?) -->\n```\w*\n(.*?)```", re.S)
_EXIT = re.compile(r"#\s*exit (\d+)\s*$")
ELLIPSIS = "..."


@dataclass(frozen=True)
class Example:
    """One command and what the documentation says it prints."""

    command: str
    expected: tuple[str, ...]

    @property
    def exit_code(self) -> int | None:
        """The exit code the documentation gives the command, if it gives one."""
        found = _EXIT.search(self.command)
        return int(found.group(1)) if found else None


@dataclass(frozen=True)
class Block:
    path: Path
    start: int  # offset of the block's body in the file
    end: int
    examples: tuple[Example, ...]
    files: tuple[tuple[str, str], ...] = ()  # the files the page writes out: (path, text)


def documents() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def blocks(path: Path) -> Iterator[Block]:
    text = path.read_text("utf-8")
    files = tuple((name.strip(), body) for name, body in _FILE.findall(text))
    for match in _BLOCK.finditer(text):
        examples: list[Example] = []
        for line in match.group(1).splitlines():
            if line.startswith("$ "):
                examples.append(Example(line[2:], ()))
            elif examples:
                last = examples[-1]
                examples[-1] = Example(last.command, (*last.expected, line))
        yield Block(path, match.start(1), match.end(1), tuple(examples), files)


def sandbox(files: tuple[tuple[str, str], ...] = ()) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="doc-example-"))
    shutil.copytree(ROOT / "declarations", folder / "declarations")
    shutil.copy(ROOT / ".disclosurelint.yaml", folder / ".disclosurelint.yaml")
    shutil.copytree(ROOT / "examples" / "policies", folder / "examples" / "policies")
    shutil.copy(PUBLISHED, folder / "published.txt")
    shutil.copytree(ROOT / "tests" / "examples", folder / "tests" / "examples")
    for name, body in files:
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(body, encoding="utf-8")
    return folder


def run(command: str, cwd: Path) -> tuple[int, list[str]]:
    """Run one documented command; returns its exit code and the lines it printed."""
    argv = shlex.split(command, comments=True)
    assert argv[0] == "disclosurelint", f"not a disclosurelint command: {command}"
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    for name in ("FORCE_COLOR", "GITHUB_ACTIONS", "DISCLOSURELINT_DEBUG"):
        env.pop(name, None)
    proc = subprocess.run(
        [sys.executable, "-m", "disclosurelint", *argv[1:]],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return proc.returncode, (proc.stdout + proc.stderr).splitlines()


def matches(expected: tuple[str, ...], actual: list[str]) -> bool:
    """``expected`` equals ``actual``, where a line ``...`` stands for any run of lines."""
    if not expected:
        return not actual
    if expected[0] == ELLIPSIS:
        return any(matches(expected[1:], actual[i:]) for i in range(len(actual) + 1))
    return bool(actual) and expected[0] == actual[0] and matches(expected[1:], actual[1:])


def check_block(block: Block) -> list[str]:
    """What is wrong with the block: one message per example that does not hold."""
    folder = sandbox(block.files)
    failures = []
    try:
        for example in block.examples:
            code, lines = run(example.command, folder)
            wanted = example.exit_code
            if (code == 2 and wanted is None) or (wanted is not None and code != wanted):
                failures.append(f"{example.command}: exit {code}\n" + "\n".join(lines))
            elif example.expected and not matches(example.expected, lines):
                failures.append(
                    f"{example.command}: documented\n"
                    + "\n".join(example.expected)
                    + "\n--- prints\n"
                    + "\n".join(lines)
                )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return failures


def rewrite(path: Path) -> None:
    """Replace the output of each example that no longer holds by what the command prints now;
    an example that still holds is kept as written, its ``...`` included, so that rewriting an
    unchanged documentation changes nothing."""
    text = path.read_text("utf-8")
    out, position = [], 0
    for block in blocks(path):
        folder = sandbox(block.files)
        body = []
        try:
            for example in block.examples:
                body.append(f"$ {example.command}")
                if example.expected:
                    printed = run(example.command, folder)[1]
                    held = matches(example.expected, printed)
                    body += example.expected if held else printed
                else:
                    run(example.command, folder)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        out += [text[position : block.start], "\n".join(body) + "\n"]
        position = block.end
    out.append(text[position:])
    path.write_text("".join(out), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite the documented outputs")
    args = parser.parse_args(argv)
    failures = []
    for path in documents():
        if args.write:
            rewrite(path)
            continue
        for block in blocks(path):
            failures += [f"{path.relative_to(ROOT)}: {f}" for f in check_block(block)]
    for failure in failures:
        print(failure, end="\n\n")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
