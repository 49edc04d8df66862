"""``disclosurelint import``: turn a published sharing list into declaration files.

Reads each FILE (a "third parties we share your data with" page saved as text: labelled blocks
in English or Chinese, a Markdown or pipe table, or headed entries), writes one declaration per
entry to ``DIR/<product>/<id>.yaml`` and the page's title, introduction and entry order to
``DIR/<product>/_product.yaml``, and says what it could not map. Nothing is invented: a field the
page does not give stays out of the file, and ``disclosurelint check`` reports it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from disclosurelint.errors import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from disclosurelint.printable import json_text, printable, terminal

if TYPE_CHECKING:
    from disclosurelint.importer import Declaration, ImportedPage, ProductPage

NAME = "import"
HELP = "turn a published sharing list (text or Markdown table) into declaration files"

_DESCRIPTION = """\
Read each FILE (a "third parties we share your personal data with" page saved as text: labelled
blocks in English or Chinese, a Markdown or pipe table, or headed entries) and write one declaration
per entry to DIR/<product>/<id>.yaml, and the page's title, introduction and entry order to
DIR/<product>/_product.yaml (what `disclosurelint render` reads). Nothing is invented: a field the
page does not give stays out of the file, and `disclosurelint check` reports it."""

_EPILOG = """\
exit status:
  0  every file was written
  1  some files existed and were left alone (--force overwrites them)
  2  a FILE is missing or unreadable, or holds no entry the importer recognises

Each written file names its source (# imported from FILE:LINE). Labels the importer does not know,
sharing-mode words it cannot map (written as `other`) and entries the source cuts off are listed
under "could not map" and kept as comments in the file."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = _DESCRIPTION
    parser.epilog = _EPILOG
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("files", nargs="+", metavar="FILE", help="published list(s) to import")
    parser.add_argument(
        "-o", "--output", required=True, metavar="DIR", type=Path,
        help="declarations folder: files go to DIR/<product>/<id>.yaml",
    )  # fmt: skip
    parser.add_argument(
        "--product", metavar="NAME",
        help="product folder name (default: each input file's name, as a slug)",
    )  # fmt: skip
    parser.add_argument(
        "--force", action="store_true",
        help="overwrite existing files (without it they are reported, left alone, exit status 1)",
    )  # fmt: skip
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="report format (default: text)"
    )


def _error(message: str) -> int:
    print(f"disclosurelint import: {printable(message)}", file=sys.stderr)
    return EXIT_USAGE


def _known_labels_message(name: str) -> str:
    from disclosurelint.importer import FIELD_LABELS

    lines = [
        f"{name}: no entry found. The importer reads 'Label: value' blocks "
        "(':' or its full-width form), Markdown or pipe tables and headed or numbered entries, "
        "with these labels (case, spaces and punctuation do not matter):"
    ]
    lines += [f"  {field}: {', '.join(labels)}" for field, labels in FIELD_LABELS.items()]
    return "\n".join(lines)


def _read(name: str) -> tuple[str | None, str | None]:
    """(text, None) or (None, one-line error)."""
    path = Path(name)
    try:
        return path.read_text(encoding="utf-8-sig"), None
    except FileNotFoundError:
        return None, f"{name}: no such file"
    except IsADirectoryError:
        return None, f"{name}: is a folder, not a file"
    except UnicodeDecodeError:
        return None, f"{name}: not UTF-8 text"
    except OSError as exc:
        return None, f"{name}: cannot read ({exc.strerror or exc})"


def run(args: argparse.Namespace, out: TextIO) -> int:
    from disclosurelint.importer import build_declarations, build_products, parse_page, slugify
    from disclosurelint.importer.write import write_declarations, write_products

    folder_override: str | None = None
    if args.product is not None:
        folder_override = slugify(args.product)
        if not folder_override:
            return _error(f"--product {args.product!r}: needs at least one ASCII letter or digit")

    parsed: list[tuple[str, ImportedPage]] = []
    for name in args.files:
        text, problem = _read(name)
        if text is None:
            return _error(problem or f"{name}: cannot read")
        page = parse_page(text)
        if not page.entries:
            return _error(_known_labels_message(name))
        parsed.append((name, page))

    taken: set[str] = set()
    declarations: list[Declaration] = []
    built: list[tuple[ImportedPage, list[Declaration]]] = []
    for name, page in parsed:
        folder = folder_override or slugify(Path(name).stem) or "imported"
        made = build_declarations(page.entries, folder=folder, source=name, taken=taken)
        declarations += made
        built.append((page, made))
    products = build_products(built)

    output: Path = args.output
    result = write_declarations(declarations, output, force=args.force)
    product_result = write_products(products, output, force=args.force)
    skipped = set(result.skipped) | set(product_result.skipped)
    rows = [(declaration, output / declaration.relative_path) for declaration in declarations]
    pages = [(product, output / product.relative_path) for product in products]
    if args.format == "json":
        _report_json(rows, pages, skipped, out)
    else:
        _report_text(rows, pages, skipped, terminal(out))
    return EXIT_PROBLEMS if skipped else EXIT_OK


def _report_text(
    rows: list[tuple[Declaration, Path]],
    pages: list[tuple[ProductPage, Path]],
    skipped: set[Path],
    out: TextIO,
) -> None:
    listed = [(path, f"{d.source}:{d.entry.line}") for d, path in rows]
    listed += [(path, f"{page.source}: title, introduction, order") for page, path in pages]
    for path, where in listed:
        if path in skipped:
            out.write(f"skipped {path} ({where}): the file exists; --force overwrites it\n")
        else:
            out.write(f"wrote {path} ({where})\n")
    unmapped = [
        f"  {d.source}:{leftover.line} {d.id}: {leftover.describe()}"
        for d, _ in rows
        for leftover in d.leftovers
        if leftover.kind != "note"
    ]
    if unmapped:
        out.write("\ncould not map:\n" + "\n".join(unmapped) + "\n")
    cut = [f"  {d.source}:{d.entry.line} {d.id}" for d, _ in rows if d.incomplete]
    if cut:
        out.write("\nincomplete (the source stops inside these entries):\n" + "\n".join(cut) + "\n")
    notes = [
        f"  {d.source}:{leftover.line} {d.id}: {leftover.value}"
        for d, _ in rows
        for leftover in d.leftovers
        if leftover.kind == "note"
    ]
    if notes:
        out.write("\nnotes:\n" + "\n".join(notes) + "\n")
    files = len(rows) + len(pages)
    out.write(f"\n{files - len(skipped)} written, {len(skipped)} skipped\n")


def _report_json(
    rows: list[tuple[Declaration, Path]],
    pages: list[tuple[ProductPage, Path]],
    skipped: set[Path],
    out: TextIO,
) -> None:
    entries: list[dict[str, Any]] = [
        {
            "source": d.source,
            "line": d.entry.line,
            "id": d.id,
            "path": str(path),
            "status": "skipped" if path in skipped else "written",
            "incomplete": d.incomplete,
            "could_not_map": [
                {
                    "kind": leftover.kind,
                    "label": leftover.label,
                    "value": leftover.value,
                    "line": leftover.line,
                }
                for leftover in d.leftovers
            ],
        }
        for d, path in rows
    ]
    products: list[dict[str, Any]] = [
        {
            "source": page.source,
            "path": str(path),
            "status": "skipped" if path in skipped else "written",
            "order": list(page.order),
        }
        for page, path in pages
    ]
    files = len(rows) + len(pages)
    report = {
        "written": files - len(skipped),
        "skipped": len(skipped),
        "entries": entries,
        "products": products,
    }
    out.write(json_text(report))
    out.write("\n")
