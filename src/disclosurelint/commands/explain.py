"""``disclosurelint explain CODE|NAME``: print a rule's documentation."""

from __future__ import annotations

import argparse
from typing import TextIO

NAME = "explain"
HELP = "Print a rule's documentation: what it checks, why (the article), examples, how to fix."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "rule", metavar="CODE|NAME", help="a rule code (DL204) or name (policy-url)"
    )


def run(args: argparse.Namespace, out: TextIO) -> int:
    from disclosurelint import rules as registry

    rule = registry.lookup(args.rule)
    info = registry.info(rule)
    out.write(f"{info.code} {info.name} ({info.severity.label})\n\n{info.doc}\n")
    if info.articles:
        out.write("\nArticles: " + "; ".join(info.articles) + "\n")
    return 0
