"""Files shipped inside the package (schemas, the taxonomy), read as text.

Where the package is plain files on disk (every ``pip install``), a file is read beside the
package's module: importing ``importlib.resources`` and its readers costs more than a one-file
check spends on its own work. A package inside a zip archive is read through
``importlib.resources``, as before.
"""

from __future__ import annotations

import importlib
import os


def read_text(package: str, name: str) -> str:
    """The text of ``name`` (``/``-separated) in ``package`` (a dotted package name)."""
    module = importlib.import_module(package)
    where = getattr(module, "__file__", None)
    if where:
        path = os.path.join(os.path.dirname(where), *name.split("/"))  # noqa: PTH118, PTH120
        try:
            with open(path, encoding="utf-8") as handle:  # noqa: PTH123
                return handle.read()
        except OSError:
            pass  # not a plain file (a zip archive): ask importlib.resources
    from importlib import resources

    return resources.files(package).joinpath(name).read_text(encoding="utf-8")
