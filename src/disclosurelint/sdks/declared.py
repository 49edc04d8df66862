"""Which declarations name which SDKs, read from the declaration files (for ``sdks``)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from disclosurelint.rules import sdk_facts
from disclosurelint.rules.sdk_facts import Declared
from disclosurelint.sdks.catalogue import Catalogue
from disclosurelint.sdks.records import Inventory


def read_declarations(files: Iterable[Path], max_size: int) -> list[Declared]:
    """The SDK facts of each declaration that loads; broken files are ``check``'s business."""
    from disclosurelint.load import load_file

    out = []
    for file in files:
        try:
            document, _, _ = load_file(file, str(file), max_size)
        except OSError:
            continue
        if document is None or not isinstance(document.data, dict):
            continue
        facts = sdk_facts.collect(document)
        if facts is not None:
            out.append(facts)
    return out


def declared_by(
    inventory: Inventory, declarations: Iterable[Declared], catalogue: Catalogue
) -> dict[str, list[str]]:
    """Catalogue id -> the ids of the declarations that name that SDK (sorted)."""
    found = {f.sdk.id: f.sdk for f in inventory.known if f.sdk is not None}
    out: dict[str, list[str]] = {sdk_id: [] for sdk_id in found}
    for declared in declarations:
        for sdk_id, sdk in found.items():
            if sdk_facts.names(declared, sdk, catalogue):
                out[sdk_id].append(declared.id or "?")
    return {k: sorted(set(v)) for k, v in out.items()}
