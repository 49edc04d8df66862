"""The options several commands share: rule selection, regimes, configuration, defaults.

``check``, ``baseline``, ``report``, ``diff`` and ``test`` build their parsers and settings from
here, so that a flag means the same everywhere.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from disclosurelint.errors import UsageError

if TYPE_CHECKING:
    from disclosurelint.config import Settings

DEFAULT_ROOT = "declarations"


def given(value: str) -> str:
    """An option's value, refused when empty: ``--changed-since ''`` must not mean "not given"."""
    if not value.strip():
        raise argparse.ArgumentTypeError("an empty value is not allowed")
    return value


def split_codes(values: list[str] | None) -> list[str]:
    return [v.strip() for raw in values or [] for v in raw.split(",") if v.strip()]


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
        help="processes sharing the work, this one included (default: one per 500 files, up "
        "to the cores; 1: this process alone)",
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


def settings_from_args(args: argparse.Namespace, *, paths: list[str] | None = None) -> Settings:
    """Defaults < the configuration file (found, named, or none with --isolated) < the flags.

    Flags a command does not offer count as not given (``diff`` has no rule selection).
    """
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
    cli = CommandLine(
        select=tuple(split_codes(select)) if select else None,
        extend_select=tuple(split_codes(extend_select)),
        ignore=tuple(split_codes(ignore)),
        fail_on=getattr(args, "fail_on", None),
        regimes=_regimes(args.regime),
        max_file_size=max_file_size,
        sdk_manifests=tuple(split_codes(getattr(args, "sdk_manifests", None))),
    )
    # the configuration is searched for from `paths` (default: the command's PATH arguments);
    # an unknown rule on the command line is a usage error once the configuration's policies
    # and plugins are known (their codes are selectors too)
    where = args.paths if paths is None else paths
    return load_settings(where, cli, config=args.config, isolated=args.isolated)


def _regimes(values: list[str] | None) -> tuple[str, ...] | None:
    """``--regime``: names separated by commas, or ``all``, read as ``taxonomy`` reads them."""
    if not values:
        return None
    from disclosurelint.taxonomy.present import parse_regimes

    return parse_regimes(split_codes(values))


def paths_to_check(args: argparse.Namespace, settings: Settings) -> list[str]:
    """The command line's paths, else the configuration's `paths`, else the default.

    App manifests named on the command line (pre-commit passes a changed ``build.gradle``)
    are not declarations: see :func:`named_manifests`.
    """
    if args.paths:
        return [p for p in args.paths if not _is_build_file(p)]
    return list(settings.paths) or default_paths()


def _is_build_file(path: str) -> bool:
    from disclosurelint.manifest_names import is_build_file

    return is_build_file(path) and Path(path).is_file()


def _is_manifest(path: str) -> bool:
    from disclosurelint.manifest_names import is_manifest

    return is_manifest(path) and Path(path).is_file()


def named_manifests(args: argparse.Namespace) -> list[str] | None:
    """The manifests named on the command line (as shown), or None when none is named."""
    from disclosurelint.discover import display_path

    named = [display_path(Path(p)) for p in args.paths if _is_manifest(p)]
    return named or None


def load_rules_of_configuration(args: argparse.Namespace) -> None:
    """Read the configuration (``--config``/``--isolated``) so that its policies and plugins
    are known to the registry, for the commands that describe rules."""
    from disclosurelint.config import load_settings

    if args.config and args.isolated:
        raise UsageError("--config and --isolated cannot be used together")
    load_settings([], config=args.config, isolated=args.isolated)
