"""A list given twice: a later block that names the same recipients under shorter or longer names.

A policy may give its vendors as a table and repeat some of them further down, as a registry of
records (a fenced YAML ``vendors:`` list) that names them a little differently::

    | Vendor                 | Purpose  |        vendors:
    | Vercel Postgres (Neon) | Database |          - name: Neon (Postgres)
    | Upstash Redis          | Cache    |          - name: Upstash

The later block is a repeat when each of its entries names an entry of an earlier block, word for
word or with all the words of one name in the other (brackets included), and at least one names
it word for word. Each then takes the earlier entry's name, so that merging the duplicates keeps
one entry per recipient. A block that names a recipient the earlier ones do not is a list of its
own and is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from disclosurelint.importer.labels import nfkc
from disclosurelint.importer.records import ImportedEntry

_WORD = re.compile(r"\w+")


def _words(name: str) -> frozenset[str]:
    return frozenset(_WORD.findall(nfkc(name).casefold()))


def renamed_repeats(
    entries: Sequence[ImportedEntry], blocks: Sequence[object]
) -> list[ImportedEntry]:
    """``entries`` with those of a later group of labelled blocks that repeats earlier entries
    renamed as the entries they repeat; ``blocks`` gives, entry by entry, the table or list it
    belongs to (None for a labelled block; consecutive entries with the same one form a group)."""
    groups: list[list[int]] = []
    for number in range(len(entries)):
        block = blocks[number] if number < len(blocks) else None
        if groups and (blocks[groups[-1][-1]] if groups[-1][-1] < len(blocks) else None) == block:
            groups[-1].append(number)
        else:
            groups.append([number])
    out = list(entries)
    for at, group in enumerate(groups[1:], start=1):
        if group[0] < len(blocks) and blocks[group[0]] is not None:
            continue  # a table's rows or a list of bullets: a list of its own (one per region)
        earlier = [entries[n] for g in groups[:at] for n in g if entries[n].fields.get("company")]
        matches = [_repeated(entries[n], earlier) for n in group]
        if not all(matches) or not any(exact for _, exact in filter(None, matches)):
            continue
        for n, found in zip(group, matches, strict=True):
            assert found is not None
            company = found[0].fields["company"]
            out[n] = replace(entries[n], fields={**entries[n].fields, "company": company})
    return out


def _repeated(
    entry: ImportedEntry, earlier: Sequence[ImportedEntry]
) -> tuple[ImportedEntry, bool] | None:
    """The one earlier entry ``entry`` names (and whether word for word), or None."""
    company = entry.fields.get("company", "")
    if not company or entry.fields.get("product"):
        return None
    words = _words(company)
    exact = [other for other in earlier if _words(other.fields["company"]) == words]
    if exact:
        return exact[0], True
    close = [
        other
        for other in earlier
        if words
        and (words <= _words(other.fields["company"]) or _words(other.fields["company"]) <= words)
    ]
    return (close[0], False) if len(close) == 1 else None
