"""CEL expressions of policy files: compiled once per run, evaluated per declaration.

The one module that imports the CEL library (``common-expression-language``, the Python
binding of the Rust ``cel`` crate). Compiling checks what can be known before any declaration is
read: the syntax, and that every variable and function an expression names exists (the fields
and types are checked by :mod:`~disclosurelint.policy.typecheck`). What only the data can tell
(a missing field, a value of a field the format leaves open) is an :class:`EvaluationError` at
run time, which the policy rule turns into a finding.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import types
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from typing import Any

# Functions of the CEL core, of the extension libraries the binding ships (cel.stdlib), and the
# macros. Operators are written with `_` or `@` and are always known.
_FUNCTIONS = frozenset(
    (
        *("size", "contains", "startsWith", "endsWith", "matches", "has", "type", "dyn"),
        *("int", "uint", "double", "string", "bytes", "bool", "timestamp", "duration"),
        *("all", "exists", "exists_one", "map", "filter"),
        *("getFullYear", "getMonth", "getDate", "getDayOfMonth", "getDayOfWeek"),
        *("getDayOfYear", "getHours", "getMinutes", "getSeconds", "getMilliseconds"),
        *("min", "max", "sum", "charAt", "indexOf", "lastIndexOf", "substring", "replace"),
        *("split", "join", "lowerAscii", "upperAscii", "trim", "reverse", "distinct"),
        *("flatten", "slice", "sort", "first", "last", "inList"),
    )
)
# the names of CEL's types are values too (`type(x) == string`)
TYPE_NAMES = frozenset(
    ("int", "uint", "double", "bool", "string", "bytes", "list", "map", "null_type", "type")
)
_BOUND = re.compile(r"\.\s*(?:all|exists|exists_one|map|filter)\s*\(\s*([A-Za-z_]\w*)\s*,")
_SYNTAX_AT = re.compile(r"<input>:(\d+):(\d+):\s*(?:Syntax error:\s*)?(.*)")
_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


class ExpressionError(Exception):
    """An expression that does not compile: ``line``/``column`` are within the expression."""

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.line, self.column = line, column


class EvaluationError(Exception):
    """An expression that failed on one declaration (a missing field, a type mismatch)."""


@dataclass(frozen=True)
class Expression:
    """A compiled expression and its source text."""

    source: str
    program: Any

    def evaluate(self, activation: Any) -> Any:
        try:
            return self.program.execute(activation)
        except Exception as exc:  # the binding raises KeyError, TypeError, ValueError, ...
            raise EvaluationError(describe(exc)) from None


def describe(exc: BaseException) -> str:
    """The binding's error in one line, without its generic advice."""
    if isinstance(exc, KeyError):
        return f"no such key {exc.args[0]!r}" if exc.args else "no such key"
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text.split(". ")[0].rstrip(".")


def _binding() -> Any:
    """The CEL binding (``cel``), without the command-line interface its package imports.

    ``import cel`` also imports the binding's own command line (typer, rich, prompt_toolkit),
    which takes longer than a whole one-file check. The package's ``__init__`` only re-exports
    the compiled extension and ``cel.stdlib``; both are loaded here under the package's names,
    so that a later ``import cel`` elsewhere still finds them. Anything unexpected: plain import.
    """
    found = sys.modules.get("cel")
    if found is not None:
        return found
    try:
        spec = importlib.util.find_spec("cel")
        folder = Path(next(iter(spec.submodule_search_locations or ()))) if spec else None
        binary = (
            next((p for s in EXTENSION_SUFFIXES for p in [folder / f"cel{s}"] if p.is_file()), None)
            if folder
            else None
        )
        if spec is None or folder is None or binary is None:
            raise ImportError("the cel package is not laid out as expected")
        package = types.ModuleType("cel")
        package.__path__ = [str(folder)]
        package.__spec__ = spec
        sys.modules["cel"] = package
        for name, path in (("cel.cel", binary), ("cel.stdlib", folder / "stdlib.py")):
            module_spec = importlib.util.spec_from_file_location(name, path)
            assert module_spec is not None and module_spec.loader is not None
            module = importlib.util.module_from_spec(module_spec)
            sys.modules[name] = module
            module_spec.loader.exec_module(module)
            setattr(package, name.rpartition(".")[2], module)
        extension = sys.modules["cel.cel"]
        for name in getattr(extension, "__all__", dir(extension)):
            if not name.startswith("_"):
                setattr(package, name, getattr(extension, name))
        return package
    except Exception:  # a different layout: the ordinary import, slower but correct
        for name in ("cel", "cel.cel", "cel.stdlib"):
            sys.modules.pop(name, None)
        import cel

        return cel


def compile_expression(source: str, variables: Iterable[str]) -> Expression:
    """Compile ``source``; :class:`ExpressionError` when it does not parse or names a variable
    or function that does not exist (``variables`` are the ones it may use)."""
    cel = _binding()

    if not isinstance(source, str) or not source.strip():
        raise ExpressionError("the expression is empty")
    try:
        program = cel.compile(source)
    except Exception as exc:
        raise _syntax_error(str(exc)) from None
    allowed = set(variables) | set(_BOUND.findall(source)) | TYPE_NAMES
    for name in program.variables():
        if name not in allowed:
            known = ", ".join(sorted(set(variables)))
            raise ExpressionError(
                f"unknown variable {name!r} (an expression sees {known})", *_where(source, name)
            )
    for name in program.functions():
        if name[0] in "_@!" or name in _FUNCTIONS or "." in name:
            continue
        raise ExpressionError(f"unknown function {name!r}", *_where(source, name))
    return Expression(source, program)


def _syntax_error(text: str) -> ExpressionError:
    found = _SYNTAX_AT.search(text)
    if not found:
        return ExpressionError(f"syntax error: {text.splitlines()[0]}")
    message = found.group(3).split("\n")[0].strip()
    return ExpressionError(f"syntax error: {message}", int(found.group(1)), int(found.group(2)))


def _where(source: str, name: str) -> tuple[int, int]:
    found = re.search(rf"(?<![\w.]){re.escape(name)}\b", source)
    if not found:
        return 1, 1
    before = source[: found.start()]
    return before.count("\n") + 1, found.start() - (before.rfind("\n") + 1) + 1


@dataclass(frozen=True)
class Template:
    """A message with ``{expr}`` placeholders, each a compiled expression."""

    parts: tuple[str | Expression, ...]

    @property
    def expressions(self) -> tuple[Expression, ...]:
        return tuple(p for p in self.parts if isinstance(p, Expression))

    def render(self, activation: Any) -> str:
        out = []
        for part in self.parts:
            if isinstance(part, str):
                out.append(part)
                continue
            try:
                out.append(show(part.evaluate(activation)))
            except EvaluationError:
                out.append("{" + part.source + "}")  # kept as written: the finding still shows
        return "".join(out)


def compile_template(
    text: str, variables: Iterable[str], check: Callable[[str], None] | None = None
) -> Template:
    """``'shares {item.item}'`` -> a template; ``{{`` and ``}}`` are literal braces.
    ``check``, when given, is called with each placeholder's expression once it compiles (it
    raises :class:`ExpressionError` for one it refuses)."""
    names = tuple(variables)
    parts: list[str | Expression] = []
    escaped = text.replace("{{", "\0\0").replace("}}", "\1\1")  # the same length: columns hold
    position = 0
    for found in _PLACEHOLDER.finditer(escaped):
        parts.append(_unescape(escaped[position : found.start()]))
        try:
            parts.append(compile_expression(found.group(1), names))
            if check is not None:
                check(found.group(1))
        except ExpressionError as exc:
            raise ExpressionError(str(exc), 1, found.start() + 1 + exc.column) from None
        position = found.end()
    parts.append(_unescape(escaped[position:]))
    return Template(tuple(p for p in parts if p != ""))


def _unescape(text: str) -> str:
    return text.replace("\0\0", "{").replace("\1\1", "}")


def show(value: Any) -> str:
    """A CEL value in a message: text as it is, lists joined, other values as CEL writes them."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, (list, tuple)):
        return ", ".join(show(v) for v in value)
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{show(k)}: {show(v)}" for k, v in value.items()) + "}"
    return str(value)


def new_activation(
    variables: Mapping[str, Any],
    functions: Iterable[str] | None = None,
    lists: Mapping[str, Any] | None = None,
) -> Any:
    """An activation holding ``variables``, with the extension functions added (only
    ``functions``, when given) and ``inList(value, name)`` looking values up in ``lists``."""
    cel = _binding()
    stdlib_functions = cel.stdlib.STDLIB_FUNCTIONS

    context = cel.Context(dict(variables))
    extensions = {
        **stdlib_functions,
        "lowerAscii": _lower_ascii,
        "upperAscii": _upper_ascii,
        "inList": _in_list(lists or {}),
    }
    del extensions["contains"]  # CEL's own `contains` (of text) is native; lists have `in`
    wanted = extensions.keys() if functions is None else set(functions) & extensions.keys()
    for name in sorted(wanted):
        context.add_function(name, extensions[name])
    return context


def _in_list(lists: Mapping[str, Any]) -> Any:
    """``inList(value, "name")``: whether the data list ``name`` holds ``value`` (a set lookup:
    a list bound as a variable would be converted for CEL again for every declaration)."""
    members = {
        name: frozenset(v for v in values if isinstance(v, (str, int, float, bool)))
        for name, values in lists.items()
        if isinstance(values, list)
    }

    def in_list(value: Any, name: str) -> bool:
        if name not in members:
            raise ValueError(f"no data list named {name!r} (known: {', '.join(members)})")
        return isinstance(value, (str, int, float, bool)) and value in members[name]

    return in_list


_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
_UPPER = {c + 32: c for c in range(ord("A"), ord("Z") + 1)}


def _lower_ascii(text: str) -> str:
    return text.lower() if text.isascii() else text.translate(_LOWER)


def _upper_ascii(text: str) -> str:
    return text.upper() if text.isascii() else text.translate(_UPPER)


def bind(activation: Any, name: str, value: Any) -> None:
    """Bind (or rebind) one variable of an activation."""
    activation.add_variable(name, value)
