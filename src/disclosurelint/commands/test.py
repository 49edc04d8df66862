"""``disclosurelint test [PATH...]``: run the tests written in policy files."""

from __future__ import annotations

import argparse
from typing import TextIO

from disclosurelint.errors import UsageError

NAME = "test"
HELP = (
    "Run the tests of policy files (default: the configuration's `policies` and the policy "
    "packs its `plugins` name); exit 1 when a case fails."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from disclosurelint.commands.options import add_config_arguments, add_regime_argument

    parser.add_argument("paths", nargs="*", metavar="PATH", help="policy files or folders")
    parser.add_argument(
        "-f", "--format", choices=("text", "junit"), default="text", help="output format"
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write the output to FILE")
    add_regime_argument(parser)
    add_config_arguments(parser)


def run(args: argparse.Namespace, out: TextIO) -> int:
    from pathlib import Path

    from disclosurelint.commands.options import settings_from_args
    from disclosurelint.policy.testing import describe_failure, junit, run_tests

    settings = settings_from_args(args, paths=[])
    paths = list(args.paths) or [*settings.policies, *_pack_paths(settings.plugins)]
    if not paths:
        raise UsageError(
            "no policy file named, and the configuration lists no `policies` and no policy "
            "pack under `plugins`"
        )
    result = run_tests(paths, settings)
    if args.format == "junit":
        text = junit(result)
    else:
        lines = []
        for case in result.cases:
            status = "ok  " if case.passed else "FAIL"
            lines.append(f"{status} {case.file}: {case.code} {case.case.name}")
            if not case.passed:
                lines += ["     " + line for line in describe_failure(case).splitlines()]
        for file, code, name in result.untested:
            lines.append(f"warning: {file}: {code} {name} has no test")
        failed = len(result.failed)
        cases = "case" if len(result.cases) == 1 else "cases"
        files = "file" if len(result.files) == 1 else "files"
        lines.append(
            f"{len(result.cases)} {cases} in {len(result.files)} policy {files}: "
            f"{len(result.cases) - failed} passed, {failed} failed"
            + (f"; {len(result.untested)} rules without a test" if result.untested else "")
        )
        text = "\n".join(lines) + "\n"
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        out.write(text)
    return 1 if result.failed else 0


def _pack_paths(plugins: tuple[str, ...]) -> list[str]:
    """The policy files and folders of the policy packs the configuration names."""
    if not plugins:
        return []
    from disclosurelint.plugins import pack_paths

    return pack_paths(plugins)
