"""The modules mypyc compiles at install (``setup.py``), each used only while it is current.

For each module in :data:`MODULES` the install writes a copy, ``_<name>_compiled`` beside it,
that ends with the hash of the module's source as it was then, and compiles it. :func:`compiled`
hands out that copy only while the hash matches the module's file as it is now, so an edited
module runs as edited until the next install; without a C compiler there is no copy and the
pure-Python module runs. A module of functions puts its copy's functions in place of its own
when it is imported (:func:`use_compiled`), so that its callers need not know.
"""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path
from types import FunctionType, ModuleType
from typing import Any

# Keep in step with setup.py's COMPILED
MODULES = ("simple_yaml", "_fastschema", "localized")

_PACKAGE = Path(__file__).parent


def copy_name(module: str) -> str:
    """The compiled copy's module name: ``simple_yaml`` -> ``_simple_yaml_compiled``."""
    return f"_{module.lstrip('_')}_compiled"


def compiled(module: str, source: Path | None = None) -> ModuleType | None:
    """The compiled copy of ``disclosurelint.<module>``, or None when it was not built or was
    built from another text than ``source`` (the module's file as it is now)."""
    try:
        copy = importlib.import_module(f"disclosurelint.{copy_name(module)}")
        text = (source or _PACKAGE / f"{module}.py").read_bytes()
    except (ImportError, OSError):
        return None
    if getattr(copy, "SOURCE_HASH", None) != importlib.util.source_hash(text).hex():
        return None
    return copy


def use_compiled(names: dict[str, Any]) -> None:
    """Puts the functions of the module's compiled copy in place of those the module defines
    (``names`` is its ``globals()``), while the copy is current: its callers, and the module's
    functions that are not replaced, then call the compiled ones. Called by the module itself
    at import, which leaves its pure functions where nothing was compiled."""
    module = names["__name__"]
    copy = compiled(module.removeprefix("disclosurelint."))
    if copy is None:
        return
    for name, value in list(names.items()):
        if isinstance(value, FunctionType) and value.__module__ == module and hasattr(copy, name):
            names[name] = getattr(copy, name)
