"""Which file at BASE is which file at HEAD: partners are matched by ``id``, not by path.

A renamed or moved file keeps its id, so it is the same partner. A file that cannot be read at one
side takes the id of the readable file at the same path on the other side (or the id its text
seems to give), so that it is reported as unreadable, not as one partner removed and one added.
When an id is used by several files (a problem ``check`` reports), files at the same path are
paired first, then the rest in path order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from disclosurelint.semdiff.snapshot import Entry


@dataclass(frozen=True)
class Pair:
    """A partner's file at BASE and at HEAD; one of them is None when it was added or removed."""

    base: Entry | None
    head: Entry | None

    @property
    def partner(self) -> str:
        """The partner's id, or the file's path when no id can be read at either side."""
        for entry in (self.head, self.base):
            if entry is not None and entry.id:
                return entry.id
        return self.shown.path

    @property
    def shown(self) -> Entry:
        """The file as it is now, or as it was when it is gone."""
        entry = self.head or self.base
        assert entry is not None
        return entry


def pair(base: Sequence[Entry], head: Sequence[Entry]) -> list[Pair]:
    """Every partner's two sides, sorted by partner, then by path."""
    base = _lend_ids(base, head)
    head = _lend_ids(head, base)
    groups: dict[str, tuple[list[Entry], list[Entry]]] = {}
    for side, entries in ((0, base), (1, head)):
        for entry in entries:
            group = entry.id if entry.id is not None else f"\0{entry.key}"
            groups.setdefault(group, ([], []))[side].append(entry)
    pairs: list[Pair] = []
    for old, new in groups.values():
        pairs.extend(_match(sorted(old, key=_by_key), sorted(new, key=_by_key)))
    return sorted(pairs, key=lambda p: (p.partner, p.shown.key))


def _by_key(entry: Entry) -> str:
    return entry.key


def _lend_ids(entries: Iterable[Entry], other: Iterable[Entry]) -> list[Entry]:
    ids = {e.key: e.id for e in other if e.id is not None}
    return [replace(e, id=ids[e.key]) if e.id is None and e.key in ids else e for e in entries]


def _match(old: list[Entry], new: list[Entry]) -> Iterable[Pair]:
    by_key = {e.key: e for e in new}
    left = []
    for entry in old:
        same = by_key.pop(entry.key, None)
        if same is not None:
            yield Pair(entry, same)
        else:
            left.append(entry)
    right = [e for e in new if e.key in by_key]
    for index in range(max(len(left), len(right))):
        yield Pair(
            left[index] if index < len(left) else None,
            right[index] if index < len(right) else None,
        )
