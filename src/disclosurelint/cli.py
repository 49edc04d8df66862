"""Command line: parse arguments, build the objects, run; one place turns errors into exit codes.

Exit codes (identical for every sub-command and output format):

* 0: no unwaived problem at or above the failing severity (``--fail-on``, default ``warning``);
* 1: problems found (or, for other commands, the command's own failure such as a file it would
  not overwrite);
* 2: a usage error, a configuration error, or input the tool cannot read (a missing path).
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import importlib
import os
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import NoReturn, TextIO

from disclosurelint import __version__
from disclosurelint.commands import COMMANDS
from disclosurelint.errors import EXIT_USAGE, DisclosureLintError
from disclosurelint.printable import printable, shown_path

PROG = "disclosurelint"

# The distribution that provides each top-level module disclosurelint imports on demand.
_DISTRIBUTIONS = {
    "yaml": "PyYAML",
    "jsonschema": "jsonschema",
    "ruamel": "ruamel.yaml",
    "jinja2": "Jinja2",
    "tomli": "tomli",
    "openpyxl": "openpyxl",
    "docx": "python-docx",
    "bs4": "beautifulsoup4",
    "json5": "json5",
    "pygls": "pygls",
    "lsprotocol": "lsprotocol",
}


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so that ``main`` returns the exit code."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise _ArgumentError(f"{message} (see `{self.prog} --help`)")


class _ArgumentError(DisclosureLintError):
    pass


def _commands(only: str | None = None) -> dict[str, ModuleType]:
    modules = {}
    for name in COMMANDS:
        if only is not None and name.rstrip("_") != only:
            continue
        module = importlib.import_module(f"disclosurelint.commands.{name}")
        modules[module.NAME] = module
    return modules


def _named_command(args: Sequence[str]) -> str | None:
    """The sub-command ``args`` name, when they name one before any option: then only that
    command's parser is built (a check does not import the other commands); ``""`` for
    ``--version``, which needs none."""
    first = args[0] if args else ""
    if first == "--version":
        return ""
    return first if first in {name.rstrip("_") for name in COMMANDS} else None


def build_parser(only: str | None = None) -> tuple[argparse.ArgumentParser, dict[str, ModuleType]]:
    """The parser of every sub-command, or with ``only`` of that one alone (it parses that
    command's arguments exactly as the whole parser does)."""
    parser = _Parser(
        prog=PROG,
        description="Lint third-party data-sharing declarations (PIPL, GB/T 35273, GDPR, CPRA).",
        epilog="Exit codes: 0 no problems at the failing severity, 1 problems found, "
        "2 usage, configuration or unreadable input. `disclosurelint COMMAND --help` for more.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands = _commands(only)
    for name, module in commands.items():
        child = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(child)
    return parser, commands


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the command line; returns the exit code (never calls ``sys.exit``)."""
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        parser, commands = build_parser(_named_command(args_list))
        if not args_list:
            parser.print_help(out)
            return EXIT_USAGE
        try:
            args = parser.parse_args(args_list)
        except SystemExit as exc:  # --help and --version exit 0 through argparse
            return int(exc.code or 0)
        if args.command is None:
            parser.print_help(out)
            return EXIT_USAGE
        result: int = commands[args.command].run(args, out)
        return result
    except DisclosureLintError as exc:
        for line in exc.lines():
            err.write(f"{PROG}: error: {printable(line)}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        err.write(f"{PROG}: interrupted\n")
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a path the system refuses (too long, unreadable, not a folder)
        err.write(f"{PROG}: error: {os_error(exc)}\n")
        return EXIT_USAGE
    except ImportError as exc:  # a dependency missing or broken in this environment
        err.write(f"{PROG}: error: {missing_module(exc)}\n")
        return EXIT_USAGE
    except Exception as exc:  # the one place an unexpected error becomes a message
        if os.environ.get("DISCLOSURELINT_DEBUG"):
            raise
        err.write(
            f"{PROG}: internal error: {type(exc).__name__}: {printable(str(exc))}\n"
            f"{PROG}: this is a bug; please report it with the command you ran and the file "
            "involved (set DISCLOSURELINT_DEBUG=1 for the traceback)\n"
        )
        return EXIT_USAGE


def os_error(exc: OSError) -> str:
    """``FILE: reason`` for an operating-system error, the file name cut to a readable length."""
    reason = exc.strerror or str(exc)
    if exc.filename is None:
        return printable(reason)
    return f"{shown_path(os.fsdecode(exc.filename))}: {printable(reason)}"


def missing_module(exc: ImportError) -> str:
    """What to do when a module disclosurelint needs cannot be imported: one line, no traceback."""
    module = (exc.name or "").partition(".")[0]
    distribution = _DISTRIBUTIONS.get(module)
    if distribution is None:
        return f"cannot import {exc.name or 'a module'}: {printable(str(exc))}"
    return (
        f"this command needs the Python package {distribution}, which cannot be imported here "
        f"({printable(str(exc))}); it is a dependency of disclosurelint: reinstall with "
        f"`pip install --force-reinstall disclosurelint` or `pip install '{distribution}'`"
    )


def console_main() -> None:
    code = main()
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # output piped into `head`: not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    leave(code)


def leave(code: int) -> NoReturn:
    """End the process with ``code`` once the exit handlers have run, without the interpreter
    freeing every object one by one: after a run over many files that teardown costs more than
    writing the results (as mypy's ``hard_exit`` does). Every file this program writes is closed
    by then and its standard streams are flushed here; a process with another thread still
    running (a server) exits the ordinary way."""
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        raise SystemExit(code)
    atexit._run_exitfuncs()  # temporary folders, worker pools: what `exit` would run
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)
