"""The result cache: what checking a file found, kept so that an unchanged file is not read again.

One *index* file holds the entries of one run configuration: everything that can change what a
file's check finds (the tool and its rules, the resolved settings, the policies and the files
they read, plugins, the central waivers file, the date waivers are judged against, the working
folder) is hashed into the index's name, so a change to any of them starts a new index and an
old one is never consulted. Inside, each file has an entry: its path, the ``stat`` signature it
had when it was read, a hash of its bytes, and what its check produced (problems, waivers, the
facts repository-wide rules read, such as its id).

A file whose signature (size, modification and change times, inode) is unchanged is not read;
one whose signature changed is read and hashed, and its entry serves only if the bytes are the
same. A file modified in the two seconds before it was read keeps no signature (a later edit
within the file system's timestamp resolution would go unseen), so it is hashed next time.

The index is written to a temporary file and renamed over the old one: a concurrent run reads
the old index or the new one, never half of one; when two runs write at once, the last one
wins and the other's new entries are simply checked again next time. An index that cannot be
read (truncated, from another version, not an index) counts as empty; an entry that cannot be
read is a miss. Entries are loaded by an unpickler that knows only the project's own record
classes, so a cache folder from elsewhere can never make the tool run code. The folder is kept
under a size bound by removing the least recently used indexes.
"""

from __future__ import annotations

import contextlib
import copyreg
import dataclasses
import enum
import functools
import gc
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from disclosurelint.model import Position, Span
from disclosurelint.outcome import FileOutcome
from disclosurelint.version import __version__

FORMAT = 1  # the layout of an index; part of its folder name
ENV_DIR = "DISCLOSURELINT_CACHE_DIR"
ENV_OFF = "DISCLOSURELINT_NO_CACHE"
MAX_BYTES = 256 * 1024 * 1024  # the folder is pruned, least recently used first, past this
KEEP_DAYS = 30  # an entry whose file no run has seen for this long is dropped
RACY_NS = 2_000_000_000  # files changed this recently keep no stat signature
_SUFFIX = ".index"
GITIGNORE = "# Created by disclosurelint: the result cache, never committed.\n*\n"
CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by disclosurelint.\n"
    "# For information about cache directory tags, see https://bford.info/cachedir/\n"
)

Signature = tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode
Key = tuple[str, str]  # the file as found, as shown


class Uncacheable(Exception):
    """Something the findings depend on cannot be fingerprinted: the run goes without a cache."""


def default_dir() -> Path:
    """The user's cache folder for disclosurelint (XDG on Linux, the platform's elsewhere)."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "disclosurelint" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "disclosurelint"
    xdg = os.environ.get("XDG_CACHE_HOME")
    base_dir = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return base_dir / "disclosurelint"


def resolve_dir(given: str | None, configured: str | None) -> Path:
    """``--cache-dir``, else ``DISCLOSURELINT_CACHE_DIR``, else the configuration's ``cache-dir``
    (already relative to the configuration's folder), else :func:`default_dir`."""
    chosen = given or os.environ.get(ENV_DIR) or configured
    return Path(chosen) if chosen else default_dir()


def disabled_by_environment() -> bool:
    return os.environ.get(ENV_OFF, "").strip().lower() not in ("", "0", "false", "no")


# -- the run's fingerprint --------------------------------------------------------------------


def canonical(value: Any) -> Any:
    """``value`` as plain, ordered data whose ``repr`` is the same in every process."""
    if value is None or isinstance(value, (bool, int, float, str, bytes)):
        return value
    if isinstance(value, enum.Enum):
        return (type(value).__name__, canonical(value.value))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (
            type(value).__qualname__,
            tuple((f.name, canonical(getattr(value, f.name))) for f in dataclasses.fields(value)),
        )
    if isinstance(value, Mapping):
        return ("map", tuple(sorted((repr(canonical(k)), canonical(v)) for k, v in value.items())))
    if isinstance(value, (set, frozenset)):
        return ("set", tuple(sorted(repr(canonical(v)) for v in value)))
    if isinstance(value, (list, tuple)):
        return tuple(canonical(v) for v in value)
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    raise Uncacheable(f"cannot fingerprint a {type(value).__name__}")


def _file_state(path: str | os.PathLike[str]) -> tuple[str, bytes | None]:
    """A file's name and bytes (None when it cannot be read)."""
    try:
        return os.fspath(path), Path(path).read_bytes()
    except OSError:
        return os.fspath(path), None


def _tree_state(paths: Iterable[str]) -> Iterator[tuple[str, bytes | None]]:
    """Every file under ``paths`` (files as given, folders walked), with its bytes."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for sub in sorted(p for p in path.rglob("*") if p.is_file()):
                yield _file_state(sub)
        else:
            yield _file_state(path)


def _package_state() -> list[tuple[str, int, int]]:
    """The installed package's files (rules, schema, taxonomy, SDK catalogue) by size and time:
    an upgrade, or an edit of an editable install, starts a new index."""
    root = Path(__file__).resolve().parent
    found: list[tuple[str, int, int]] = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(names):
            if name.endswith((".pyc", ".pyo")):
                continue
            full = os.path.join(folder, name)  # noqa: PTH118 - a few hundred files: keep it cheap
            try:
                info = os.stat(full)  # noqa: PTH116
            except OSError:
                continue
            found.append((os.path.relpath(full, root), info.st_size, info.st_mtime_ns))
    return found


def _rule_state(rule: Any) -> Any:
    """What a rule's findings depend on beyond the file: a policy's compiled source (lists
    included), a module's file (a plugin's code), and its distribution's version."""
    spec = getattr(rule, "spec", None)
    if spec is not None:
        return ("policy", canonical(spec))
    file = getattr(rule, "__file__", None)
    module = getattr(rule, "__name__", "")
    if file is None or module.startswith("disclosurelint."):
        return ("module", module)  # built-in: covered by the package's state
    try:
        info = os.stat(file)  # noqa: PTH116
        stamp: tuple[int, int] | None = (info.st_size, info.st_mtime_ns)
    except OSError:
        stamp = None
    return ("plugin", module, file, stamp, _distribution_version(module))


def _distribution_version(module: str) -> str | None:
    from importlib import metadata

    top = module.split(".", 1)[0]
    for dist in metadata.packages_distributions().get(top, []):
        with contextlib.suppress(metadata.PackageNotFoundError):
            return f"{dist} {metadata.version(dist)}"
    return None


def run_key(settings: Any, rules: Iterable[Any], today: Any, cwd: str) -> str:
    """The hex digest naming the index for a run with these settings, rules and date.

    Raises :class:`Uncacheable` when something cannot be fingerprinted.
    """
    import hashlib

    fields = {
        f.name: getattr(settings, f.name)
        for f in dataclasses.fields(settings)
        if f.name != "cache_dir"  # where the cache is does not change what is found
    }
    parts: list[Any] = [
        FORMAT,
        __version__,
        sys.version_info[:3],
        cwd,
        str(today),
        canonical(fields),
        _package_state(),
        [_rule_state(r) for r in rules],
        list(_tree_state(settings.policies)),
    ]
    if settings.source:
        parts.append(_file_state(settings.source))
    if settings.waivers.file:
        parts.append(_file_state(settings.waivers.file))
    catalogue = settings.sdk_catalogue
    if isinstance(catalogue, (list, tuple)):
        parts.append(list(_tree_state(catalogue)))
    return hashlib.blake2b(repr(parts).encode(), digest_size=20).hexdigest()


# -- entries ----------------------------------------------------------------------------------


def content_hash(raw: bytes) -> bytes:
    import hashlib

    return hashlib.blake2b(raw, digest_size=16).digest()


def signature(info: os.stat_result, now_ns: int) -> Signature | None:
    """The stat signature to trust next time, or None for a file changed a moment ago."""
    if max(info.st_mtime_ns, info.st_ctime_ns) > now_ns - RACY_NS:
        return None
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


def stat_signature(info: os.stat_result) -> Signature:
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


# An index maps each file (as found, as shown) to an entry: its stat signature (None: hash it),
# the hash of its bytes, whether it was checked (False: only its facts were collected), what the
# check produced, and the day (since the epoch) the file was last part of a run.
Entry = tuple[Signature | None, bytes, bool, FileOutcome, int]

_ALLOWED = {
    ("disclosurelint.outcome", "FileOutcome"),
    ("disclosurelint.model", "Problem"),
    ("disclosurelint.model", "Severity"),
    ("disclosurelint.model", "Target"),
    ("disclosurelint.model", "Waiver"),
    ("disclosurelint.waivers", "Directive"),
    ("disclosurelint.rules.sdk_facts", "Declared"),
    ("disclosurelint.cache", "span"),
}
_PLAIN = (str, int, float, bool, bytes, type(None))


@functools.lru_cache(maxsize=1 << 16)
def span(line: int, column: int, end_line: int, end_column: int) -> Span:
    """A span, shared by every entry that has it: an index holds many equal ones, and reading
    one back then costs a look-up instead of two objects."""
    return Span(Position(line, column), Position(end_line, end_column))


def _reduce_span(value: Span) -> tuple[Any, tuple[int, int, int, int]]:
    return span, (value.start.line, value.start.column, value.end.line, value.end.column)


class _Unpickler(pickle.Unpickler):
    """Unpickles the project's records and plain data only: anything else is refused."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not a cache record")
        return super().find_class(module, name)


def _storable(value: Any, depth: int = 0) -> bool:
    """Whether ``value`` (a fact, a problem's details) is made of what an index may hold."""
    if isinstance(value, _PLAIN) or depth > 20:
        return isinstance(value, _PLAIN)
    if isinstance(value, (tuple, list, set, frozenset)):
        return all(_storable(v, depth + 1) for v in value)
    if isinstance(value, dict):
        return all(_storable(k, depth + 1) and _storable(v, depth + 1) for k, v in value.items())
    kind = type(value)
    if kind is Span:
        return True
    if (kind.__module__, kind.__qualname__) not in _ALLOWED:
        return False
    if isinstance(value, enum.Enum):
        return True
    return all(_storable(getattr(value, f.name), depth + 1) for f in dataclasses.fields(value))


def storable(outcome: FileOutcome) -> bool:
    """Whether an outcome can be kept: a plugin's own fact or detail types cannot."""
    return all(_storable(v) for v in outcome.facts.values()) and all(
        not p.details or _storable(p.details) for p in outcome.problems
    )


# -- the store --------------------------------------------------------------------------------


class Store:
    """The index of one run configuration in ``folder``: read once, written once."""

    def __init__(self, folder: Path, key: str) -> None:
        self.folder = folder
        self.key = key
        self.path = folder / f"v{FORMAT}" / f"{key}{_SUFFIX}"
        self.entries: dict[Key, Entry] = {}
        self.changed = False
        self.today = int(time.time() // 86400)
        self._load()

    def _load(self) -> None:
        collecting = gc.isenabled()
        gc.disable()  # many small objects at once: a collection midway finds nothing to free
        try:
            with self.path.open("rb") as handle:
                data = _Unpickler(handle).load()
        except FileNotFoundError:
            return
        except Exception:  # an unreadable index is an empty one, never a crash
            self.changed = True
            return
        finally:
            if collecting:
                gc.enable()
        if not (isinstance(data, tuple) and len(data) == 3 and data[:2] == (FORMAT, self.key)):
            self.changed = True
            return
        entries = data[2]
        if isinstance(entries, dict):
            self.entries = {k: e for k, e in entries.items() if _well_formed(k, e)}
            self.changed = len(self.entries) != len(entries)

    def lookup(self, key: Key, info: os.stat_result, collect_only: bool) -> FileOutcome | None:
        """The outcome kept for a file whose stat signature has not changed, else None."""
        entry = self.entries.get(key)
        if entry is None or entry[0] is None or (not entry[2] and not collect_only):
            return None
        if entry[0] != stat_signature(info):
            return None
        return self._serve(key, entry)

    def lookup_bytes(
        self, key: Key, digest: bytes, signature: Signature | None, collect_only: bool
    ) -> FileOutcome | None:
        """The outcome kept for a file with these bytes (its signature renewed), else None."""
        entry = self.entries.get(key)
        if entry is None or entry[1] != digest or (not entry[2] and not collect_only):
            return None
        if entry[0] != signature:
            entry = (signature, *entry[1:4], self.today)
            self.entries[key] = entry
            self.changed = True
        return self._serve(key, entry)

    def _serve(self, key: Key, entry: Entry) -> FileOutcome:
        if entry[4] != self.today:
            self.entries[key] = (*entry[:4], self.today)
            self.changed = True
        return entry[3]

    def put(
        self,
        key: Key,
        signature: Signature | None,
        digest: bytes,
        outcome: FileOutcome,
        checked: bool,
    ) -> None:
        if not storable(outcome):
            return
        kept = dataclasses.replace(outcome, text=None) if outcome.text is not None else outcome
        self.entries[key] = (signature, digest, checked, kept, self.today)
        self.changed = True

    def save(self) -> None:
        """Write the index (atomically) when it changed, then keep the folder under its bound.
        A cache that cannot be written is no error: the next run checks the files again."""
        if not self.changed:
            with contextlib.suppress(OSError):
                os.utime(self.path)  # recently used: not the first to be pruned
            return
        oldest = self.today - KEEP_DAYS
        data = (FORMAT, self.key, {k: e for k, e in self.entries.items() if e[4] >= oldest})
        try:
            prepare(self.folder)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(prefix=".tmp-", dir=self.path.parent)
            try:
                with os.fdopen(fd, "wb") as handle:
                    pickler = pickle.Pickler(handle, protocol=pickle.HIGHEST_PROTOCOL)
                    pickler.dispatch_table = {**copyreg.dispatch_table, Span: _reduce_span}
                    pickler.dump(data)
                Path(temp).replace(self.path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temp)  # noqa: PTH108
                raise
        except (OSError, pickle.PicklingError):
            return
        prune(self.folder, keep=self.path)


def _well_formed(key: Any, entry: Any) -> bool:
    return (
        isinstance(key, tuple)
        and len(key) == 2
        and isinstance(entry, tuple)
        and len(entry) == 5
        and (entry[0] is None or isinstance(entry[0], tuple))
        and isinstance(entry[1], bytes)
        and isinstance(entry[3], FileOutcome)
        and isinstance(entry[4], int)
    )


def prepare(folder: Path) -> None:
    """Create the cache folder with a ``.gitignore`` (so that it is never committed) and a
    ``CACHEDIR.TAG`` (so that backup tools skip it)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ((".gitignore", GITIGNORE), ("CACHEDIR.TAG", CACHEDIR_TAG)):
        target = folder / name
        if not target.exists():
            with contextlib.suppress(OSError):
                target.write_text(text, "utf-8")


def indexes(folder: Path) -> list[Path]:
    """The index files in ``folder`` (of every format version)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"v*/*{_SUFFIX}") if p.is_file())


def prune(folder: Path, *, keep: Path | None = None, limit: int = MAX_BYTES) -> int:
    """Remove the least recently used indexes until the folder is under ``limit`` bytes, and
    temporary files a killed run left behind; returns how many files were removed."""
    removed = 0
    now = time.time()
    for temp in folder.glob("v*/.tmp-*"):
        with contextlib.suppress(OSError):
            if now - temp.stat().st_mtime > 3600:
                temp.unlink()
                removed += 1
    found: list[tuple[float, int, Path]] = []
    for path in indexes(folder):
        with contextlib.suppress(OSError):
            info = path.stat()
            found.append((info.st_mtime, info.st_size, path))
    total = sum(size for _, size, _ in found)
    for _, size, path in sorted(found):
        if total <= limit:
            break
        if path == keep:
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            removed += 1
            total -= size
    return removed


def clean(folder: Path) -> int:
    """Remove every index and temporary file of the cache in ``folder``; returns the count."""
    removed = 0
    if not folder.is_dir():
        return 0
    for path in [*folder.glob("v*/*"), *folder.glob("v*")]:
        with contextlib.suppress(OSError):
            if path.is_dir():
                path.rmdir()
            else:
                path.unlink()
                removed += 1
    return removed
