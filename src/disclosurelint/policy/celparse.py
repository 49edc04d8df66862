"""A parser for CEL expressions, for the static checks made when a policy file loads.

The CEL binding compiles an expression but does not show its syntax tree, and the static type
check (:mod:`disclosurelint.policy.typecheck`) needs one with the position of every part. The
grammar is CEL's (https://github.com/google/cel-spec/blob/master/doc/langdef.md): literals,
identifiers, field selection, indexing, calls with and without a receiver, lists, maps,
messages, unary and binary operators and the conditional. The binding has already accepted
the expression when this parser sees it: anything this parser does not understand raises
:class:`Unsupported`, and the expression is then not type-checked rather than refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


class Unsupported(Exception):
    """A construct this parser does not know (the expression is left unchecked)."""


@dataclass(frozen=True)
class Node:
    """A part of an expression: ``start``/``end`` are offsets in the source, ``at`` is the
    offset a message about it points to (an operator, a function name, a field name)."""

    start: int
    end: int
    at: int


@dataclass(frozen=True)
class Literal(Node):
    kind: str  # bool, int, uint, double, string, bytes, null
    value: object = None


@dataclass(frozen=True)
class Ident(Node):
    name: str


@dataclass(frozen=True)
class Select(Node):
    operand: Node
    field: str


@dataclass(frozen=True)
class Index(Node):
    operand: Node
    index: Node


@dataclass(frozen=True)
class Call(Node):
    target: Node | None  # the receiver of `x.f(...)`
    function: str
    args: tuple[Node, ...]


@dataclass(frozen=True)
class ListOf(Node):
    elements: tuple[Node, ...]


@dataclass(frozen=True)
class MapOf(Node):
    entries: tuple[tuple[Node, Node], ...]


@dataclass(frozen=True)
class Message(Node):
    """``Name{field: value}``: a message of a type the policy cannot name; never checked."""

    fields: tuple[Node, ...]


@dataclass(frozen=True)
class Unary(Node):
    op: str  # ! or -
    operand: Node


@dataclass(frozen=True)
class Binary(Node):
    op: str
    left: Node
    right: Node


@dataclass(frozen=True)
class Conditional(Node):
    condition: Node
    then: Node
    otherwise: Node


_TOKEN = re.compile(
    r"""
    (?P<space>\s+|//[^\n]*)
  | (?P<string>(?:[rR][bB]?|[bB][rR]?)?(?:\"\"\"(?:\\.|[^\\])*?\"\"\"|'''(?:\\.|[^\\])*?'''
        |"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'))
  | (?P<number>0[xX][0-9a-fA-F]+[uU]?|(?:[0-9]+\.[0-9]+|\.[0-9]+|[0-9]+)(?:[eE][+-]?[0-9]+)?[uU]?)
  | (?P<ident>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op>\|\||&&|==|!=|<=|>=|[-+*/%!<>?:.,\[\](){}])
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def _tokens(source: str) -> list[_Token]:
    out: list[_Token] = []
    position = 0
    while position < len(source):
        found = _TOKEN.match(source, position)
        if found is None or found.lastgroup is None:
            raise Unsupported(source[position])
        if found.lastgroup != "space":
            kind = found.lastgroup
            if kind == "ident" and found.group() in ("true", "false", "null", "in"):
                kind = "keyword"
            out.append(_Token(kind, found.group(), position))
        position = found.end()
    out.append(_Token("end", "", len(source)))
    return out


_RELATIONS = ("<", "<=", ">=", ">", "==", "!=", "in")
_RESERVED = frozenset(
    [
        "as",
        "break",
        "const",
        "continue",
        "else",
        "for",
        "function",
        "if",
        "import",
        "let",
        "loop",
        "package",
        "namespace",
        "return",
        "var",
        "void",
        "while",
    ]
)


class _Parser:
    def __init__(self, source: str) -> None:
        self.tokens = _tokens(source)
        self.index = 0

    @property
    def token(self) -> _Token:
        return self.tokens[self.index]

    def take(self, *texts: str) -> _Token | None:
        token = self.token
        if token.kind in ("op", "keyword") and token.text in texts:
            self.index += 1
            return token
        return None

    def need(self, text: str) -> _Token:
        token = self.take(text)
        if token is None:
            raise Unsupported(f"expected {text!r}")
        return token

    def expression(self) -> Node:
        condition = self.binary(0)
        mark = self.take("?")
        if mark is None:
            return condition
        then = self.binary(0)
        self.need(":")
        otherwise = self.expression()
        return Conditional(condition.start, otherwise.end, mark.start, condition, then, otherwise)

    _LEVELS: tuple[tuple[str, ...], ...] = (
        ("||",),
        ("&&",),
        _RELATIONS,
        ("+", "-"),
        ("*", "/", "%"),
    )

    def binary(self, level: int) -> Node:
        if level == len(self._LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        while True:
            op = self.take(*self._LEVELS[level])
            if op is None:
                return left
            right = self.binary(level + 1)
            left = Binary(left.start, right.end, op.start, op.text, left, right)

    def unary(self) -> Node:
        op = self.take("!", "-")
        if op is None:
            return self.member()
        if op.text == "-" and self.token.kind == "number":
            number = self.token
            self.index += 1
            literal = _number(number.text, number.start, number.end, negative=True)
            return self.suffixes(Literal(op.start, literal.end, op.start, literal.kind, None))
        operand = self.unary()
        return Unary(op.start, operand.end, op.start, op.text, operand)

    def member(self) -> Node:
        return self.suffixes(self.primary())

    def suffixes(self, node: Node) -> Node:
        while True:
            if self.take("."):
                name = self.identifier()
                if self.take("("):
                    args, close = self.arguments(")")
                    node = Call(node.start, close, name.start, node, name.text, args)
                else:
                    node = Select(node.start, name.end, name.start, node, name.text)
            elif self.take("["):
                index = self.expression()
                bracket = self.need("]")
                node = Index(node.start, bracket.end, index.start, node, index)
            elif isinstance(node, (Ident, Select)) and self.take("{"):
                values: list[Node] = []
                while True:
                    end = self.take("}")
                    if end is not None:
                        break
                    self.identifier()
                    self.need(":")
                    values.append(self.expression())
                    if not self.take(","):
                        end = self.need("}")
                        break
                node = Message(node.start, end.end, node.at, tuple(values))
            else:
                return node

    def identifier(self) -> _Token:
        token = self.token
        if token.kind != "ident" or token.text in _RESERVED:
            raise Unsupported("expected a name")
        self.index += 1
        return token

    def arguments(self, close: str) -> tuple[tuple[Node, ...], int]:
        args: list[Node] = []
        while True:
            end = self.take(close)
            if end is not None:
                return tuple(args), end.end
            args.append(self.expression())
            if not self.take(","):
                return tuple(args), self.need(close).end

    def primary(self) -> Node:
        token = self.token
        if token.kind == "number":
            self.index += 1
            return _number(token.text, token.start, token.end)
        if token.kind == "string":
            self.index += 1
            prefix = token.text[: len(token.text) - len(token.text.lstrip("rRbB"))]
            kind = "bytes" if "b" in prefix.lower() else "string"
            return Literal(token.start, token.end, token.start, kind, token.text)
        if token.kind == "keyword" and token.text != "in":
            self.index += 1
            kind = "null" if token.text == "null" else "bool"
            return Literal(token.start, token.end, token.start, kind, token.text == "true")
        leading = self.take(".")  # `.name`: a name in the root scope
        if self.token.kind == "ident":
            name = self.identifier()
            start = leading.start if leading else name.start
            if self.take("("):
                args, close = self.arguments(")")
                return Call(start, close, name.start, None, name.text, args)
            return Ident(start, name.end, name.start, name.text)
        if leading is not None:
            raise Unsupported("expected a name after '.'")
        opening = self.take("(", "[", "{")
        if opening is None:
            raise Unsupported(f"unexpected {token.text!r}")
        if opening.text == "(":
            inner = self.expression()
            self.need(")")
            return inner
        if opening.text == "[":
            elements, close = self.arguments("]")
            return ListOf(opening.start, close, opening.start, elements)
        entries: list[tuple[Node, Node]] = []
        while True:
            end = self.take("}")
            if end is not None:
                return MapOf(opening.start, end.end, opening.start, tuple(entries))
            key = self.expression()
            self.need(":")
            entries.append((key, self.expression()))
            if not self.take(","):
                end = self.need("}")
                return MapOf(opening.start, end.end, opening.start, tuple(entries))


def _number(text: str, start: int, end: int, negative: bool = False) -> Literal:
    if text[-1] in "uU":
        if negative:
            raise Unsupported("a negative unsigned number")
        return Literal(start, end, start, "uint", None)
    is_hex = text[:2] in ("0x", "0X")
    kind = "double" if not is_hex and any(c in text for c in ".eE") else "int"
    return Literal(start, end, start, kind, None)


def parse(source: str) -> Node:
    """The syntax tree of ``source``; :class:`Unsupported` when it is not understood."""
    parser = _Parser(source)
    node = parser.expression()
    if parser.token.kind != "end":
        raise Unsupported(f"unexpected {parser.token.text!r}")
    return node
