"""The SDK inventory of one ``check`` run: what the DL6xx rules read, and the manifests' waivers.

A manifest takes waivers like a declaration, in its own comment syntax
(``// disclosurelint: allow DL601 reason="..."`` in Gradle, ``#`` in a Podfile or YAML); a
JSON manifest, which has no comments, is covered by the central waivers file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from disclosurelint.sdks.catalogue import Catalogue, load_catalogue
from disclosurelint.sdks.inventory import display, expand_globs, inventory
from disclosurelint.sdks.records import Inventory

if TYPE_CHECKING:
    from disclosurelint.config import Settings
    from disclosurelint.lint import Engine
    from disclosurelint.outcome import FileOutcome

_SLASH_COMMENT = re.compile(r"//(\s*disclosurelint:)")


@dataclass
class SdkRun:
    catalogue: Catalogue
    inventory: Inventory
    report_on: frozenset[str]  # manifests (as shown) whose problems are reported
    paths: dict[str, Path] = field(default_factory=dict)  # shown -> file
    notes: tuple[str, ...] = ()

    def waiver_outcomes(self, engine: Engine) -> Iterator[FileOutcome]:
        """The waivers written in the reported manifests (and the central file's for them)."""
        from disclosurelint import waivers
        from disclosurelint.outcome import FileOutcome
        from disclosurelint.paths import path_matches, relative_to

        for shown in sorted(self.report_on):
            path = self.paths.get(shown)
            if path is None:
                continue
            directives: list[Any] = []
            problems = []
            text = None
            try:
                text = path.read_text("utf-8-sig", errors="replace")
            except OSError:
                text = None
            if text is not None and waivers.MARKER in text:
                found, malformed = waivers.scan(_SLASH_COMMENT.sub(r"# \1", text), shown, None)
                pairs = list(malformed)
                for directive in found:
                    rejected = waivers.policy_findings(
                        directive, engine.settings.waivers, engine.today
                    )
                    pairs.extend(rejected)
                    if not rejected:
                        directives.append(directive)
                problems = [p for p in (engine.problem(shown, c, f, None) for c, f in pairs) if p]
            central = engine.central
            if central is not None:
                rel = relative_to(path, central.base)
                directives.extend(
                    d
                    for d in central.directives
                    if path_matches(rel, d.pattern or "")
                    and not waivers.policy_findings(d, engine.settings.waivers, engine.today)
                )
            if directives or problems:
                yield FileOutcome(shown, tuple(problems), text, waivers=tuple(directives))


def manifests_of(settings: Settings) -> list[Path]:
    return expand_globs(settings.sdk_manifests, None)


def prepare(settings: Settings, report_manifests: Iterable[str] | None = None) -> SdkRun:
    """Read the configured manifests and load the catalogue (with the configuration's SDKs)."""
    from disclosurelint.sdks.inventory import discover

    cwd = str(Path.cwd())
    files = discover(manifests_of(settings))
    catalogue = load_catalogue(settings.sdk_catalogue, settings.root)
    found = inventory(files, catalogue, cwd)
    paths = {display(f, cwd): f for f in files}
    wanted = set(paths) if report_manifests is None else set(report_manifests) & set(paths)
    notes = () if files else ("sdk-manifests: no manifest matched; the SDK rules saw no SDK",)
    return SdkRun(catalogue, found, frozenset(wanted), paths, notes)
