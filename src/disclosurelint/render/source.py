"""One YAML file read and validated: the document and every problem, each at its position.

Both kinds of file a page is made from go through here: declarations (validated by the
declaration schema) and ``_product.yaml`` (by the product schema).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from disclosurelint.document import Document
from disclosurelint.model import Position


def read_checked(
    path: Path, shown: str, validator: Any
) -> tuple[Document | None, list[tuple[Position, str]]]:
    """The document (None when the file is not a YAML mapping) and its problems, sorted by
    position: the loader's and those of ``validator`` (a ``SchemaValidator``).

    Raises :class:`OSError` when the file cannot be read at all.
    """
    from disclosurelint.load import load_file

    document, load_findings, _ = load_file(path, shown)
    problems = [
        (found.finding.span.start if found.finding.span else Position(1, 1), found.finding.message)
        for found in load_findings
    ]
    if document is not None:
        source = document.source
        for _, finding in validator.findings(document.data):
            start = source.span(finding.path, finding.target)[0].start if source else Position(1, 1)
            problems.append((start, finding.message))
    return document, sorted(problems)
