"""A rule of a policy file, on the same contract as a built-in rule module.

It has ``CODE``, ``NAME``, ``SEVERITY``, ``ARTICLES``, ``SCOPE``, a generated docstring and
``check(document, context)``; the engine cannot tell it from a built-in rule. Its expressions are
compiled when it is built (once per run), and evaluated against variables converted to CEL once
per declaration and shared by every policy rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, timezone
from functools import partial
from pathlib import PurePath
from typing import Any

from disclosurelint.document import Document
from disclosurelint.model import Finding, JsonPath, RuleText, Severity
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
        self.TEXTS = _texts(spec)
        self.NEEDS_TAXONOMY = True  # items of `each: data` are classified; shared by all rules
        self.each_path = _field_path(spec.each, "each") if spec.each else None
        self.each_name = _each_name(self.each_path) if self.each_path else ""
        scope = (*_DECLARATION_VARIABLES, "item") if spec.each else _DECLARATION_VARIABLES
        types = _types(spec, self.each_path)
        self.when = _compile(spec, "when", _DECLARATION_VARIABLES, types)
        compiled = _compile(spec, "assert", scope, types)
        assert compiled is not None  # `assert` is required
        self.assert_: Expression = compiled
        # every element at once: one evaluation per declaration in the common, compliant case
        self.assert_all = (
            compile_expression(
                f"{self.each_name}.all(item, ({spec.assert_}))", (self.each_name, *scope)
            )
            if spec.each
            else None
        )
        try:
            check = partial(_check_types, types=types, want=None)
            self.message: Template = compile_template(spec.message, scope, check)
            for texts in spec.texts.values():  # each language's message is checked alike
                if "message" in texts:
                    compile_template(texts["message"], scope, check)
        except ExpressionError as exc:
            raise _keyed(exc, "message") from None
        self.at_path = _at_path(spec.at, bool(spec.each))
        if spec.at is not None and self.at_path is not None and self.at_path[:1] != ("item",):
            _field_type(spec.at, self.at_path, "at")
        # what the conditions read (a message is written only after a rule fails, when the
        # whole declaration is bound)
        self.sources = tuple(text for text in (spec.when, spec.assert_) if text is not None)
        self.reads = (*self.sources, *(e.source for e in self.message.expressions))
        self.functions = frozenset(
            name
            for expression in (self.when, self.assert_, *self.message.expressions)
            if expression is not None
            for name in expression.program.functions()
        )

    @property
    def combined(self) -> str:
        """The whole rule as one expression: true when the declaration complies."""
        body = self.assert_all.source if self.assert_all is not None else self.assert_.source
        return f"(!({self.when.source}) || ({body}))" if self.when is not None else f"({body})"

    def check(self, document: Document, context: RuleContext) -> Iterator[Finding]:
        shared = _activation(document, context)
        if shared.passes(self):
            return
        shared.full()
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
            elements = shared.elements(self.each_path)
            if not elements:
                return
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


def _compile(
    spec: PolicySpec, key: str, variables: tuple[str, ...], types: Mapping[str, Any]
) -> Expression | None:
    source = spec.when if key == "when" else spec.assert_
    if source is None:
        return None
    try:
        compiled = compile_expression(source, variables)
    except ExpressionError as exc:
        raise _keyed(exc, key) from None
    try:
        _check_types(source, types, "bool")
    except ExpressionError as exc:
        raise _keyed(exc, key) from None
    return compiled


def _types(spec: PolicySpec, each: JsonPath | None) -> dict[str, Any]:
    """The types of the variables the rule's expressions see; `each` must name a list."""
    from disclosurelint.policy import typecheck

    if each is None or spec.each is None:
        return typecheck.variables(None)
    found = _field_type(spec.each, each, "each")
    if not any(m.kind in ("list", "dyn") for m in typecheck.members(found)):
        raise _keyed(
            ExpressionError(f"`each` must name a list, but `{spec.each}` is {found}"), "each"
        )
    return typecheck.variables(each)


def _field_type(text: str, path: JsonPath, key: str) -> Any:
    """The type of the declaration's field at ``path``, written ``text`` under ``key``; a
    field the declaration format does not have is an error at its name."""
    from disclosurelint.policy import typecheck

    try:
        return typecheck.at_path(path)
    except typecheck.TypeProblem as exc:
        position = 0
        for part in path[: exc.offset]:
            position = text.find(str(part), position) + len(str(part))
        column = text.find(str(path[exc.offset]), position) + 1
        raise _keyed(ExpressionError(str(exc), 1, max(column, 1)), key) from None


def _check_types(source: str, types: Mapping[str, Any], want: str | None) -> None:
    """The static type check of one expression (:class:`ExpressionError` where it fails)."""
    from disclosurelint.policy.typecheck import TypeProblem, check

    try:
        check(source, types, want)
    except TypeProblem as exc:
        raise ExpressionError(str(exc), *_line_column(source, exc.offset)) from None


def _line_column(source: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of ``offset`` in ``source``."""
    before = source[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


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
        self.context = context
        # Converting values for CEL is the main cost, and the binding prepares the whole
        # activation again at the next evaluation after any change: a rule whose inputs were
        # seen before is not evaluated again (its result is remembered), and the others are
        # evaluated together, after binding only the fields their `when` and `assert` read,
        # until a rule fails and its message (which may read anything) is written.
        self._passed: dict[int, bool] | None = None
        self._full = False
        self._elements: dict[JsonPath, list[Any] | EvaluationError] = {}
        if _state.get("context") == "document":  # context.path or context.product is read
            bind(activation, "context", _context(document, context))
        elif _state.get("context") == "run":
            key = (context.today, context.regimes, context.home_country)
            if _state.get("context_bound") != key:  # bound once per run (and per test case)
                _state["context_bound"] = key
                bind(activation, "context", _context(document, context))

    def _collect(self, item_keys: frozenset[str] | None) -> None:
        for path in _state.get("each", ()):
            try:
                found: list[Any] | EvaluationError = _elements(
                    self.document, path, self.context, item_keys
                )
            except EvaluationError as exc:
                found = exc
            self._elements[path] = found

    def _bind(self, tree: _Tree | None, paths: Iterable[JsonPath]) -> None:
        for path in paths:
            found = self._elements[path]
            if not isinstance(found, EvaluationError):
                bind(self.activation, _each_name(path), found)
        mapping = self.document.mapping
        declaration = mapping if tree is None else _pruned(mapping, tree)
        bind(self.activation, "declaration", declaration)

    def full(self) -> None:
        """Bind the whole declaration and items (a rule failed: its message may read them)."""
        if not self._full:
            self._full = True
            self._collect(None)
            self._bind(None, _state.get("each", ()))

    def passes(self, rule: PolicyRule) -> bool:
        """Whether ``rule`` holds.

        A rule's result depends only on what its conditions read: it is remembered by those
        values, and not evaluated again for values seen before. The others are evaluated
        together, in one expression; the elements of `each` are bound only for the rules
        whose `when` holds. Only a rule that does not hold (or an error anywhere) is
        evaluated on its own, to say where and why.
        """
        if self._passed is None:
            self._passed = self._evaluate()
        return self._passed.get(id(rule)) is True

    def _evaluate(self) -> dict[int, bool]:
        self._collect(_state.get("item_keys"))
        memo: dict[Any, bool] = _state["memo"]
        if len(memo) > _MEMO_SIZE:
            memo.clear()
        context = _context_key(self.document, self.context)
        known: dict[int, bool] = {}
        units: tuple[_Unit, ...] = _state.get("units", ())
        self._phase([u for u in units if u.after is None], known, memo, context)
        # the elements are bound only for the rules whose `when` holds
        later = [u for u in units if u.after is not None and known.get(id(u.after)) is True]
        self._phase(later, known, memo, context)
        results: dict[int, bool] = {}
        for rule, (unit, *rest) in _state.get("rules", ()):
            holds = known.get(id(unit))
            if not rest:
                if holds is not None:
                    results[rule] = holds
            elif holds is False:  # the `when` does not hold: the rule holds
                results[rule] = True
            elif holds is True and id(rest[0]) in known:
                results[rule] = known[id(rest[0])]
        return results

    def _phase(
        self, units: Sequence[_Unit], known: dict[int, bool], memo: dict[Any, bool], context: Any
    ) -> None:
        missed: list[tuple[_Unit, Any]] = []
        for unit in units:
            key = unit.key(self.document.mapping, self._elements, context)
            found = memo.get(key) if key is not None else None
            unit.seen(found is not None)
            if found is not None:
                known[id(unit)] = found
            elif unit.each is None or not isinstance(
                self._elements.get(unit.each), EvaluationError
            ):
                missed.append((unit, key))
        if missed:
            self._run(missed, known, memo)

    def _run(
        self, missed: Sequence[tuple[_Unit, Any]], known: dict[int, bool], memo: dict[Any, bool]
    ) -> None:
        batch = _batch(tuple(unit for unit, _ in missed))
        self._bind(batch.tree, batch.paths)
        try:
            result = batch.expression.evaluate(self.activation)
        except EvaluationError:
            return  # every rule not yet known is evaluated on its own
        if not isinstance(result, list) or len(result) != len(missed):
            return
        for (unit, key), value in zip(missed, result, strict=True):
            if isinstance(value, bool):
                known[id(unit)] = value
                if key is not None:
                    memo[key] = value

    def elements(self, path: JsonPath) -> list[Any]:
        found = self._elements.get(path, [])
        if isinstance(found, EvaluationError):
            raise found
        return found


_TRIAL = 256  # look-ups after which a unit that hit less than one time in ten is not remembered
_MEMO_SIZE = 200_000  # remembered results (a few hundred bytes each) before starting over


class _Unit:
    """One expression of a rule, evaluated with others, and the key of its result: the values
    it reads, frozen. A rule without `each` is one unit (`when` and `assert` together); a rule
    with `each` is its `assert` over the elements, and its `when` when it has one."""

    def __init__(
        self,
        rule: PolicyRule,
        source: str,
        sources: Sequence[str],
        each: bool = True,
        after: _Unit | None = None,
    ) -> None:
        self.source = source
        self.sources = tuple(sources)
        self.after = after  # the `when` unit that must hold before this one is evaluated
        self.tree: _Tree | None = (
            None if any(_DECLARATION_WHOLE.search(s) for s in sources) else _read_tree(sources)
        )
        self.each = rule.each_path if each else None
        self.item_keys: tuple[str, ...] | None = (
            None
            if any(_ITEM_WHOLE.search(s) for s in sources)
            else tuple(sorted({k for s in sources for k in _ITEM_KEY.findall(s)}))
        )
        self.context = any(_CONTEXT.search(s) for s in sources)
        # a unit that reads the data lists as variables, or a whole declaration, is always
        # evaluated (its key would cost as much as the evaluation)
        self.keyed = self.tree is not None and not any(re.search(r"\blists\b", s) for s in sources)
        self._lookups = self._hits = 0

    def seen(self, hit: bool) -> None:
        """Count a look-up: a unit whose values hardly ever repeat (a recipient's name) stops
        being remembered, as its key would cost more than it saves."""
        if self.keyed:
            self._lookups += 1
            self._hits += hit
            if self._lookups == _TRIAL and self._hits * 10 < _TRIAL:
                self.keyed = False

    def key(
        self,
        mapping: Mapping[str, Any],
        elements: Mapping[JsonPath, list[Any] | EvaluationError],
        context: Any,
    ) -> Any:
        if not self.keyed:
            return None
        try:
            assert self.tree is not None
            parts: list[Any] = [id(self), _freeze(_pruned(mapping, self.tree))]
            if self.context:
                parts.append(context)
            if self.each is not None:
                found = elements.get(self.each)
                if isinstance(found, EvaluationError):
                    return None
                parts.append(tuple(_item_key(e, self.item_keys) for e in found or ()))
            return tuple(parts)
        except TypeError:  # a value that cannot be frozen: evaluated every time
            return None


def _units(rule: PolicyRule) -> tuple[_Unit, ...]:
    if rule.each_path is None or rule.when is None:
        return (_Unit(rule, rule.combined, rule.sources),)
    assert rule.assert_all is not None
    when = _Unit(rule, rule.when.source, (rule.when.source,), each=False)
    return when, _Unit(rule, rule.assert_all.source, (rule.assert_.source,), after=when)


def _item_key(element: Any, keys: tuple[str, ...] | None) -> Any:
    if keys is None or not isinstance(element, Mapping):
        return _freeze(element)
    return tuple((k, _freeze(element[k])) for k in keys if k in element)


def _freeze(value: Any) -> Any:
    """``value`` as a hashable key that tells apart what CEL tells apart (``1``, ``1.0``,
    ``true``, a text and a list); TypeError for a value of another kind."""
    kind = type(value)
    if kind is str:
        return value
    if kind is dict:
        return (dict, *((_freeze(k), _freeze(v)) for k, v in value.items()))
    if kind is list or kind is tuple:
        return (list, *(_freeze(v) for v in value))
    if value is None or isinstance(value, (int, float, bytes, date)):
        return (kind, value)
    if isinstance(value, Mapping):
        return (dict, *((_freeze(k), _freeze(v)) for k, v in value.items()))
    raise TypeError(kind.__name__)


def _context_key(document: Document, context: RuleContext) -> Any:
    key = (context.today, context.regimes, context.home_country)
    return (*key, document.path) if _state.get("context") == "document" else key


class _Batch:
    """Units evaluated together: one expression, and the variables it needs bound."""

    def __init__(self, units: Sequence[_Unit]) -> None:
        names = ("declaration", "context", "lists", *(_each_name(p) for p in _state["each"]))
        source = "[" + ", ".join(u.source for u in units) + "]"
        self.expression = compile_expression(source, names)
        self.tree: _Tree | None = (
            None
            if any(u.tree is None for u in units)
            else _read_tree([s for u in units for s in u.sources])
        )
        self.paths = tuple(dict.fromkeys(u.each for u in units if u.each is not None))


def _batch(units: tuple[_Unit, ...]) -> _Batch:
    batches: dict[tuple[int, ...], _Batch] = _state["batches"]
    key = tuple(id(u) for u in units)
    found = batches.get(key)
    if found is None:
        found = batches[key] = _Batch(units)
    return found


def _each_name(path: JsonPath) -> str:
    """The variable holding the elements of ``path`` (``data`` -> ``_each_data``)."""
    return "_each_" + "_".join(str(p).replace("-", "_") for p in path)


# One CEL activation per process: the lists of every policy file are converted once, and each
# declaration's variables are bound into it once, by the first policy rule that reads it.
_state: dict[str, Any] = {}


_DECLARATION_PATH = re.compile(r"\bdeclaration((?:\s*\.\s*[A-Za-z_]\w*)+)(?!\w)(\s*\()?")
_Tree = dict[str, "_Tree | None"]  # the fields read: None for a whole subtree
_HAS = re.compile(r"\bhas\s*\(\s*$")


def _read_tree(sources: Sequence[str]) -> _Tree:
    """The declaration fields ``sources`` read: ``declaration.review.owner`` reads only
    ``owner`` of ``review``; a chain followed by ``(`` ends before its last name (a method)."""
    tree: _Tree = {}
    for source in sources:
        for found in _DECLARATION_PATH.finditer(source):
            names = [n.strip() for n in found.group(1).split(".") if n.strip()]
            if found.group(2):  # `declaration.purpose.lowerAscii(`: lowerAscii is a method
                names = names[:-1]
            if not names:
                continue
            node = tree
            for name in names[:-1]:
                child = node.setdefault(name, {})
                if child is None:
                    break
                node = child
            else:
                if _HAS.search(source, 0, found.start()):  # only whether it is there
                    node.setdefault(names[-1], {})
                else:
                    node[names[-1]] = None
    return tree


def _pruned(value: Mapping[str, Any], tree: _Tree) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, sub in tree.items():
        if key not in value:
            continue
        found = value[key]
        # {} for a field read only by `has(...)`: a mapping is bound empty, and still there
        out[key] = _pruned(found, sub) if sub is not None and isinstance(found, Mapping) else found
    return out


_DECLARATION_WHOLE = re.compile(r"(?<![.\w])declaration\b(?!\s*\.\s*[A-Za-z_])")
_CONTEXT = re.compile(r"(?<![.\w])context\b")
_CONTEXT_OF_FILE = re.compile(
    r"(?<![.\w])context\s*\.\s*(?:path|product)\b|(?<![.\w])context\b(?!\s*\.)"
)
_ITEM_KEY = re.compile(r"(?<![.\w])item\s*\.\s*([A-Za-z_]\w*)")
_ITEM_WHOLE = re.compile(r"(?<![.\w])item\b(?!\s*\.\s*[A-Za-z_])")


def use(lists: Mapping[str, Any], rules: Sequence[PolicyRule]) -> None:
    """Prepare the shared variables for ``rules``: the data lists they see as ``lists.<name>``,
    and which parts of a declaration their expressions read."""
    _state.clear()
    _state["lists"] = dict(lists)
    _state["each"] = tuple(dict.fromkeys(r.each_path for r in rules if r.each_path))
    _state["functions"] = frozenset(f for rule in rules for f in rule.functions)
    _state["reads_lists"] = any(
        re.search(r"\blists\b", source) for rule in rules for source in rule.reads
    )
    _state["rules"] = tuple((id(rule), _units(rule)) for rule in rules)
    _state["units"] = tuple(unit for _, units in _state["rules"] for unit in units)
    _state["batches"] = {}
    _state["memo"] = {}
    reads = [source for rule in rules for source in rule.reads]
    if any(_CONTEXT_OF_FILE.search(source) for source in reads):
        _state["context"] = "document"  # it differs from one declaration to the next
    elif any(_CONTEXT.search(source) for source in reads):
        _state["context"] = "run"  # the same for every declaration: bound once
    item_sources = [source for rule in rules if rule.each_path for source in rule.sources]
    if not any(_ITEM_WHOLE.search(source) for source in item_sources):
        _state["item_keys"] = frozenset(k for s in item_sources for k in _ITEM_KEY.findall(s))


def _activation(document: Document, context: RuleContext) -> _Shared:
    """The shared variables of ``document`` (kept for the next rule that reads it)."""
    shared: _Shared | None = _state.get("shared")
    if shared is not None and shared.document is document:
        return shared
    activation = _state.get("activation")
    if activation is None:
        # every variable is converted again whenever a binding changes: the data lists are
        # bound only when an expression reads them as `lists.<name>`, not for `inList`
        lists = _state.get("lists", {})
        variables = {"lists": lists} if _state.get("reads_lists") else {}
        activation = _state["activation"] = new_activation(
            variables, _state.get("functions"), lists
        )
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


def _elements(
    document: Document, path: JsonPath, context: RuleContext, keys: frozenset[str] | None
) -> list[Any]:
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
    return _enriched(document, value, context, keys)


def _enriched(
    document: Document, entries: list[Any], context: RuleContext, keys: frozenset[str] | None
) -> list[Any]:
    """Data items with ``category``, ``categories``, ``sensitive`` and ``regimes`` computed."""
    from disclosurelint.rules.items import items

    # only what the expressions read is converted for CEL (None: the whole items)
    classified = {item.index: item for item in items(document, context)}
    out: list[Any] = []
    for index, entry in enumerate(entries):
        if not isinstance(entry, Mapping):
            out.append(entry)
            continue
        item = classified.get(index)
        enriched = dict(entry) if keys is None else {k: entry[k] for k in keys if k in entry}
        categories = item.categories if item else ()
        regimes = _sensitive_regimes(categories, context)
        computed = {
            "category": entry.get("category") or (categories[0] if categories else ""),
            "categories": list(categories),
            "regimes": list(regimes),
            "sensitive": bool(regimes),
        }
        enriched.update(
            computed if keys is None else {k: computed[k] for k in keys & computed.keys()}
        )
        out.append(enriched)
    return out


_regimes_memo: dict[tuple[Any, tuple[str, ...], tuple[str, ...]], tuple[str, ...]] = {}


def _sensitive_regimes(categories: tuple[str, ...], context: RuleContext) -> tuple[str, ...]:
    """The enabled regimes under which any of ``categories`` is sensitive (or qualified),
    remembered per taxonomy, regimes and categories: the same few combinations recur."""
    key = (context.taxonomy, context.regimes, categories)
    found = _regimes_memo.get(key)
    if found is None:
        regimes: dict[str, None] = {}
        for category_id in categories:
            category = context.taxonomy.get(category_id)
            if category is not None:
                for status in category.sensitive_under(context.regimes):
                    regimes[status.regime] = None
        found = _regimes_memo[key] = tuple(regimes)
    return found


def _show_path(path: JsonPath) -> str:
    return ".".join(str(p) for p in path)


def _texts(spec: PolicySpec) -> dict[str, RuleText]:
    """The rule's documentation in each other language whose summary the file gives; what it
    checks is its expressions, said in Chinese around them for ``zh``."""
    checks = ""
    if "zh" in spec.texts:
        when = f"对于满足 `{spec.when}` 的声明，" if spec.when else ""  # noqa: RUF001
        each = f"对 `{spec.each}` 的每个元素 `item`，" if spec.each else ""  # noqa: RUF001
        checks = f"{when}{each}`{spec.assert_}` 必须成立。\n\n定义于 `{spec.file}`。"
    return {
        lang: RuleText(
            name=spec.name,
            summary=texts["summary"],
            checks=checks if lang == "zh" else "",
            why=texts.get("why", ""),
            fix=texts.get("fix", ""),
        )
        for lang, texts in spec.texts.items()
        if "summary" in texts
    }


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
