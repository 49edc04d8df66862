"""Text in one language or several: a free-text field is a string or a map of language tags.

``purpose: Provide maps.`` and ``purpose: {zh: 提供地图服务。, en: Provide maps.}`` are both
valid. Rules, rendering, the report, the export and the taxonomy read such a value through these
functions instead of testing for strings themselves:

- :func:`texts` gives every text of a value with the JSON path suffix where it is written, so a
  rule that checks each language reports ``$.purpose.zh`` for the Chinese text and ``$.purpose``
  for a plain string;
- :func:`text_in` gives the text in one language (``zh`` finds ``zh-CN`` and the reverse);
- :func:`primary` gives one text to show when no language is asked for.

A value of another type (a number, a list) has no text here; the schema stage reports it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Final, TypeGuard

# BCP 47 as far as a published list needs it: language, optional script, region and variants
# (`zh`, `zh-CN`, `zh-Hans-CN`, `en-GB`, `yue`). The schema uses the same expression.
TAG_PATTERN = (
    r"^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?"
    r"(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$"
)
_TAG: Final = re.compile(TAG_PATTERN)

# JSON paths of the fields that may be localized; ``*`` stands for any list index.
FIELDS: tuple[tuple[str | int, ...], ...] = (
    ("product",),
    ("purpose",),
    ("scenario",),
    ("data", "*", "item"),
    ("data", "*", "justification", "necessity"),
    ("data", "*", "justification", "impact"),
    ("data_note",),
    ("sharing_mode_note",),
    ("processing_method",),
    ("recipient", "name"),
    ("recipient", "name_source"),
    ("privacy_policy", "reference"),
    ("cross_border", "note"),
    ("retention",),
    *(
        ("wording", part)
        for part in (
            "recipient",
            "product",
            "data",
            "purpose",
            "scenario",
            "sharing_modes",
            "privacy_policy",
        )
    ),
)


_NEVER_MAPPINGS: Final = frozenset({str, list, int, float, bool, type(None)})


def is_mapping(value: object) -> TypeGuard[Mapping[Any, Any]]:
    """``isinstance(value, Mapping)``, answered without the ABC machinery for the plain values a
    loaded declaration holds: the rules ask it of every field of every file."""
    kind = type(value)
    if kind is dict:
        return True
    if kind in _NEVER_MAPPINGS:
        return False
    return isinstance(value, Mapping)


def is_tag(tag: object) -> bool:
    """True for a language tag in BCP 47 form (``zh``, ``zh-CN``, ``en``)."""
    return isinstance(tag, str) and bool(_TAG.match(tag))


def is_text_schema(schema: object) -> bool:
    """Whether a JSON Schema is the shared text definition (text, or a map of tags to text)."""
    return (
        isinstance(schema, Mapping)
        and "propertyNames" in schema
        and "string" in schema.get("type", ())
    )


def is_localized(value: object) -> bool:
    """True when ``value`` is a map of language tags (whatever its texts)."""
    return is_mapping(value)


def texts(value: Any) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Every text of ``value`` with the path suffix that leads to it.

    A string gives ``(((), text),)``; a map gives ``((("zh",), text), (("en",), text))`` for its
    entries whose text is a string, in the order written; anything else gives nothing.
    """
    if isinstance(value, str):
        return (((), value),)
    if is_mapping(value):
        return tuple(((str(tag),), text) for tag, text in value.items() if isinstance(text, str))
    return ()


def languages(value: Any) -> tuple[str, ...]:
    """The tags of a localized value, in the order written; none for a plain string."""
    if is_mapping(value):
        return tuple(str(tag) for tag in value)
    return ()


def _primary_subtag(tag: str) -> str:
    return tag.split("-", 1)[0].casefold()


def tag_in(value: Any, lang: str) -> str | None:
    """The tag of ``value`` that serves ``lang``: the same tag (case does not matter), else the
    same primary language (``zh`` serves ``zh-CN`` and ``zh-CN`` serves ``zh``)."""
    if not is_mapping(value):
        return None
    tags = [str(tag) for tag in value]
    wanted = lang.casefold()
    exact = next((tag for tag in tags if tag.casefold() == wanted), None)
    if exact is not None:
        return exact
    primary = _primary_subtag(lang)
    return next((tag for tag in tags if _primary_subtag(tag) == primary), None)


def text_in(value: Any, lang: str) -> str | None:
    """The text of ``value`` in ``lang``; None when a map has no such language (or it is not
    text). A plain string has no declared language and is returned as it is."""
    if isinstance(value, str):
        return value
    tag = tag_in(value, lang)
    if tag is None:
        return None
    text = value.get(tag)
    return text if isinstance(text, str) else None


def primary(value: Any, prefer: Iterable[str] = ()) -> str | None:
    """One text for ``value``: the string itself, or the first of ``prefer`` a map holds, or the
    map's first text. None when there is no text."""
    if isinstance(value, str):
        return value
    if not is_mapping(value):
        return None
    for lang in prefer:
        text = text_in(value, lang)
        if text is not None and text.strip():
            return text
    return next((text for _, text in texts(value) if text.strip()), None)


def localize(value: Any, lang: str | None) -> str | None:
    """The text to show for ``lang``: its own text when the map has it, else :func:`primary`
    (a page in Chinese still shows an English-only field rather than nothing)."""
    if lang is not None:
        text = text_in(value, lang)
        if text is not None and text.strip():
            return text
    return primary(value)


def fields(data: Any) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    """Every free-text field present in a declaration, with its JSON path (list indexes filled
    in), in the order of :data:`FIELDS` and then of the data items."""
    if not is_mapping(data):
        return
    for first, rest in _FIELDS_BY_KEY:
        if first not in data:
            continue  # most fields are optional: one look-up, no walk
        value = data[first]
        for pattern in rest:
            if pattern:
                yield from _walk(value, pattern, (first,))
            else:
                yield (first,), value


def field_values(data: Any) -> list[Any]:
    """The values :func:`fields` gives, in the same order, without their paths: what a rule
    that only looks at the texts needs, for a fraction of the work (no path is built)."""
    if not is_mapping(data):
        return []
    found: list[Any] = []
    for first, plans in _PLANS:
        if first not in data:
            continue  # most fields are optional: one look-up, no walk
        value = data[first]
        for head, tail in plans:
            node = _follow(value, head) if head else value
            if tail is None:  # a chain of keys: one node at its end
                if node is not _ABSENT:
                    found.append(node)
            elif type(node) is list:  # a list, and the keys inside each of its elements
                key = tail[0]
                for child in node:
                    if type(child) is dict and key not in child:
                        continue  # an optional key most elements lack: no walk
                    inner = _follow(child, tail)
                    if inner is not _ABSENT:
                        found.append(inner)
    return found


_ABSENT: Final[Any] = object()


def _follow(node: Any, keys: tuple[str | int, ...]) -> Any:
    """The node ``keys`` lead to from ``node`` through mappings, or :data:`_ABSENT`."""
    for key in keys:
        if not is_mapping(node) or key not in node:
            return _ABSENT
        node = node[key]
    return node


# FIELDS grouped by their first key, in order (a key's patterns are written together)
_FIELDS_BY_KEY: Final[tuple[tuple[str | int, tuple[tuple[str | int, ...], ...]], ...]] = tuple(
    (first, tuple(p[1:] for p in FIELDS if p[0] == first))
    for first in dict.fromkeys(p[0] for p in FIELDS)
)
# The same, each pattern cut at its list index: (the keys before it, the keys after it, or
# None when it has none). A pattern holds at most one ``*``.
_PLANS: Final[
    tuple[
        tuple[str | int, tuple[tuple[tuple[str | int, ...], tuple[str | int, ...] | None], ...]],
        ...,
    ]
] = tuple(
    (
        first,
        tuple((p[: p.index("*")], p[p.index("*") + 1 :]) if "*" in p else (p, None) for p in rest),
    )
    for first, rest in _FIELDS_BY_KEY
)


def _walk(
    node: Any, pattern: tuple[str | int, ...], path: tuple[str | int, ...]
) -> list[tuple[tuple[str | int, ...], Any]]:
    # one step of the pattern at a time, every match of a step in order (the order a depth-first
    # walk gives); most patterns end at their first step, a key the declaration does not have
    found = [(path, node)]
    for step in pattern:
        if step == "*":
            found = [
                ((*where, index), child)
                for where, value in found
                if isinstance(value, list)
                for index, child in enumerate(value)
            ]
        else:
            found = [
                ((*where, step), value[step])
                for where, value in found
                if is_mapping(value) and step in value
            ]
        if not found:
            break
    return found


if __name__ == "disclosurelint.localized":  # not in the compiled copy itself
    from disclosurelint.compiled import use_compiled

    use_compiled(globals())
