"""The fix for a value of the wrong shape, written as what to type.

A wrong type is nearly always a familiar slip: items written as plain words (``data: [name,
phone]``), a list where a mapping belongs (``recipient:`` followed by ``- name: ...``), one word
where a list belongs (``sharing_modes: form``), a URL straight after ``privacy_policy:``. The fix
rewrites what was written into the expected shape, so the reader can copy it; the schema's
description of the field stays available in ``explain``.

The fixes of DL103 (``type_fix``) and DL108 (``forms_fix``), which call them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from disclosurelint.model import JsonPath


def _flat(value: Any) -> str:
    """A scalar as it would be typed after a key (quoted where YAML needs it)."""
    if isinstance(value, str):
        text = " ".join(value.split())
        if not text or ": " in text or text[0] in "[]{}&*!|>'\"%@`#,?-":
            return json.dumps(text, ensure_ascii=False)
        return text
    return json.dumps(value, ensure_ascii=False)


def _target_key(schema: Mapping[str, Any], value: Any) -> str | None:
    """The key a lone scalar most likely belongs under, in an object of ``schema``."""
    props: Mapping[str, Any] = schema.get("properties", {})
    if isinstance(value, str) and value.strip().lower().startswith(("http://", "https://")):
        for key, prop in props.items():
            if isinstance(prop, Mapping) and prop.get("format") == "uri":
                return key
    candidates: list[str] = []
    for branch in schema.get("oneOf", ()):
        candidates += list(branch.get("required", ()))[:1]
    candidates += list(schema.get("required", ()))
    candidates += [
        k
        for k, p in props.items()
        if isinstance(p, Mapping)
        and (p.get("type") == "string" or p.get("$ref") == "#/$defs/text")
        and "format" not in p
    ]
    candidates += list(props)  # `legal_basis: consent` belongs under its first key, `pipl`
    return next((k for k in candidates if k in props), None)


def type_fix(path: JsonPath, expected: Any, value: Any, schema: Mapping[str, Any]) -> str | None:
    """What to type instead of ``value`` at ``path`` for a schema ``type`` failure, or None."""
    types: Sequence[str] = expected if isinstance(expected, list) else [expected]
    key = path[-1] if path else None
    item = isinstance(key, int)
    name = "" if key is None or item else str(key)
    if "object" in types:
        return _object_fix(name, item, value, schema)
    if "array" in types and not isinstance(value, list):
        if isinstance(value, Mapping):
            first = next(iter(value.items()), None)
            example = f", as in `- {first[0]}: {_flat(first[1])}`" if first else ""
            return f"Write `{name}` as a list: start each entry with `- `{example}."
        if value is None:
            return None
        return f"Write a list, even of one: `{name}: [{_flat(value)}]`."
    if "string" in types and isinstance(value, (Mapping, list)):
        return (
            f"Write `{name or 'the value'}` as one text on its line; quote it if it holds "
            f"': ' (`{name or 'key'}: \"...\"`)."
        )
    return None


def _object_fix(name: str, item: bool, value: Any, schema: Mapping[str, Any]) -> str | None:
    if isinstance(value, list):
        if value and all(isinstance(v, Mapping) for v in value):
            keys = [str(k) for v in value for k in v]
            listed = ", ".join(f"`{k}:`" for k in keys[:3])
            return (
                f"Remove the dashes: the keys of `{name}` ({listed}) go straight under it, "
                "indented, not as list items."
            )
        return None
    if isinstance(value, Mapping) or value is None:
        return None
    target = _target_key(schema, value)
    if target is None:
        return None
    if item:
        return f"Write each entry as a key and its value: `- {target}: {_flat(value)}`."
    return (
        f"Put the value under a key: `{name}:` and, indented on the next line, "
        f"`{target}: {_flat(value)}`."
    )


def _form(branch: Mapping[str, Any], title: str) -> str:
    keys = ", ".join(f"`{k}:`" for k in branch.get("required", ()))
    return f"{keys} for {title}" if keys else title


def forms_fix(
    branches: Sequence[Mapping[str, Any]],
    titles: Sequence[str],
    best: int | None,
    missing: list[str],
) -> str | None:
    """The fix for a value that matches none of its forms (``best``: the closest, lacking
    ``missing``) or several of them (``best`` None): what to add or keep, form by form."""
    if best is None:
        forms = " or ".join(_form(b, t) for b, t in zip(branches, titles, strict=True))
        return f"Keep the keys of one form only: {forms}."
    if not missing:
        return None
    others = [
        _form(b, t) for i, (b, t) in enumerate(zip(branches, titles, strict=True)) if i != best
    ]
    added = ", ".join(f"`{k}:`" for k in missing)
    return (
        f"Add {added} for {titles[best]}"
        + (f"; or write {' or '.join(others)}" if others else "")
        + "."
    )
