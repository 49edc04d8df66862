"""``disclosurelint explain CODE|NAME``: print a rule's documentation."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from disclosurelint.rules.base import RuleDescription

NAME = "explain"
HELP = "Print a rule's documentation: what it checks, why (the article), examples, how to fix."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from disclosurelint.commands.options import add_config_arguments

    parser.add_argument(
        "rule", metavar="CODE|NAME", help="a rule code (DL204) or name (policy-url)"
    )
    parser.add_argument(
        "--lang", metavar="LANG", default="en",
        help="en (default) or zh: the rule's documentation in that language",
    )  # fmt: skip
    add_config_arguments(parser)


def run(args: argparse.Namespace, out: TextIO) -> int:
    from disclosurelint import rules as registry
    from disclosurelint.commands.options import load_rules_of_configuration
    from disclosurelint.report.catalogue import language

    lang = language(getattr(args, "lang", None))
    load_rules_of_configuration(args)  # a policy rule is explained like a built-in one
    rule = registry.lookup(args.rule)
    info = registry.info(rule)
    if lang != "en":
        out.write(translated(registry.describe(rule), lang))
        return 0
    origin = "" if info.origin == "built-in" else f", {info.origin}"
    out.write(f"{info.code} {info.name} ({info.severity.label}{origin})\n\n{info.doc}\n")
    if info.articles:
        out.write("\nArticles: " + "; ".join(info.articles) + "\n")
    return 0


def translated(rule: RuleDescription, lang: str) -> str:
    """The rule's documentation in ``lang``, laid out as its English docstring is, with its
    examples; a rule without one gives its English, saying so first."""
    from disclosurelint.report.build import article_words
    from disclosurelint.report.catalogue import Words

    w = Words(lang)
    severity = w(f"severity.{rule.severity.label}")
    text = rule.texts.get(lang)
    if text is None:
        head = w("explain.untranslated", code=rule.code, name=rule.name, severity=severity)
        return f"{head}\n\n{w('rules.untranslated', text='')}\n\n{rule.doc}\n"
    title = (
        w("explain.heading", code=rule.code, title=text.name, name=rule.name, severity=severity)
        if text.name != rule.name
        else w("explain.untranslated", code=rule.code, name=rule.name, severity=severity)
    )
    parts = [title, text.summary]
    parts += [f"## {w('rules.checks')}", text.checks, f"## {w('rules.why')}", text.why]
    for example in rule.examples:
        title = w("explain.failing" if example.fails else "explain.passing")
        parts += [f"## {title}", f"```yaml\n{example.yaml}\n```"]
    parts += [f"## {w('problem.fix')}", text.fix]
    if rule.articles:
        articles = w.join([article_words(a, w) for a in rule.articles], "list.semicolon")
        parts.append(w("rules.articles_md", articles=articles))
    return "\n\n".join(parts) + "\n"
