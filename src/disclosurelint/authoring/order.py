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
    "sdks",
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
    "consent_evidence",
    "security_measures",
    "entrustment_agreement",
    "impact_assessment",
    "review",
)
"""The top-level keys in the order ``fmt`` writes them: the schema's, except that ``data_note``
comes before the list it speaks of (as in the published lists)."""

_DOCUMENT = ("reference", "date")

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
    "legal_basis": ("pipl", "gdpr", "gdpr_special_category", "gdpr_criminal_data"),
    "cross_border": ("destinations", "mechanism", "note", "justification", "rights_exercise"),
    "consent_evidence": ("kind", "how", "where"),
    "entrustment_agreement": _DOCUMENT,
    "impact_assessment": _DOCUMENT,
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


def _first_misordered(root: Any, skip: set[tuple[str, ...]]) -> tuple[Any, list[int]] | None:
    """The first block mapping (outermost first) whose keys are out of order, and the order;
    mappings whose keys are in ``skip`` (they cannot be reordered) are passed over."""
    stack: list[tuple[Any, str | None]] = [(root, None)]
    while stack:
        node, parent = stack.pop(0)
        if isinstance(node, yaml.MappingNode):
            keys = [k.value if isinstance(k, yaml.ScalarNode) else "" for k, _ in node.value]
            order = _order_for(parent)
            if order is not None and not node.flow_style:
                wanted = sorted(range(len(keys)), key=lambda i: _rank(order, keys[i], i))
                movable = len(set(keys)) == len(keys) and _signature(node) not in skip
                if wanted != list(range(len(keys))) and movable:
                    return node, wanted
            for key, value in node.value:
                name = key.value if isinstance(key, yaml.ScalarNode) else None
                stack.append((value, name))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, f"{parent}[]") for item in node.value)
    return None


def _end_line(node: Any, lines: Sequence[str]) -> int:
    """The last line (0-based) holding the node's own text, trailing comments left out.

    A block collection's end mark lies at the next token, past any comments that follow it, so
    its end is its last entry's end.
    """
    block = isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and not node.flow_style
    if block and node.value:
        last = node.value[-1]
        return _end_line(last[1] if isinstance(last, tuple) else last, lines)
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


def _signature(node: Any) -> tuple[str, ...]:
    """A mapping's keys and scalar values: how a mapping is recognised again after a pass."""
    return tuple(f"{k.value}={getattr(v, 'value', '')!s}" for k, v in node.value)


def _reorder_once(text: str, skip: set[tuple[str, ...]]) -> str | None:
    """``text`` with one more mapping in order, ``text`` itself when one could not be moved (it is
    added to ``skip``), or None when every mapping is in order."""
    lines = text.splitlines(keepends=True)
    root = yaml.compose(text, Loader=yaml.SafeLoader)  # nodes only: nothing is constructed
    found = _first_misordered(root, skip)
    if found is None:
        return None
    node, wanted = found
    moved = _move(node, wanted, lines)
    if moved is None:
        skip.add(_signature(node))
        return text
    return moved


def _move(node: Any, wanted: list[int], lines: list[str]) -> str | None:
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
    first = blocks[wanted[0]].splitlines(keepends=True)
    above = []  # comments right above the key that comes first: they go above the "- " line
    while first and first[0].strip().startswith("#"):
        above.append(first.pop(0))
    if not first or not first[0].startswith(" " * column):
        return None
    moved = "".join(above) + lead + first[0][column:] + "".join(first[1:])
    moved += "".join(blocks[i] for i in wanted[1:])
    return "".join(lines[: starts[0]]) + moved + "".join(lines[last:])


def reorder(text: str) -> str:
    """``text`` with the keys of every mapping in the documented order (comments moved along).

    The text must be YAML that loads; mappings written in flow style (``{a: 1}``) keep their order.
    """
    skip: set[tuple[str, ...]] = set()
    for _ in range(_MAX_PASSES):
        changed = _reorder_once(text, skip)
        if changed is None:
            return text
        text = changed
    return text
