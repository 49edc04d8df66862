"""``disclosurelint export --format FORMAT [PATH] -o FILE``: the records lawyers keep."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from disclosurelint.commands.options import add_settings_arguments
from disclosurelint.errors import EXIT_OK, UsageError
from disclosurelint.export import BINARY, FORMATS

NAME = "export"
HELP = "export the records lawyers keep: a GDPR Art. 30 record, a PIPL Art. 55 assessment"

_DESCRIPTION = """\
Export what the declarations already say into the records a controller keeps:

  ropa-csv, ropa-xlsx    the record of processing activities (GDPR Art. 30(1)): one row per
                         recipient and purpose; the columns the declarations cannot fill (the
                         controller, the categories of data subjects, the security measures)
                         are left empty and named
  pipia-md, pipia-docx   the personal information protection impact assessment (PIPL Arts.
                         55-56) of every entry that shares sensitive data, goes to another
                         processor or abroad: the three questions of Art. 56 with what the
                         declaration answers, what the reviewer still has to answer, the open
                         problems and the waivers with their reasons

Every export carries the repository, the commit, the date, the tool's and the rule set's
versions and a SHA-256 of the declarations, as the report does. Spreadsheet cells that start
with =, +, - or @ are kept as text, never run as formulas."""

_EPILOG = """\
The same files, configuration and --date give the same bytes.

exit status:
  0  the export was written
  2  usage error, a configuration that cannot be read, or a file that cannot be written"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = _DESCRIPTION
    parser.epilog = _EPILOG
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument(
        "paths", nargs="*", metavar="PATH",
        help="files or folders of declarations (default: as for `check`)",
    )  # fmt: skip
    parser.add_argument("-f", "--format", choices=FORMATS, required=True, help="what to export")
    parser.add_argument(
        "-o", "--output", metavar="FILE", type=Path,
        help="the file to write (required for ropa-xlsx and pipia-docx; the others go to "
        "standard output without it)",
    )  # fmt: skip
    parser.add_argument(
        "--date", metavar="YYYY-MM-DD",
        help="the export's date, also the day waiver expiry is judged on (default: today)",
    )  # fmt: skip
    add_settings_arguments(parser, changed_since=False)


def render(fmt: str, args: argparse.Namespace, date: str) -> tuple[bytes, int]:
    """The export's bytes and how many records (rows or assessments) it holds."""
    from disclosurelint.commands.report import build

    report, sources = build(args, date)
    if fmt.startswith("ropa"):
        from disclosurelint.export.ropa import build_ropa

        ropa = build_ropa(report, sources)
        if fmt == "ropa-csv":
            from disclosurelint.export.csvfile import render_csv

            return render_csv(ropa), len(ropa.rows)
        from disclosurelint.export.xlsx import render_xlsx

        return render_xlsx(ropa), len(ropa.rows)
    from disclosurelint.export.pipia import build_pipia

    pipia = build_pipia(report, sources)
    if fmt == "pipia-md":
        from disclosurelint.export.markdown import render_pipia_markdown

        return render_pipia_markdown(pipia).encode("utf-8"), len(pipia.assessments)
    from disclosurelint.export.docx import render_pipia_docx

    return render_pipia_docx(pipia), len(pipia.assessments)


def _require(fmt: str) -> None:
    """A missing library is a usage error with the install command, before any work."""
    module, package = {
        "ropa-xlsx": ("openpyxl", "openpyxl"),
        "pipia-docx": ("docx", "python-docx"),
    }.get(fmt, (None, None))
    if module is None:
        return
    import importlib.util

    if importlib.util.find_spec(module) is None:
        raise UsageError(f"--format {fmt} needs {package}: pip install {package}")


def run(args: argparse.Namespace, out: TextIO) -> int:
    from disclosurelint.commands.report import report_date

    if args.format in BINARY and args.output is None:
        raise UsageError(f"--format {args.format} writes a binary file: name it with -o FILE")
    _require(args.format)
    content, count = render(args.format, args, report_date(args.date))
    if args.output is None:
        out.write(content.decode("utf-8"))
        return EXIT_OK
    from disclosurelint.output import write_bytes
    from disclosurelint.printable import shown_path

    write_bytes(args.output, content)
    unit = "row" if args.format.startswith("ropa") else "assessment"
    out.write(f"Wrote {shown_path(args.output)}: {count} {unit}{'' if count == 1 else 's'}.\n")
    return EXIT_OK
