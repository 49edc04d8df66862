"""``disclosurelint config``: which configuration file applies, what it resolves to, its schema."""

from __future__ import annotations

import argparse
from typing import TextIO

from disclosurelint.printable import json_text

NAME = "config"
HELP = "Show the configuration file that applies and the settings it resolves to, or its schema."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="search for the configuration from here"
    )
    parser.add_argument(
        "--schema", action="store_true", help="print the configuration's JSON Schema"
    )
    parser.add_argument("--config", metavar="FILE", help="read this configuration file")
    parser.add_argument("--isolated", action="store_true", help="ignore configuration files")


def run(args: argparse.Namespace, out: TextIO) -> int:
    from disclosurelint.config import load_settings
    from disclosurelint.errors import UsageError

    if args.schema:
        from disclosurelint.config_file import config_schema

        out.write(json_text(config_schema()))
        out.write("\n")
        return 0
    if args.config and args.isolated:
        raise UsageError("--config and --isolated cannot be used together")
    settings = load_settings(args.paths, config=args.config, isolated=args.isolated)
    shown = {
        "file": settings.source,
        "paths": list(settings.paths),
        "exclude": list(settings.exclude),
        "rules": sorted(settings.select) if settings.select is not None else "all",
        "severity": {code: level.label for code, level in sorted(settings.severities.items())},
        "options": {code: dict(opts) for code, opts in sorted(settings.options.items())},
        "per-path": [
            {
                "files": list(o.files),
                "rules": dict(sorted(o.rules.items())),
                "severity": {c: s.label for c, s in sorted(o.severities.items())},
            }
            for o in settings.per_path
        ],
        "regimes": list(settings.regimes),
        "home-country": settings.home_country,
        "fail-on": settings.fail_on.label,
        "max-file-size": settings.max_file_size,
        "sdk-manifests": list(settings.sdk_manifests),
        "sdk-catalogue": settings.sdk_catalogue,
        "waivers": {
            "require-approver": settings.waivers.require_approver,
            "max-days": settings.waivers.max_days,
            "file": settings.waivers.file,
        },
    }
    out.write(json_text(shown))
    out.write("\n")
    return 0
