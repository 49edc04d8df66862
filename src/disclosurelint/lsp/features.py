"""Hover, completion and code actions: what the server answers about a place in a file."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from lsprotocol import types as lsp

from disclosurelint.authoring import schemainfo
from disclosurelint.lsp.analysis import Analyser
from disclosurelint.lsp.locate import Place, place_at
from disclosurelint.model import JsonPath


@dataclass(frozen=True)
class Completion:
    label: str
    insert: str
    detail: str | None = None
    doc: str | None = None
    is_key: bool = False


# -- hover -------------------------------------------------------------------------------------


def _data(text: str) -> Any:
    from disclosurelint.load import parse

    document, _ = parse(text, "<buffer>")
    return document.data if document is not None else None


def _item_hover(analyser: Analyser, item: Any) -> str | None:
    """A data item's categories (given or inferred from its words) and what each means under
    the regimes in force."""
    if not isinstance(item, dict) or not isinstance(item.get("item"), str):
        return None
    taxonomy = analyser.taxonomy
    words = item["item"]
    given = item.get("category")
    lines = [f"**{words}**", ""]
    if isinstance(given, str):
        found = [(given, "given as `category`")]
    else:
        result = taxonomy.classify(words)
        found = [(m.category, f"inferred from the words “{m.phrase}”") for m in result.matches]
        if result.negated:
            lines.append("The words say that (some) data is not involved.")
    if not found:
        lines.append("No category of the taxonomy recognises these words (DL303).")
    regimes = analyser.settings.regimes
    for category_id, why in dict(found).items():
        category = taxonomy.get(category_id)
        if category is None:
            lines.append(f"- `{category_id}`: not a category of the taxonomy")
            continue
        lines.append(f"- `{category.id}` ({category.label}): {why}")
        statuses = [category.status(r) for r in regimes]
        for regime, status in zip(regimes, statuses, strict=True):
            lines.append(f"  - {regime}: {status.explain()}")
    return "\n".join(lines)


def hover_text(analyser: Analyser, text: str, line: int, column: int) -> str | None:
    place = place_at(text, line, column)
    parent = place.parent
    if len(parent) == 2 and parent[0] == "data" and isinstance(parent[1], int):
        in_item = place.key in ("item", "category") and not place.on_key
        if in_item:
            data = _data(text)
            items = data.get("data") if isinstance(data, dict) else None
            if isinstance(items, list) and parent[1] < len(items):
                return _item_hover(analyser, items[parent[1]])
    if place.key is None:
        return None
    return schemainfo.describe(place.path)


# -- completion --------------------------------------------------------------------------------


def _key_completions(path: JsonPath) -> Iterator[Completion]:
    for key, schema in schemainfo.keys(path).items():
        yield Completion(
            key,
            f"{key}: ",
            detail=str(schema.get("title", "")) or None,
            doc=str(schema.get("description", "")) or None,
            is_key=True,
        )


def _value_completions(analyser: Analyser, path: JsonPath) -> Iterator[Completion]:
    if path and path[-1] == "category":
        for category in analyser.taxonomy.categories.values():
            yield Completion(
                category.id, category.id, detail=category.label, doc=category.description
            )
        return
    for value in schemainfo.enum(path):
        yield Completion(value, value)


def completions(analyser: Analyser, place: Place) -> list[Completion]:
    if place.on_key:
        return list(_key_completions(place.parent))
    if place.key is None:
        return []
    path = place.path
    if place.in_list and schemainfo.keys((*path, 0)):
        return list(_key_completions((*path, 0)))
    return list(_value_completions(analyser, path))


# -- code actions ------------------------------------------------------------------------------


def _scalar_text(value: str) -> str:
    from disclosurelint.authoring.writer import plain_ok

    return value if plain_ok(value) else "'" + value.replace("'", "''") + "'"


def _range(text: str, span: Any) -> lsp.Range:
    from disclosurelint.lsp.locate import utf16_column

    lines = text.splitlines()

    def at(line: int, column: int) -> lsp.Position:
        content = lines[line - 1] if 0 < line <= len(lines) else ""
        return lsp.Position(line=line - 1, character=utf16_column(content, column - 1))

    return lsp.Range(
        start=at(span.start.line, span.start.column), end=at(span.end.line, span.end.column)
    )


def _fix_actions(
    analyser: Analyser, uri: str, text: str, diagnostics: Sequence[lsp.Diagnostic]
) -> Iterator[lsp.CodeAction]:
    from disclosurelint.authoring.fixes import find_fixes
    from disclosurelint.load import parse

    document, _ = parse(text, "<buffer>")
    if document is None or document.source is None:
        return
    fixes = find_fixes(document.data, analyser.taxonomy)
    for diag in diagnostics:
        path = tuple(diag.data.get("json_path", ())) if isinstance(diag.data, dict) else ()
        for fix in fixes:
            if fix.path != path or not isinstance(fix.new, str):
                continue
            span = document.source.span(fix.path)[0]
            edit = lsp.TextEdit(range=_range(text, span), new_text=_scalar_text(fix.new))
            yield lsp.CodeAction(
                title=fix.title
                + ("" if fix.safe else " (unsafe: may change what the link points to)"),
                kind=lsp.CodeActionKind.QuickFix,
                diagnostics=[diag],
                is_preferred=fix.safe,
                edit=lsp.WorkspaceEdit(changes={uri: [edit]}),
            )


def _fix_all(analyser: Analyser, uri: str, text: str) -> lsp.CodeAction | None:
    from disclosurelint.authoring.fixes import fix_text, plan
    from disclosurelint.authoring.writer import RewriteError

    try:
        safe = plan(text, "<buffer>", analyser.taxonomy, unsafe=False).applied
        fixed = fix_text(text, "<buffer>", safe)
    except RewriteError:
        return None
    if fixed == text:
        return None
    return lsp.CodeAction(
        title="disclosurelint: apply every safe fix (check --fix)",
        kind=lsp.CodeActionKind.SourceFixAll + ".disclosurelint",
        edit=lsp.WorkspaceEdit(changes={uri: [replace_all(text, fixed)]}),
    )


def replace_all(text: str, new: str) -> lsp.TextEdit:
    """An edit that replaces the whole of ``text`` (a position past the end is clamped)."""
    end = lsp.Position(line=len(text.splitlines()) + 1, character=0)
    return lsp.TextEdit(
        range=lsp.Range(start=lsp.Position(line=0, character=0), end=end), new_text=new
    )


def waiver_line(code: str, indent: str, require_approver: bool) -> str:
    """The comment line "add an inline waiver" inserts, with an empty reason to be written."""
    approver = ' approved-by=""' if require_approver else ""
    return f'{indent}# disclosurelint: allow {code} reason=""{approver}\n'


def _waiver_actions(
    analyser: Analyser, uri: str, text: str, diagnostics: Sequence[lsp.Diagnostic]
) -> Iterator[lsp.CodeAction]:
    from disclosurelint.lsp.locate import ASK_REASON

    lines = text.splitlines()
    require = analyser.settings.waivers.require_approver
    for diag in diagnostics:
        code = str(diag.code or "")
        waived = isinstance(diag.data, dict) and diag.data.get("waived")
        if waived or not code.startswith("DL") or code < "DL1" or code.startswith("DL5"):
            continue
        row = diag.range.start.line
        current = lines[row] if row < len(lines) else ""
        indent = current[: len(current) - len(current.lstrip(" "))]
        line = waiver_line(code, indent, require)
        at = lsp.Position(line=row, character=0)
        reason_column = line.index('reason="') + len('reason="')
        yield lsp.CodeAction(
            title=f"Add an inline waiver for {code} (asks for the reason)",
            kind=lsp.CodeActionKind.QuickFix,
            diagnostics=[diag],
            edit=lsp.WorkspaceEdit(
                changes={uri: [lsp.TextEdit(range=lsp.Range(start=at, end=at), new_text=line)]}
            ),
            command=lsp.Command(
                title="Write the reason", command=ASK_REASON, arguments=[uri, row, reason_column]
            ),
        )


def code_actions(
    analyser: Analyser, uri: str, text: str, diagnostics: Sequence[lsp.Diagnostic]
) -> list[lsp.CodeAction]:
    ours = [d for d in diagnostics if d.source == "disclosurelint"]
    actions = [
        *_fix_actions(analyser, uri, text, ours),
        *_waiver_actions(analyser, uri, text, ours),
    ]
    fix_all = _fix_all(analyser, uri, text)
    if fix_all is not None:
        actions.append(fix_all)
    return actions
