"""``disclosurelint diff BASE [HEAD] [PATH...]``: what a change to the declarations means."""

from __future__ import annotations

import argparse
import importlib
import io
from pathlib import Path
from typing import TextIO

from disclosurelint.commands.options import DEFAULT_ROOT, given
from disclosurelint.errors import UsageError

NAME = "diff"
HELP = "Show what changed in meaning between two revisions of the declarations."

RENDERERS = {
    "text": "disclosurelint.semdiff.text",
    "markdown": "disclosurelint.semdiff.markdown",
    "json": "disclosurelint.semdiff.json",
}

_DESCRIPTION = """\
Compare the declarations at the git revision BASE with those at HEAD (default: the working tree,
with uncommitted and untracked files) and say what changed in meaning, partner by partner: a new
partner or data item, a sensitive item, a widened purpose, a dropped policy link, a new
destination. Partners are matched by `id`, so a moved file is the same partner. Each change is
classed raises-risk, neutral or lowers-risk (docs/diff.md has the table)."""

_EPILOG = """\
HEAD or PATH: the second argument is HEAD when it names a commit and no file or folder of
that name exists; otherwise it is the first PATH.

exit status:
  0  compared (with --fail-on-risk: every risk-raising change comes with a new review)
  1  --fail-on-risk: a partner has a risk-raising change and no new review.last_reviewed or
     review.ticket in the same change
  2  usage error: unknown revision, not inside a git repository, git missing, bad configuration"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from disclosurelint.commands.options import add_config_arguments, add_regime_argument

    parser.description = _DESCRIPTION
    parser.epilog = _EPILOG
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("base", metavar="BASE", help="the revision to compare with (origin/main)")
    parser.add_argument(
        "rest",
        nargs="*",
        metavar="HEAD|PATH",
        help="the revision to compare (default: the working tree), then files or folders "
        f"(default: the configuration's `paths`, else {DEFAULT_ROOT}/)",
    )
    out = parser.add_argument_group("output")
    out.add_argument(
        "-f",
        "--format",
        choices=tuple(RENDERERS),
        default="text",
        help="text (default), markdown (for a pull-request comment) or json",
    )
    out.add_argument(
        "-o", "--output", metavar="FILE", type=given, help="write to FILE, not standard output"
    )
    gate = parser.add_argument_group("gate")
    gate.add_argument(
        "--fail-on-risk",
        action="store_true",
        help="exit 1 when a partner has a risk-raising change without a new "
        "review.last_reviewed or review.ticket in its declaration",
    )
    add_regime_argument(parser.add_argument_group("sensitive data"))
    add_config_arguments(parser)


def split_head(rest: list[str]) -> tuple[str | None, list[str]]:
    """HEAD (None: the working tree) and the paths, from the positional arguments after BASE."""
    if not rest:
        return None, []
    first = rest[0]
    if Path(first).exists() or first.startswith("-"):
        return None, rest
    from disclosurelint.gitutil import resolve_revision

    try:
        resolve_revision(first)
    except UsageError:
        return None, rest  # not a commit (or not a repository, reported next): a path
    return first, rest[1:]


def run(args: argparse.Namespace, out: TextIO) -> int:
    from disclosurelint.commands.options import settings_from_args
    from disclosurelint.semdiff.engine import diff_revisions

    head, paths = split_head(args.rest)
    args.paths = paths
    settings = settings_from_args(args)
    targets = paths or list(settings.paths) or [DEFAULT_ROOT]
    diff = diff_revisions(args.base, head, targets, settings, named=bool(paths))
    render = importlib.import_module(RENDERERS[args.format]).render
    if args.output is None:
        render(diff, out)
    else:
        from disclosurelint.output import write_text

        buffer = io.StringIO()
        render(diff, buffer)
        write_text(args.output, buffer.getvalue())
    return diff.exit_code(args.fail_on_risk)
