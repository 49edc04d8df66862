"""The round-trip writer: ruamel.yaml in round-trip mode, one canonical layout, nothing lost.

The layout is the one the format page and this repository's declarations use: two-space
indentation, sequence items indented under their key (``  - item: ...``), keys in the documented
order (:mod:`.order`), plain scalars except where a YAML 1.1 reader would take the text for
something else (``'yes'``, ``'2024-05-01'``), and text longer than the line folded (``>-``) at 100
columns. Every comment is kept. A result is accepted only when the data it loads to is equal to
the input's and it holds the same comments; otherwise :class:`RewriteError` says why and nothing is
written. A file that does not load is refused with its first finding.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import yaml as pyyaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import (
    FoldedScalarString,
    SingleQuotedScalarString,
)

from disclosurelint.authoring.order import reorder
from disclosurelint.errors import DisclosureLintError
from disclosurelint.load import parse

WIDTH = 100
_STR_TAG = "tag:yaml.org,2002:str"
_YAML11 = pyyaml.resolver.Resolver()
_FOLDABLE = re.compile(r"\S+(?: \S+)*\Z")  # single spaces between words, nothing else


class RewriteError(DisclosureLintError):
    """A file that cannot be rewritten safely: it does not load, or the result would differ."""


def needs_quotes(text: str) -> bool:
    """True for a string a YAML 1.1 reader would take for something else (``yes``, ``on``,
    ``2024-05-01``, ``1.0``); ruamel.yaml writes YAML 1.2, where those are plain strings."""
    tag: str = _YAML11.resolve(pyyaml.ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    return tag != _STR_TAG


def new_yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.width = 1_000_000  # plain text is never wrapped; long text is folded explicitly
    yaml.allow_unicode = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def load_checked(text: str, path: str) -> Any:
    """The plain data of ``text``; :class:`RewriteError` with the loader's first finding when the
    file does not load as one declaration-shaped YAML document."""
    document, issues = parse(text, path)
    if issues:
        issue = issues[0]
        span = issue.finding.span
        where = f"{path}:{span.start.line}:{span.start.column}" if span else path
        raise RewriteError(f"{where}: {issue.code} {issue.finding.message}; not rewritten")
    if document is None:
        raise RewriteError(f"{path}: the file holds no YAML document; not rewritten")
    return document.data


def load_tree(text: str, path: str) -> Any:
    """The round-trip tree of a file that loads (see :func:`load_checked`)."""
    load_checked(text, path)
    try:
        return new_yaml().load(text)
    except Exception as exc:  # ruamel's own errors for YAML the checked loader accepted
        raise RewriteError(f"{path}: {exc}; not rewritten") from None


def dump(tree: Any) -> str:
    stream = io.StringIO()
    new_yaml().dump(tree, stream)
    return stream.getvalue()


def _fold_positions(text: str, room: int) -> list[int]:
    """Indexes of the spaces where ``text`` is broken so that no line exceeds ``room``."""
    positions: list[int] = []
    start = 0
    last_space = -1
    for index, char in enumerate(text):
        if char == " ":
            if index - start > room and last_space > start:
                positions.append(last_space)
                start = last_space + 1
            last_space = index
    if len(text) - start > room and last_space > start:
        positions.append(last_space)
    return positions


@lru_cache(maxsize=4096)
def plain_ok(text: str) -> bool:
    """Whether ``text`` can be written without quotes and read back as the same string."""
    if needs_quotes(text):
        return False
    written = dump({"k": text})
    return written.startswith("k: ") and written[3:4] not in ("'", '"')


def _styled(value: Any, column: int, key_width: int) -> Any:
    """A scalar in the canonical style: quoted for YAML 1.1 readers, folded when too long."""
    if type(value) is not str:
        return value
    if needs_quotes(value):
        return SingleQuotedScalarString(value)
    if column + key_width + len(value) > WIDTH and _FOLDABLE.match(value):
        folded = FoldedScalarString(value)
        folded.fold_pos = _fold_positions(value, WIDTH - column - 2)
        return folded
    return value


def style(node: Any, column: int = 0) -> None:
    """Apply the canonical scalar style to every value of the tree, in place."""
    if isinstance(node, CommentedMap):
        flow = node.fa.flow_style()
        for key in list(node):
            value = node[key]
            if isinstance(value, (CommentedMap, CommentedSeq)):
                style(value, column + 2)
            elif not flow:
                node[key] = _styled(value, column, len(str(key)) + 2)
    elif isinstance(node, CommentedSeq):
        flow = node.fa.flow_style()
        for index, value in enumerate(node):
            if isinstance(value, (CommentedMap, CommentedSeq)):
                style(value, column + 4)
            elif not flow:
                node[index] = _styled(value, column + 2, 2)


def comments(text: str, path: str) -> Counter[str]:
    """Every comment of ``text`` (stripped), counted; a ``#`` inside a text value is not one."""
    document, _ = parse(text, path)
    source = document.source if document is not None else None
    found: Counter[str] = Counter()
    for number, line in enumerate(text.splitlines(), 1):
        for match in re.finditer(r"(?:^|(?<=\s))#", line):
            if source is not None and source.in_scalar(number, match.start() + 1):
                continue
            found[line[match.start() :].strip()] += 1
            break
    return found


def strip_trailing_spaces(text: str, path: str) -> str:
    """``text`` without spaces and tabs at line ends, except where they belong to a text value."""
    document, _ = parse(text, path)
    source = document.source if document is not None else None
    out = []
    for number, line in enumerate(text.split("\n"), 1):
        stripped = line.rstrip(" \t")
        if stripped != line and (source is None or not source.in_scalar(number, len(stripped) + 1)):
            out.append(stripped)
        else:
            out.append(line)
    return "\n".join(out)


def verify(before: str, after: str, path: str) -> None:
    """Refuse ``after`` unless it loads to the same data and keeps every comment of ``before``."""
    if load_checked(before, path) != load_checked(after, path):
        raise RewriteError(f"{path}: rewriting would change the data; not rewritten")
    lost = comments(before, path) - comments(after, path)
    if lost:
        first = next(iter(lost))
        raise RewriteError(f"{path}: rewriting would lose the comment {first!r}; not rewritten")


def rewrite(
    text: str,
    path: str,
    change: Callable[[Any], None] | None = None,
    *,
    reorder_keys: bool = True,
    declarations_only: bool = False,
) -> str:
    """``text`` in the canonical layout, after ``change`` (a function that edits the tree in
    place, e.g. a fix), checked by :func:`verify` when nothing was meant to change.

    Keys are put in the documented order only in declarations (a top-level ``disclosure``) and
    only when ``reorder_keys``; with ``declarations_only`` any other YAML file is returned as it
    is (a folder may hold YAML that is not a declaration)."""
    data = load_checked(text, path)
    declaration = isinstance(data, dict) and "disclosure" in data
    if declarations_only and not declaration:
        return text
    ordered = reorder(text) if declaration and reorder_keys else text
    tree = load_tree(ordered, path)
    if change is not None:
        change(tree)
    style(tree)
    result = strip_trailing_spaces(dump(tree), path)
    if change is None:
        verify(text, result, path)
    else:
        load_checked(result, path)
        lost = comments(text, path) - comments(result, path)
        if lost:
            raise RewriteError(f"{path}: the fix would lose a comment; not rewritten")
    return result
