"""``disclosurelint rules``: list every rule with its code, name, severity and summary."""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from disclosurelint.model import RuleInfo

NAME = "rules"
HELP = "List the rules: code, name, default severity and summary."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from disclosurelint.commands.options import add_config_arguments

    parser.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    parser.add_argument(
        "--lang", metavar="LANG", default="en",
        help="en (default) or zh: each rule's summary in that language (its English where it "
        "has none)",
    )  # fmt: skip
    add_config_arguments(parser)


def run(args: argparse.Namespace, out: TextIO) -> int:
    from disclosurelint import rules as registry
    from disclosurelint.commands.options import load_rules_of_configuration
    from disclosurelint.report.catalogue import language

    lang = language(getattr(args, "lang", None))
    load_rules_of_configuration(args)  # the organisation's policies and plugins are rules too
    infos = [_in(registry.info(r), lang) for r in registry.all_rules()]
    if args.format == "json":
        json.dump(
            [
                {
                    "code": i.code,
                    "name": i.name,
                    "severity": i.severity.label,
                    "summary": i.summary,
                    "articles": list(i.articles),
                    "origin": i.origin,
                }
                for i in infos
            ],
            out,
            ensure_ascii=False,
            indent=2,
        )
        out.write("\n")
    elif args.format == "markdown":
        out.write("| Code | Name | Severity | Summary |\n|---|---|---|---|\n")
        for i in infos:
            out.write(f"| {i.code} | `{i.name}` | {i.severity.label} | {i.summary} |\n")
    else:
        width = max(len(i.name) for i in infos)
        for i in infos:
            out.write(f"{i.code}  {i.name:<{width}}  {i.severity.label:<7}  {i.summary}\n")
    return 0


def _in(info: RuleInfo, lang: str) -> RuleInfo:
    """``info`` with its summary in ``lang`` where the rule has one."""
    text = info.text(lang) if lang != "en" else None
    return replace(info, summary=text.summary) if text is not None else info
