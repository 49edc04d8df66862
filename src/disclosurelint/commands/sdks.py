"""``disclosurelint sdks [PATH...]``: the SDKs the app's manifests declare, and who names them."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from disclosurelint.errors import EXIT_USAGE, UsageError

NAME = "sdks"
HELP = (
    "List the SDKs the app's manifests declare (build.gradle, Podfile.lock, package.json, "
    "pubspec.yaml, oh-package.json5, ...) and the declarations that name them."
)
FORMATS = ("text", "json", "markdown")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from disclosurelint.commands.options import add_config_arguments

    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="manifests or folders to read (default: the configuration's `sdk-manifests`, "
        "else the working folder, searched for every manifest kind)",
    )
    parser.add_argument("-f", "--format", choices=FORMATS, default="text", help="output format")
    parser.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="write to PATH (with --scaffold: the folder for the drafts)",
    )
    parser.add_argument(
        "--declarations",
        action="append",
        metavar="PATH",
        help="declaration files or folders that name SDKs (default: the configuration's "
        "`paths`, else declarations/)",
    )
    parser.add_argument(
        "--unknown",
        action="store_true",
        help="text and Markdown: also list the dependencies the catalogue does not know",
    )
    parser.add_argument(
        "--scaffold",
        action="store_true",
        help="write a draft declaration for each catalogued SDK no declaration names "
        "into the folder given with -o",
    )
    parser.add_argument(
        "--force", action="store_true", help="with --scaffold: overwrite existing drafts"
    )
    add_config_arguments(parser)


def run(args: argparse.Namespace, out: TextIO) -> int:
    from disclosurelint.config import CommandLine, load_settings
    from disclosurelint.discover import discover as discover_declarations
    from disclosurelint.sdks import output
    from disclosurelint.sdks.catalogue import load_catalogue
    from disclosurelint.sdks.declared import declared_by, read_declarations
    from disclosurelint.sdks.inventory import discover, expand_globs, inventory

    if args.config and args.isolated:
        raise UsageError("--config and --isolated cannot be used together")
    if args.scaffold and not args.output:
        raise UsageError("--scaffold needs -o FOLDER, where the drafts are written")
    settings = load_settings(args.paths, CommandLine(), config=args.config, isolated=args.isolated)
    if args.paths:
        manifests = discover(args.paths)
    elif settings.sdk_manifests:
        manifests = discover(expand_globs(settings.sdk_manifests, None))
    else:
        manifests = discover(["."])
    catalogue = load_catalogue(settings.sdk_catalogue, settings.root)
    found = inventory(manifests, catalogue)
    roots = (
        args.declarations
        or list(settings.paths)
        or (["declarations"] if Path("declarations").is_dir() else [])
    )
    files = discover_declarations(roots, settings.exclude, root=settings.root) if roots else []
    declared = declared_by(found, read_declarations(files, settings.max_file_size), catalogue)
    for error in found.errors:
        kind = "warning" if error.partial else "error"
        sys.stderr.write(f"{error.manifest}:{error.line}:{error.column}: {kind}: {error.message}\n")
    if args.scaffold:
        _scaffold(found, declared, Path(args.output), out, force=args.force)
    else:
        stream = out if not args.output else Path(args.output).open("w", encoding="utf-8")  # noqa: SIM115
        try:
            if args.format == "json":
                output.write_json(found, declared, stream)
            elif args.format == "markdown":
                output.write_markdown(found, declared, stream, unknown=args.unknown)
            else:
                output.write_text(found, declared, stream, unknown=args.unknown)
        finally:
            if stream is not out:
                stream.close()
    return EXIT_USAGE if any(not e.partial for e in found.errors) else 0


def _scaffold(
    found: object, declared: dict[str, list[str]], folder: Path, out: TextIO, *, force: bool
) -> None:
    from disclosurelint.sdks.records import Found, Inventory
    from disclosurelint.sdks.scaffold import scaffold
    from disclosurelint.taxonomy import load_taxonomy

    assert isinstance(found, Inventory)
    undeclared: dict[str, list[Found]] = {}
    for item in found.known:
        if item.sdk is not None and not declared.get(item.sdk.id):
            undeclared.setdefault(item.sdk.id, []).append(item)
    written, kept = scaffold(undeclared, folder, load_taxonomy(), force=force)
    for path in written:
        out.write(f"wrote {path.as_posix()}\n")
    for path in kept:
        out.write(f"kept {path.as_posix()} (exists; --force overwrites it)\n")
    if not undeclared:
        out.write("every catalogued SDK in the manifests is declared; nothing to draft\n")
