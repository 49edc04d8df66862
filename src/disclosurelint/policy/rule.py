"""A rule of a policy file, on the same contract as a built-in rule module.

It has ``CODE``, ``NAME``, ``SEVERITY``, ``ARTICLES``, ``SCOPE``, a generated docstring and
``check(document, context)``; the engine cannot tell it from a built-in rule. Its expressions are
compiled when it is built (once per run), and evaluated against variables converted to CEL once
per declaration and shared by every policy rule.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime, timezone
from pathlib import PurePath
from typing import Any

from disclosurelint.document import Document
from disclosurelint.model import Finding, JsonPath, Severity
from disclosurelint.policy.expr import (
    EvaluationError,
    Expression,
    ExpressionError,
    Template,
    bind,
    compile_expression,
    compile_template,
    new_activation,
    show,
)
from disclosurelint.policy.files import PolicySpec
from disclosurelint.rules.base import RuleContext, Scope

_DECLARATION_VARIABLES = ("declaration", "context", "lists")
_PATH_PART = r"[A-Za-z_][\w-]*"


class PolicyRule:
    """One compiled policy rule (raises :class:`ExpressionError` with the key at fault)."""

    SCOPE = Scope.DOCUMENT
    OWNS: tuple[str, ...] = ()
    OPTIONS: Mapping[str, Any] = {}
    ORIGIN = "policy"

    def __init__(self, spec: PolicySpec) -> None:
        self.spec = spec
        self.CODE = spec.code
        self.NAME = spec.name
        self.SEVERITY: Severity = spec.severity
        self.ARTICLES = spec.articles
        self.__name__ = f"policy {spec.code}"
        self.__doc__ = _document(spec)
        self.NEEDS_TAXONOMY = spec.each == "data"
        self.each_path = _field_path(spec.each, "each") if spec.each else None
        scope = (*_DECLARATION_VARIABLES, "item") if spec.each else _DECLARATION_VARIABLES
        self.when = _compile(spec, "when", _DECLARATION_VARIABLES)
        compiled = _compile(spec, "assert", scope)
        assert compiled is not None  # `assert` is required
        self.assert_: Expression = compiled
        # every element at once: one evaluation per declaration in the common, compliant case
        self.assert_all = (
            compile_expression(f"_each.all(item, ({spec.assert_}))", ("_each", *scope))
            if spec.each
            else None
        )
        try:
            self.message: Template = compile_template(spec.message, scope)
        except ExpressionError as exc:
            raise _keyed(exc, "message") from None
        self.at_path = _at_path(spec.at, bool(spec.each))

    def check(self, document: Document, context: RuleContext) -> Iterator[Finding]:
        shared = _activation(document, context)
        activation = shared.activation
        where: JsonPath = ()
        try:
            if self.when is not None and not _truth(self.when, activation, "when"):
                return
            if self.each_path is None:
                if not _truth(self.assert_, activation, "assert"):
                    yield self._finding(activation, self.at_path or ())
                return
            where = self.each_path
            elements = shared.elements(self.each_path, context)
            if not elements:
                return
            bind(activation, "_each", elements)
            assert self.assert_all is not None
            try:
                if self.assert_all.evaluate(activation) is True:
                    return
            except EvaluationError:
                pass  # the slow path below says which element failed
            for index, element in enumerate(elements):
                where = (*self.each_path, index)
                bind(activation, "item", element)
                if not _truth(self.assert_, activation, "assert"):
                    yield self._finding(activation, self._item_path(index))
        except EvaluationError as exc:
            yield Finding(
                where,
                f"the policy could not be evaluated on this declaration: {exc}",
                fix="Fix the declaration, or make the policy's expression handle it "
                "(`has(...)` for optional fields).",
                severity=Severity.ERROR,
            )

    def _item_path(self, index: int) -> JsonPath:
        assert self.each_path is not None
        if self.at_path is None:
            return (*self.each_path, index)
        if self.at_path[:1] == ("item",):
            return (*self.each_path, index, *self.at_path[1:])
        return self.at_path

    def _finding(self, activation: Any, path: JsonPath) -> Finding:
        return Finding(path, self.message.render(activation), fix=self.spec.fix)


def _truth(expression: Expression, activation: Any, key: str) -> bool:
    value = expression.evaluate(activation)
    if not isinstance(value, bool):
        raise EvaluationError(f"`{key}` gave {show(value)!r}, not true or false")
    return value


def _compile(spec: PolicySpec, key: str, variables: tuple[str, ...]) -> Expression | None:
    source = spec.when if key == "when" else spec.assert_
    if source is None:
        return None
    try:
        return compile_expression(source, variables)
    except ExpressionError as exc:
        raise _keyed(exc, key) from None


def _keyed(exc: ExpressionError, key: str) -> ExpressionError:
    error = ExpressionError(str(exc), exc.line, exc.column)
    error.key = key  # type: ignore[attr-defined]
    return error


def _field_path(text: str, key: str) -> JsonPath:
    parts: list[str | int] = []
    for part in text.removeprefix("declaration.").split("."):
        name, _, rest = part.partition("[")
        if not name:
            raise _keyed(ExpressionError(f"{text!r} is not a field path"), key)
        parts.append(name)
        for index in rest.rstrip("]").split("][") if rest else ():
            if not index.isdigit():
                raise _keyed(ExpressionError(f"{text!r} is not a field path"), key)
            parts.append(int(index))
    return tuple(parts)


def _at_path(text: str | None, each: bool) -> JsonPath | None:
    if text is None:
        return None
    if text == "item" or text.startswith("item."):
        if not each:
            raise _keyed(ExpressionError("`at: item` needs `each`"), "at")
        return ("item", *_field_path(text, "at")[1:])
    return _field_path(text, "at")


class _Shared:
    """The CEL variables of one declaration, shared by every policy rule that reads it."""

    def __init__(self, document: Document, context: RuleContext, activation: Any) -> None:
        self.document = document
        self.activation = activation
        bind(activation, "declaration", document.mapping)
        bind(activation, "context", _context(document, context))
        self._elements: dict[JsonPath, list[Any]] = {}

    def elements(self, path: JsonPath, context: RuleContext) -> list[Any]:
        found = self._elements.get(path)
        if found is None:
            found = self._elements[path] = _elements(self.document, path, context)
        return found


# One CEL activation per process: the lists of every policy file are converted once, and each
# declaration's variables are bound into it once, by the first policy rule that reads it.
_state: dict[str, Any] = {}


def use_lists(lists: Mapping[str, Any]) -> None:
    """The named data lists every policy expression sees as ``lists.<name>``."""
    _state.clear()
    _state["lists"] = dict(lists)


def _activation(document: Document, context: RuleContext) -> _Shared:
    """The shared variables of ``document`` (kept for the next rule that reads it)."""
    shared: _Shared | None = _state.get("shared")
    if shared is not None and shared.document is document:
        return shared
    activation = _state.get("activation")
    if activation is None:
        activation = _state["activation"] = new_activation({"lists": _state.get("lists", {})})
    shared = _state["shared"] = _Shared(document, context, activation)
    return shared


def _context(document: Document, context: RuleContext) -> dict[str, Any]:
    today = date.fromisoformat(context.today) if context.today else date.today()
    path = PurePath(document.path)
    return {
        "today": datetime(today.year, today.month, today.day, tzinfo=timezone.utc),
        "regimes": list(context.regimes),
        "home_country": context.home_country,
        "path": path.as_posix(),
        "product": path.parent.name,
    }


def _elements(document: Document, path: JsonPath, context: RuleContext) -> list[Any]:
    value: Any = document.mapping
    for part in path:
        if isinstance(part, int):
            value = value[part] if isinstance(value, list) and part < len(value) else None
        else:
            value = value.get(part) if isinstance(value, Mapping) else None
    if value is None:
        return []
    if not isinstance(value, list):
        raise EvaluationError(f"`each: {_show_path(path)}` is not a list")
    if path != ("data",) or context.taxonomy is None:
        return list(value)
    return _enriched(document, value, context)


def _enriched(document: Document, entries: list[Any], context: RuleContext) -> list[Any]:
    """Data items with ``category``, ``categories``, ``sensitive`` and ``regimes`` computed."""
    from disclosurelint.rules.items import items, sensitivity

    classified = {item.index: item for item in items(document, context)}
    out: list[Any] = []
    for index, entry in enumerate(entries):
        if not isinstance(entry, Mapping):
            out.append(entry)
            continue
        item = classified.get(index)
        enriched = dict(entry)
        categories = item.categories if item else ()
        statuses = sensitivity(item, context)[0] if item else []
        enriched["category"] = entry.get("category") or (categories[0] if categories else "")
        enriched["categories"] = list(categories)
        enriched["regimes"] = list(dict.fromkeys(status.regime for _, status in statuses))
        enriched["sensitive"] = bool(statuses)
        out.append(enriched)
    return out


def _show_path(path: JsonPath) -> str:
    return ".".join(str(p) for p in path)


def _document(spec: PolicySpec) -> str:
    """The rule's documentation, in the layout of a built-in rule's docstring."""
    parts = [spec.summary, "", "## What it checks", ""]
    if spec.when:
        parts.append(f"For declarations where `{spec.when}`:")
    if spec.each:
        parts.append(f"for each element `item` of `{spec.each}`:")
    parts += [f"`{spec.assert_}` must hold.", "", f"Defined in `{spec.file}`."]
    if spec.why:
        parts += ["", "## Why", "", spec.why]
    for case in spec.tests:
        if case.declaration is None:
            continue
        import yaml

        kind = "Failing" if spec.code in case.expect else "Passing"
        body = yaml.safe_dump(dict(case.declaration), allow_unicode=True, sort_keys=False)
        parts += ["", f"## {kind} example ({case.name})", "", "```yaml", body.rstrip(), "```"]
    if spec.fix:
        parts += ["", "## How to fix", "", spec.fix]
    return "\n".join(parts) + "\n"
