"""``disclosurelint classify TEXT...``: which categories a data item falls in, and why it is or
is not sensitive under each enabled regime.

Meant for declaration authors: try the words of a published list before writing them down, and
see the article a justification will have to answer.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TextIO

from disclosurelint.commands.taxonomy import add_taxonomy_arguments

if TYPE_CHECKING:
    from disclosurelint.taxonomy.records import Classification, RegimeStatus, Taxonomy

NAME = "classify"
HELP = "show the data categories of an item's text and why each is or is not sensitive"

FORMATS = ("text", "json")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("texts", nargs="+", metavar="TEXT", help="data item text, e.g. '身份证号'")
    add_taxonomy_arguments(parser, FORMATS)
    parser.add_argument(
        "--explain",
        action="store_true",
        help="show how the item was read: which words decided (head, qualifiers, notes) and why,"
        " and the item's level under each regime",
    )


def run(args: argparse.Namespace, out: TextIO) -> int:
    from disclosurelint.taxonomy.present import (
        OptionError,
        check_choice,
        load_for_command,
        parse_regimes,
    )

    texts = getattr(args, "texts", None) or []
    if isinstance(texts, str):
        texts = [texts]
    regimes = parse_regimes(getattr(args, "regime", None))
    fmt = check_choice(getattr(args, "format", None) or "text", FORMATS, "format")
    if not texts:
        raise OptionError("give at least one data item text to classify")
    taxonomy = load_for_command(getattr(args, "extension", None))
    results = [taxonomy.classify(text) for text in texts]
    if fmt == "json":
        from disclosurelint.printable import json_text

        document = {
            "regimes": list(regimes),
            "items": [_item_json(taxonomy, r, regimes) for r in results],
        }
        out.write(json_text(document) + "\n")
    else:
        from disclosurelint.printable import terminal

        out = terminal(out)
        for n, result in enumerate(results):
            if n:
                out.write("\n")
            _text(out, taxonomy, result, regimes, explain=bool(getattr(args, "explain", False)))
    return 0


def _matched(result: Classification, category_id: str) -> list[tuple[str, str]]:
    """(text as written, taxonomy phrase) for each place the category matched."""
    return [
        (result.text[m.start : m.end], m.phrase)
        for m in result.matches
        if m.category == category_id
    ]


def _item_json(taxonomy: Taxonomy, result: Classification, regimes: tuple[str, ...]) -> Any:
    from disclosurelint.taxonomy.present import status_json

    categories = []
    for cid in result.categories:
        category = taxonomy.categories[cid]
        categories.append(
            {
                "id": cid,
                "label": category.label,
                "sensitive": any(result.status(category, r).is_sensitive for r in regimes),
                "minors": category.minors,
                "gdpr_special": category.gdpr_special,
                "gdpr_article_10": category.gdpr_article_10,
                "matches": [
                    {
                        "text": result.text[m.start : m.end],
                        "phrase": m.phrase,
                        "start": m.start,
                        "end": m.end,
                    }
                    for m in result.matches
                    if m.category == cid
                ],
                "regimes": {r: status_json(result.status(category, r)) for r in regimes},
            }
        )
    return {
        "text": result.text,
        "negated": result.negated,
        "unknown": result.unknown,
        "sensitive": any(c["sensitive"] for c in categories),
        "levels": {r: result.level(taxonomy, r) for r in regimes},
        "categories": categories,
        "decisions": [
            {"rule": d.rule, "words": d.words, "effect": d.effect, "reason": d.reason}
            for d in result.decisions
        ],
    }


def _why(status: RegimeStatus, regime: str) -> str:
    from disclosurelint.taxonomy.present import regime_name

    name = regime_name(regime)
    if status.level == "sensitive":
        text = f"{name}: sensitive ({status.article})"
    elif status.level == "qualified":
        text = f"{name}: sensitive only under a condition ({status.article})"
    else:
        text = f"{name}: not sensitive ({status.article})"
    return f"{text}: {status.qualifier}" if status.qualifier else text


def _text(
    out: TextIO,
    taxonomy: Taxonomy,
    result: Classification,
    regimes: tuple[str, ...],
    *,
    explain: bool = False,
) -> None:
    from disclosurelint.taxonomy.present import flags, regime_name

    out.write(f"{result.text!r}\n")
    if result.negated:
        out.write(
            "  negated: the text says the data is not involved, so no category applies"
            " to the negated part\n"
        )
    if explain and result.decisions:
        out.write("  read as:\n")
        for d in result.decisions:
            out.write(f"    {d.rule}: {d.words!r}: {d.effect} ({d.reason})\n")
    if not result.matches:
        if not result.negated:
            out.write(
                "  no category matched: give the item a 'category:' in the declaration, or add"
                " a phrase to the taxonomy extension\n"
            )
        return
    needs: list[str] = []
    for cid in result.categories:
        category = taxonomy.categories[cid]
        found = ", ".join(
            f"{written!r}" + (f" (as {phrase!r})" if written.casefold() != phrase else "")
            for written, phrase in _matched(result, cid)
        )
        tags = flags(category)
        suffix = f" [{'; '.join(tags)}]" if tags else ""
        out.write(f"  {cid}: {category.label}{suffix}, matched {found}\n")
        for regime in regimes:
            out.write(f"    {_why(result.status(category, regime), regime)}\n")
        needs.extend(r for r in regimes if result.status(category, r).is_sensitive)
    if explain:
        for regime in regimes:
            statuses = result.statuses(taxonomy, (regime,))
            if statuses:
                # The most severe category decides, whatever the order of the words.
                category, status = max(statuses, key=lambda cs: cs[1].level == "sensitive")
                out.write(
                    f"  {regime_name(regime)}: the item is {status.level.replace('_', ' ')},"
                    f" decided by {category.id} ({status.article})\n"
                )
            else:
                out.write(f"  {regime_name(regime)}: the item is not sensitive\n")
    if needs:
        names = ", ".join(regime_name(r) for r in dict.fromkeys(needs))
        out.write(f"  => sensitive: needs a justification (necessity and impact) under {names}\n")
    else:
        names = ", ".join(regime_name(r) for r in regimes)
        out.write(f"  => not sensitive under {names}\n")
