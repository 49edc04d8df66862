"""Baselines: accept the problems a repository has today, and be shown only new ones.

``disclosurelint baseline FILE [PATH...]`` writes the problems that count against the gate now;
``disclosurelint check --baseline FILE`` leaves those out (the summary says how many). An entry is
keyed by the file (relative to the baseline's folder), the rule code, the JSON path and a
fingerprint of the offending value (the canonical JSON of the value at the path, or the message
with its numbers masked when there is no value), never by line, so edits that move lines keep
matching. A problem whose value changes is new; an entry that no longer matches is stale and
counted in a note.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from disclosurelint.model import JsonPath, Problem, Result, format_json_path

VERSION = 1
_NUMBERS = re.compile(r"\d+")
_MISSING: Any = object()


def value_at(data: Any, path: JsonPath) -> Any:
    """The value at ``path`` in ``data``, or ``_MISSING`` when the path does not exist."""
    for part in path:
        found = (isinstance(part, str) and isinstance(data, dict) and part in data) or (
            isinstance(part, int) and isinstance(data, list) and 0 <= part < len(data)
        )
        if not found:
            return _MISSING
        data = data[part]
    return data


def fingerprint(data: Any, path: JsonPath, message: str) -> str:
    """A short, stable hash of what a problem is about."""
    value = value_at(data, path) if path else _MISSING
    if value is _MISSING:
        basis = "message:" + _NUMBERS.sub("#", message)
    else:
        text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        basis = "value:" + text
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, order=True)
class Entry:
    """One accepted problem."""

    path: str  # relative to the baseline file's folder, with /
    code: str
    json_path: str
    fingerprint: str
    message: str = field(default="", compare=False)  # for the reader; not matched on

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.path, self.code, self.json_path, self.fingerprint)


def entry_for(problem: Problem, base: str) -> Entry:
    from disclosurelint.paths import relative_to

    return Entry(
        path=relative_to(problem.path, base),
        code=problem.code,
        json_path=format_json_path(problem.json_path),
        fingerprint=problem.fingerprint or fingerprint(None, (), problem.message),
        message=problem.message,
    )


def _base(file: Path) -> str:
    return str(file.resolve().parent)


def write(result: Result, file: Path) -> int:
    """Write the problems of ``result`` that count against the gate; returns how many."""
    from disclosurelint.version import __version__

    entries = sorted(entry_for(p, _base(file)) for p in result.active)
    document = {
        "version": VERSION,
        "tool": {"name": "disclosurelint", "version": __version__},
        "problems": [
            {
                "path": e.path,
                "code": e.code,
                "json_path": e.json_path,
                "fingerprint": e.fingerprint,
                "message": e.message,
            }
            for e in entries
        ],
    }
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    file.write_text(text, encoding="utf-8")
    return len(entries)


def read(file: Path) -> tuple[Entry, ...]:
    """The entries of a baseline file; :class:`UsageError` when it cannot be used."""
    from disclosurelint.errors import UsageError

    try:
        document = json.loads(file.read_text("utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{file}: no such baseline file") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise UsageError(f"{file}: not a baseline file ({exc})") from None
    if not isinstance(document, dict) or document.get("version") != VERSION:
        raise UsageError(f"{file}: not a baseline file of version {VERSION}")
    try:
        return tuple(
            Entry(str(e["path"]), str(e["code"]), str(e["json_path"]), str(e["fingerprint"]))
            for e in document.get("problems", [])
        )
    except (KeyError, TypeError) as exc:
        raise UsageError(f"{file}: an entry lacks {exc}") from None


def apply(result: Result, file: Path) -> Result:
    """``result`` without the problems the baseline accepts, with a note on stale entries."""
    from disclosurelint.paths import relative_to

    base = _base(file)
    remaining = Counter(e.key for e in read(file))
    kept: list[Problem] = []
    hidden = 0
    for problem in result.problems:
        if not problem.waived:
            key = entry_for(problem, base).key
            if remaining[key] > 0:
                remaining[key] -= 1
                hidden += 1
                continue
        kept.append(problem)
    checked = {relative_to(f, base) for f in result.files}
    stale = sum(
        count
        for key, count in remaining.items()
        if count > 0 and (key[0] in checked or not (Path(base) / key[0]).exists())
    )
    notes = result.notes
    if stale:
        one = stale == 1
        entries, match, them = ("entry", "matches", "it") if one else ("entries", "match", "them")
        notes += (
            f"{stale} baseline {entries} in {file} no longer {match} a problem (fixed or "
            f"changed); run `disclosurelint baseline {file}` again to drop {them}",
        )
    return replace(result, problems=tuple(kept), hidden=result.hidden + hidden, notes=notes)
