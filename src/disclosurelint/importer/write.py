"""Declarations -> YAML files, one per declaration, and one ``_product.yaml`` per folder, with
ruamel.yaml (round-trip dumper).

Each file starts with the schema comment editors read, then a comment naming the source file and
line, then a comment for everything of the entry that has no field (an unknown label, a website,
a location that is not one country) and for an entry the source cuts off. Keys keep the format's
order; strings are never folded, and quoted where a YAML 1.1 reader would take them for a boolean,
a number or a date; ``sharing_modes`` is a flow list as on the format page.
"""

from __future__ import annotations

import io
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml as pyyaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import SingleQuotedScalarString

from disclosurelint.errors import UsageError
from disclosurelint.importer.build import Declaration, ProductPage

SCHEMA_COMMENT = "# yaml-language-server: $schema=../../schema/partner-disclosure.schema.json"
_FLOW_KEYS = frozenset({"sharing_modes"})
_STR_TAG = "tag:yaml.org,2002:str"
_YAML11 = pyyaml.resolver.Resolver()


def _needs_quotes(text: str) -> bool:
    """True for a string a YAML 1.1 reader would take for something else (``yes``, ``on``,
    ``2024-05-01``, ``1.0``); ruamel.yaml writes YAML 1.2, where those are plain strings."""
    tag: str = _YAML11.resolve(pyyaml.ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    return tag != _STR_TAG


@dataclass(frozen=True)
class WriteResult:
    """Paths written and paths skipped because they existed (and ``force`` was not given)."""

    written: tuple[Path, ...]
    skipped: tuple[Path, ...]


def _commented(value: Any, key: str | None = None) -> Any:
    if isinstance(value, Mapping):
        mapping = CommentedMap()
        for name, item in value.items():
            mapping[name] = _commented(item, name)
        return mapping
    if isinstance(value, (list, tuple)):
        sequence = CommentedSeq(_commented(item) for item in value)
        if key in _FLOW_KEYS:
            sequence.fa.set_flow_style()
        return sequence
    if isinstance(value, str) and _needs_quotes(value):
        return SingleQuotedScalarString(value)
    return value


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    yaml.width = 1_000_000  # never fold a long string over lines
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _comment(text: str) -> str:
    return "# " + " ".join(text.split())


def header_comments(declaration: Declaration) -> list[str]:
    """The comment lines written above the data."""
    lines = [
        SCHEMA_COMMENT,
        _comment(f"imported from {declaration.source}:{declaration.entry.line}"),
    ]
    if declaration.incomplete:
        lines.append(
            _comment(
                "incomplete: the source stops inside this entry; "
                "complete it from the published page"
            )
        )
    lines += [
        _comment(f"{'note' if leftover.kind == 'note' else 'not mapped'}: {leftover.describe()}")
        for leftover in declaration.leftovers
    ]
    return lines


def render(declaration: Declaration, yaml: YAML | None = None) -> str:
    """The text of one declaration file."""
    stream = io.StringIO()
    (yaml or _yaml()).dump(_commented(declaration.data), stream)
    return "\n".join(header_comments(declaration)) + "\n" + stream.getvalue()


def _write(texts: Sequence[tuple[str, str]], out_dir: Path, force: bool) -> WriteResult:
    """Write each ``(relative path, text)`` below ``out_dir``; an existing file is left alone
    (and listed in ``skipped``) unless ``force`` is true.

    Nothing is written through a symbolic link: a link below ``out_dir`` to a folder stops the
    import before any file is written (a :class:`UsageError`); a link where a file would go, even
    one that points nowhere, counts as an existing file, and ``force`` replaces the link itself,
    never the file it points to.
    """
    for relative, _ in texts:
        _refuse_linked_folders(out_dir, Path(relative).parent)
    written: list[Path] = []
    skipped: list[Path] = []
    for relative, text in texts:
        path = out_dir / relative
        if path.exists() or path.is_symlink():
            if not force:
                skipped.append(path)
                continue
            path.unlink()
        path.parent.mkdir(parents=True, exist_ok=True)
        # O_EXCL: a link or file that appeared since is an error, never a write through it
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        with os.fdopen(os.open(path, flags, 0o666), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        written.append(path)
    return WriteResult(tuple(written), tuple(skipped))


def _refuse_linked_folders(out_dir: Path, relative: Path) -> None:
    folder = out_dir
    for part in relative.parts:
        folder = folder / part
        if folder.is_symlink():
            raise UsageError(
                f"{folder}: a symbolic link; import writes only into real folders, "
                "so nothing was written (replace the link with a folder)"
            )


def write_declarations(
    declarations: Sequence[Declaration], out_dir: Path, *, force: bool = False
) -> WriteResult:
    """Write ``out_dir/<folder>/<id>.yaml`` for each declaration.

    An existing file is left alone (and listed in ``skipped``) unless ``force`` is true.
    """
    yaml = _yaml()
    return _write([(d.relative_path, render(d, yaml)) for d in declarations], out_dir, force)


PRODUCT_SCHEMA_COMMENT = "# yaml-language-server: $schema=../../schema/product.schema.json"


def render_product(page: ProductPage, yaml: YAML | None = None) -> str:
    """The text of one ``_product.yaml``."""
    stream = io.StringIO()
    (yaml or _yaml()).dump(_commented(page.data), stream)
    lines = [
        PRODUCT_SCHEMA_COMMENT,
        _comment(f"The page's title, introduction and entry order, imported from {page.source}"),
    ]
    return "\n".join(lines) + "\n" + stream.getvalue()


def write_products(
    pages: Sequence[ProductPage], out_dir: Path, *, force: bool = False
) -> WriteResult:
    """Write ``out_dir/<folder>/_product.yaml`` for each page; an existing file is left alone
    (and listed in ``skipped``) unless ``force`` is true."""
    yaml = _yaml()
    return _write([(p.relative_path, render_product(p, yaml)) for p in pages], out_dir, force)
