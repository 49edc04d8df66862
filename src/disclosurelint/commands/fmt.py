"""``disclosurelint fmt [PATH...]``: write declarations in the canonical layout."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

NAME = "fmt"
HELP = (
    "Write declarations in one canonical layout (key order, indentation, quoting, folding), "
    "keeping every comment and the data exactly."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or folders (default: the configured paths, else declarations/, else .)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="change nothing; exit 1 when a file is not in the canonical layout",
    )
    parser.add_argument(
        "--diff", action="store_true", help="change nothing; print what would change"
    )
    from disclosurelint.commands.options import add_config_arguments

    add_config_arguments(parser)


def run(args: argparse.Namespace, out: TextIO) -> int:
    from disclosurelint.authoring.files import rewrite_file
    from disclosurelint.authoring.writer import rewrite
    from disclosurelint.commands.options import paths_to_check
    from disclosurelint.config import load_settings
    from disclosurelint.discover import discover, display_path
    from disclosurelint.errors import UsageError

    if args.config and args.isolated:
        raise UsageError("--config and --isolated cannot be used together")
    settings = load_settings(args.paths, config=args.config, isolated=args.isolated)
    paths = paths_to_check(args, settings)
    files = discover(paths, settings.exclude, root=settings.root)
    named = {Path(p).resolve() for p in paths if Path(p).is_file()}

    def how(text: str, shown: str) -> str:
        return rewrite(text, shown, declarations_only=shown not in named_shown)

    named_shown = {display_path(f) for f in files if f.resolve() in named}
    results = [rewrite_file(f, display_path(f), how) for f in files]
    refused = [r for r in results if r.error]
    changed = [r for r in results if r.changed]
    for result in refused:
        sys.stderr.write(f"disclosurelint: error: {result.error}\n")
    for result in changed:
        if args.diff:
            out.write(result.diff())
        elif args.check:
            out.write(f"would reformat {result.shown}\n")
        else:
            result.write()
    verb = "would be reformatted" if args.check or args.diff else "reformatted"
    sys.stderr.write(
        f"{len(changed)} file{'s' if len(changed) != 1 else ''} {verb}, "
        f"{len(results) - len(changed) - len(refused)} left unchanged"
        + (f", {len(refused)} not loadable\n" if refused else "\n")
    )
    if refused:
        return 2
    return 1 if changed and (args.check or args.diff) else 0
