"""The result cache: what checking a file found, kept so that an unchanged file is not read again.

One *index* file holds the entries of one run configuration: everything that can change what a
file's check finds (the tool and its rules, the resolved settings, the policies and the files
they read, plugins, the central waivers file, the files rules read beside the declarations such
as a folder's ``_product.yaml``, the date waivers are judged against, the working folder) is
hashed into the index's name, so a change to any of them starts a new index and an
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
read is a miss. An index holds plain data only and is loaded by an unpickler that refuses every
class, so a cache folder from elsewhere can never make the tool run code. The folder is kept
under a size bound by removing the least recently used indexes.

Reading an index is most of what a warm run does, so it is laid out for that: an entry is a
tuple of plain values (no records to rebuild), the facts repository-wide rules read are plain
data where the rule keeps them so (the duplicate-id rule's id and position), and a file's
problems are bytes inside its entry, turned back into records only when that file's problems
are reported. A commit that names three files of 10,000 reads the others' signatures and facts,
never their problems.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import functools
import gc
import marshal
import os
import sys
import time
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from disclosurelint.model import Position, Problem, Span
from disclosurelint.outcome import FileOutcome
from disclosurelint.version import __version__

FORMAT = 2  # the layout of an index; part of its folder name
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


def run_key(
    settings: Any, rules: Iterable[Any], today: Any, cwd: str, beside: Iterable[str] = ()
) -> str:
    """The hex digest naming the index for a run with these settings, rules and date.

    ``beside``: the files the rules read beside the declarations (a folder's product file):
    a change to one, or one added or removed, starts a new index like any other setting.
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
        [_file_state(path) for path in sorted(beside)],
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


# -- the records of an index -------------------------------------------------------------------
#
# An index holds plain data only (str, int, bytes, tuples, dicts ...), never pickled objects:
# it is read with an unpickler that refuses every class, so it can neither run code nor build
# anything but data, and reading 10,000 entries builds tuples, not dataclasses. What checking a
# file produced is kept in a form that is turned back into records only for the files whose
# problems are reported: a commit that names three files reads the other files' facts alone.
#
# Records other than problems (a waiver, a plugin's fact that is not plain data) are written as
# ``(..., "Name", field, ...)``: a tuple that starts with ``Ellipsis``, which plain data from a
# declaration never holds.

Entry = tuple[Any, ...]
_SCALARS = frozenset({str, int, float, bool, bytes, type(None)})
_CONTAINERS = frozenset({tuple, list, dict, set, frozenset})


class Unstorable(Exception):
    """A value an index cannot hold (a plugin's own record type): the file is not cached."""


def _records() -> dict[str, type]:
    from disclosurelint.model import Severity, Target, Waiver
    from disclosurelint.rules.sdk_facts import Declared
    from disclosurelint.waivers import Directive

    kinds: list[type] = [Position, Span, Severity, Target, Waiver, Directive, Declared]
    return {k.__name__: k for k in kinds}


_RECORDS: dict[str, type] = {}


def _kinds() -> dict[str, type]:
    if not _RECORDS:
        _RECORDS.update(_records())
    return _RECORDS


def is_plain(value: Any, depth: int = 0) -> bool:
    """Whether ``value`` is plain data (exact built-in types, so an ``IntEnum`` is not)."""
    kind = type(value)
    if kind in _SCALARS:
        return True
    if kind not in _CONTAINERS or depth > 30:
        return False
    if kind is dict:
        return all(is_plain(k, depth + 1) and is_plain(v, depth + 1) for k, v in value.items())
    return all(is_plain(v, depth + 1) for v in value)


def encode(value: Any, depth: int = 0) -> Any:
    """``value`` as plain data: records as ``(..., name, fields...)``; raises
    :class:`Unstorable` for a type an index cannot hold."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    if depth > 30:
        raise Unstorable("too deep")
    if kind is tuple or kind is list or kind is set or kind is frozenset:
        return kind(encode(v, depth + 1) for v in value)
    if kind is dict:
        return {encode(k, depth + 1): encode(v, depth + 1) for k, v in value.items()}
    name = kind.__name__
    if _kinds().get(name) is not kind:
        raise Unstorable(f"a {kind.__qualname__} is not a cache record")
    if kind is Span:
        return (..., name, value.start.line, value.start.column, value.end.line, value.end.column)
    if isinstance(value, enum.Enum):
        return (..., name, value.value)
    fields = dataclasses.fields(value)
    return (..., name, *(encode(getattr(value, f.name), depth + 1) for f in fields))


def decode(value: Any) -> Any:
    """The value :func:`encode` wrote; raises ``ValueError`` for what it cannot have written."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is tuple:
        if value and value[0] is ...:
            return _record(value)
        return tuple(decode(v) for v in value)
    if kind is list or kind is set or kind is frozenset:
        return kind(decode(v) for v in value)
    if kind is dict:
        return {decode(k): decode(v) for k, v in value.items()}
    raise ValueError(f"a {kind.__name__} in a cache index")


def _record(value: tuple[Any, ...]) -> Any:
    kind = _kinds().get(value[1]) if len(value) > 1 and isinstance(value[1], str) else None
    if kind is None:
        raise ValueError("not a cache record")
    if kind is Span:
        return span(*value[2:])
    if issubclass(kind, enum.Enum):
        return kind(value[2])
    return kind(*(decode(v) for v in value[2:]))


@functools.lru_cache(maxsize=1 << 16)
def span(line: int, column: int, end_line: int, end_column: int) -> Span:
    """A span, shared by every problem that has it: an index holds many equal ones, and reading
    one back then costs a look-up instead of two objects."""
    return Span(Position(line, column), Position(end_line, end_column))


def _severities() -> dict[int, Any]:
    from disclosurelint.model import Severity

    return {s.value: s for s in Severity}


def _put_problem(p: Problem) -> tuple[Any, ...]:
    start, end = p.span.start, p.span.end
    details = p.details if is_plain(p.details) else (..., encode(p.details))
    waiver = None if p.waiver is None else encode(p.waiver)
    if not is_plain(p.json_path):
        raise Unstorable("a JSON path that is not plain data")
    return (
        p.path, start.line, start.column, end.line, end.column, p.code, p.name, int(p.severity),
        p.message, p.json_path, p.fix, waiver, details, p.fingerprint, p.anchor,
    )  # fmt: skip


def _get_problem(row: tuple[Any, ...], severities: Mapping[int, Any]) -> Problem:
    path, line, column, end_line, end_column, code, name, severity = row[:8]
    message, json_path, fix, waiver, details, fingerprint, anchor = row[8:]
    if type(details) is tuple:
        details = decode(details[1])
    elif type(details) is not dict:
        raise ValueError("details that are not a mapping")
    return Problem(
        path, span(line, column, end_line, end_column), code, name, severities[severity],
        message, json_path, fix, None if waiver is None else decode(waiver), details,
        fingerprint, anchor,
    )  # fmt: skip


def _put_outcome(outcome: FileOutcome) -> bytes | None:
    """What the index keeps of an outcome's problems and waivers (None: nothing to keep), as
    ``marshal`` bytes: read back only for the files whose problems are reported, with no
    set-up per file (a warm run reads thousands of them; ``marshal`` builds data, never runs
    code)."""
    if not (outcome.problems or outcome.waivers or outcome.used or outcome.capped):
        return None
    kept = (
        tuple(_put_problem(p) for p in outcome.problems),
        encode(outcome.waivers),
        encode(outcome.used),
        outcome.capped,
    )
    try:
        return marshal.dumps(kept, 4)
    except ValueError as exc:  # pragma: no cover - encode() keeps to what marshal writes
        raise Unstorable(str(exc)) from None


def _get_outcome(
    shown: str, facts: dict[str, Any], blob: bytes, severities: Mapping[int, Any]
) -> FileOutcome:
    problems, directives, used, capped = marshal.loads(blob)
    return FileOutcome(
        shown,
        tuple(_get_problem(row, severities) for row in problems),
        None,
        facts,
        decode(directives),
        decode(used),
        capped,
    )


def _split_facts(facts: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """The facts that are plain data (kept as they are: read back at no cost) and the others
    (encoded)."""
    plain: dict[str, Any] = {}
    rich: dict[str, Any] = {}
    for code, fact in facts.items():
        if type(code) is not str:
            raise Unstorable("a fact under a key that is not a rule code")
        if is_plain(fact):
            plain[code] = fact
        else:
            rich[code] = encode(fact)
    return plain, rich or None


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off for a while: reading an index or serving from it makes
    tens of thousands of tuples and records and no cycles, and a collection midway would only
    walk them (about a tenth of a warm run)."""
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()


def load_plain(handle: BinaryIO) -> Any:
    """Unpickle plain data only: every class, function and module is refused (``pickle`` is
    imported here: a run without a cache never needs it)."""
    import pickle

    class Unpickler(pickle.Unpickler):
        def find_class(self, module: str, name: str) -> Any:
            if (module, name) == ("builtins", "Ellipsis"):
                return ...
            raise pickle.UnpicklingError(f"{module}.{name} is not plain data")

    return Unpickler(handle).load()


# -- the store --------------------------------------------------------------------------------
#
# An entry, by the file as found: (shown (None: as found), signature or None, hash of the
# bytes, checked (False: only its facts were collected), day last seen, plain facts, encoded
# facts or None, problems and waivers (``marshal`` bytes) or None).
_SHOWN, _SIG, _DIGEST, _CHECKED, _DAY, _FACTS, _RICH, _OUTCOME = range(8)


class Store:
    """The index of one run configuration in ``folder``: read once, written once."""

    def __init__(self, folder: Path, key: str) -> None:
        self.folder = folder
        self.key = key
        self.path = folder / f"v{FORMAT}" / f"{key}{_SUFFIX}"
        self.entries: dict[str, Entry] = {}
        self.changed = False
        self.today = int(time.time() // 86400)
        self._severities = _severities()
        self._load()

    def _load(self) -> None:
        try:
            with self.path.open("rb") as handle, collector_paused():
                data = load_plain(handle)
        except FileNotFoundError:
            return
        except Exception:  # an unreadable index is an empty one, never a crash
            self.changed = True
            return
        if not (
            isinstance(data, tuple)
            and len(data) == 3
            and data[:2] == (FORMAT, self.key)
            and type(data[2]) is dict
        ):
            self.changed = True
            return
        self.entries = data[2]

    def lookup(
        self, found: str, shown: str, info: os.stat_result, collect_only: bool
    ) -> FileOutcome | None:
        """The outcome kept for a file whose stat signature has not changed, else None."""
        entry = self.entries.get(found)
        if entry is None or entry[_SIG] is None:
            return None
        try:
            if entry[_SIG] != (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino):
                return None
        except (TypeError, IndexError):
            return self._forget(found)
        return self._serve(found, shown, entry, collect_only)

    def lookup_bytes(
        self,
        found: str,
        shown: str,
        digest: bytes,
        signature: Signature | None,
        collect_only: bool,
    ) -> FileOutcome | None:
        """The outcome kept for a file with these bytes (its signature renewed), else None."""
        entry = self.entries.get(found)
        try:
            if entry is None or entry[_DIGEST] != digest:
                return None
        except (TypeError, IndexError):
            return self._forget(found)
        if entry[_SIG] != signature:
            entry = (*entry[:_SIG], signature, *entry[_SIG + 1 :])
            self.entries[found] = entry
            self.changed = True
        return self._serve(found, shown, entry, collect_only)

    def _forget(self, found: str) -> FileOutcome | None:
        """A damaged entry is a miss (None), and is not written again."""
        del self.entries[found]
        self.changed = True
        return None

    def _serve(
        self, found: str, shown: str, entry: Entry, collect_only: bool
    ) -> FileOutcome | None:
        try:
            (kept_as, _, _, checked, day, plain, rich, outcome) = entry
            if (kept_as or found) != shown or not (checked or collect_only):
                return None
            facts = plain if rich is None else {**plain, **decode(rich)}
            if type(facts) is not dict:
                raise ValueError("facts that are not a mapping")
            if collect_only or outcome is None:
                served = FileOutcome(shown, facts=facts)
            else:
                served = _get_outcome(shown, facts, outcome, self._severities)
        except (TypeError, ValueError, KeyError, IndexError, EOFError):
            return self._forget(found)
        if day != self.today:
            self.entries[found] = (*entry[:_DAY], self.today, *entry[_DAY + 1 :])
            self.changed = True
        return served

    def put(
        self,
        found: str,
        signature: Signature | None,
        digest: bytes,
        outcome: FileOutcome,
        checked: bool,
    ) -> None:
        """Keep what checking (or, unless ``checked``, collecting the facts of) a file found.
        An outcome holding what an index cannot (a plugin's own record types) is not kept."""
        try:
            plain, rich = _split_facts(outcome.facts)
            kept = _put_outcome(outcome) if checked else None
        except Unstorable:
            self.entries.pop(found, None)
            return
        shown = None if outcome.path == found else outcome.path  # mostly the same: kept once
        self.entries[found] = (shown, signature, digest, checked, self.today, plain, rich, kept)
        self.changed = True

    def save(self) -> None:
        """Write the index (atomically) when it changed, then keep the folder under its bound.
        A cache that cannot be written is no error: the next run checks the files again."""
        if not self.changed:
            with contextlib.suppress(OSError):
                os.utime(self.path)  # recently used: not the first to be pruned
            return
        import pickle
        import tempfile

        oldest = self.today - KEEP_DAYS
        kept = {k: e for k, e in self.entries.items() if _current(k, e, oldest)}
        data = (FORMAT, self.key, kept)
        try:
            prepare(self.folder)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(prefix=".tmp-", dir=self.path.parent)
            try:
                with os.fdopen(fd, "wb") as handle:
                    pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL)
                Path(temp).replace(self.path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temp)  # noqa: PTH108
                raise
        except (OSError, pickle.PicklingError):
            return
        prune(self.folder, keep=self.path)


def _current(found: Any, entry: Any, oldest: int) -> bool:
    """Whether an entry is to be written again: well formed, and its file seen lately."""
    return (
        type(found) is str
        and type(entry) is tuple
        and len(entry) == _OUTCOME + 1
        and type(entry[_DAY]) is int
        and entry[_DAY] >= oldest
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
