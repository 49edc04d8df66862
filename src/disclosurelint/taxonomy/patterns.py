"""Regular expressions compiled the first time they are used.

The classifier's rules hold dozens of regular expressions. Compiling them all when the modules
are imported would cost every run that classifies a handful of items (or none) milliseconds of
start-up. :func:`lazy` gives an object that compiles its pattern on first use and from then on
hands out the compiled pattern's own methods, so a call costs what it costs on the compiled
pattern. Its matches come from the compiled pattern: compare ``match.re.pattern``, not identity.
"""

from __future__ import annotations

import re
from typing import Any, cast

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _Lazy:
    def __init__(self, pattern: str) -> None:
        self.pattern = pattern

    def __getattr__(self, name: str) -> Any:
        # Only called for a name not found: the first use of a method, or another attribute.
        compiled = re.compile(self.pattern)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str) -> re.Pattern[str]:
    """``re.compile(pattern)``, done when the pattern is first used."""
    return cast("re.Pattern[str]", _Lazy(pattern))
