"""``disclosurelint import``: turn a published sharing list into declaration files.

Reads each FILE (a "third parties we share your data with" page: an HTML page, or text with
labelled blocks in English or Chinese, tables of any common shape, or headed entries; with
``--fetch`` also an ``https://`` address), writes one declaration per entry to
``DIR/<product>/<id>.yaml`` and the page's title, introduction and entry order to
``DIR/<product>/_product.yaml``, and says what it could not map. Nothing is invented: a field the
page does not give stays out of the file, and ``disclosurelint check`` reports it.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from disclosurelint.errors import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from disclosurelint.printable import json_text, printable, terminal

if TYPE_CHECKING:
    from disclosurelint.importer import Declaration, ImportedPage, ProductPage
    from disclosurelint.importer.labels import LabelTable
    from disclosurelint.importer.merge import Merged
    from disclosurelint.importer.records import SetAside

NAME = "import"
HELP = "turn a published sharing list (HTML or text) into declaration files"

_DESCRIPTION = """\
Read each FILE (a "third parties we share your personal data with" page: an HTML page, or text
with labelled blocks in English or Chinese, Markdown, pipe, spaced or one-cell-per-line tables,
headed or numbered entries, a JSON list) and write one declaration per entry to
DIR/<product>/<id>.yaml, and the page's title, introduction and entry order to
DIR/<product>/_product.yaml (what `disclosurelint render` reads). Nothing is invented: a field the
page does not give stays out of the file, and `disclosurelint check` reports it."""

_EPILOG = """\
exit status:
  0  every file was written
  1  some files existed and were left alone (--force overwrites them)
  2  a FILE is missing or unreadable, holds no entry the importer recognises, or cannot be
     fetched; a URL without --fetch; a --labels file or import.labels that is not valid

Each written file names its source (# imported from FILE:LINE). Labels the importer does not know,
sharing-mode words it cannot map (written as `other`) and entries the source cuts off are listed
under "could not map" and kept as comments in the file. Labels it does not know are counted
under "unknown labels": add them to the configuration (import: {labels: {company: [...]}})
or to a --labels file to have them read.

URLs are downloaded only with --fetch: http(s) only, public addresses only (no loopback,
private or link-local host), --timeout seconds, at most 5 MiB."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = _DESCRIPTION
    parser.epilog = _EPILOG
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="published list(s) to import (or URL, with --fetch)",
    )
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
    parser.add_argument(
        "--fetch", action="store_true",
        help="download FILE arguments that are http(s) URLs (off by default; public hosts only)",
    )  # fmt: skip
    parser.add_argument(
        "--timeout", type=float, default=15.0, metavar="SECONDS",
        help="with --fetch: give up on a server silent this long (default: 15)",
    )  # fmt: skip
    parser.add_argument(
        "--labels", type=Path, metavar="FILE",
        help="more labels, in the format of the built-in table (labels: {company: [...]})",
    )  # fmt: skip
    parser.add_argument(
        "--merge", metavar="OTHER",
        help="the same list's page in another language: write bilingual declarations "
        "(purpose: {zh: ..., en: ...}), pairing entries by policy URL, company and order",
    )  # fmt: skip
    parser.add_argument(
        "--languages", metavar="FIRST,SECOND",
        help="with --merge: the languages of FILE and OTHER as BCP 47 tags "
        "(default: zh for a page mostly in Chinese characters, else en)",
    )  # fmt: skip


def _error(message: str) -> int:
    print(f"disclosurelint import: {printable(message)}", file=sys.stderr)
    return EXIT_USAGE


_MAX_FILE = 10 * 1024 * 1024


def _known_labels_message(name: str, labels: Mapping[str, Sequence[str]]) -> str:
    lines = [
        f"{name}: no entry found. The importer reads HTML pages, 'Label: value' blocks "
        "(':' or its full-width form), tables (Markdown, pipe, spaced, one cell per line) and "
        "headed or numbered entries, with these labels (case, spaces, punctuation and full-width "
        "forms do not matter; add your own under import.labels in the configuration):"
    ]
    lines += [f"  {field}: {', '.join(values)}" for field, values in labels.items()]
    return "\n".join(lines)


def _read(name: str) -> tuple[str | None, str | None]:
    """(text, None) or (None, one-line error)."""
    path = Path(name)
    try:
        if path.is_file() and path.stat().st_size > _MAX_FILE:
            return None, f"{name}: larger than {_MAX_FILE} bytes; not a published list"
        data = path.read_bytes()
    except FileNotFoundError:
        return None, f"{name}: no such file"
    except IsADirectoryError:
        return None, f"{name}: is a folder, not a file"
    except OSError as exc:
        return None, f"{name}: cannot read ({exc.strerror or exc})"
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, f"{name}: a binary file, not a published list"
    return _decode(name, data)


def _decode(name: str, data: bytes) -> tuple[str | None, str | None]:
    """Text of a saved page: UTF-8 (a byte-order mark allowed), UTF-16 with its mark, or the
    charset an HTML page names in its ``<meta>``."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            return None, f"{name}: not valid UTF-16 text"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        declared = re.search(rb"<meta[^>]+charset=[\"']?([\w.:-]+)", data[:4096], re.IGNORECASE)
        if declared:
            charset = declared.group(1).decode("ascii", "replace")
            try:
                return data.decode(charset), None
            except (LookupError, UnicodeDecodeError):
                pass
        return None, f"{name}: not UTF-8 text (byte {exc.start + 1}); save the page as UTF-8"


def _label_table(args: argparse.Namespace) -> tuple[LabelTable | None, str | None]:
    """The label table with the configuration's ``import.labels`` and ``--labels`` added."""
    from disclosurelint.importer.labels import LabelTableError, extension_labels, read_extension
    from disclosurelint.importer.labels import table as label_table

    extra: dict[str, tuple[str, ...]] = {}
    try:
        configured = _configured_labels(args)
        if configured is not None:
            extra.update(extension_labels(configured[1], f"{configured[0]}: import.labels"))
        if args.labels is not None:
            for field, values in read_extension(args.labels).items():
                extra[field] = (*values, *extra.get(field, ()))
    except LabelTableError as exc:
        return None, str(exc)
    return label_table(extra), None


def _configured_labels(args: argparse.Namespace) -> tuple[str, Any] | None:
    """(configuration file, its ``import.labels``) when the configuration has them."""
    if getattr(args, "isolated", False):
        return None
    from disclosurelint import config_file

    local = [name for name in args.files if not _is_url(name)]
    found = config_file.find(local)
    if found is None:
        return None
    try:
        data = config_file.read(found).data
    except Exception:  # the configuration's own errors are reported by `check`
        return None
    section = data.get("import")
    if isinstance(section, Mapping) and "labels" in section:
        return str(found), section["labels"]
    return None


def _is_url(name: str) -> bool:
    return bool(re.match(r"^https?://", name, re.IGNORECASE))


def _source_text(name: str, args: argparse.Namespace) -> tuple[str | None, str | None]:
    """(text, None) or (None, one-line error) for a file or, with --fetch, an address."""
    if not _is_url(name):
        return _read(name)
    if not args.fetch:
        return None, f"{name}: an address is downloaded only with --fetch"
    from disclosurelint.importer.fetch import FetchError, fetch

    try:
        return fetch(name, timeout=args.timeout).text, None
    except FetchError as exc:
        return None, str(exc)


def run(args: argparse.Namespace, out: TextIO) -> int:
    from disclosurelint.importer import build_declarations, build_products, parse_page, slugify
    from disclosurelint.importer.write import write_declarations, write_products

    folder_override: str | None = None
    if args.product is not None:
        folder_override = slugify(args.product)
        if not folder_override:
            return _error(f"--product {args.product!r}: needs at least one ASCII letter or digit")

    table, problem = _label_table(args)
    if table is None:
        return _error(problem or "the label table is not valid")
    parsed: list[tuple[str, ImportedPage]] = []
    for name in args.files:
        text, problem = _source_text(name, args)
        if text is None:
            return _error(problem or f"{name}: cannot read")
        page = parse_page(text, name=name, table=table)
        if not page.entries:
            return _error(_known_labels_message(name, table.labels))
        parsed.append((name, page))

    taken: set[str] = set()
    declarations: list[Declaration] = []
    built: list[tuple[ImportedPage, list[Declaration]]] = []
    for name, page in parsed:
        stem = name.rstrip("/").rsplit("/", 1)[-1] if _is_url(name) else Path(name).stem
        folder = folder_override or slugify(Path(stem).stem) or "imported"
        made = build_declarations(page.entries, folder=folder, source=name, taken=taken)
        declarations += made
        built.append((page, made))
    products = build_products(built)
    if args.merge is not None:
        merged, problem = _merge(args, built, taken, table)
        if merged is None:
            return _error(problem or f"{args.merge}: cannot merge")
        declarations, products = list(merged.declarations), list(merged.products)

    output: Path = args.output
    result = write_declarations(declarations, output, force=args.force)
    product_result = write_products(products, output, force=args.force)
    skipped = set(result.skipped) | set(product_result.skipped)
    rows = [(declaration, output / declaration.relative_path) for declaration in declarations]
    pages = [(product, output / product.relative_path) for product in products]
    aside = [(name, section) for name, page in parsed for section in page.set_aside]
    if args.format == "json":
        _report_json(rows, pages, skipped, aside, out)
    else:
        _report_text(rows, pages, skipped, aside, terminal(out))
    return EXIT_PROBLEMS if skipped else EXIT_OK


def _merge(
    args: argparse.Namespace,
    built: list[tuple[ImportedPage, list[Declaration]]],
    taken: set[str],
    table: LabelTable,
) -> tuple[Merged | None, str | None]:
    """The first FILE's declarations merged with those of ``--merge OTHER``, or an error."""
    from disclosurelint.importer import build_declarations, build_products, parse_page
    from disclosurelint.importer.merge import declaration_language, merge
    from disclosurelint.localized import is_tag

    if len(built) != 1:
        return None, "--merge pairs one FILE with one OTHER page; give a single FILE"
    text, problem = _source_text(args.merge, args)
    if text is None:
        return None, problem
    page = parse_page(text, name=args.merge, table=table)
    if not page.entries:
        return None, _known_labels_message(args.merge, table.labels)
    first_page, first = built[0]
    folder = first[0].folder if first else "imported"
    second = build_declarations(page.entries, folder=folder, source=args.merge, taken=taken)
    if args.languages is not None:
        langs = tuple(tag.strip() for tag in args.languages.split(","))
        if len(langs) != 2 or not all(map(is_tag, langs)) or langs[0] == langs[1]:
            return None, f"--languages {args.languages!r}: give two BCP 47 tags, e.g. zh,en"
    else:
        langs = (declaration_language(first), declaration_language(second))
        if langs[0] == langs[1]:
            return None, (
                f"{args.merge}: both pages look {langs[0]}; name their languages with "
                "--languages FIRST,SECOND"
            )
    products = build_products([(first_page, first)])
    others = build_products([(page, second)])
    return merge(first, second, (langs[0], langs[1]), products, others), None


def _report_text(
    rows: list[tuple[Declaration, Path]],
    pages: list[tuple[ProductPage, Path]],
    skipped: set[Path],
    aside: list[tuple[str, SetAside]],
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
    unknown = _unknown_labels(d for d, _ in rows)
    if unknown:
        out.write(
            "\nunknown labels (add them under import.labels in the configuration, "
            "or in a --labels file, to have them read):\n"
            + "\n".join(f"  {label!r} ({count}x)" for label, count in unknown)
            + "\n"
        )
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
    if aside:
        out.write(
            "\nnot imported (the heading says these recipients are planned, former, the "
            "customer's own or the operator's own services; declare them by hand when they "
            "receive data):\n"
            + "\n".join(
                f"  {name}:{section.line} {section.heading!r}: "
                + (
                    f"{section.entries} {'entry' if section.entries == 1 else 'entries'}"
                    if section.entries
                    else "no entry read"
                )
                for name, section in aside
            )
            + "\n"
        )
    files = len(rows) + len(pages)
    out.write(f"\n{files - len(skipped)} written, {len(skipped)} skipped\n")


def _unknown_labels(declarations: Iterable[Declaration]) -> list[tuple[str, int]]:
    """Labels no field matched, with how many entries carry each, most frequent first."""
    counts: dict[str, int] = {}
    for declaration in declarations:
        for label in {label for label, _ in declaration.entry.unmapped if label}:
            counts[label] = counts.get(label, 0) + 1
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def _report_json(
    rows: list[tuple[Declaration, Path]],
    pages: list[tuple[ProductPage, Path]],
    skipped: set[Path],
    aside: list[tuple[str, SetAside]],
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
        "unknown_labels": [
            {"label": label, "entries": count}
            for label, count in _unknown_labels(d for d, _ in rows)
        ],
        "not_imported": [
            {
                "source": name,
                "line": section.line,
                "heading": section.heading,
                "entries": section.entries,
            }
            for name, section in aside
        ],
        "written": files - len(skipped),
        "skipped": len(skipped),
        "entries": entries,
        "products": products,
    }
    out.write(json_text(report))
    out.write("\n")
