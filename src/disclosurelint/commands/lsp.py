"""``disclosurelint lsp``: the language server, over standard input and output."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TextIO

NAME = "lsp"
HELP = "Run the language server on standard input and output (for editors; see docs/editors.md)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--debounce",
        type=float,
        default=None,
        metavar="SECONDS",
        help="wait this long after the last change before checking again (default 0.05)",
    )


def run(args: argparse.Namespace, out: TextIO) -> int:
    from disclosurelint.errors import UsageError
    from disclosurelint.lsp.server import DEBOUNCE_SECONDS, serve

    debounce = DEBOUNCE_SECONDS if args.debounce is None else args.debounce
    if debounce < 0:
        raise UsageError("--debounce must be 0 or more")
    serve(debounce)
    # the server closed standard output when the client said exit: nothing more is written
    sys.stdout = Path(os.devnull).open("w")  # noqa: SIM115 - lives until the process ends
    return 0
