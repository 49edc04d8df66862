"""The file is larger than the size limit and was not read.

## What it checks

Files over `max-file-size` bytes (default 1 MiB) are not read. A declaration is a few kilobytes; a
larger file is almost always a mistake.

This check is made by the loader (`disclosurelint.load`) before any other; a file with this
problem gets no further findings.

## Why

Reading arbitrary large input would make the pre-commit hook slow and could exhaust memory.

## How to fix

Split the file, or raise `max-file-size` in the configuration.
"""

from __future__ import annotations

from disclosurelint.model import Finding, Severity, Span

CODE = "DL008"
NAME = "file-too-large"
SEVERITY = Severity.ERROR
ARTICLES: tuple[str, ...] = ()
OPTIONS: dict[str, object] = {}
SCOPE = "load"
OWNS: tuple[str, ...] = ()
EXAMPLES = False  # the input cannot be shown as YAML text
EXAMPLE_KIND = "file"


def finding(size: int, max_size: int) -> Finding:
    return Finding(
        (),
        f"the file is {size:,} bytes, over the {max_size:,}-byte limit; not read",
        fix="Split it, or raise `max-file-size` in the configuration.",
        span=Span.at(1, 1),
    )


def over_limit(max_size: int) -> Finding:
    """A file that holds more than ``max_size`` bytes though it did not say so (a growing file,
    one whose size the system does not know): read up to the limit, then refused."""
    return Finding(
        (),
        f"the file is over the {max_size:,}-byte limit; not read",
        fix="Split it, or raise `max-file-size` in the configuration.",
        span=Span.at(1, 1),
    )
