"""From paths to an inventory: find the manifests, read each with its reader, match the catalogue.

Nothing is built, run or fetched: every manifest is read as text. A file that cannot be read
(missing, binary, too large, badly encoded, malformed) is a :class:`ManifestError` with its
position, and the other manifests are still read.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from disclosurelint.errors import UsageError
from disclosurelint.manifest_names import kind_of
from disclosurelint.sdks.catalogue import Catalogue
from disclosurelint.sdks.readers import catalog as catalog_reader
from disclosurelint.sdks.readers import cocoapods, gradle, lockfiles, npm, ohpm, pub, swiftpm
from disclosurelint.sdks.readers.base import Read
from disclosurelint.sdks.records import Found, Inventory, ManifestError

MAX_MANIFEST_SIZE = 32 * 1024 * 1024  # lock files of large JavaScript apps run to megabytes

Reader = Callable[[Path, str, str], Read]

READERS: dict[str, Reader] = {
    "gradle.lockfile": lockfiles.read_gradle_lockfile,
    "Podfile": cocoapods.read_podfile,
    "Podfile.lock": cocoapods.read_podfile_lock,
    "Package.resolved": swiftpm.read,
    "pubspec.yaml": pub.read_pubspec,
    "pubspec.lock": pub.read_pubspec_lock,
    "package.json": npm.read_package_json,
    "package-lock.json": npm.read_package_lock,
    "npm-shrinkwrap.json": npm.read_package_lock,
    "yarn.lock": lockfiles.read_yarn_lock,
    "pnpm-lock.yaml": npm.read_pnpm_lock,
    "oh-package.json5": ohpm.read,
}
_SKIP_FOLDERS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        "node_modules",
        "Pods",
        "build",
        ".gradle",
        ".dart_tool",
        "oh_modules",
        ".venv",
        "venv",
        "DerivedData",
        ".idea",
        ".pub-cache",
        ".symlinks",
        "Carthage",
    }
)


def discover(paths: Sequence[str | os.PathLike[str]]) -> list[Path]:
    """The manifests named, and those found under the folders named (sorted, no duplicates).

    A named file is read whatever its name (a ``config.gradle`` included from elsewhere);
    a path that does not exist is a usage error.
    """
    found: dict[str, Path] = {}
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            found.setdefault(os.path.normpath(path), path)
        elif path.is_dir():
            for folder, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d not in _SKIP_FOLDERS)
                for name in files:
                    candidate = Path(folder) / name
                    # a FIFO or socket with a manifest's name would block a read: regular files only
                    if kind_of(candidate) is not None and candidate.is_file():
                        found.setdefault(os.path.normpath(candidate), candidate)
        else:
            raise UsageError(f"{raw}: no such file or folder")
    return [found[k] for k in sorted(found)]


def expand_globs(patterns: Iterable[str], root: str | None) -> list[Path]:
    """``sdk-manifests`` entries: files, folders (searched) and globs (``**`` crosses folders),
    relative to ``root`` (the working folder when None) unless absolute. An entry without glob
    characters that does not exist is a usage error; a glob may match nothing."""
    import glob

    base = Path(root) if root else Path()
    out: list[Path] = []
    for pattern in patterns:
        full = str(base / pattern)
        if any(c in pattern for c in "*?["):
            matched = sorted(glob.glob(full, recursive=True))  # noqa: PTH207 - absolute patterns
            out.extend(Path(m) for m in matched if _kept(Path(m), base))
        else:
            path = Path(full)
            if not path.exists():
                shown = display(path, str(Path.cwd()))
                raise UsageError(f"sdk-manifests: {shown}: no such file or folder")
            out.append(path)
    return out


def _kept(path: Path, base: Path) -> bool:
    """A file a glob matched, unless it lies in a dependency or build folder (node_modules)."""
    try:
        parts = path.resolve().relative_to(base.resolve()).parts
    except ValueError:
        parts = path.parts
    return not any(part in _SKIP_FOLDERS for part in parts[:-1])


def display(path: Path, cwd: str) -> str:
    from disclosurelint.discover import display_path

    return display_path(path, cwd)


def _read_text(path: Path, shown: str) -> tuple[str | None, ManifestError | None]:
    try:
        size = path.stat().st_size
        if size > MAX_MANIFEST_SIZE:
            return None, ManifestError(shown, 1, 1, f"the file is too large ({size} bytes)")
        data = path.read_bytes()
    except OSError as exc:
        return None, ManifestError(shown, 1, 1, f"the file could not be read: {exc.strerror}")
    if b"\0" in data[:8192]:
        return None, ManifestError(shown, 1, 1, "the file is binary, not a manifest")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, ManifestError(shown, line, 1, "the file is not UTF-8 text")


class _Catalogs:
    """Version catalogs found above build scripts, read once."""

    def __init__(self, cwd: str) -> None:
        self.cwd = cwd
        self._by_folder: dict[Path, gradle.Catalog | None] = {}

    def above(self, script: Path) -> gradle.Catalog | None:
        folder = script.resolve().parent
        for candidate in (folder, *folder.parents):
            if candidate in self._by_folder:
                return self._by_folder[candidate]
            toml = candidate / "gradle" / "libs.versions.toml"
            if toml.is_file():
                text, _ = _read_text(toml, display(toml, self.cwd))
                catalog = catalog_reader.load(toml, text, display(toml, self.cwd)) if text else None
                self._by_folder[candidate] = catalog
                return catalog
            if (candidate / "settings.gradle").is_file() or (
                candidate / "settings.gradle.kts"
            ).is_file():
                self._by_folder[candidate] = None
                return None
        return None


def read_manifest(path: Path, shown: str, catalogs: _Catalogs | None = None) -> Read:
    """One manifest's dependencies; a file that cannot be read is an error, never an exception."""
    text, error = _read_text(path, shown)
    if error is not None or text is None:
        read = Read()
        read.errors.append(error or ManifestError(shown, 1, 1, "unreadable"))
        return read
    try:
        return _dispatch(path, text, shown, catalogs)
    except RecursionError:
        read = Read()
        read.errors.append(ManifestError(shown, 1, 1, "the file is nested too deeply to read"))
        return read


def _dispatch(path: Path, text: str, shown: str, catalogs: _Catalogs | None) -> Read:
    kind = kind_of(path)
    if kind == "gradle" or (kind is None and path.suffix in (".gradle", ".kts")):
        catalog = (catalogs or _Catalogs(str(Path.cwd()))).above(path)
        return gradle.read(path, text, shown, catalog)
    if kind == "versions.toml":
        return catalog_reader.read(path, text, shown)
    reader = READERS.get(kind or "")
    if reader is None:
        read = Read()
        read.errors.append(ManifestError(shown, 1, 1, "not a manifest this tool reads"))
        return read
    return reader(path, text, shown)


def inventory(manifests: Sequence[Path], catalogue: Catalogue, cwd: str | None = None) -> Inventory:
    """Read ``manifests`` and match each dependency against ``catalogue``.

    A version catalog's library used by a build script is reported where the script uses it;
    the catalog's own line is kept only for libraries no script read here uses.
    """
    cwd = cwd or str(Path.cwd())
    catalogs = _Catalogs(cwd)
    reads: list[tuple[str, Read]] = []
    for path in manifests:
        shown = display(path, cwd)
        reads.append((shown, read_manifest(path, shown, catalogs)))
    used: dict[str, set[str]] = {}
    for _, read in reads:
        for catalog, aliases in read.catalog_uses.items():
            used.setdefault(catalog, set()).update(aliases)
    found: list[Found] = []
    errors: list[ManifestError] = []
    for shown, read in reads:
        errors.extend(read.errors)
        skip = used.get(shown, set())
        for index, dependency in enumerate(read.dependencies):
            if shown in used and read.catalog_aliases.get(index) in skip:
                continue
            found.append(Found(dependency, catalogue.match(dependency)))
    found.sort(key=lambda f: (f.dependency.manifest, f.dependency.line, f.dependency.column))
    return Inventory(tuple(s for s, _ in reads), tuple(found), tuple(errors))


def matches(path: str, patterns: Iterable[str]) -> bool:
    """Whether a manifest path matches any of the configured globs (pre-commit's file names)."""
    return any(fnmatch.fnmatch(path, p) for p in patterns)
