"""``disclosurelint new``: write a new declaration from flags, or by asking on a terminal."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any, TextIO

NAME = "new"
HELP = (
    "Write a new declaration from flags or, on a terminal, by asking; "
    "data items get the categories the taxonomy suggests."
)
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", nargs="?", help="the entry's id (also the file name)")
    parser.add_argument(
        "--dir",
        default="declarations",
        metavar="FOLDER",
        help="the product folder to write ID.yaml in (default declarations)",
    )
    parser.add_argument("--recipient", metavar="NAME", help="the recipient's legal name")
    parser.add_argument(
        "--relationship",
        metavar="KIND",
        help="how the recipient relates to you: third_party (default), entrusted_processor, "
        "enterprise_customer, device_service, joint_controller",
    )
    parser.add_argument("--contact", help="how to reach the recipient (email, URL or address)")
    parser.add_argument("--country", metavar="CODE", help="ISO code of where it processes")
    parser.add_argument("--product", help="the recipient's product, SDK or mode")
    parser.add_argument(
        "--item",
        action="append",
        metavar="WORDS[=CATEGORY]",
        help="a data item as published, repeatable; the category is suggested when not given",
    )
    parser.add_argument("--purpose", help="why the recipient receives the data")
    parser.add_argument("--scenario", help="when the data is shared")
    parser.add_argument(
        "--processing-method", metavar="TEXT", help="how the recipient processes the data"
    )
    parser.add_argument(
        "--mode", action="append", metavar="MODE", help="a sharing mode id, repeatable"
    )
    parser.add_argument("--policy-url", metavar="URL", help="the recipient's privacy policy")
    parser.add_argument("--no-input", action="store_true", help="never ask, even on a terminal")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")


def _ask(prompt: str, default: str | None = None) -> str | None:
    shown = f"{prompt} [{default}]: " if default else f"{prompt}: "
    sys.stderr.write(shown)
    sys.stderr.flush()
    answer = sys.stdin.readline()
    if not answer:
        raise EOFError
    return answer.strip() or default


def _interactive(args: argparse.Namespace, taxonomy: Any) -> None:
    """Ask for what the flags did not give; data items one per line, an empty line ends."""
    from disclosurelint.authoring.schemainfo import enum

    args.id = args.id or _ask("id (lower-case letters, digits, hyphens)")
    args.recipient = args.recipient or _ask("recipient's legal name")
    choices = ", ".join(enum(("recipient", "relationship")))
    args.relationship = args.relationship or _ask(f"relationship ({choices})", "third_party")
    args.contact = args.contact or _ask("recipient's contact (email, URL or postal address)")
    args.product = args.product or _ask("product, SDK or mode")
    if not args.item:
        args.item = []
        while True:
            words = _ask("data item as published (empty line: done)")
            if not words:
                break
            suggested = ",".join(_suggest(taxonomy, words)) or None
            category = _ask(f"  category of {words!r}", suggested)
            args.item.append(f"{words}={category}" if category else words)
    args.purpose = args.purpose or _ask("purpose")
    args.scenario = args.scenario or _ask("scenario")
    args.processing_method = args.processing_method or _ask("how the recipient processes the data")
    if not args.mode:
        modes = ", ".join(enum(("sharing_modes",)))
        answer = _ask(f"sharing modes, comma separated ({modes})")
        args.mode = [m.strip() for m in (answer or "").split(",") if m.strip()]
    args.policy_url = args.policy_url or _ask("privacy policy URL (https://...)")


def _suggest(taxonomy: Any, words: str) -> tuple[str, ...]:
    from disclosurelint.authoring.new import suggest_categories

    return suggest_categories(taxonomy, words)


def _check_choices(args: argparse.Namespace) -> None:
    """A relationship or sharing mode the schema does not know is a usage error."""
    from disclosurelint.authoring.schemainfo import enum
    from disclosurelint.errors import UsageError

    given: list[tuple[tuple[str, ...], str, list[str | None]]] = [
        (("recipient", "relationship"), "--relationship", [args.relationship]),
        (("sharing_modes",), "--mode", list(args.mode or [])),
    ]
    for path, flag, values in given:
        choices = enum(path)
        for value in values:
            if value is not None and value not in choices:
                raise UsageError(f"{flag} {value!r}: choose from {', '.join(choices)}")


def run(args: argparse.Namespace, out: TextIO) -> int:
    from disclosurelint.api import check_paths
    from disclosurelint.authoring.new import Answers, Item, build, placeholders, render
    from disclosurelint.config import load_settings
    from disclosurelint.errors import UsageError
    from disclosurelint.taxonomy import load_taxonomy

    settings = load_settings([args.dir] if Path(args.dir).exists() else [])
    taxonomy = load_taxonomy(settings.taxonomy)
    if not args.no_input and sys.stdin.isatty():
        try:
            _interactive(args, taxonomy)
        except EOFError:
            raise UsageError("input ended before the declaration was complete") from None
    _check_choices(args)
    if not args.id or not _ID.match(args.id):
        raise UsageError(
            "give the entry's id: lower-case letters, digits and hyphens (e.g. `new camcard`)"
        )
    items = []
    for spec in args.item or []:
        words, _, category = spec.partition("=")
        if not words.strip():
            raise UsageError(f"--item {spec!r}: the words of the data item are empty")
        chosen = category.strip() or None
        if chosen is None:
            suggested = _suggest(taxonomy, words)
            chosen = suggested[0] if len(suggested) == 1 else None
        sensitive = any(
            category.is_sensitive(settings.regimes)
            for category in (taxonomy.get(c) for c in (chosen or "").split(","))
            if category is not None
        )
        items.append(Item(words.strip(), chosen, sensitive))
    answers = Answers(
        id=args.id,
        recipient=args.recipient,
        relationship=args.relationship or "third_party",
        country=args.country,
        contact=args.contact,
        product=args.product,
        items=tuple(items),
        purpose=args.purpose,
        scenario=args.scenario,
        modes=tuple(args.mode or ()),
        policy_url=args.policy_url,
        processing_method=args.processing_method,
    )
    target = Path(args.dir) / f"{args.id}.yaml"
    if target.exists() and not args.force:
        raise UsageError(f"{target}: already exists (--force overwrites it)")
    data = build(answers)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render(data), encoding="utf-8")
    out.write(f"wrote {target.as_posix()}\n")
    missing = placeholders(data)
    if missing:
        out.write("still to supply: " + ", ".join(missing) + "\n")
    result = check_paths([target], settings, jobs=1)
    if result.active:
        out.write(f"check reports {len(result.active)} problem(s) to resolve:\n")
    for problem in result.active:
        out.write(f"  {problem.path}:{problem.line}:{problem.column}: {problem.code} "
                  f"{problem.message}\n")  # fmt: skip
    return 0
