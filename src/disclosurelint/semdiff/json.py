"""The diff as a stable JSON document (``"version": 1``), documented in ``docs/diff.md``."""

from __future__ import annotations

from typing import Any, TextIO

from disclosurelint import __version__
from disclosurelint.printable import json_text
from disclosurelint.semdiff.model import Change, Diff, Revision, Value

VERSION = 1


def _revision(revision: Revision) -> dict[str, Any]:
    if revision.commit is None:
        return {"revision": None, "commit": None}  # the working tree
    return {"revision": revision.label, "commit": revision.commit}


def _value(value: Value) -> Any:
    return list(value) if isinstance(value, tuple) else value


def change_data(change: Change) -> dict[str, Any]:
    why = change.sensitivity
    return {
        "partner": change.partner,
        "kind": change.kind,
        "field": change.field,
        "old": _value(change.old),
        "new": _value(change.new),
        "class": change.risk.value,
        "message": change.message,
        "path": change.path,
        "sensitive": None
        if why is None
        else {
            "categories": list(why.categories),
            "regimes": list(why.regimes),
            "articles": list(why.articles),
        },
    }


def document(diff: Diff) -> dict[str, Any]:
    counts = diff.counts()
    return {
        "version": VERSION,
        "tool": {"name": "disclosurelint", "version": __version__},
        "base": _revision(diff.base),
        "head": _revision(diff.head),
        "regimes": list(diff.regimes),
        "changes": [change_data(c) for c in diff.changes],
        "summary": {
            "changes": len(diff.changes),
            "partners": len(diff.partners),
            **{risk.value: n for risk, n in counts.items()},
            "needs_review": list(diff.unreviewed),
        },
    }


def render(diff: Diff, out: TextIO) -> None:
    out.write(json_text(document(diff)))
    out.write("\n")
