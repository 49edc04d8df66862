"""The documented key order of a declaration, and moving keys into it with their comments.

Keys are moved as blocks of lines: a key, its value, and the comment lines directly above it
travel together, so a waiver written on the line above a key still sits above that key, and an
inline comment stays on its line. Keys a declaration does not know keep their relative order,
after the known ones.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import yaml

TOP = (
    "disclosure",
    "id",
    "recipient",
    "product",
    "data_note",
    "data",
    "purpose",
    "scenario",
    "sharing_modes",
    "sharing_mode_note",
    "privacy_policy",
    "wording",
    "legal_basis",
    "processing_method",
    "cross_border",
    "retention",
    "review",
)
"""The top-level keys in the order ``fmt`` writes them (the order of the format page)."""

NESTED: Mapping[str, tuple[str, ...]] = {
    "recipient": ("name", "selected_by", "name_source", "relationship", "contact", "country"),
    "data[]": ("item", "category", "justification", "consent", "optional"),
    "justification": ("necessity", "impact"),
    "privacy_policy": ("url", "reference"),
    "wording": (
        "recipient",
        "product",
        "data",
        "purpose",
        "scenario",
        "sharing_modes",
        "privacy_policy",
    ),
    "cross_border": ("destinations", "mechanism", "note"),
    "review": ("owner", "last_reviewed", "ticket"),
}
"""The order of the keys inside each nested mapping, by the key that holds it."""

_MAX_PASSES = 64


def _rank(order: Sequence[str], key: str, index: int) -> tuple[int, int]:
    return (order.index(key), 0) if key in order else (len(order), index)


def _order_for(parent: str | None) -> tuple[str, ...] | None:
    if parent is None:
        return TOP
    return NESTED.get(parent)


def _first_misordered(root: Any) -> tuple[Any, list[int]] | None:
    """The first block mapping (outermost first) whose keys are out of order, and the order."""
    stack: list[tuple[Any, str | None]] = [(root, None)]
    while stack:
        node, parent = stack.pop(0)
        if isinstance(node, yaml.MappingNode):
            keys = [k.value if isinstance(k, yaml.ScalarNode) else "" for k, _ in node.value]
            order = _order_for(parent)
            if order is not None and not node.flow_style:
                wanted = sorted(range(len(keys)), key=lambda i: _rank(order, keys[i], i))
                if wanted != list(range(len(keys))) and len(set(keys)) == len(keys):
                    return node, wanted
            for key, value in node.value:
                name = key.value if isinstance(key, yaml.ScalarNode) else None
                stack.append((value, name))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, f"{parent}[]") for item in node.value)
    return None


def _end_line(node: Any, lines: Sequence[str]) -> int:
    """The last line (0-based) holding the node's own text, trailing comments left out."""
    end: int = node.end_mark.line if node.end_mark.column > 0 else node.end_mark.line - 1
    end = min(end, len(lines) - 1)
    while end > node.start_mark.line and _blank_or_comment(lines[end]):
        end -= 1
    return end


def _blank_or_comment(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


def _block_starts(node: Any, lines: Sequence[str]) -> list[int]:
    """Where each key's block starts: its line, or the first of the comments right above it."""
    starts = []
    floor = node.value[0][0].start_mark.line
    for i, (key, _) in enumerate(node.value):
        line = key.start_mark.line
        if i:
            limit = _end_line(node.value[i - 1][1], lines) + 1
            while line - 1 >= limit and lines[line - 1].strip().startswith("#"):
                line -= 1
        else:
            line = floor
        starts.append(line)
    return starts


def _reorder_once(text: str) -> str | None:
    lines = text.splitlines(keepends=True)
    root = yaml.compose(text, Loader=yaml.SafeLoader)  # nodes only: nothing is constructed
    found = _first_misordered(root)
    if found is None:
        return None
    node, wanted = found
    if any(k.start_mark.line == v.end_mark.line and i + 1 < len(node.value)
           and node.value[i + 1][0].start_mark.line == k.start_mark.line
           for i, (k, v) in enumerate(node.value)):  # fmt: skip
        return None  # two keys on one line: no block to move
    starts = _block_starts(node, lines)
    last = _end_line(node.value[-1][1], lines) + 1
    bounds = [*starts[1:], last]
    blocks = ["".join(lines[starts[i] : bounds[i]]) for i in range(len(starts))]
    blocks = [b if b.endswith("\n") else b + "\n" for b in blocks]
    column = node.value[0][0].start_mark.column
    lead = lines[starts[0]][:column]  # "  - " when the mapping is an item of a block sequence
    blocks[0] = " " * column + blocks[0][column:]
    first = blocks[wanted[0]]
    if not first.startswith(" " * column) or first[column:].startswith("#"):
        return None  # a comment would have to move onto the "- " line: leave the order
    moved = lead + first[column:] + "".join(blocks[i] for i in wanted[1:])
    return "".join(lines[: starts[0]]) + moved + "".join(lines[last:])


def reorder(text: str) -> str:
    """``text`` with the keys of every mapping in the documented order (comments moved along).

    The text must be YAML that loads; mappings written in flow style (``{a: 1}``) keep their order.
    """
    for _ in range(_MAX_PASSES):
        changed = _reorder_once(text)
        if changed is None or changed == text:
            return text
        text = changed
    return text
