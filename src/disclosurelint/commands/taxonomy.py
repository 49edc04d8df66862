"""``disclosurelint taxonomy``: the data categories and, per regime, their level and article."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from disclosurelint.taxonomy.records import Category, RegimeStatus

NAME = "taxonomy"
HELP = "list the sensitive-data categories with their level and article per regime"

FORMATS = ("text", "json", "markdown")


def add_taxonomy_arguments(parser: argparse.ArgumentParser, formats: tuple[str, ...]) -> None:
    """``--regime``, ``--format`` and ``--extension``: what ``taxonomy`` and ``classify`` share."""
    parser.add_argument(
        "--regime",
        action="append",
        metavar="LIST",
        help="regimes to show, comma-separated: pipl, gb35273, gdpr, cpra or all"
        " (default: pipl,gb35273)",
    )
    parser.add_argument(
        "--format", default="text", help=f"{formats[0]} (default), {', '.join(formats[1:])}"
    )
    parser.add_argument(
        "--extension",
        metavar="FILE",
        help="a YAML file extending the taxonomy (a configuration with a 'taxonomy:' key,"
        " or the extension itself); default: the configuration that applies",
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_taxonomy_arguments(parser, FORMATS)
    parser.add_argument(
        "--all",
        action="store_true",
        help="list every category, not only those sensitive under the chosen regimes",
    )


def run(args: argparse.Namespace, out: TextIO) -> int:
    from disclosurelint.taxonomy.present import check_choice, load_for_command, parse_regimes

    regimes = parse_regimes(getattr(args, "regime", None))
    fmt = check_choice(getattr(args, "format", None) or "text", FORMATS, "format")
    taxonomy = load_for_command(getattr(args, "extension", None))
    show_all = bool(getattr(args, "all", False))
    categories = [c for c in taxonomy.categories.values() if show_all or c.is_sensitive(regimes)]
    if fmt == "json":
        _json(out, regimes, categories, show_all)
    elif fmt == "markdown":
        from disclosurelint.printable import terminal

        _markdown(terminal(out), regimes, categories)
    else:
        from disclosurelint.printable import terminal

        _text(terminal(out), regimes, categories, show_all, len(taxonomy))
    return 0


def _json(out: TextIO, regimes: tuple[str, ...], categories: list[Category], all_: bool) -> None:
    from disclosurelint.printable import json_text
    from disclosurelint.taxonomy.present import category_json

    document = {
        "regimes": list(regimes),
        "all": all_,
        "categories": [category_json(c, regimes) for c in categories],
    }
    out.write(json_text(document) + "\n")


def _level_words(status: RegimeStatus) -> str:
    return status.level.replace("_", " ")


def _text(
    out: TextIO, regimes: tuple[str, ...], categories: list[Category], all_: bool, total: int
) -> None:
    from disclosurelint.taxonomy.present import flags, regime_name

    names = ", ".join(regime_name(r) for r in regimes)
    if all_:
        out.write(f"All {len(categories)} categories, with their level under {names}\n")
    else:
        out.write(
            f"{len(categories)} of {total} categories are sensitive under {names}"
            " (--all lists every category)\n"
        )
    width = max((len(regime_name(r)) for r in regimes), default=0)
    for category in categories:
        tags = flags(category)
        suffix = f"  [{'; '.join(tags)}]" if tags else ""
        out.write(f"\n{category.id}: {category.label}{suffix}\n")
        for regime in regimes:
            status = category.regimes[regime]
            line = f"  {regime_name(regime):<{width}}  {_level_words(status):<13}  {status.article}"
            if status.qualifier:
                line += f"\n  {'':<{width}}  {'':<13}  ({status.qualifier})"
            out.write(line + "\n")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _markdown(out: TextIO, regimes: tuple[str, ...], categories: list[Category]) -> None:
    from disclosurelint.taxonomy.present import flags, regime_name

    header = ["id", "category", *(regime_name(r) for r in regimes)]
    out.write("| " + " | ".join(header) + " |\n")
    out.write("|" + "---|" * len(header) + "\n")
    for category in categories:
        label = category.label
        tags = flags(category)
        if tags:
            label += f" ({'; '.join(tags)})"
        cells = [f"`{category.id}`", _cell(label)]
        for regime in regimes:
            status = category.regimes[regime]
            cell = f"**{_level_words(status)}**, {status.article}"
            if status.qualifier:
                cell += f": {status.qualifier}"
            cells.append(_cell(cell))
        out.write("| " + " | ".join(cells) + " |\n")
