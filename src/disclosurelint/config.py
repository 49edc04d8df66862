"""What the user decides: which rules run, how severe they are, which regimes apply.

:class:`Settings` is the resolved, immutable result of defaults, configuration files and
command-line flags; the engine reads nothing else.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from disclosurelint.load import DEFAULT_MAX_FILE_SIZE
from disclosurelint.model import Severity

DEFAULT_REGIMES = ("pipl", "gb35273")


@dataclass(frozen=True)
class Settings:
    """Resolved settings for one run."""

    select: frozenset[str] | None = None  # None: every rule
    ignore: frozenset[str] = frozenset()
    severities: Mapping[str, Severity] = field(default_factory=dict)
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    regimes: tuple[str, ...] = DEFAULT_REGIMES
    home_country: str = "CN"
    fail_on: Severity = Severity.WARNING
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    exclude: tuple[str, ...] = ()
    taxonomy: Mapping[str, Any] | None = None  # extension of the built-in taxonomy

    def enabled(self, code: str) -> bool:
        if code in self.ignore:
            return False
        return self.select is None or code in self.select

    def severity(self, code: str, default: Severity) -> Severity:
        return self.severities.get(code, default)
