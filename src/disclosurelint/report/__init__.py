"""Reporters: each reads a :class:`~disclosurelint.model.Result` and writes to a stream.

A reporter module provides ``render(result, out, options) -> None``. Modules are imported only
when their format is asked for.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from disclosurelint.errors import UsageError
from disclosurelint.model import Result, Severity

FORMATS: dict[str, str] = {
    "text": "disclosurelint.report.text",
    "json": "disclosurelint.report.json",
}


@dataclass(frozen=True)
class ReportOptions:
    color: bool = False
    fail_on: Severity = Severity.WARNING
    show_source: bool = True
    statistics: bool = False
    quiet: bool = False


Renderer = Callable[[Result, TextIO, ReportOptions], None]


def get(name: str) -> Renderer:
    module = FORMATS.get(name)
    if module is None:
        raise UsageError(f"unknown format {name!r} (choose from {', '.join(FORMATS)})")
    render: Renderer = importlib.import_module(module).render
    return render
