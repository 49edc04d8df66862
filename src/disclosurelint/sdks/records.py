"""Records of the SDK inventory: a dependency found in a manifest, a catalogued SDK, a match."""

from __future__ import annotations

from dataclasses import dataclass, field

ECOSYSTEMS = ("maven", "files", "cocoapods", "swiftpm", "pub", "npm", "ohpm")
"""Where a coordinate comes from. ``files`` are local jars and aars, named by their file name."""


@dataclass(frozen=True, slots=True)
class Dependency:
    """One dependency a manifest declares, where it is written (1-based line and column).

    ``coordinate`` is ``group:artifact`` for Maven, the pod, package or module name otherwise,
    and the file name for a local jar or aar.
    """

    ecosystem: str
    coordinate: str
    manifest: str
    line: int
    column: int
    version: str | None = None


@dataclass(frozen=True, slots=True)
class ManifestError:
    """A manifest that could not be read, or a part of it that was skipped, and why."""

    manifest: str
    line: int
    column: int
    message: str
    partial: bool = False  # True: only a part was skipped (a reference that cannot be resolved)


@dataclass(frozen=True)
class Company:
    """A provider: its legal names and the other names people use for it."""

    id: str
    names: tuple[str, ...]  # legal names, the first is the one shown
    aliases: tuple[str, ...] = ()  # English and Chinese
    country: str | None = None

    @property
    def name(self) -> str:
        return self.names[0]


@dataclass(frozen=True)
class Sdk:
    """A catalogued SDK: what identifies it in each ecosystem, who provides it, what it takes."""

    id: str
    name: str  # the product name
    company: Company
    kind: str
    coordinates: dict[str, tuple[str, ...]] = field(default_factory=dict)  # ecosystem -> patterns
    policy: str | None = None
    data: tuple[str, ...] = ()  # taxonomy category ids
    sources: dict[str, str] = field(default_factory=dict)  # fact -> where it came from
    origin: str = ""  # the catalogue file it was read from


@dataclass(frozen=True, slots=True)
class Found:
    """A dependency and, when the catalogue knows it, the SDK it is."""

    dependency: Dependency
    sdk: Sdk | None


@dataclass(frozen=True)
class Inventory:
    """What the manifests under some paths declare."""

    manifests: tuple[str, ...]
    found: tuple[Found, ...]
    errors: tuple[ManifestError, ...] = ()

    @property
    def known(self) -> tuple[Found, ...]:
        return tuple(f for f in self.found if f.sdk is not None)

    @property
    def unknown(self) -> tuple[Found, ...]:
        return tuple(f for f in self.found if f.sdk is None)
