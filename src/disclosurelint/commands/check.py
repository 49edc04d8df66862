"""``disclosurelint check [PATH...]``: lint declarations."""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from disclosurelint.errors import UsageError
from disclosurelint.report import FORMATS

if TYPE_CHECKING:
    from disclosurelint.config import Settings

NAME = "check"
DEFAULT_ROOT = "declarations"
HELP = "Check declaration files and folders (default: declarations/ where it exists, else .)."


def given(value: str) -> str:
    """An option's value, refused when empty: ``--changed-since ''`` must not mean "not given"."""
    if not value.strip():
        raise argparse.ArgumentTypeError("an empty value is not allowed")
    return value


def _split(values: list[str] | None) -> list[str]:
    return [v.strip() for raw in values or [] for v in raw.split(",") if v.strip()]


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


def add_settings_arguments(parser: argparse.ArgumentParser, *, changed_since: bool = True) -> None:
    """The flags that choose rules and configuration; shared by the commands that lint.

    ``changed_since=False`` keeps ``--changed-since`` out of the help of a command that must
    cover every declaration; the command refuses it with its reason.
    """
    sel = parser.add_argument_group("rules (these override the configuration file)")
    sel.add_argument(
        "--select",
        action="append",
        type=given,
        metavar="CODES",
        help="only these rules: codes, names or prefixes (DL2,policy-url)",
    )
    sel.add_argument(
        "--extend-select",
        action="append",
        type=given,
        metavar="CODES",
        help="add rules to the selection",
    )
    sel.add_argument(
        "--ignore", action="append", type=given, metavar="CODES", help="skip these rules"
    )
    add_regime_argument(sel)
    add_config_arguments(parser)
    run = parser.add_argument_group("run")
    run.add_argument(
        "--max-file-size",
        type=int,
        metavar="BYTES",
        help="files larger than this are reported, not read (default 1048576)",
    )
    run.add_argument(
        "--jobs",
        "-j",
        type=int,
        metavar="N",
        help="worker processes (default: one per core; 1 for none)",
    )
    run.add_argument(
        "--context",
        action="append",
        type=given,
        metavar="PATH",
        help="also read these files or folders for repository-wide rules "
        "(a duplicate id), without reporting their own problems (default, when "
        f"files are named: {DEFAULT_ROOT}/ where it exists)",
    )
    run.add_argument(
        "--sdk-manifests",
        action="append",
        metavar="PATHS",
        help="app manifests (build.gradle, Podfile.lock, package.json, ...; files, folders or "
        "globs, comma-separated, repeatable) whose SDKs the declarations must name "
        "(DL601-DL603); added to the configuration's `sdk-manifests`",
    )
    run.add_argument(
        "--changed-since",
        metavar="REV",
        type=given,
        help="check only the declarations under PATH that changed since the git "
        "revision REV (committed, staged, unstaged or untracked); the others are "
        "read as context"
        if changed_since
        else argparse.SUPPRESS,
    )


def add_regime_argument(group: argparse._ActionsContainer) -> None:
    group.add_argument(
        "--regime",
        action="append",
        type=given,
        metavar="REGIMES",
        help="regimes to apply: pipl, gb35273, gdpr, cpra (default pipl,gb35273)",
    )


def add_config_arguments(parser: argparse.ArgumentParser) -> None:
    """``--config`` and ``--isolated``: which configuration file, if any, is read."""
    cfg = parser.add_argument_group("configuration")
    cfg.add_argument(
        "--config",
        metavar="FILE",
        type=given,
        help="read the configuration from FILE (.disclosurelint.yaml or pyproject.toml) "
        "instead of searching upwards from the checked paths",
    )
    cfg.add_argument(
        "--isolated", action="store_true", help="ignore every configuration file; use defaults"
    )


def use_color(option: str, stream: TextIO) -> bool:
    if option != "auto":
        return option == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return bool(getattr(stream, "isatty", lambda: False)())


def default_paths() -> list[str]:
    return [DEFAULT_ROOT] if Path(DEFAULT_ROOT).is_dir() else ["."]


def default_context(paths: list[str]) -> list[str]:
    """Where repository-wide rules look when files are named one by one (as pre-commit does).

    A duplicate id is found only by reading the declarations that were not named, so they are
    read as context: the declaration root, when it exists.
    """
    if any(Path(p).is_file() for p in paths) and Path(DEFAULT_ROOT).is_dir():
        return [DEFAULT_ROOT]
    return []


def default_format(output: str | None) -> str:
    """``github`` inside GitHub Actions when the output goes to the log, else ``text``."""
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" and not output else "text"


def settings_from_args(args: argparse.Namespace) -> Settings:
    """Defaults < the configuration file (found, named, or none with --isolated) < the flags.

    Flags a command does not offer count as not given (``diff`` has no rule selection).
    """
    from disclosurelint import rules as registry
    from disclosurelint.config import CommandLine, load_settings

    select, extend_select, ignore = (
        getattr(args, name, None) for name in ("select", "extend_select", "ignore")
    )
    jobs, max_file_size = getattr(args, "jobs", None), getattr(args, "max_file_size", None)
    if args.config and args.isolated:
        raise UsageError("--config and --isolated cannot be used together")
    if jobs is not None and jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if max_file_size is not None and max_file_size < 1:
        raise UsageError("--max-file-size must be at least 1")
    selectors = _split(select) + _split(extend_select) + _split(ignore)
    registry.expand(selectors)  # an unknown rule on the command line is a usage error, first
    cli = CommandLine(
        select=tuple(_split(select)) if select else None,
        extend_select=tuple(_split(extend_select)),
        ignore=tuple(_split(ignore)),
        fail_on=getattr(args, "fail_on", None),
        regimes=_regimes(args.regime),
        max_file_size=max_file_size,
        sdk_manifests=tuple(_split(getattr(args, "sdk_manifests", None))),
    )
    return load_settings(args.paths, cli, config=args.config, isolated=args.isolated)


def _regimes(values: list[str] | None) -> tuple[str, ...] | None:
    """``--regime``: names separated by commas, or ``all``, read as ``taxonomy`` reads them."""
    if not values:
        return None
    from disclosurelint.taxonomy.present import parse_regimes

    return parse_regimes(_split(values))


def paths_to_check(args: argparse.Namespace, settings: Settings) -> list[str]:
    """The command line's paths, else the configuration's `paths`, else the default.

    App manifests named on the command line (pre-commit passes a changed ``build.gradle``)
    are not declarations: see :func:`named_manifests`.
    """
    if args.paths:
        return [p for p in args.paths if not _is_build_file(p)]
    return list(settings.paths) or default_paths()


def _is_build_file(path: str) -> bool:
    from disclosurelint.sdks.inventory import is_build_file

    return is_build_file(path) and Path(path).is_file()


def _is_manifest(path: str) -> bool:
    from disclosurelint.sdks.inventory import is_manifest

    return is_manifest(path) and Path(path).is_file()


def named_manifests(args: argparse.Namespace) -> list[str] | None:
    """The manifests named on the command line (as shown), or None when none is named."""
    from disclosurelint.discover import display_path

    named = [display_path(Path(p)) for p in args.paths if _is_manifest(p)]
    return named or None


def run(args: argparse.Namespace, out: TextIO) -> int:
    from disclosurelint.api import check_paths
    from disclosurelint.output import write_text
    from disclosurelint.report import ReportOptions, exit_code, get

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
        )
        if file is None:
            get(fmt)(result, out, options)
            continue
        buffer = io.StringIO()
        get(fmt)(result, buffer, options)
        write_text(file, buffer.getvalue())
    return exit_code(result, ReportOptions(fail_on=fail_on, exit_zero=args.exit_zero))


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
