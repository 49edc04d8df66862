"""The static type check of policy expressions, made once per expression when a file loads.

Neither CEL library for Python has a type checker (``common-expression-language`` compiles
without one, ``cel-python`` checks types only while it evaluates), and CEL evaluated without
one hides mistakes: ``item.sensitive == "yes"`` is false for every declaration, and
``declaration.purpose > 3`` fails on every one. This module gives every part of an expression
a type, from the declaration JSON Schema for ``declaration.*``, from the contract for
``item.*`` and ``context.*``, and from CEL's operators, macros and functions (with those the
project adds), and refuses an operation that no type of its operands allows, at its position.
A field that the declaration format (or ``item``, ``context``) does not have is refused at its
name, with the closest name it does have: a misspelt ``declaration.purpos`` would otherwise be
an evaluation error on every declaration.

It never refuses what could be right: a value of unknown type (``dyn``: a data list, a field
the schema leaves open, a function it does not know) passes, a field that may hold several
types (a text is a string or a mapping of languages) passes when any of them fits, and an
expression the parser does not understand is not checked.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import product
from typing import Any

from disclosurelint.policy import celparse as ast
from disclosurelint.policy.expr import TYPE_NAMES


@dataclass(frozen=True)
class Type:
    """A CEL type: ``kind`` with ``args`` (a list's element, a map's key and value, the
    members of a union); ``fields`` for a mapping whose keys the declaration format names."""

    kind: str
    args: tuple[Type, ...] = ()
    fields: tuple[tuple[str, Type], ...] | None = None

    def __str__(self) -> str:
        if self.kind == "union":
            return " or ".join(str(a) for a in self.args)
        if self.fields is not None:
            return "map"
        if self.kind == "list":
            return f"list({self.args[0]})"
        if self.kind == "map":
            return f"map({self.args[0]}, {self.args[1]})"
        return self.kind

    def field(self, name: str) -> Type | None:
        return dict(self.fields or ()).get(name)


DYN, BOOL, INT, UINT, DOUBLE = Type("dyn"), Type("bool"), Type("int"), Type("uint"), Type("double")
STRING, BYTES, NULL, TYPE = Type("string"), Type("bytes"), Type("null"), Type("type")
TIMESTAMP, DURATION = Type("timestamp"), Type("duration")
_SCALARS = {t.kind: t for t in (BOOL, INT, UINT, DOUBLE, STRING, BYTES, NULL)}
NUMBERS = ("int", "uint", "double")


def list_of(element: Type) -> Type:
    return Type("list", (element,))


def map_of(key: Type, value: Type) -> Type:
    return Type("map", (key, value))


def record(fields: Mapping[str, Type]) -> Type:
    """A mapping with named fields (a part of the declaration, ``item``, ``context``)."""
    return Type("map", (STRING, DYN), tuple(fields.items()))


def union(*types: Type) -> Type:
    members: dict[Type, None] = {}
    for found in types:
        for member in found.args if found.kind == "union" else (found,):
            if member.kind == "dyn":
                return DYN
            members[member] = None
    if not members:
        return DYN
    if len(members) == 1:
        return next(iter(members))
    return Type("union", tuple(members))


def members(found: Type) -> tuple[Type, ...]:
    return found.args if found.kind == "union" else (found,)


def _is(found: Type, *kinds: str) -> bool:
    return found.kind == "dyn" or found.kind in kinds


def _same(a: Type, b: Type) -> bool:
    """Whether values of ``a`` and ``b`` can be equal (numbers compare across kinds)."""
    if a.kind == "union" or b.kind == "union":
        return any(_same(x, y) for x in members(a) for y in members(b))
    if "dyn" in (a.kind, b.kind) or "null" in (a.kind, b.kind):
        return True
    if a.kind in NUMBERS and b.kind in NUMBERS:
        return True
    if a.kind != b.kind:
        return False
    return all(_same(x, y) for x, y in zip(a.args, b.args, strict=False))


class TypeProblem(Exception):
    """An operation no type of its operands allows: ``offset`` is where, in the source."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


# --- operators ----------------------------------------------------------------------------


def _equal(a: Type, b: Type) -> Type | None:
    return BOOL if _same(a, b) else None


_ORDERED = ("string", "bytes", "bool", "timestamp", "duration")


def _order(a: Type, b: Type) -> Type | None:
    if a.kind == "dyn":
        return BOOL if _is(b, *NUMBERS, *_ORDERED) else None
    if b.kind == "dyn":
        return BOOL if _is(a, *NUMBERS, *_ORDERED) else None
    if a.kind in NUMBERS and b.kind in NUMBERS:
        return BOOL
    return BOOL if a.kind == b.kind and a.kind in _ORDERED else None


def _add(a: Type, b: Type) -> Type | None:
    addable = (*NUMBERS, "string", "bytes", "list", "timestamp", "duration")
    if "dyn" in (a.kind, b.kind):
        return DYN if _is(a, *addable) and _is(b, *addable) else None
    if a.kind == b.kind and a.kind in (*NUMBERS, "string", "bytes", "duration"):
        return a
    if a.kind == b.kind == "list":
        return list_of(union(a.args[0], b.args[0]))
    if {a.kind, b.kind} == {"timestamp", "duration"}:
        return TIMESTAMP
    return None


def _subtract(a: Type, b: Type) -> Type | None:
    if "dyn" in (a.kind, b.kind):
        kinds = (*NUMBERS, "timestamp", "duration")
        return DYN if _is(a, *kinds) and _is(b, *kinds) else None
    if a.kind == b.kind and a.kind in NUMBERS:
        return a
    return {
        ("timestamp", "timestamp"): DURATION,
        ("timestamp", "duration"): TIMESTAMP,
        ("duration", "duration"): DURATION,
    }.get((a.kind, b.kind))


def _arithmetic(kinds: tuple[str, ...]) -> Callable[[Type, Type], Type | None]:
    def apply(a: Type, b: Type) -> Type | None:
        if "dyn" in (a.kind, b.kind):
            return DYN if _is(a, *kinds) and _is(b, *kinds) else None
        return a if a.kind == b.kind and a.kind in kinds else None

    return apply


def _logical(a: Type, b: Type) -> Type | None:
    return BOOL if _is(a, "bool") and _is(b, "bool") else None


def _member_of(a: Type, b: Type) -> Type | None:
    if b.kind == "dyn":
        return BOOL
    if b.kind == "list":
        return BOOL if _same(a, b.args[0]) else None
    if b.kind == "map":
        return BOOL if _same(a, b.args[0]) else None
    return None


_BINARY: dict[str, Callable[[Type, Type], Type | None]] = {
    "==": _equal,
    "!=": _equal,
    "<": _order,
    "<=": _order,
    ">": _order,
    ">=": _order,
    "+": _add,
    "-": _subtract,
    "*": _arithmetic(NUMBERS),
    "/": _arithmetic(NUMBERS),
    "%": _arithmetic(("int", "uint")),
    "&&": _logical,
    "||": _logical,
    "in": _member_of,
}


# --- functions ----------------------------------------------------------------------------

_S, _I, _L = ("string",), ("int", "uint"), ("list",)
_ANY: tuple[str, ...] = ()  # any type


@dataclass(frozen=True)
class _Signature:
    """``params`` (kinds each argument may have; a receiver is the first argument), the
    number of trailing optional ones, and the result (a type, or computed from the arguments)."""

    params: tuple[tuple[str, ...], ...]
    result: Type | Callable[[Sequence[Type]], Type]
    optional: int = 0
    usage: str = ""

    def apply(self, args: Sequence[Type]) -> Type | None:
        if not len(self.params) - self.optional <= len(args) <= len(self.params):
            return None
        for arg, kinds in zip(args, self.params, strict=False):
            if kinds and not _is(arg, *kinds):
                return None
        return self.result if isinstance(self.result, Type) else self.result(args)


def _first(args: Sequence[Type]) -> Type:
    return args[0]


_FUNCTIONS: dict[str, _Signature] = {
    "size": _Signature(
        (("string", "bytes", "list", "map"),), INT, usage="size(string or list or map)"
    ),
    "contains": _Signature((_S, _S), BOOL, usage="string.contains(string)"),
    "startsWith": _Signature((_S, _S), BOOL, usage="string.startsWith(string)"),
    "endsWith": _Signature((_S, _S), BOOL, usage="string.endsWith(string)"),
    "matches": _Signature((_S, _S), BOOL, usage="string.matches(regular expression)"),
    "int": _Signature((("int", "uint", "double", "string", "timestamp"),), INT),
    "uint": _Signature((("int", "uint", "double", "string"),), UINT),
    "double": _Signature((("int", "uint", "double", "string"),), DOUBLE),
    "string": _Signature(((*NUMBERS, "string", "bytes", "bool", "timestamp", "duration"),), STRING),
    "bytes": _Signature((("string", "bytes"),), BYTES),
    "bool": _Signature((("bool", "string"),), BOOL),
    "timestamp": _Signature(
        (("string", "int", "timestamp"),), TIMESTAMP, usage='timestamp("2026-01-31T00:00:00Z")'
    ),
    "duration": _Signature((("string", "duration"),), DURATION, usage='duration("24h")'),
    "dyn": _Signature((_ANY,), DYN),
    "type": _Signature((_ANY,), TYPE),
    **{
        name: _Signature((("timestamp",), _S), INT, optional=1, usage=f"timestamp.{name}()")
        for name in ("getFullYear", "getMonth", "getDate", "getDayOfMonth", "getDayOfWeek")
    },
    "getDayOfYear": _Signature((("timestamp",), _S), INT, optional=1),
    **{
        name: _Signature((("timestamp", "duration"), _S), INT, optional=1)
        for name in ("getHours", "getMinutes", "getSeconds", "getMilliseconds")
    },
    "charAt": _Signature((_S, _I), STRING, usage="string.charAt(int)"),
    "indexOf": _Signature((_S, _S, _I), INT, optional=1, usage="string.indexOf(string)"),
    "lastIndexOf": _Signature((_S, _S, _I), INT, optional=1, usage="string.lastIndexOf(string)"),
    "substring": _Signature((_S, _I, _I), STRING, optional=1, usage="string.substring(int, int)"),
    "replace": _Signature((_S, _S, _S, _I), STRING, optional=1, usage="string.replace(old, new)"),
    "split": _Signature((_S, _S, _I), list_of(STRING), optional=1, usage="string.split(string)"),
    "join": _Signature((_L, _S), STRING, optional=1, usage="list.join(string)"),
    "lowerAscii": _Signature((_S,), STRING, usage="string.lowerAscii()"),
    "upperAscii": _Signature((_S,), STRING, usage="string.upperAscii()"),
    "trim": _Signature((_S,), STRING, usage="string.trim()"),
    "reverse": _Signature((("string", "list"),), _first),
    "distinct": _Signature((_L,), _first),
    "sort": _Signature((_L,), _first),
    "flatten": _Signature((_L, _I), list_of(DYN), optional=1),
    "slice": _Signature((_L, _I, _I), _first),
    "first": _Signature((_L,), DYN),
    "last": _Signature((_L,), DYN),
    "inList": _Signature((_ANY, _S), BOOL, usage='value.inList("list name")'),
}
_MACROS = ("all", "exists", "exists_one", "map", "filter")


# --- the checker --------------------------------------------------------------------------


class _Checker:
    def __init__(self, source: str, variables: Mapping[str, Type]) -> None:
        self.source = source
        self.variables = dict(variables)

    def shown(self, node: ast.Node) -> str:
        text = " ".join(self.source[node.start : node.end].split())
        return f"`{text}`" if len(text) <= 40 else f"`{text[:37]}...`"

    def described(self, node: ast.Node, found: Type) -> str:
        return f"{self.shown(node)} ({found})"

    def type(self, node: ast.Node) -> Type:
        if isinstance(node, ast.Literal):
            return _SCALARS[node.kind]
        if isinstance(node, ast.Ident):
            found = self.variables.get(node.name)
            return found or (TYPE if node.name in TYPE_NAMES else DYN)
        if isinstance(node, ast.Select):
            return self.select(node)
        if isinstance(node, ast.Index):
            return self.index(node)
        if isinstance(node, ast.Call):
            return self.call(node)
        if isinstance(node, ast.ListOf):
            elements = [self.type(e) for e in node.elements]
            return list_of(union(*elements) if elements else DYN)
        if isinstance(node, ast.MapOf):
            keys = [self.type(k) for k, _ in node.entries]
            values = [self.type(v) for _, v in node.entries]
            return map_of(union(*keys), union(*values)) if keys else map_of(DYN, DYN)
        if isinstance(node, ast.Message):
            for value in node.fields:
                self.type(value)
            return DYN
        if isinstance(node, ast.Unary):
            return self.unary(node)
        if isinstance(node, ast.Binary):
            return self.binary(node)
        if isinstance(node, ast.Conditional):
            self.condition(node.condition, "the condition of `? :`", node.at)
            return union(self.type(node.then), self.type(node.otherwise))
        raise ast.Unsupported(type(node).__name__)

    def condition(self, node: ast.Node, what: str, at: int) -> None:
        self.condition_type(node, self.type(node), what, at)

    def select(self, node: ast.Select) -> Type:
        """The field's type; a name that no mapping of the declaration format (or of
        ``item``, ``context``) has is an error at the name, with the closest one."""
        operand = self.type(node.operand)
        results = []
        records = []
        for member in members(operand):
            if member.kind == "dyn":
                return DYN
            if member.fields is not None:
                records.append(member)
                if (found := member.field(node.field)) is not None:
                    results.append(found)
            elif member.kind == "map":
                results.append(member.args[1])
        if not results and records:
            names = [name for record in records for name, _ in record.fields or ()]
            where = (
                f"`{node.operand.name}`" if isinstance(node.operand, ast.Ident) else "this field"
            )
            raise TypeProblem(_unknown_field(node.field, names, f" of {where}"), node.at)
        if not results:
            raise TypeProblem(
                f"`.{node.field}` reads a field, but {self.described(node.operand, operand)} "
                "has no fields",
                node.at,
            )
        return union(*results)

    def index(self, node: ast.Index) -> Type:
        operand, index = self.type(node.operand), self.type(node.index)
        results = []
        for member, key in product(members(operand), members(index)):
            if member.kind == "dyn":
                return DYN
            if member.kind == "list" and _is(key, "int", "uint"):
                results.append(member.args[0])
            elif member.fields is not None and _is(key, "string"):
                literal = node.index
                name = literal.value if isinstance(literal, ast.Literal) else None
                field = member.field(_unquote(name)) if isinstance(name, str) else None
                results.append(field or DYN)
            elif member.kind == "map" and _same(key, member.args[0]):
                results.append(member.args[1])
        if not results:
            raise TypeProblem(
                f"`[...]` cannot index {self.described(node.operand, operand)} "
                f"with {self.described(node.index, index)}",
                node.at,
            )
        return union(*results)

    def unary(self, node: ast.Unary) -> Type:
        operand = self.type(node.operand)
        if node.op == "!":
            self.condition_type(node.operand, operand, "`!`", node.at)
            return BOOL
        results = [m for m in members(operand) if _is(m, "int", "double")]
        if not results:
            raise TypeProblem(
                f"`-` negates a number, but {self.described(node.operand, operand)} is not one",
                node.at,
            )
        return union(*results)

    def condition_type(self, node: ast.Node, found: Type, what: str, at: int) -> None:
        if not any(_is(m, "bool") for m in members(found)):
            raise TypeProblem(
                f"{what} needs true or false, but {self.described(node, found)} is not", at
            )

    def binary(self, node: ast.Binary) -> Type:
        left, right = self.type(node.left), self.type(node.right)
        if node.op in ("&&", "||"):
            self.condition_type(node.left, left, f"`{node.op}`", node.at)
            self.condition_type(node.right, right, f"`{node.op}`", node.at)
            return BOOL
        rule = _BINARY[node.op]
        results = [
            r for a, b in product(members(left), members(right)) if (r := rule(a, b)) is not None
        ]
        if results:
            return union(*results)
        a, b = self.described(node.left, left), self.described(node.right, right)
        if node.op in ("==", "!="):
            message = (
                f"`{node.op}` compares {a} with {b}: values of different types are never equal"
            )
        elif node.op == "in":
            message = f"`in` looks for {a} in {b}, which cannot hold it"
        else:
            message = f"`{node.op}` is not defined for {a} and {b}"
        kinds = {m.kind for m in (*members(left), *members(right))}
        if {"timestamp", "string"} <= kinds:
            message += '; dates in declarations are text: write timestamp(date + "T00:00:00Z")'
        raise TypeProblem(message, node.at)

    def call(self, node: ast.Call) -> Type:
        if node.function == "has" and node.target is None:
            return self.has(node)
        if node.target is not None and node.function in _MACROS and _macro(node):
            return self.macro(node)
        if node.target is not None and self.namespace(node.target):
            for arg in node.args:  # `math.greatest(...)`: a function of a namespace
                self.type(arg)
            return DYN
        args = [self.type(a) for a in node.args]
        nodes = list(node.args)
        if node.target is not None:
            args.insert(0, self.type(node.target))
            nodes.insert(0, node.target)
        signature = _FUNCTIONS.get(node.function)
        if signature is None:
            return DYN  # a function the checker does not know: the binding knows it or not
        results = [
            r for combo in product(*(members(a) for a in args)) if (r := signature.apply(combo))
        ]
        if results:
            return union(*results)
        given = " and ".join(self.described(n, a) for n, a in zip(nodes, args, strict=True))
        usage = f" (written {signature.usage})" if signature.usage else ""
        hint = ""
        if node.function == "contains" and args and any(m.kind == "list" for m in members(args[0])):
            hint = "; to look for a value in a list, write `value in list`"
        raise TypeProblem(
            f"`{node.function}` is not defined for {given or 'no argument'}{usage}{hint}",
            node.at,
        )

    def namespace(self, target: ast.Node) -> bool:
        """Whether ``target`` is a name no variable has (``math`` of ``math.greatest``)."""
        while isinstance(target, ast.Select):
            target = target.operand
        return isinstance(target, ast.Ident) and target.name not in self.variables

    def has(self, node: ast.Call) -> Type:
        if len(node.args) != 1 or not isinstance(node.args[0], ast.Select):
            raise ast.Unsupported("has() of something else than a field")
        self.type(node.args[0].operand)
        self.select(node.args[0])
        return BOOL

    def macro(self, node: ast.Call) -> Type:
        assert node.target is not None
        target = self.type(node.target)
        name = node.args[0]
        assert isinstance(name, ast.Ident)
        elements = [
            m.args[0] if m.kind in ("list", "map") else DYN
            for m in members(target)
            if _is(m, "list", "map")
        ]
        if not elements:
            raise TypeProblem(
                f"`{node.function}` goes through a list or a map, but "
                f"{self.described(node.target, target)} is neither",
                node.at,
            )
        element = union(*elements)
        saved = self.variables.get(name.name)
        self.variables[name.name] = element
        try:
            body = node.args[1:]
            if node.function == "map":
                if len(body) == 2:
                    self.condition(body[0], f"the condition of `{node.function}`", body[0].start)
                return list_of(self.type(body[-1]))
            self.condition(body[0], f"the condition of `{node.function}`", body[0].start)
            return list_of(element) if node.function == "filter" else BOOL
        finally:
            if saved is None:
                self.variables.pop(name.name, None)
            else:
                self.variables[name.name] = saved


def _macro(node: ast.Call) -> bool:
    count = (2, 3) if node.function == "map" else (2,)
    return len(node.args) in count and isinstance(node.args[0], ast.Ident)


def _unquote(text: str) -> str:
    for quote in ('"""', "'''", '"', "'"):
        if len(text) >= 2 * len(quote) and text.startswith(quote) and text.endswith(quote):
            return text[len(quote) : -len(quote)]
    return text


def check(source: str, variables: Mapping[str, Type], want: str | None = None) -> Type:
    """The type of ``source``; :class:`TypeProblem` at the first operation no type of its
    operands allows, or when ``want`` (``"bool"``) is a type it can never have. An
    expression the parser does not understand is ``dyn``."""
    try:
        tree = ast.parse(source)
        checker = _Checker(source, variables)
        found = checker.type(tree)
    except (ast.Unsupported, RecursionError):
        return DYN
    if want == "bool" and not any(_is(m, "bool") for m in members(found)):
        raise TypeProblem(f"the expression must be true or false, but it is {found}", tree.start)
    return found


# --- the types of the contract ------------------------------------------------------------


@cache
def declaration() -> Type:
    """The type of ``declaration``, from the declaration JSON Schema."""
    from disclosurelint.schema import load_schema

    schema = load_schema()
    return _from_schema(schema, schema, 0)


def context() -> Type:
    return record(
        {
            "today": TIMESTAMP,
            "regimes": list_of(STRING),
            "home_country": STRING,
            "path": STRING,
            "product": STRING,
        }
    )


def item(each: Sequence[str | int]) -> Type:
    """The type of ``item``: an element of the list ``each`` names; a data item has the
    fields the taxonomy computes."""
    found = at_path(each)
    element = union(*(m.args[0] if m.kind == "list" else DYN for m in members(found)))
    if tuple(each) == ("data",):
        computed = {
            "category": STRING,
            "categories": list_of(STRING),
            "sensitive": BOOL,
            "regimes": list_of(STRING),
        }
        return record({**dict(element.fields or ()), **computed})
    return element


def at_path(path: Sequence[str | int]) -> Type:
    """The type of the declaration's field at ``path``; :class:`TypeProblem` (offset: the
    index of the part at fault) for a field the format does not have."""
    found = declaration()
    for position, part in enumerate(path):
        if isinstance(part, int):
            lists = [m.args[0] for m in members(found) if m.kind == "list"]
            found = union(*lists) if lists else DYN
            continue
        records = [m for m in members(found) if m.fields is not None]
        if not records:
            return DYN
        names = [n for r in records for n, _ in r.fields or ()]
        if part not in names:
            raise TypeProblem(_unknown_field(part, names), position)
        found = union(*(t for r in records if (t := r.field(part)) is not None))
    return found


def _unknown_field(name: str, names: Sequence[str], where: str = "") -> str:
    close = difflib.get_close_matches(name, names, n=1, cutoff=0.6)
    hint = f"; did you mean `{close[0]}`?" if close else ""
    return f"unknown field `{name}`{where} in the declaration format{hint}"


def variables(each: Sequence[str | int] | None) -> dict[str, Type]:
    """The variables an expression sees (``item`` only with ``each``)."""
    found = {"declaration": declaration(), "context": context(), "lists": map_of(STRING, DYN)}
    if each is not None:
        found["item"] = item(each)
    return found


def _resolve(node: Any, schema: Mapping[str, Any]) -> Mapping[str, Any]:
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        target: Any = schema
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, Mapping) else {}
        rest = {k: v for k, v in node.items() if k != "$ref"}
        node = {**(target if isinstance(target, Mapping) else {}), **rest}
    return node if isinstance(node, Mapping) else {}


_JSON_TYPES = {
    "string": STRING,
    "integer": INT,
    "number": Type("union", (INT, DOUBLE)),
    "boolean": BOOL,
    "null": NULL,
}


def _from_value(value: Any) -> Type:
    if isinstance(value, bool):
        return BOOL
    if isinstance(value, int):
        return INT
    if isinstance(value, float):
        return DOUBLE
    if isinstance(value, str):
        return STRING
    if value is None:
        return NULL
    return DYN


def _from_schema(raw: Any, schema: Mapping[str, Any], depth: int) -> Type:
    node = _resolve(raw, schema)
    if depth > 12 or not node:
        return DYN
    if "const" in node:
        return _from_value(node["const"])
    if isinstance(node.get("enum"), list):
        return union(*(_from_value(v) for v in node["enum"]))
    kinds = node.get("type")
    if isinstance(kinds, str):
        kinds = [kinds]
    if isinstance(kinds, list):
        return union(*(_of_kind(str(k), node, schema, depth) for k in kinds))
    branches = [
        _from_schema(b, schema, depth + 1)
        for key in ("oneOf", "anyOf")
        for b in node.get(key, ())
        if isinstance(b, Mapping) and _describes_type(_resolve(b, schema))
    ]
    if branches:
        return union(*branches)
    if "properties" in node:
        return _of_kind("object", node, schema, depth)
    if "items" in node:
        return _of_kind("array", node, schema, depth)
    return DYN


def _describes_type(node: Mapping[str, Any]) -> bool:
    keys = ("type", "const", "enum", "properties", "items", "oneOf", "anyOf")
    return any(k in node for k in keys)


def _of_kind(kind: str, node: Mapping[str, Any], schema: Mapping[str, Any], depth: int) -> Type:
    if kind == "array":
        items = node.get("items")
        return list_of(_from_schema(items, schema, depth + 1) if items else DYN)
    if kind != "object":
        return _JSON_TYPES.get(kind, DYN)
    fields: dict[str, Type] = {}
    for props in _properties(node, schema):
        for name, sub in props.items():
            if isinstance(sub, Mapping) and name not in fields:
                fields[name] = _from_schema(sub, schema, depth + 1)
    extra = node.get("additionalProperties", True)
    if fields:
        return record(fields)
    value = _from_schema(extra, schema, depth + 1) if isinstance(extra, Mapping) else DYN
    return map_of(STRING, value)


def _properties(node: Mapping[str, Any], schema: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    if isinstance(node.get("properties"), Mapping):
        yield node["properties"]
    for key in ("oneOf", "anyOf", "allOf"):
        for branch in node.get(key, ()):
            resolved = _resolve(branch, schema)
            if isinstance(resolved.get("properties"), Mapping):
                yield resolved["properties"]
