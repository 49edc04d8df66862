"""Baselines: accept the problems a repository has today, and be shown only new ones.

``disclosurelint baseline FILE [PATH...]`` writes the problems that count against the gate now;
``disclosurelint check --baseline FILE`` leaves those out (the summary says how many). An entry is
keyed by the file (relative to the baseline's folder), the rule code, the problem's *anchor* and a
fingerprint of the offending value, never by line or list position, so edits that move lines or
insert list items keep matching:

* the anchor is the JSON path with each list element named by its content
  (``$.data[?(@.item=='ID card number')].consent``, ``$.sharing_modes[?(@=='form')]``; the
  second of two equal elements is ``[...][1]``), see :func:`anchor`;
* the fingerprint is the canonical JSON of the value at the path; where the path names nothing
  (a missing key) it is the same constant, so rewording a message changes nothing; a problem
  about the whole file uses its message with the numbers masked.

A problem whose value changes is new; an entry that no longer matches is stale and counted in a
note. SARIF and GitLab reports use the same anchor and fingerprint, so code-scanning alerts
survive the same edits. Version 1 files (positional paths) are still read and matched as before.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from disclosurelint.model import JsonPath, Problem, Result, format_json_path

VERSION = 2
READABLE_VERSIONS = (1, 2)
_NUMBERS = re.compile(r"\d+")
_MISSING: Any = object()
# fields that name a list element, in order of preference
_NAMING_KEYS = ("item", "id", "name", "url", "code", "category", "files")


def _hash(basis: str) -> str:
    return hashlib.sha256(basis.encode("utf-8", "surrogatepass")).hexdigest()[:16]


ABSENT = _hash("absent")  # the fingerprint of a problem about a value that is not there


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
    if not path:
        return _message_fingerprint(message)
    value = value_at(data, path)
    if value is _MISSING:
        return ABSENT
    return _hash("value:" + _canonical(value))


def _message_fingerprint(message: str) -> str:
    return _hash("message:" + _NUMBERS.sub("#", message))


# json.dumps with options builds an encoder per call; every problem of a run is fingerprinted
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _canonical(value: Any) -> str:
    """``json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))``."""
    return _CANONICAL.encode(value)


def anchor(data: Any, path: JsonPath) -> str:
    """The JSON path with every list index replaced by what the element says.

    ``("data", 1, "consent")`` in a file whose second item is "ID card number" gives
    ``$.data[?(@.item=='ID card number')].consent``: inserting an item before it changes
    nothing. An element is named by its first text field among :data:`_NAMING_KEYS`, a text or
    number by itself, anything else by a hash of its content; equal names are told apart by
    their order among the equals (``[1]`` for the second). Past the data (a missing element)
    indexes stay positions.
    """
    out = ["$"]
    node = data
    for part in path:
        if isinstance(part, int) and isinstance(node, list) and 0 <= part < len(node):
            out.append(_labels(node)[part])
            node = node[part]
            continue
        out.append(format_json_path((part,))[1:])
        found = isinstance(node, dict) and part in node
        node = node[part] if found else None
    return "".join(out)


_LABEL_CACHE: dict[int, tuple[list[Any], list[str]]] = {}


def _labels(items: list[Any]) -> list[str]:
    """The filter naming each element, ``[n]`` added to the n-th repeat of a name (computed once
    per list: a file with a finding on each of many items stays linear)."""
    cached = _LABEL_CACHE.get(id(items))
    if cached is not None and cached[0] is items:
        return cached[1]
    if len(_LABEL_CACHE) > 256:
        _LABEL_CACHE.clear()
    seen: Counter[str] = Counter()
    labels = []
    for element in items:
        label = _label(element)
        labels.append(f"{label}[{seen[label]}]" if seen[label] else label)
        seen[label] += 1
    _LABEL_CACHE[id(items)] = (items, labels)
    return labels


def _label(element: Any) -> str:
    if isinstance(element, dict):
        for key in _NAMING_KEYS:
            value = element.get(key)
            if isinstance(value, str) and value.strip():
                return f"[?(@.{key}=={_quote(value)})]"
    elif isinstance(element, str):
        return f"[?(@=={_quote(element)})]"
    elif isinstance(element, (int, float)) and not isinstance(element, bool):
        return f"[?(@=={element})]"
    return f"[?(@#{_hash(_canonical(element))[:8]})]"


def _quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


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


def meaning(problem: Problem, version: int = VERSION) -> tuple[str, str]:
    """(where, what): the problem's anchor and value fingerprint, as a baseline records them.

    ``version=1``: as version 1 files recorded them (positional path, the message where there
    was no value).
    """
    print_ = problem.fingerprint or _message_fingerprint(problem.message)
    if version == 1:
        if print_ == ABSENT:
            print_ = _message_fingerprint(problem.message)
        return format_json_path(problem.json_path), print_
    return problem.anchor or format_json_path(problem.json_path), print_


def entry_for(problem: Problem, base: str, version: int = VERSION) -> Entry:
    """The entry that records ``problem`` in a baseline file of ``version``."""
    from disclosurelint.paths import relative_to
    from disclosurelint.printable import file_name_text

    where, what = meaning(problem, version)
    return Entry(
        path=file_name_text(relative_to(problem.path, base)),  # as the file records it
        code=problem.code,
        json_path=where,
        fingerprint=what,
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
    from disclosurelint.output import write_text
    from disclosurelint.printable import json_text

    write_text(file, json_text(document) + "\n")
    return len(entries)


def read(file: Path) -> tuple[int, tuple[Entry, ...]]:
    """The version and entries of a baseline file; :class:`UsageError` when it cannot be used."""
    from disclosurelint.errors import UsageError

    try:
        document = json.loads(file.read_text("utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{file}: no such baseline file") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise UsageError(f"{file}: not a baseline file ({exc})") from None
    except RecursionError:
        raise UsageError(f"{file}: not a baseline file (nested too deeply)") from None
    version = document.get("version") if isinstance(document, dict) else None
    if version not in READABLE_VERSIONS:
        raise UsageError(f"{file}: not a baseline file of version {VERSION}")
    try:
        return version, tuple(
            Entry(str(e["path"]), str(e["code"]), str(e["json_path"]), str(e["fingerprint"]))
            for e in document.get("problems", [])
        )
    except (KeyError, TypeError) as exc:
        raise UsageError(f"{file}: an entry lacks {exc}") from None


def apply(result: Result, file: Path) -> Result:
    """``result`` without the problems the baseline accepts, with a note on stale entries."""
    from disclosurelint.paths import relative_to

    base = _base(file)
    version, entries = read(file)
    remaining = Counter(e.key for e in entries)
    hidden = 0

    def unaccepted() -> Iterator[Problem]:
        nonlocal hidden
        for problem in result.problems:
            if not problem.waived:
                key = entry_for(problem, base, version).key
                if remaining[key] > 0:
                    remaining[key] -= 1
                    hidden += 1
                    continue
            yield problem

    from disclosurelint.spool import ProblemLog

    kept = ProblemLog(unaccepted())  # read as they come: a large run's are mostly on disk
    from disclosurelint.printable import file_name_text

    checked = {file_name_text(relative_to(f, base)) for f in result.files}
    stale = sum(
        count
        for key, count in remaining.items()
        if count > 0 and (key[0] in checked or not (Path(base) / key[0]).exists())
    )
    notes = result.notes
    if stale:
        one = stale == 1
        entries_word, match, them = (
            ("entry", "matches", "it") if one else ("entries", "match", "them")
        )
        notes += (
            f"{stale} baseline {entries_word} in {file} no longer {match} a problem (fixed or "
            f"changed); run `disclosurelint baseline {file}` again to drop {them}",
        )
    return replace(result, problems=kept, hidden=result.hidden + hidden, notes=notes)
