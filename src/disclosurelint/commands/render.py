"""``disclosurelint render [PATH]``: write a product's public sharing page from its declarations."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from disclosurelint.commands.options import default_paths
from disclosurelint.errors import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError
from disclosurelint.printable import printable

NAME = "render"
HELP = "write the public 'Information Shared with Third Parties' page from a product's declarations"

_DESCRIPTION = """\
Write the public "Information Shared with Third Parties" page of one product from its
declarations: the title and introduction from the folder's _product.yaml, then one entry per
declaration with its seven labelled parts (Company, Product/Mode, Collected information, Purpose,
Scenario, Sharing mode, Personal data handling rules of the third party). Published words kept
under `wording:` are printed verbatim; everything else is generated from the structured fields."""

_EPILOG = """\
order of entries:
  the ids in _product.yaml's `order` list first, then the others by --order
  (file: file name, id, recipient: the Company text, product: the Product/Mode text)

exit status:
  0  the page was written from every declaration
  1  the page was written, with warnings on standard error: a file could not be read (left
     off the page), a declaration has schema problems (rendered as far as it could be read),
     or `order` names an id no declaration of the folder has
  2  usage error, a _product.yaml with problems (listed as file:line:col), or Jinja2 missing
     for --format html"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = _DESCRIPTION
    parser.epilog = _EPILOG
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument(
        "path",
        nargs="?",
        metavar="PATH",
        help="a product folder, e.g. declarations/welink, or one declaration to preview "
        "(default: declarations/ where it exists, else .)",
    )
    parser.add_argument(
        "-f", "--format", choices=("text", "markdown", "html"), default="text",
        help="page format (default: text; html needs Jinja2, from the `report` extra)",
    )  # fmt: skip
    parser.add_argument(
        "--lang", choices=("en", "zh"), default="en",
        help="labels and generated words in English or Chinese (default: en); the page uses "
        "_product.yaml's title_zh and introduction_zh for zh when it has them",
    )  # fmt: skip
    parser.add_argument(
        "--order", choices=("file", "id", "recipient", "product"), default="file",
        help="order of the entries that _product.yaml's `order` does not list (default: file)",
    )  # fmt: skip
    parser.add_argument(
        "-o", "--output", metavar="FILE", type=Path,
        help="write the page to FILE instead of standard output",
    )  # fmt: skip


def run(args: argparse.Namespace, out: TextIO) -> int:
    from disclosurelint.render import render
    from disclosurelint.render.collect import build_page
    from disclosurelint.render.product import ProductError

    if args.format == "html":
        from disclosurelint.templating import require_jinja2

        require_jinja2()  # before any work: a missing extra is a usage error
    path = args.path or default_paths()[0]
    if not Path(path).exists():
        raise UsageError(f"{path}: no such file or folder")
    try:
        page, notices = build_page(path, args.lang, args.order)
    except ProductError as exc:
        for problem in exc.problems:
            print(printable(str(problem)), file=sys.stderr)
        print(
            "disclosurelint render: the product file has problems; nothing was written",
            file=sys.stderr,
        )
        return EXIT_USAGE
    text = render(page, args.format)
    for notice in notices:
        print(printable(str(notice)), file=sys.stderr)
    if args.output is None:
        out.write(text)
    else:
        from disclosurelint.output import write_text

        write_text(args.output, text)
    return EXIT_PROBLEMS if notices else EXIT_OK
