"""How well ``disclosurelint import`` reads real published lists.

    python bench/import_quality.py [--corpus ../shared/corpus] [--extra DIR ...]
                                   [--split tuned|held_out|all] [--misses]

Each file of ``bench/import_expect/`` names one published list (its ``source``), where its text
is (``text``: ``dev/...`` and ``dev2/...`` in the shared corpus folder, ``temp/...`` in one of
the ``--extra`` folders where lists read during development were saved; they are other people's
writing and never committed), its split and the entries a reader finds in it (``name``,
``company``, ``policy``; ``truncated`` for an entry the source cuts off). The splits: ``tuned``
(the importer was developed on them; ``was`` tells the lists that were held out or fresh when
they were first measured) and ``held_out`` (lists found, and their facts written, after the
last change to the importer; measured once and reported as that measurement).

For every list whose text is present it imports the text as the command does, and prints:
entries found (an expected entry is found when a declaration's product, heading or recipient
names it), company + policy-link pairs right (on the entries the source gives whole: the
recipient's name and the policy URL both as expected, a missing one where none is expected),
extra declarations, and declarations with a load or schema problem (always expected to be 0);
then the totals of each split, and of its Chinese (``zh_*``) and English lists apart.

Which company a list names, one rule for every file: the company is what the list gives as the
recipient: a company, operator or provider column or label (``公司名称``, ``运营方``, ``提供方``,
``Company``), a column or label naming the third party itself (``第三方名称``, ``第三方机构名称``,
an English subprocessor list's ``Name``), or the company a name carries in brackets. A name the
list gives only as an SDK or product (``SDK名称``, an ``sdkList``'s ``name``, a bullet of SDK names)
expects no company: the list does not say who receives the data.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from disclosurelint.api import check_text
from disclosurelint.importer import build_declarations, parse_page
from disclosurelint.importer.write import render

ROOT = Path(__file__).resolve().parent.parent
EXPECT = Path(__file__).resolve().parent / "import_expect"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def norm(text: str | None) -> str:
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text or "").casefold())


def _without_brackets(text: str) -> str:
    return re.sub(r"\([^)]*\)", "", unicodedata.normalize("NFKC", text))


def same_company(expected: str | None, found: str | None) -> bool:
    if not expected:
        return not found
    if not found:
        return False
    return norm(expected) == norm(found) or norm(_without_brackets(expected)) == norm(
        _without_brackets(found)
    )


def same_url(expected: str | None, found: str | None) -> bool:
    if not expected:
        return not found
    if not found:
        return False

    def key(url: str) -> str:
        parts = urlsplit(url.strip())
        rest = parts.path.rstrip("/") + ("?" + parts.query if parts.query else "")
        rest += "#" + parts.fragment if parts.fragment else ""
        return f"{parts.netloc.lower()}{rest}"

    return key(expected) == key(found)


@dataclass
class Score:
    lists: int = 0
    expected: int = 0
    found: int = 0
    checked: int = 0
    right: int = 0
    extra: int = 0
    broken: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.lists += other.lists
        self.expected += other.expected
        self.found += other.found
        self.checked += other.checked
        self.right += other.right
        self.extra += other.extra
        self.broken += other.broken


def _names(data: Mapping[str, Any], title: str | None) -> list[str]:
    recipient = data.get("recipient") or {}
    names = [data.get("product"), title, recipient.get("name")]
    return [norm(str(name)) for name in names if name]


def score_list(spec: Mapping[str, Any], text: str, name: str) -> Score:
    page = parse_page(text, name=name)
    declarations = build_declarations(page.entries, folder="bench", source=name)
    score = Score(lists=1, expected=len(spec["entries"]))
    used: set[int] = set()
    for expected in spec["entries"]:
        wanted = norm(expected["name"])
        match = next(
            (
                index
                for index, declaration in enumerate(declarations)
                if index not in used
                and any(
                    wanted == found or (len(wanted) >= 2 and wanted in found)
                    for found in _names(declaration.data, declaration.entry.title)
                )
            ),
            None,
        )
        if match is None:
            score.misses.append(f"not found: {expected['name']}")
            continue
        used.add(match)
        score.found += 1
        if expected.get("truncated"):
            continue
        score.checked += 1
        data = declarations[match].data
        company = (data.get("recipient") or {}).get("name")
        policy = (data.get("privacy_policy") or {}).get("url")
        if same_company(expected.get("company"), company) and same_url(
            expected.get("policy"), policy
        ):
            score.right += 1
        else:
            score.misses.append(
                f"{expected['name']}: company {company!r} (expected {expected.get('company')!r}), "
                f"policy {policy!r} (expected {expected.get('policy')!r})"
            )
    score.extra = len(declarations) - len(used)
    for declaration in declarations:
        result = check_text(render(declaration), declaration.relative_path)
        # A field the page never gives stays missing (DL101; DL108 for a recipient without a
        # name): `check` reports it. Anything else of the loader or the schema is the importer's.
        unnamed = not (declaration.data.get("recipient") or {}).get("name")
        allowed = {"DL101", "DL108"} if unnamed else {"DL101"}
        codes = sorted({p.code for p in result.problems if p.code < "DL2"} - allowed)
        if codes:
            score.broken += 1
            score.misses.append(f"{declaration.id}: {', '.join(codes)}")
    return score


def _text_of(text: str, corpus: Path, extra: Sequence[Path]) -> Path | None:
    """Where the text of a list is: ``temp/NAME`` in the first ``--extra`` folder that holds it,
    ``dev/...`` or ``dev2/...`` under the corpus folder; None when it is not present."""
    folder, _, relative = text.partition("/")
    bases = list(extra) if folder == "temp" else [corpus / folder]
    return next((base / relative for base in bases if (base / relative).is_file()), None)


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "--extra",
        type=Path,
        action="append",
        default=None,
        help="a folder of lists saved during development (the temp/ texts); may be repeated "
        "(default: the folders in DISCLOSURELINT_IMPORT_EXTRA, separated by the path separator)",
    )
    parser.add_argument("--split", choices=("tuned", "held_out", "all"), default="all")
    parser.add_argument("--misses", action="store_true", help="list what was not right")
    args = parser.parse_args(argv)
    extra: list[Path] = args.extra or [
        Path(folder)
        for folder in os.environ.get("DISCLOSURELINT_IMPORT_EXTRA", "").split(os.pathsep)
        if folder
    ]
    totals: dict[str, Score] = {"tuned": Score(), "held_out": Score()}
    by_language: dict[tuple[str, str], Score] = {}
    absent: list[str] = []
    print(f"{'list':58} {'split':8} {'found':>9} {'pairs':>9} {'extra':>5} {'bad':>3}")
    for path in sorted(EXPECT.glob("*.yaml")):
        spec = yaml.safe_load(path.read_text("utf-8"))
        if args.split != "all" and spec["split"] != args.split:
            continue
        source = _text_of(spec["text"], args.corpus, extra)
        if source is None:
            absent.append(f"{path.stem} ({spec['split']}, {spec['text']})")
            continue
        score = score_list(spec, source.read_text("utf-8"), source.name)
        totals[spec["split"]].add(score)
        by_language.setdefault((spec["split"], _language(path.stem)), Score()).add(score)
        print(
            f"{path.stem[:58]:58} {spec['split']:8} {score.found:>4}/{score.expected:<4}"
            f" {score.right:>4}/{score.checked:<4} {score.extra:>5} {score.broken:>3}"
        )
        if args.misses:
            for miss in score.misses:
                print(f"    {miss}")
    print()
    for split, score in totals.items():
        if score.lists:
            print(f"{split:8}: {_summary(score)}")
            for language in ("Chinese", "English"):
                part = by_language.get((split, language))
                if part is not None and part.lists < score.lists:
                    print(f"  {language:7}: {_summary(part)}")
    if absent:
        print(f"\n{len(absent)} lists skipped, their text is in neither --corpus nor --extra:")
        for name in absent:
            print(f"    {name}")
    return 0


def _language(stem: str) -> str:
    """Chinese for the lists whose file name starts with ``zh_`` (Simplified, Traditional or
    bilingual), English for the others."""
    return "Chinese" if stem.startswith("zh_") else "English"


def _summary(score: Score) -> str:
    return (
        f"{score.lists} lists, entries found {score.found}/{score.expected} "
        f"({_percent(score.found, score.expected).strip()}), company+policy pairs right "
        f"{score.right}/{score.checked} ({_percent(score.right, score.checked).strip()}), "
        f"{score.extra} extra, {score.broken} with load or schema problems"
    )


if __name__ == "__main__":
    sys.exit(main())
