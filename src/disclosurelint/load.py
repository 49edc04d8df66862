"""Bytes -> :class:`~disclosurelint.document.Document`; every problem is a finding at a position.

This module owns the YAML library. It reads with libyaml's C parser (PyYAML's ``CParser``) into a
node tree, then builds plain data from the nodes itself, so that:

* scalars resolve by the YAML 1.2 core schema: ``yes``/``no``/``on``/``off`` and dates stay strings
  (``country: NO`` is Norway), while ``1``, ``true`` and ``null`` keep their types;
* a duplicate key, an unknown tag (``!!python/object``), an alias that expands without bound, a
  complex key or an absurd nesting depth is a finding, and nothing is ever constructed from a tag;
* positions come from the same node tree, looked up only for files that have findings.

Everything that goes wrong yields ``(code, Finding)`` pairs; nothing here raises for bad input.
"""

from __future__ import annotations

import errno
import importlib.util
import math
import os
import re
import stat
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from disclosurelint.compiled import compiled
from disclosurelint.document import Document, SourceMap
from disclosurelint.model import Finding, Span
from disclosurelint.rules import dl001_yaml_syntax as dl001
from disclosurelint.rules import dl002_duplicate_key as dl002
from disclosurelint.rules import dl003_empty_file as dl003
from disclosurelint.rules import dl004_multiple_documents as dl004
from disclosurelint.rules import dl005_not_a_mapping as dl005
from disclosurelint.rules import dl006_bad_encoding as dl006
from disclosurelint.rules import dl007_binary_file as dl007
from disclosurelint.rules import dl008_file_too_large as dl008
from disclosurelint.rules import dl009_unbounded_structure as dl009
from disclosurelint.rules import dl010_unknown_tag as dl010
from disclosurelint.rules import dl011_complex_key as dl011
from disclosurelint.rules import dl012_unreadable_file as dl012

if TYPE_CHECKING:
    from collections.abc import Callable

    import yaml

    from disclosurelint.document import Node

    SimpleReader = Callable[[str, Any], tuple[dict[str, Any], Node] | None]


_SIMPLE_YAML = Path(__file__).with_name("simple_yaml.py")


def compiled_simple_reader(source: Path = _SIMPLE_YAML) -> SimpleReader | None:
    """:func:`disclosurelint.simple_yaml.read` compiled by mypyc (see setup.py), or None when it
    was not built or was built from another text than ``source`` (``simple_yaml.py`` as it is
    now): an edited reader is never shadowed by an old compiled copy."""
    copy = compiled("simple_yaml", source)
    if copy is None:
        return None
    reader: SimpleReader = copy.read
    return reader


def simple_reader(source: Path = _SIMPLE_YAML) -> SimpleReader:
    """The compiled reader when it is current, else the pure-Python one."""
    compiled = compiled_simple_reader(source)
    if compiled is not None:
        return compiled
    from disclosurelint.simple_yaml import read

    return read


read_simple = simple_reader()

# PyYAML is imported on first use (see _loader), but a missing one fails every run at once,
# with the one-line error of a missing dependency, not only when some text needs it.
if importlib.util.find_spec("yaml") is None:  # pragma: no cover - a broken install
    raise ModuleNotFoundError("No module named 'yaml'", name="yaml")

DEFAULT_MAX_FILE_SIZE = 1024 * 1024
MAX_EXPANDED_NODES = 100_000  # what aliases may expand to: far above any real declaration
MAX_DEPTH = 64

_PLAIN = "tag:disclosurelint,2025:plain"
_STR = "tag:yaml.org,2002:str"
_KNOWN_SCALAR_TAGS = {
    _STR,
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"

# YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1032-tag-resolution)
_NULL = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})
_INT = re.compile(r"[-+]?[0-9]+\Z")
_OCT = re.compile(r"0o[0-7]+\Z")
_HEX = re.compile(r"0x[0-9a-fA-F]+\Z")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\Z")
_INF = re.compile(r"[-+]?\.(?:inf|Inf|INF)\Z")
_NAN = frozenset({".nan", ".NaN", ".NAN"})
_TAG_TYPES: dict[str, type | tuple[type, ...]] = {
    "tag:yaml.org,2002:int": int,
    "tag:yaml.org,2002:float": (int, float),
    "tag:yaml.org,2002:bool": bool,
    "tag:yaml.org,2002:null": type(None),
}


@dataclass(frozen=True)
class LoadIssue:
    """A finding of the load stage, with the code of the load rule that describes it."""

    code: str
    finding: Finding


@cache
def _loader() -> Any:
    """libyaml's parser and composer (PyYAML's pure-Python ones where it was built without
    libyaml); tags are resolved later, by :class:`_Builder`. Made on first use: most texts are
    read by :mod:`disclosurelint.simple_yaml`, and importing PyYAML is a good part of the
    start-up of a run that never needs it."""
    import yaml

    base: Any = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
    scalar, sequence = yaml.ScalarNode, yaml.SequenceNode

    class Loader(base):  # type: ignore[misc]
        # The composer calls these around every node for path resolvers, which this loader
        # has none of. Bound methods of builtins do not bind ``self``: each is then one C call
        # that does nothing instead of a Python method that returns at once (300,000 calls
        # per 3,000 files).
        descend_resolver: Any = {}.get  # (parent, index) -> None
        ascend_resolver: Any = ().__len__  # () -> 0

        def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
            if kind is scalar:
                return _PLAIN if implicit[0] else _STR
            return _SEQ if kind is sequence else _MAP

    return Loader


def _span(node: Any) -> Span:
    m = node.start_mark
    return Span.at(m.line + 1, m.column + 1)


def _plain_scalar(text: str) -> Any:
    """Resolve an untagged plain scalar by the YAML 1.2 core schema."""
    if text in _NULL:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    first = text[0]
    if first.isdigit() or first in "+-.":
        if _INT.match(text):
            return int(text)
        if _OCT.match(text):
            return int(text[2:], 8)
        if _HEX.match(text):
            return int(text[2:], 16)
        if _FLOAT.match(text):
            return float(text)
        if _INF.match(text):
            return -math.inf if first == "-" else math.inf
        if text in _NAN:
            return math.nan
    return text


def _tagged_scalar(node: Any) -> Any:
    """A scalar with an explicit standard tag (``!!str 1``, ``!!int "3"``)."""
    tag, text = node.tag, node.value
    if tag == _STR:
        return text
    value = _plain_scalar(text)
    expected = _TAG_TYPES[tag]
    if isinstance(value, bool) and expected is not bool:
        return text
    return value if isinstance(value, expected) else text


class _Builder:
    """Builds plain data from a node tree, collecting findings instead of raising.

    ``aliases``: whether the text can hold an alias; without one no node is reached twice, and
    the memo that shares an aliased value is not kept (a look-up per node saved).
    """

    def __init__(self, aliases: bool = True) -> None:
        self.issues: list[LoadIssue] = []
        self._memo: dict[int, Any] | None = {} if aliases else None

    def build(self, node: Any, depth: int = 0) -> Any:
        memo = self._memo
        if memo is not None and id(node) in memo:  # an alias: share the value, as YAML does
            return memo[id(node)]
        if depth > MAX_DEPTH:
            self.issues.append(LoadIssue(dl009.CODE, dl009.too_deep(MAX_DEPTH, _span(node))))
            return None
        tag = node.tag
        kind = node.id
        if kind == "scalar":
            if tag == _PLAIN:
                value = _plain_scalar(node.value)
            elif tag in _KNOWN_SCALAR_TAGS:
                value = _tagged_scalar(node)
            else:
                value = None
                self._unknown_tag(node)
        elif tag not in (_SEQ, _MAP):
            value = None
            self._unknown_tag(node)
        elif kind == "sequence":
            value = []
            if memo is not None:
                memo[id(node)] = value
            build, deeper = self.build, depth + 1
            if memo is None and deeper <= MAX_DEPTH:
                # a plain scalar, the usual element, is resolved here rather than by a call
                value.extend(
                    [
                        _plain_scalar(child.value)
                        if child.tag == _PLAIN and child.id == "scalar"
                        else build(child, deeper)
                        for child in node.value
                    ]
                )
            else:
                value.extend([build(child, deeper) for child in node.value])
            return value
        else:
            value = {}
            if memo is not None:
                memo[id(node)] = value
            first_seen: dict[str, Any] = {}
            build, deeper = self.build, depth + 1
            inline = memo is None and deeper <= MAX_DEPTH  # as for a sequence's elements
            for key_node, value_node in node.value:
                if key_node.id != "scalar":
                    self.issues.append(LoadIssue(dl011.CODE, dl011.finding(_span(key_node))))
                    continue
                name = key_node.value
                if name in first_seen:
                    first = first_seen[name].start_mark.line + 1
                    found = dl002.finding(name, first, _span(key_node))
                    self.issues.append(LoadIssue(dl002.CODE, found))
                    continue
                first_seen[name] = key_node
                if inline and value_node.tag == _PLAIN and value_node.id == "scalar":
                    value[name] = _plain_scalar(value_node.value)
                else:
                    value[name] = build(value_node, deeper)
            return value
        if memo is not None:
            memo[id(node)] = value
        return value

    def _unknown_tag(self, node: Any) -> Any:
        """Report the tag; the value becomes ``None`` (nothing is constructed)."""
        tag = str(node.tag).replace("tag:yaml.org,2002:", "!!")
        self.issues.append(LoadIssue(dl010.CODE, dl010.finding(tag, _span(node))))
        return None


def _expanded_size(root: Any) -> int | None:
    """How many nodes the tree has once aliases are expanded; None when an alias is recursive."""
    sizes: dict[int, int] = {}
    active: set[int] = set()

    def size(node: Any) -> int | None:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in active:
            return None
        if node.id == "scalar":
            return 1
        active.add(key)
        total = 1
        children = node.value if node.id == "sequence" else [n for pair in node.value for n in pair]
        for child in children:
            s = size(child)
            if s is None:
                return None
            total += s
            if total > MAX_EXPANDED_NODES:
                break
        active.discard(key)
        sizes[key] = total
        return total

    return size(root)


def _has_aliases(text: str) -> bool:
    return "*" in text and "&" in text


def _decode(raw: bytes) -> tuple[str | None, LoadIssue | None]:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, LoadIssue(dl006.CODE, dl006.utf16())
    if b"\x00" in raw:
        offset = raw.index(b"\x00")
        line = raw.count(b"\n", 0, offset) + 1
        return None, LoadIssue(dl007.CODE, dl007.finding(line))
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]  # a UTF-8 byte-order mark is accepted and ignored
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        line_start = raw.rfind(b"\n", 0, exc.start) + 1
        column = len(raw[line_start : exc.start].decode("utf-8", "replace")) + 1
        bad = raw[exc.start : exc.start + 1].hex()
        return None, LoadIssue(dl006.CODE, dl006.invalid_utf8(bad, line, column))


def _yaml_error(exc: yaml.YAMLError, text: str) -> LoadIssue:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context = getattr(exc, "context", None)
    context_mark = getattr(exc, "context_mark", None)
    if mark is not None:
        from disclosurelint.yamlhints import hint

        found = hint(
            text,
            str(problem),
            str(context or ""),
            (mark.line, mark.column),
            context_mark.line if context_mark is not None else None,
        )
        if found is not None:
            span = Span.at(found.line, found.column)
            return LoadIssue(dl001.CODE, dl001.likely_mistake(found.message, found.fix, span))
    span = Span.at(mark.line + 1, mark.column + 1) if mark is not None else Span.at(1, 1)
    from yaml.reader import ReaderError

    if isinstance(exc, ReaderError):
        problem = f"{exc.reason} (character {exc.character!r})"
        return LoadIssue(dl001.CODE, dl001.finding(problem, span))
    apart = context_mark is not None and context_mark is not mark
    line = context_mark.line + 1 if context and apart and context_mark is not None else 0
    return LoadIssue(dl001.CODE, dl001.finding(problem, span, context, line))


def parse(
    text: str, path: str, *, allow_list: bool = False
) -> tuple[Document | None, list[LoadIssue]]:
    """Parse one declaration's text. Returns the document (None when unusable) and the issues.

    ``allow_list`` accepts a list at the top level (the central waivers file is one).
    A text in the shapes :mod:`disclosurelint.simple_yaml` reads is read by it; libyaml reads
    every other text, with the same result.
    """
    simple = read_simple(text, _plain_scalar)
    if simple is not None:
        return Document(path, text, simple[0], SourceMap(simple[1], text)), []
    return parse_with_libyaml(text, path, allow_list=allow_list)


def parse_with_libyaml(
    text: str, path: str, *, allow_list: bool = False
) -> tuple[Document | None, list[LoadIssue]]:
    """:func:`parse` by libyaml's parser, whatever the text's shape."""
    import yaml

    loader = _loader()(text)
    nodes: list[Any] = []
    try:
        while loader.check_node():
            nodes.append(loader.get_node())
            if len(nodes) > 1:
                break
    except yaml.YAMLError as exc:
        return None, [_yaml_error(exc, text)]
    except RecursionError:
        return None, [LoadIssue(dl009.CODE, dl009.too_deep(MAX_DEPTH))]
    finally:
        loader.dispose()
    if not nodes:
        return None, [LoadIssue(dl003.CODE, dl003.finding())]
    if len(nodes) > 1:
        return None, [LoadIssue(dl004.CODE, dl004.finding(_span(nodes[1])))]
    root = nodes[0]
    if root.id != "mapping" and not (allow_list and root.id == "sequence"):
        kind = {"scalar": "a single value", "sequence": "a list"}[root.id]
        if root.id == "scalar" and root.tag == _PLAIN and root.value == "":
            return None, [LoadIssue(dl003.CODE, dl003.finding(null_document=True))]
        return None, [LoadIssue(dl005.CODE, dl005.finding(kind, _span(root)))]
    aliases = _has_aliases(text)
    if aliases:
        expanded = _expanded_size(root)
        if expanded is None or expanded > MAX_EXPANDED_NODES:
            what = (
                "refers to itself"
                if expanded is None
                else f"expands to over {MAX_EXPANDED_NODES:,} nodes"
            )
            return None, [LoadIssue(dl009.CODE, dl009.alias(what))]
    builder = _Builder(aliases)
    data = builder.build(root)
    return Document(path, text, data, SourceMap(root, text)), builder.issues


_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


# The real path of each folder files were read from, kept for a second: a run reads thousands of
# files from a few folders, and resolving every link in a path costs a system call per part.
_REAL_FOLDERS: dict[str, str] = {}
_REAL_FOLDERS_KEPT = 1.0  # seconds
_real_folders_since = [0.0]


def _real_folder(folder: str) -> str:
    now = time.monotonic()
    if now - _real_folders_since[0] > _REAL_FOLDERS_KEPT:
        _REAL_FOLDERS.clear()
        _real_folders_since[0] = now
    real = _REAL_FOLDERS.get(folder)
    if real is None:
        real = _REAL_FOLDERS[folder] = os.path.realpath(folder)
    return real


def _outside(path: Path) -> LoadIssue | None:
    """A finding when ``path`` is, or passes through, a symbolic link that leaves the repository
    (or points nowhere): such a file is never opened, so nothing outside can be printed."""
    text = os.path.abspath(path)  # noqa: PTH100 - keeps the links, unlike resolve()
    folder = os.path.dirname(text)  # noqa: PTH120
    if _real_folder(folder) == folder and not os.path.islink(text):  # noqa: PTH114
        return None  # no link anywhere on the way
    from disclosurelint.discover import repository_root

    absolute = Path(text)
    real = Path(os.path.realpath(absolute))
    if real == absolute:
        return None
    target = str(absolute.readlink()) if absolute.is_symlink() else str(real)
    if not real.exists():
        return LoadIssue(dl012.CODE, dl012.dangling_link(target))
    root = Path(os.path.realpath(repository_root(absolute)))
    if real == root or root in real.parents:
        return None
    return LoadIssue(dl012.CODE, dl012.link_outside(target, str(root)))


def _open_inside(path: str | Path) -> tuple[int | None, LoadIssue | None]:
    """An open descriptor of ``path`` when nothing on its way is a link out of the repository.

    The common case costs one system call: a folder whose real path is itself (looked up once
    a second) and ``O_NOFOLLOW``, which refuses a link as the last part instead of following it;
    a refused link is then judged by :func:`_outside` and opened when it stays inside.
    """
    text = os.path.abspath(path)  # noqa: PTH100 - keeps the links, unlike resolve()
    folder = os.path.dirname(text)  # noqa: PTH120
    if _NOFOLLOW and _real_folder(folder) == folder:
        try:
            return os.open(text, _OPEN_FLAGS | _NOFOLLOW), None
        except OSError as exc:
            if exc.errno != errno.ELOOP:
                raise
    issue = _outside(Path(text))
    if issue is not None:
        return None, issue
    return os.open(text, _OPEN_FLAGS), None


def read_limited(path: str | Path, max_size: int) -> tuple[bytes | None, LoadIssue | None]:
    """A file's bytes, read only when it is a regular file inside the repository and never past
    ``max_size``: a FIFO does not block, ``/dev/zero`` is not read, a huge file is not loaded.

    Returns the bytes, or None and the finding (DL012 unreadable, DL008 too large). Raises
    :class:`OSError` only when the operating system refuses the file; the caller reports that.
    """
    # O_NONBLOCK: opening a FIFO returns at once; what it is, fstat then tells
    try:
        fd, issue = _open_inside(path)
    except OSError:
        if os.path.isdir(path):  # noqa: PTH112 - a folder that cannot be opened
            return None, _folder(Path(path))
        raise
    if fd is None:
        return None, issue
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            return None, _folder(Path(path))
        kind = next((word for test, word in _KINDS if test(info.st_mode)), None)
        if kind is not None:
            return None, LoadIssue(dl012.CODE, dl012.not_regular(kind))
        if info.st_size > max_size:  # known before reading: a huge file is never read
            return None, _too_large(info.st_size, max_size)
        # Read what fstat announced and one byte more: asking for max_size + 1 would allocate
        # a buffer of a mebibyte for every file. A file that grew, shrank, or lied about its
        # size (a file in /proc says 0) is read on to its end, up to the limit and one byte.
        raw = os.read(fd, info.st_size + 1)
        if len(raw) != info.st_size:
            parts = [raw]
            got = len(raw)
            while got <= max_size and (more := os.read(fd, max_size + 1 - got)):
                parts.append(more)
                got += len(more)
            raw = b"".join(parts)
    finally:
        os.close(fd)
    if len(raw) > max_size:
        return None, LoadIssue(dl008.CODE, dl008.over_limit(max_size))
    return raw, None


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _folder(path: Path) -> LoadIssue:
    try:
        next(path.iterdir(), None)
    except OSError as exc:
        return LoadIssue(dl012.CODE, dl012.folder_unreadable(str(exc.strerror or exc)))
    return LoadIssue(dl012.CODE, dl012.a_folder())


def load_file(
    path: Path,
    display: str,
    max_size: int = DEFAULT_MAX_FILE_SIZE,
) -> tuple[Document | None, list[LoadIssue], str | None]:
    """Read and parse one file. Returns the document, its load issues, and the text (if decoded).

    Raises :class:`OSError` only when the file cannot be read at all; the caller reports that.
    """
    raw, issue = read_limited(path, max_size)
    if raw is None:
        assert issue is not None
        return None, [issue], None
    return load_bytes(raw, display, max_size)


def load_bytes(
    raw: bytes, display: str, max_size: int = DEFAULT_MAX_FILE_SIZE
) -> tuple[Document | None, list[LoadIssue], str | None]:
    """Decode and parse a file's bytes, read from disk or from git; as :func:`load_file`."""
    if len(raw) > max_size:
        return None, [_too_large(len(raw), max_size)], None
    text, issue = _decode(raw)
    if text is None:
        assert issue is not None
        return None, [issue], None
    document, issues = parse(text, display)
    return document, issues, text


def _too_large(size: int, max_size: int) -> LoadIssue:
    return LoadIssue(dl008.CODE, dl008.finding(size, max_size))
