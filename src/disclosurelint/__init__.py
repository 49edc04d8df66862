"""disclosurelint: lint third-party data-sharing declarations as policy-as-code."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from disclosurelint.version import __version__

if TYPE_CHECKING:
    from disclosurelint.api import check_paths as check_paths
    from disclosurelint.api import check_text as check_text

__all__ = ["__version__", "check_paths", "check_text"]


def __getattr__(name: str) -> Any:
    # The API pulls in the validator; load it only when someone asks for it.
    if name in ("check_paths", "check_text"):
        from disclosurelint import api

        return getattr(api, name)
    raise AttributeError(f"module 'disclosurelint' has no attribute {name!r}")
