"""``disclosurelint check [PATH...]``: lint declarations."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from disclosurelint.commands.options import (
    DEFAULT_ROOT,
    add_settings_arguments,
    default_context,
    default_format,
    given,
    named_manifests,
    paths_to_check,
    settings_from_args,
    use_color,
)
from disclosurelint.errors import UsageError
from disclosurelint.formats import FORMATS

if TYPE_CHECKING:
    from disclosurelint.config import Settings

NAME = "check"
HELP = "Check declaration files and folders (default: declarations/ where it exists, else .)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or folders to check; folders are searched for *.yaml/*.yml (any case)",
    )
    out = parser.add_argument_group("output")
    out.add_argument(
        "-f",
        "--format",
        action="append",
        type=given,
        metavar="FORMAT[:FILE]",
        help=f"output format, repeatable: {', '.join(FORMATS)}; FORMAT:FILE "
        "writes that format to FILE (e.g. -f text -f sarif:results.sarif); default "
        "text, or github when GITHUB_ACTIONS=true and no -f or -o is given",
    )
    out.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=given,
        help="write the output to FILE instead of standard output",
    )
    out.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the text output (auto: on a terminal, unless NO_COLOR is set; "
        "FORCE_COLOR forces it)",
    )
    out.add_argument(
        "--no-source", action="store_true", help="do not show the source lines under each problem"
    )
    out.add_argument("--statistics", action="store_true", help="print counts per rule")
    out.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="text: show only problems that fail the gate, and the summary",
    )
    add_settings_arguments(parser)
    fix = parser.add_argument_group("fixes")
    fix.add_argument(
        "--fix",
        action="store_true",
        help="apply the fixes that cannot change what a declaration says, then check",
    )
    fix.add_argument(
        "--unsafe-fixes",
        action="store_true",
        help="with --fix or --diff: also fixes that could change meaning (http:// to https://)",
    )
    fix.add_argument(
        "--diff",
        action="store_true",
        help="print the fixes as a diff instead of writing them; exit 1 when there are any",
    )
    add_cache_arguments(parser, "check every file again; neither read nor write the result cache")
    gate = parser.add_argument_group("gate")
    gate.add_argument(
        "--fail-on",
        choices=("error", "warning", "info"),
        help="lowest severity that fails the run (default: warning, or the configuration's)",
    )
    gate.add_argument(
        "--exit-zero",
        action="store_true",
        help="exit 0 even when problems are found (2 still means a usage error)",
    )
    gate.add_argument(
        "--baseline",
        metavar="FILE",
        type=given,
        help="leave out the problems recorded in FILE by `disclosurelint baseline`",
    )


def add_cache_arguments(parser: argparse.ArgumentParser, no_cache: str) -> None:
    """``--no-cache`` (``no_cache``: what it does for this command) and ``--cache-dir``."""
    kept = parser.add_argument_group("cache")
    kept.add_argument(
        "--no-cache", action="store_true", help=f"{no_cache} (also DISCLOSURELINT_NO_CACHE=1)"
    )
    kept.add_argument(
        "--cache-dir",
        metavar="DIR",
        type=given,
        help="where the result cache is kept (default: DISCLOSURELINT_CACHE_DIR, else the "
        "configuration's cache-dir, else the user's cache folder)",
    )


def run(args: argparse.Namespace, out: TextIO) -> int:
    from disclosurelint.api import check_paths
    from disclosurelint.formats import ReportOptions, exit_code, get
    from disclosurelint.output import writing

    settings = settings_from_args(args)
    fail_on = settings.fail_on
    targets = _targets(args)
    for fmt, _ in targets:
        get(fmt)  # an unknown format is a usage error before any work
    paths = paths_to_check(args, settings)
    manifests = named_manifests(args)
    context = args.context or default_context(paths or list(args.paths))
    if args.changed_since:
        context = args.context or paths
        paths = _changed(args.changed_since, paths, settings)
    if args.fix or args.diff:
        from disclosurelint.authoring.fixing import run_fixes

        fixed = run_fixes(paths, settings, out, unsafe=args.unsafe_fixes, diff=args.diff)
        if args.diff:
            return 1 if fixed.files else 0
    elif args.unsafe_fixes:
        raise UsageError("--unsafe-fixes needs --fix or --diff")
    result = check_paths(
        paths,
        settings,
        context=context,
        jobs=args.jobs,
        baseline=args.baseline,
        report_manifests=manifests,
        cache_dir=cache_folder(args, settings),
    )
    if result.files and not args.paths and not settings.paths and paths == ["."]:
        sys.stderr.write(
            f"disclosurelint: note: no {DEFAULT_ROOT}/ folder here, so every YAML file under . is "
            f"checked as a declaration; name the folder to check, or set `paths:` in "
            ".disclosurelint.yaml\n"
        )
    if not result.files and not args.changed_since and not manifests:
        # Like ruff: not an error, but a gate that checked nothing should say so.
        from disclosurelint.printable import shown_path

        where = ", ".join(shown_path(p) for p in paths)
        sys.stderr.write(f"disclosurelint: warning: no declaration files found under {where}\n")
    for fmt, file in targets:
        options = ReportOptions(
            color=fmt == "text" and file is None and use_color(args.color, out),
            fail_on=fail_on,
            show_source=not args.no_source,
            statistics=args.statistics,
            quiet=args.quiet,
            exit_zero=args.exit_zero,
            help_base=settings.rule_docs_url,
        )
        if file is None:
            get(fmt)(result, out, options)
            continue
        with writing(file) as handle:  # as it is made: a large run's output is never whole
            get(fmt)(result, handle, options)
    return exit_code(result, ReportOptions(fail_on=fail_on, exit_zero=args.exit_zero))


def cache_folder(args: argparse.Namespace, settings: Settings) -> Path | None:
    """The result cache's folder, or None with ``--no-cache`` / ``DISCLOSURELINT_NO_CACHE``."""
    from disclosurelint import cache

    if args.no_cache or cache.disabled_by_environment():
        return None
    return cache.resolve_dir(args.cache_dir, settings.cache_dir)


def _changed(rev: str, roots: list[str], settings: Settings) -> list[str]:
    """The declarations under ``roots`` that differ from ``rev`` or are new."""
    from disclosurelint.discover import discover
    from disclosurelint.gitutil import changed_files

    changed = changed_files(rev)
    return [
        str(f)
        for f in discover(roots, settings.exclude, root=settings.root)
        if f.resolve() in changed
    ]


def _targets(args: argparse.Namespace) -> list[tuple[str, str | None]]:
    specs = args.format or [default_format(args.output)]
    targets: list[tuple[str, str | None]] = []
    for spec in specs:
        fmt, _, file = spec.partition(":")
        targets.append((fmt.strip(), file or None))
    if args.output:
        unnamed = [fmt for fmt, file in targets if not file]
        if len(unnamed) > 1:
            raise UsageError(
                f"-o {args.output} would receive {' and '.join(unnamed)}, each overwriting the "
                "other; give all but one a file of its own (FORMAT:FILE)"
            )
        targets = [(fmt, file or args.output) for fmt, file in targets]
    if sum(1 for _, f in targets if f is None) > 1:
        raise UsageError(
            "only one format can go to standard output; give the others a file (FORMAT:FILE)"
        )
    return targets
