"""What ties an export to its source, as label and value pairs every writer prints first."""

from __future__ import annotations

from disclosurelint.report.model import Header


def provenance(header: Header) -> tuple[tuple[str, str], ...]:
    """Repository, commit, uncommitted changes, date, versions, regimes and the content hash."""
    origin = header.provenance
    if origin.dirty is None:
        changes = f"Unknown: {origin.note or ''}"
    elif origin.dirty:
        changes = (
            "Yes: the exported files differ from the commit (" + ", ".join(origin.changes) + ")"
        )
    else:
        changes = "None: the exported files are those of the commit"
    configuration = header.configuration
    config_text = (
        f"{configuration.path} (SHA-256 {configuration.sha256})"
        if configuration.path and configuration.sha256
        else configuration.path or configuration.note or ""
    )
    return (
        ("Repository", origin.repository),
        ("Commit", origin.commit or origin.note or ""),
        ("Uncommitted changes", changes),
        ("Date", header.date),
        ("disclosurelint", f"version {header.tool_version}"),
        ("Rule set", header.ruleset_version),
        ("Regimes", ", ".join(header.regimes)),
        ("Home country", header.home_country),
        ("Configuration", config_text),
        ("Content hash (SHA-256)", header.content_hash),
    )
