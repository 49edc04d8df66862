"""Draft declarations for the catalogued SDKs no declaration names (``sdks --scaffold``).

The catalogue fills in what it knows: the provider, the product, the policy link, the data
the SDK typically receives and the SDK's id. Purpose, scenario and the recipient's contact are
left out on purpose, so that ``disclosurelint check`` asks the author for them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from disclosurelint.sdks.records import Found, Sdk


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a YAML double-quoted scalar


def draft(sdk: Sdk, where: Iterable[Found], taxonomy: Any) -> str:
    places = ", ".join(
        f"{f.dependency.manifest}:{f.dependency.line} ({f.dependency.coordinate})" for f in where
    )
    lines = [
        f"# Drafted by `disclosurelint sdks --scaffold` from the SDK catalogue ({sdk.origin}).",
        f"# Found in {places}.",
        "# Still to write: purpose, scenario, the recipient's contact; review the data items.",
        "disclosure: 1",
        f"id: {sdk.id}",
        "recipient:",
        f"  name: {_q(sdk.company.name)}",
        "  relationship: third_party",
    ]
    if sdk.company.country:
        lines.append(f"  country: {sdk.company.country}")
    lines += [f"product: {_q(sdk.name)}", f"sdks: [{sdk.id}]", "data:"]
    for category in sdk.data or ("not_sensitive",):
        entry = taxonomy.categories.get(category)
        label = getattr(entry, "label", category)
        lines += [f"  - item: {_q(label)}", f"    category: {category}"]
    lines.append("sharing_modes: [sdk_on_device]")
    if sdk.policy:
        lines += ["privacy_policy:", f"  url: {sdk.policy}"]
    return "\n".join(lines) + "\n"


def scaffold(
    undeclared: Mapping[str, list[Found]], folder: Path, taxonomy: Any, *, force: bool
) -> tuple[list[Path], list[Path]]:
    """Write one draft per SDK; returns the files written and those left alone (existing)."""
    folder.mkdir(parents=True, exist_ok=True)
    written, kept = [], []
    for sdk_id, found in sorted(undeclared.items()):
        sdk = found[0].sdk
        assert sdk is not None
        target = folder / f"{sdk_id}.yaml"
        if target.exists() and not force:
            kept.append(target)
            continue
        target.write_text(draft(sdk, found, taxonomy), encoding="utf-8")
        written.append(target)
    return written, kept
