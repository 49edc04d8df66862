"""A product folder -> a :class:`~.page.Page` and the warnings met on the way.

Declarations are found as ``check`` finds them, read by the same loader and validated by the same
schema. A file that cannot be read as a mapping is left off the page; a file with schema problems
is rendered as far as it can be read. Each such file gets one :class:`Notice`, and any notice
makes the command exit 1, so a page is never published from broken declarations unnoticed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from disclosurelint.discover import discover, display_path
from disclosurelint.errors import UsageError
from disclosurelint.model import Position
from disclosurelint.render.page import Entry, Page, make_entry
from disclosurelint.render.product import PRODUCT_FILE, Product, load_product
from disclosurelint.render.source import read_checked
from disclosurelint.render.words import Lang

ORDERS: tuple[str, ...] = ("file", "id", "recipient", "product")


@dataclass(frozen=True)
class Notice:
    """A warning about one file, at a position."""

    path: str
    position: Position
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.position.line}:{self.position.column}: warning: {self.message}"


@cache
def _validator() -> Any:
    from disclosurelint.schema import SchemaValidator

    return SchemaValidator()


def product_file(path: Path, files: list[Path]) -> Path | None:
    """The ``_product.yaml`` that describes ``path``: its own, or that of the one folder holding
    all its declarations. Declarations from several folders without a product file of ``path``'s
    own are a usage error: a page describes one product."""
    folder = path if path.is_dir() else path.parent
    if (folder / PRODUCT_FILE).is_file():
        return folder / PRODUCT_FILE
    folders = sorted({file.parent for file in files})
    if len(folders) > 1:
        shown = ", ".join(display_path(f) for f in folders[:4])
        more = ", ..." if len(folders) > 4 else ""
        raise UsageError(
            f"{path} holds declarations of several folders ({shown}{more}); "
            "render one product folder at a time"
        )
    if folders and (folders[0] / PRODUCT_FILE).is_file():
        return folders[0] / PRODUCT_FILE
    return None


def _read(file: Path, shown: str, lang: Lang) -> tuple[Entry | None, Notice | None]:
    try:
        document, problems = read_checked(file, shown, _validator())
    except OSError as exc:
        return None, Notice(
            shown, Position(1, 1), f"not rendered: cannot read ({exc.strerror or exc})"
        )
    if document is None:
        where, message = problems[0] if problems else (Position(1, 1), "not a declaration")
        return None, Notice(shown, where, f"not rendered: {message}")
    entry = make_entry(document.data, shown, lang)
    if not problems:
        return entry, None
    where, first = problems[0]
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return entry, Notice(
        shown,
        where,
        f"rendered as far as it could be read: {first}{more}; "
        f"`disclosurelint check {shown}` lists every problem",
    )


_SECONDARY: Mapping[str, Callable[[Entry], tuple[str, ...]]] = {
    "file": lambda e: (e.path,),
    "id": lambda e: (e.id or "", e.path),
    "recipient": lambda e: (e.text_of("company").casefold(), e.path),
    "product": lambda e: (e.text_of("product").casefold(), e.path),
}


def order_entries(entries: list[Entry], product: Product, order: str) -> list[Entry]:
    """``product.order`` first, then the rest by ``order`` (file, id, recipient or product)."""
    rank = {identifier: index for index, identifier in enumerate(product.order)}
    secondary = _SECONDARY[order]

    def key(entry: Entry) -> tuple[int, tuple[str, ...]]:
        first = rank.get(entry.id, len(rank)) if entry.id is not None else len(rank)
        return first, secondary(entry)

    return sorted(entries, key=key)


def build_page(
    path: str | Path, lang: Lang = "en", order: str = "file"
) -> tuple[Page, tuple[Notice, ...]]:
    """The page for the declarations under ``path`` and the warnings met while reading them.

    Raises :class:`UsageError` for a missing path, a path without declarations or one holding
    several products, and :class:`~.product.ProductError` for a product file with problems.
    """
    if order not in ORDERS:
        raise UsageError(f"unknown order {order!r} (choose from {', '.join(ORDERS)})")
    root = Path(path)
    files = discover([root])
    if not files:
        raise UsageError(f"{path}: no declarations (*.yaml, *.yml) to render")
    found = product_file(root, files)
    product = load_product(found, display_path(found)) if found else Product()
    entries: list[Entry] = []
    notices: list[Notice] = []
    for file in files:
        entry, notice = _read(file, display_path(file), lang)
        if entry is not None:
            entries.append(entry)
        if notice is not None:
            notices.append(notice)
    ids = {entry.id for entry in entries}
    whole = root.is_dir()  # a single file is a preview: the other ids are simply not asked for
    for identifier, position in zip(product.order, product.order_positions, strict=True):
        if whole and identifier not in ids:
            notices.append(
                Notice(
                    product.path or PRODUCT_FILE,
                    position,
                    f"`order` lists {identifier!r}, but no rendered declaration has that id",
                )
            )
    page = Page(
        lang=lang,
        title=" ".join(product.page_title(lang).split()),
        introduction=tuple(" ".join(p.split()) for p in product.page_introduction(lang)),
        entries=tuple(order_entries(entries, product, order)),
    )
    return page, tuple(notices)
