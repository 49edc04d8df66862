"""``disclosurelint import``: turn a published sharing list into declaration files.

Reads each FILE (a "third parties we share your data with" page saved as text: labelled blocks
in English or Chinese, a Markdown or pipe table, or headed entries), writes one declaration per
entry to ``DIR/<product>/<id>.yaml`` and says what it could not map. Nothing is invented: a field
the page does not give stays out of the file, and ``disclosurelint check`` reports it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from disclosurelint.errors import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE

if TYPE_CHECKING:
    from disclosurelint.importer import Declaration, ImportedEntry

NAME = "import"
HELP = "turn a published sharing list (text or Markdown table) into declaration files"

_DESCRIPTION = """\
Read each FILE (a "third parties we share your personal data with" page saved as text: labelled
blocks in English or Chinese, a Markdown or pipe table, or headed entries) and write one declaration
per entry to DIR/<product>/<id>.yaml. Nothing is invented: a field the page does not give stays out
of the file, and `disclosurelint check` reports it."""

_EPILOG = """\
exit status:
  0  every declaration was written
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
    print(f"disclosurelint import: {message}", file=sys.stderr)
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
    from disclosurelint.importer import build_declarations, parse_text, slugify
    from disclosurelint.importer.write import write_declarations

    folder_override: str | None = None
    if args.product is not None:
        folder_override = slugify(args.product)
        if not folder_override:
            return _error(f"--product {args.product!r}: needs at least one ASCII letter or digit")

    parsed: list[tuple[str, list[ImportedEntry]]] = []
    for name in args.files:
        text, problem = _read(name)
        if text is None:
            return _error(problem or f"{name}: cannot read")
        entries = parse_text(text)
        if not entries:
            return _error(_known_labels_message(name))
        parsed.append((name, entries))

    taken: set[str] = set()
    declarations: list[Declaration] = []
    for name, entries in parsed:
        folder = folder_override or slugify(Path(name).stem) or "imported"
        declarations += build_declarations(entries, folder=folder, source=name, taken=taken)

    output: Path = args.output
    result = write_declarations(declarations, output, force=args.force)
    skipped = set(result.skipped)
    rows = [(declaration, output / declaration.relative_path) for declaration in declarations]
    if args.format == "json":
        _report_json(rows, skipped, out)
    else:
        _report_text(rows, skipped, out)
    return EXIT_PROBLEMS if skipped else EXIT_OK


def _report_text(rows: list[tuple[Declaration, Path]], skipped: set[Path], out: TextIO) -> None:
    for declaration, path in rows:
        where = f"{declaration.source}:{declaration.entry.line}"
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
    out.write(f"\n{len(rows) - len(skipped)} written, {len(skipped)} skipped\n")


def _report_json(rows: list[tuple[Declaration, Path]], skipped: set[Path], out: TextIO) -> None:
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
    report = {
        "written": len(rows) - len(skipped),
        "skipped": len(skipped),
        "entries": entries,
    }
    json.dump(report, out, ensure_ascii=False, indent=2)
    out.write("\n")
