"""The SDKs an app ships: manifest readers, the SDK catalogue, and the inventory.

>>> from disclosurelint.sdks import load_catalogue, scan
>>> inventory = scan(["android/app/build.gradle"], load_catalogue())  # doctest: +SKIP
>>> [(f.dependency.coordinate, f.sdk.id) for f in inventory.known]  # doctest: +SKIP
[('com.umeng.umsdk:common', 'umeng-analytics')]

Importing this package is cheap: readers load their parsers when a manifest needs them.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from disclosurelint.sdks.catalogue import Catalogue, CatalogueError, load_catalogue
    from disclosurelint.sdks.inventory import discover, inventory
    from disclosurelint.sdks.records import (
        Company,
        Dependency,
        Found,
        Inventory,
        ManifestError,
        Sdk,
    )

# Imported when first asked for: the SDK rules import `disclosurelint.sdks.examples` on every
# run, and the catalogue and readers are needed only where the configuration names manifests.
_HOMES = {
    "Catalogue": "catalogue",
    "CatalogueError": "catalogue",
    "load_catalogue": "catalogue",
    "discover": "inventory",
    "inventory": "inventory",
    **dict.fromkeys(
        ("Company", "Dependency", "Found", "Inventory", "ManifestError", "Sdk"), "records"
    ),
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)


def scan(paths: Sequence[str | os.PathLike[str]], catalogue: Catalogue) -> Inventory:
    """The inventory of the manifests named and found under ``paths``."""
    from disclosurelint.sdks.inventory import discover, inventory

    return inventory(discover(paths), catalogue)


__all__ = [
    "Catalogue",
    "CatalogueError",
    "Company",
    "Dependency",
    "Found",
    "Inventory",
    "ManifestError",
    "Sdk",
    "discover",
    "inventory",
    "load_catalogue",
    "scan",
]
