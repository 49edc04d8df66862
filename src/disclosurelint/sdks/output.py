"""The ``sdks`` command's formats: text, JSON (a stable shape) and Markdown. Only reads."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TextIO

from disclosurelint.sdks.records import Found, Inventory


def _row(found: Found, declared: Mapping[str, list[str]]) -> dict[str, Any]:
    dep, sdk = found.dependency, found.sdk
    row: dict[str, Any] = {
        "coordinate": dep.coordinate,
        "ecosystem": dep.ecosystem,
        "version": dep.version,
        "manifest": dep.manifest,
        "line": dep.line,
        "column": dep.column,
    }
    if sdk is not None:
        row.update(
            name=sdk.name,
            company=sdk.company.name,
            catalogue_id=sdk.id,
            kind=sdk.kind,
            policy=sdk.policy,
            data=list(sdk.data),
            declared_by=list(declared.get(sdk.id, [])),
        )
    return row


def as_json(inventory: Inventory, declared: Mapping[str, list[str]]) -> dict[str, Any]:
    return {
        "version": 1,
        "manifests": list(inventory.manifests),
        "sdks": [_row(f, declared) for f in inventory.known],
        "unknown": [_row(f, declared) for f in inventory.unknown],
        "errors": [
            {"manifest": e.manifest, "line": e.line, "column": e.column, "message": e.message}
            for e in inventory.errors
        ],
    }


def write_json(inventory: Inventory, declared: Mapping[str, list[str]], out: TextIO) -> None:
    """The document with one entry per line: readable, diffable, and written by the json
    module's C encoder (an indented dump goes through its pure-Python one, 20 times slower
    on the lock files of a large JavaScript app)."""
    document = as_json(inventory, declared)
    encode = json.JSONEncoder(ensure_ascii=False).encode
    out.write("{\n")
    for index, (key, value) in enumerate(document.items()):
        out.write(f"  {json.dumps(key)}: ")
        if isinstance(value, list) and value:
            out.write("[\n")
            out.write(",\n".join(f"    {encode(v)}" for v in value))
            out.write("\n  ]")
        else:
            out.write(encode(value))
        out.write(",\n" if index < len(document) - 1 else "\n")
    out.write("}\n")


def _clean(text: str) -> str:
    """Text for a terminal: control characters (an escape sequence in a manifest) shown, not run."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def write_text(
    inventory: Inventory, declared: Mapping[str, list[str]], out: TextIO, *, unknown: bool
) -> None:
    for found in inventory.known:
        dep, sdk = found.dependency, found.sdk
        assert sdk is not None
        by = declared.get(sdk.id) or []
        status = f"declared by {', '.join(by)}" if by else "UNDECLARED"
        out.write(
            _clean(
                f"{dep.manifest}:{dep.line}:{dep.column}: {dep.coordinate} "
                f"{sdk.name} [{sdk.id}] {sdk.company.name} ({status})"
            )
            + "\n"
        )
    if unknown:
        for found in inventory.unknown:
            dep = found.dependency
            out.write(
                _clean(f"{dep.manifest}:{dep.line}:{dep.column}: {dep.coordinate} (not catalogued)")
                + "\n"
            )
    ids = {f.sdk.id for f in inventory.known if f.sdk is not None}
    undeclared = sorted(i for i in ids if not declared.get(i))
    hint = "" if unknown or not inventory.unknown else " (--unknown lists them)"
    out.write(
        f"{len(ids)} SDK{'s' * (len(ids) != 1)} in {len(inventory.manifests)} "
        f"manifest{'s' * (len(inventory.manifests) != 1)}, {len(undeclared)} undeclared; "
        f"{len(inventory.unknown)} dependencies not in the catalogue{hint}\n"
    )


def _md(text: object) -> str:
    value = _clean(str(text))
    for char in "\\`*_[]<>|#":
        value = value.replace(char, "\\" + char)
    return value


def write_markdown(
    inventory: Inventory, declared: Mapping[str, list[str]], out: TextIO, *, unknown: bool
) -> None:
    out.write("# SDKs in the app's manifests\n\n")
    out.write("| SDK | Provider | Coordinate | Where | Declared by |\n|---|---|---|---|---|\n")
    for found in inventory.known:
        dep, sdk = found.dependency, found.sdk
        assert sdk is not None
        by = ", ".join(declared.get(sdk.id) or []) or "**undeclared**"
        out.write(
            f"| {_md(sdk.name)} | {_md(sdk.company.name)} | {_md(dep.coordinate)} | "
            f"{_md(dep.manifest)}:{dep.line} | {by if by.startswith('**') else _md(by)} |\n"
        )
    if unknown and inventory.unknown:
        out.write("\n## Dependencies not in the catalogue\n\n| Coordinate | Where |\n|---|---|\n")
        for found in inventory.unknown:
            dep = found.dependency
            out.write(f"| {_md(dep.coordinate)} | {_md(dep.manifest)}:{dep.line} |\n")
    out.write(
        f"\n{len(inventory.known)} catalogued dependencies, "
        f"{len(inventory.unknown)} not in the catalogue.\n"
    )
