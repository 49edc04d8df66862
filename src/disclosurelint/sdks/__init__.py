"""The SDKs an app ships: manifest readers, the SDK catalogue, and the inventory.

>>> from disclosurelint.sdks import load_catalogue, scan
>>> inventory = scan(["android/app/build.gradle"], load_catalogue())  # doctest: +SKIP
>>> [(f.dependency.coordinate, f.sdk.id) for f in inventory.known]  # doctest: +SKIP
[('com.umeng.umsdk:common', 'umeng-analytics')]

Importing this package is cheap: readers load their parsers when a manifest needs them.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from disclosurelint.sdks.catalogue import Catalogue, CatalogueError, load_catalogue
from disclosurelint.sdks.inventory import discover, inventory
from disclosurelint.sdks.records import Company, Dependency, Found, Inventory, ManifestError, Sdk


def scan(paths: Sequence[str | os.PathLike[str]], catalogue: Catalogue) -> Inventory:
    """The inventory of the manifests named and found under ``paths``."""
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
