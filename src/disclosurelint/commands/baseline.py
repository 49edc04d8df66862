"""``disclosurelint baseline FILE [PATH...]``: record the problems found now; show only new ones."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

NAME = "baseline"
HELP = (
    "Write the problems found now to FILE; `check --baseline FILE` then shows only new ones "
    "(for adopting the tool on an existing repository)."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from disclosurelint.commands.options import add_settings_arguments

    parser.add_argument("file", metavar="FILE", help="the baseline file to write (JSON)")
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or folders to check (default: the configuration's paths, else declarations/)",
    )
    add_settings_arguments(parser)


def run(args: argparse.Namespace, out: TextIO) -> int:
    from disclosurelint import baseline
    from disclosurelint.api import check_paths
    from disclosurelint.commands.options import paths_to_check, settings_from_args
    from disclosurelint.printable import shown_path

    settings = settings_from_args(args)
    result = check_paths(
        paths_to_check(args, settings), settings, context=args.context or (), jobs=args.jobs
    )
    count = baseline.write(result, Path(args.file))
    waived = (
        f"; {result.waived_count} waived problems are not recorded" if result.waived_count else ""
    )
    entries = "problem" if count == 1 else "problems"
    where = shown_path(args.file)
    out.write(f"Wrote {count} {entries} from {len(result.files)} files to {where}{waived}.\n")
    return 0
