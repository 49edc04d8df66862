"""What checking one file produced: the record the engine and the SDK rules pass around."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from disclosurelint.model import Problem
from disclosurelint.waivers import Directive


@dataclass(frozen=True)
class FileOutcome:
    """What checking one file produced."""

    path: str
    problems: tuple[Problem, ...] = ()
    text: str | None = None  # kept only when there are problems or waivers (for source lines)
    facts: Mapping[str, Any] = field(default_factory=dict)  # per repository rule code
    waivers: tuple[Directive, ...] = ()  # the waivers that apply to the file (its own, central)
    used: frozenset[tuple[str, str]] = frozenset()  # (waiver key, code): what excused something
    capped: int = 0  # problems left out over the engine's MAX_PROBLEMS_PER_FILE
