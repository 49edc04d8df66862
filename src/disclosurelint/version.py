"""The version of disclosurelint (a leaf module: anything may import it)."""

from __future__ import annotations

__version__ = "0.1.0"
