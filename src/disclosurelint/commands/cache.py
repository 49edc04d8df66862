"""``disclosurelint cache clean|info``: the result cache that ``check`` keeps."""

from __future__ import annotations

import argparse
from typing import TextIO

NAME = "cache"
HELP = "Show where the result cache of `check` is and how large (info), or empty it (clean)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from disclosurelint.commands.options import add_config_arguments, given

    parser.add_argument(
        "action",
        choices=("info", "clean"),
        help="info: the cache folder, its indexes and size; clean: remove every entry",
    )
    parser.add_argument(
        "--cache-dir",
        metavar="DIR",
        type=given,
        help="the cache folder (default: DISCLOSURELINT_CACHE_DIR, else the configuration's "
        "cache-dir, else the user's cache folder)",
    )
    add_config_arguments(parser)


def run(args: argparse.Namespace, out: TextIO) -> int:
    from disclosurelint import cache
    from disclosurelint.config import load_settings
    from disclosurelint.errors import UsageError
    from disclosurelint.printable import shown_path

    if args.config and args.isolated:
        raise UsageError("--config and --isolated cannot be used together")
    settings = load_settings([], config=args.config, isolated=args.isolated)
    folder = cache.resolve_dir(args.cache_dir, settings.cache_dir)
    where = shown_path(str(folder))
    if args.action == "clean":
        removed = cache.clean(folder)
        files = "file" if removed == 1 else "files"
        out.write(f"Removed {removed} cache {files} from {where}.\n")
        return 0
    found = cache.indexes(folder)
    size = sum(p.stat().st_size for p in found if p.exists())
    state = " (turned off by DISCLOSURELINT_NO_CACHE)" if cache.disabled_by_environment() else ""
    out.write(f"Cache folder: {where}{state}\n")
    indexes = "index" if len(found) == 1 else "indexes"
    out.write(
        f"{len(found)} {indexes} (one per configuration and working folder), "
        f"{size / 1024 / 1024:.1f} MiB of {cache.MAX_BYTES // 1024 // 1024} MiB at most\n"
    )
    return 0
