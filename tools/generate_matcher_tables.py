"""Generate the bundled taxonomy's tables (``src/disclosurelint/taxonomy/matcher_tables.json``).

A matcher of the bundled categories reads them instead of working out every phrase's forms at
start-up (see :mod:`disclosurelint.taxonomy.tables`). Run after changing ``categories.yaml``,
``traditional.json`` or the matcher (``make generate``); until then the matcher builds its
tables from the phrases, and the test suite says the file is stale.

Usage: python tools/generate_matcher_tables.py [--check]
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

from disclosurelint.taxonomy import loader, tables
from disclosurelint.taxonomy.matcher import Matcher

TARGET = Path(__file__).resolve().parent.parent / "src" / "disclosurelint" / "taxonomy"
TARGET = TARGET / tables.TABLES_FILE


def generated() -> str:
    """The file's text, made from the phrases of the bundled categories."""
    data = loader.parsed_data()  # categories.yaml as its YAML reads, not as the tables hold it
    taxonomy = loader.build(data)
    for category in taxonomy.categories.values():
        for phrase in (*category.phrases, *category.excludes):
            unassigned = [c for c in phrase if unicodedata.category(c) == "Cn"]
            if unassigned:  # a later Unicode may read it otherwise: no table can stand for it
                raise SystemExit(
                    f"{category.id}: phrase {phrase!r} holds the unassigned character"
                    f" U+{ord(unassigned[0]):04X}"
                )
    return tables.text(tables.export(data, Matcher(taxonomy.categories)))


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args()
    text = generated()
    current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else None
    if args.check:
        if text != current:
            print(f"{TARGET.name} is stale: run `make generate`", file=sys.stderr)
            return 1
        return 0
    if text != current:
        TARGET.write_text(text, encoding="utf-8")
        print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
