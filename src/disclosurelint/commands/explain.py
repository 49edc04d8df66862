"""``disclosurelint explain CODE|NAME``: print a rule's documentation."""

from __future__ import annotations

import argparse
from typing import TextIO

NAME = "explain"
HELP = "Print a rule's documentation: what it checks, why (the article), examples, how to fix."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from disclosurelint.commands.options import add_config_arguments

    parser.add_argument(
        "rule", metavar="CODE|NAME", help="a rule code (DL204) or name (policy-url)"
    )
    add_config_arguments(parser)


def run(args: argparse.Namespace, out: TextIO) -> int:
    from disclosurelint import rules as registry
    from disclosurelint.commands.options import load_rules_of_configuration

    load_rules_of_configuration(args)  # a policy rule is explained like a built-in one
    rule = registry.lookup(args.rule)
    info = registry.info(rule)
    origin = "" if info.origin == "built-in" else f", {info.origin}"
    out.write(f"{info.code} {info.name} ({info.severity.label}{origin})\n\n{info.doc}\n")
    if info.articles:
        out.write("\nArticles: " + "; ".join(info.articles) + "\n")
    return 0
