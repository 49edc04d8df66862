"""Lists written as data in a page's source file, read without running anything.

A page component or an app screen often keeps its list of recipients as data and renders it:
an array of object literals in JavaScript, TypeScript, Vue or JSX (``{ name: '…', provider: '…',
privacyPolicyUrl: '…' }``), an object per SDK holding a list of ``{name: 'label', value: '…'}``
pairs under a title, a table's ``columns`` (``{title: 'SDK厂商', dataIndex: 'vendor'}``) beside
its ``data`` rows, Kotlin calls with named arguments (``SdkInfo(name = "…", vendor = "…")``) or
positional ones whose parameter names the declaration of the function or class gives
(``ad("…", "…", "https://…")`` after ``fun ad(name: String, vendor: String, url: String)
= SdkInfo(name, vendor, …, url, …)``). The text is split into tokens (strings unescaped,
comments dropped, so an entry commented out stays out) and the literals are read with a small
parser; keys go through the label table like any published label (``privacyPolicyUrl`` as
"privacy Policy Url").

When no literal holds a list, the text the file shows is read instead: the strings a Kotlin or
Java screen appends to a text builder (a variable appended in between replaced by the string it
was given), an HTML document kept in a string, or else the texts of several lines its strings
hold (a dialog's policy in one string with ``\n`` escapes, a Flutter ``Text`` whose literals
are written one after the other).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Union

from disclosurelint.importer.labels import LabelTable
from disclosurelint.importer.names import LEGAL_ENTITY, names_sdks
from disclosurelint.importer.positional import guessed_keys
from disclosurelint.importer.tables import SERVICE_HEADER as _SERVICE_HEADER

_SOURCE_NAME = (
    ".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".vue", ".svelte",
    ".kt", ".kts", ".java", ".dart", ".swift",
)  # fmt: skip
_SOURCE_START = re.compile(
    r"^\s*(?:import\s|export\s|package\s|const\s|let\s|var\s|class\s|object\s|interface\s"
    r"|data\s+class\s|fun\s|function\s|[\"']use client[\"']|<template\b|<script\b)"
)
_ESCAPES = {"n": "\n", "t": "\t", "r": "", "b": "", "f": "", "v": "", "0": ""}
# keys that hold a pair's label, and those that hold its value ({name: '使用场景', value: '…'})
_PAIR_LABEL = frozenset({"name", "label", "key", "title", "field", "tit", "k"})
_PAIR_VALUE = frozenset({"value", "content", "text", "desc", "val", "v", "detail"})
# keys that name the thing an object describes (the SDK) when another key gives its company
_NAME_KEYS = frozenset({"name", "title", "tit", "label"})
# keys of a table column that say which key of a row it shows (antd, element-ui, react-table)
_COLUMN_KEYS = ("dataIndex", "prop", "accessorKey", "accessor", "field", "key")
_MIN_FIELDS = 2
# keys that hold an address without saying what it is ({name: …, url: 'https://…'})
_LINK_KEYS = frozenset({"url", "link", "href", "linkurl", "link_url", "address"})
# names of arrays that say no more than that they hold rows: the name holding them tells
_GENERIC_HOLDERS = frozenset(
    {"list", "items", "data", "rows", "datasource", "tabledata", "records", "entries", "children"}
)
# keys that hold what an SDK collects without saying so ({name: '极光', info: 'IMEI、IP 地址'})
_VAGUE_DATA_KEYS = frozenset({"info", "infos", "information", "collect", "collected", "fields"})
_DATA_ITEM = re.compile(
    r"信息|地址|标识|识别码|号码|手机号|位置|设备|型号|版本|列表|IMEI|IMSI|IDFA|IDFV|OAID|MAC|ANDROID.?ID"
    r"|\bIP\b|e-?mail|address|identifier|device|location|phone|cookie",
    re.IGNORECASE,
)
_MAX_DATA_ITEM = 60


def names_data_item(text: str) -> bool:
    """A short name that is an item of personal data (``OAID``, ``设备标识符``, ``IP address``)."""
    return len(text) <= _MAX_DATA_ITEM and bool(_DATA_ITEM.search(text)) and "SDK" not in text


_MODIFIERS = frozenset({"val", "var", "private", "public", "protected", "internal", "override"})
_WORD = re.compile(r"[\w$]+")
_NUMBER = re.compile(r"[\w.]+")


@dataclass(frozen=True)
class Token:
    kind: str  # "s" string, "i" identifier, "n" number, "p" punctuation
    text: str
    line: int


@dataclass
class Obj:
    """An object literal or a call: its (key, value) pairs in order (None for a positional
    argument), the line it starts on, and for a call the name called; once found, the names
    that hold it, nearest first (``sdkList`` for the objects of ``const sdkList = [{…}]``), and
    the identity of the array it is an item of (0 for none)."""

    pairs: list[tuple[str | None, Value]]
    line: int
    call: str | None = None
    holders: tuple[str, ...] = ()
    group: int = 0


Value = Union[str, Obj, list["Value"], None]  # noqa: UP007  (a runtime alias on Python 3.10)


_SQL_START = re.compile(r"^\s*(?:INSERT\s+INTO|UPDATE\s+\S+\s+SET|CREATE\s+TABLE|COPY\s)", re.I)
# a dollar-quoted body ($$…$$, $tag$…$tag$) or a quoted string ('…', a quote doubled inside)
_SQL_STRING = re.compile(r"\$(\w*)\$(.*?)\$\1\$|'((?:[^']|'')*)'", re.S)


def is_sql(text: str, name: str = "") -> bool:
    """A database script (a seed or a migration), by its name or its first statement."""
    return name.lower().endswith(".sql") or bool(_SQL_START.match(text))


def sql_documents(text: str) -> list[tuple[int, str]]:
    """The JSON documents a database script keeps in its strings (``$$[{"name": …}]$$::jsonb``,
    ``'[…]'``): per document the line it starts on and its text, quotes undoubled."""
    found: list[tuple[int, str]] = []
    for match in _SQL_STRING.finditer(text):
        dollar = match.group(2) is not None
        body = match.group(2) if dollar else match.group(3).replace("''", "'")
        if body.lstrip().startswith(("[", "{")):
            start = match.start(2 if dollar else 3)
            found.append((text.count("\n", 0, start) + 1, body))
    return found


def is_source(text: str, name: str = "") -> bool:
    """A source file of a page or an app screen, by its name or its first statement."""
    return name.lower().endswith(_SOURCE_NAME) or bool(_SOURCE_START.match(text))


# --- tokens --------------------------------------------------------------------------------------


def tokenize(text: str) -> list[Token]:
    """The tokens of a C-like source text (JavaScript, TypeScript, Kotlin, Java, Dart, Swift):
    comments dropped, strings unescaped, markup and other text left as punctuation."""
    out: list[Token] = []
    i, line, size = 0, 1, len(text)
    while i < size:
        char = text[i]
        if char == "\n":
            line += 1
            i += 1
        elif char.isspace():
            i += 1
        elif text.startswith("//", i):
            end = text.find("\n", i)
            i = size if end < 0 else end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = size if end < 0 else end + 2
            line += text.count("\n", i, end)
            i = end
        elif text.startswith('"""', i):
            end = text.find('"""', i + 3)
            end = size if end < 0 else end
            out.append(Token("s", text[i + 3 : end], line))
            line += text.count("\n", i, end)
            i = end + 3
        elif char in "'\"`":
            value, end = _string(text, i)
            if value is None:
                out.append(Token("p", char, line))
                i += 1
                continue
            out.append(Token("s", value, line))
            line += text.count("\n", i, end)
            i = end
        elif char.isdigit():
            match = _NUMBER.match(text, i)
            end = match.end() if match else i + 1
            out.append(Token("n", text[i:end], line))
            i = end
        elif char.isalpha() or char in "_$":
            match = _WORD.match(text, i)
            end = match.end() if match else i + 1
            out.append(Token("i", text[i:end], line))
            i = end
        else:
            out.append(Token("p", char, line))
            i += 1
    return out


def _string(text: str, start: int) -> tuple[str | None, int]:
    """The unescaped string opening at ``start`` and the index after it; None when a quote
    other than a backtick meets the end of its line first (an apostrophe in markup text)."""
    quote = text[start]
    parts: list[str] = []
    i = start + 1
    while i < len(text):
        char = text[i]
        if char == quote:
            return "".join(parts), i + 1
        if char == "\n" and quote != "`":
            return None, start + 1
        if char == "\\" and i + 1 < len(text):
            following = text[i + 1]
            if following == "u":
                match = re.compile(r"u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})").match(text, i + 1)
                if match:
                    parts.append(chr(int(match.group(1) or match.group(2), 16)))
                    i = match.end()
                    continue
            elif following == "x":
                match = re.compile(r"x([0-9a-fA-F]{2})").match(text, i + 1)
                if match:
                    parts.append(chr(int(match.group(1), 16)))
                    i = match.end()
                    continue
            elif following == "\n":
                i += 2
                continue
            parts.append(_ESCAPES.get(following, following))
            i += 2
            continue
        parts.append(char)
        i += 1
    return None, start + 1


# --- literals ------------------------------------------------------------------------------------


_CLOSE = {"(": ")", "[": "]", "{": "}"}


@dataclass
class _Parser:
    tokens: Sequence[Token]
    constants: dict[str, str] = field(default_factory=dict)

    def text(self, i: int) -> str:
        return self.tokens[i].text if i < len(self.tokens) else ""

    def kind(self, i: int) -> str:
        return self.tokens[i].kind if i < len(self.tokens) else ""

    def skip(self, i: int) -> int:
        """The index after the expression at ``i`` (up to a comma or a closing bracket)."""
        depth = 0
        while i < len(self.tokens):
            token = self.tokens[i]
            if token.kind == "p" and token.text in "([{":
                depth += 1
            elif token.kind == "p" and token.text in ")]}":
                if depth == 0:
                    return i
                depth -= 1
            elif token.kind == "p" and token.text in ",;" and depth == 0:
                return i
            i += 1
        return i

    def value(self, i: int) -> tuple[Value, int]:
        """The literal at ``i`` (a string with its ``+`` concatenations, an object, an array, a
        call) and the index after it; None for anything else, skipped."""
        kind, text = self.kind(i), self.text(i)
        if kind == "s" or (kind == "i" and text in self.constants and self.text(i + 1) != "("):
            parts = [text if kind == "s" else self.constants[text]]
            i += 1
            while self.text(i) == "+" and (
                self.kind(i + 1) == "s" or self.text(i + 1) in self.constants
            ):
                following = self.text(i + 1)
                parts.append(following if self.kind(i + 1) == "s" else self.constants[following])
                i += 2
            if self.text(i) == "to":  # mapOf("名称" to "…")
                return "".join(parts), i
            end = self.skip(i)
            return ("".join(parts) if end == i else None), end
        if kind == "n":
            end = self.skip(i + 1)
            return (text if end == i + 1 else None), end
        if text == "{":
            return self.object(i)
        if text == "[":
            return self.sequence(i, "]")
        if kind == "i" and self.text(i + 1) == "(":
            return self.arguments(i + 1, call=text)
        if kind == "i" and self.text(i + 1) == "<":  # listOf<SdkInfo>(...)
            end = self.skip_generic(i + 1)
            if self.text(end) == "(":
                return self.arguments(end, call=text)
        return None, self.skip(i)

    def skip_generic(self, i: int) -> int:
        depth = 0
        while i < len(self.tokens):
            if self.text(i) == "<":
                depth += 1
            elif self.text(i) == ">":
                depth -= 1
                if depth == 0:
                    return i + 1
            elif self.text(i) in ";{}":
                return i
            i += 1
        return i

    def object(self, i: int) -> tuple[Value, int]:
        obj = Obj([], self.tokens[i].line)
        i += 1
        while i < len(self.tokens) and self.text(i) != "}":
            if self.kind(i) in "sin" and self.text(i + 1) == ":":
                key = self.text(i)
                value, i = self.value(i + 2)
                obj.pairs.append((key, value))
            else:
                value, i = self.value(i)
                if isinstance(value, (Obj, list)):
                    obj.pairs.append((None, value))  # spread, or a block holding literals
            if self.text(i) in ",;":
                i += 1
            elif self.text(i) != "}":
                i += 1  # a token no expression starts with
        return obj, min(i + 1, len(self.tokens))

    def sequence(self, i: int, close: str) -> tuple[Value, int]:
        items: list[Value] = []
        i += 1
        while i < len(self.tokens) and self.text(i) != close:
            value, i = self.value(i)
            items.append(value)
            if self.text(i) == "," or self.text(i) != close:
                i += 1
        return items, min(i + 1, len(self.tokens))

    def arguments(self, i: int, call: str) -> tuple[Value, int]:
        obj = Obj([], self.tokens[i].line, call=call)
        i += 1
        while i < len(self.tokens) and self.text(i) != ")":
            if self.kind(i) == "i" and self.text(i + 1) in ("=", ":") and self.text(i + 2) != "=":
                key = self.text(i)
                value, i = self.value(i + 2)
                obj.pairs.append((key, value))
            else:
                value, i = self.value(i)
                if self.text(i) == "to":
                    target, i = self.value(i + 1)  # mapOf("名称" to "…")
                    if isinstance(value, str):
                        obj.pairs.append((value, target))
                        value = None
                        if self.text(i) == ",":
                            i += 1
                        continue
                obj.pairs.append((None, value))
            if self.text(i) == "," or self.text(i) != ")":
                i += 1
        return obj, min(i + 1, len(self.tokens))


def _constants(tokens: Sequence[Token]) -> dict[str, str]:
    """Names given a string once (``const val POLICY_URL = "…"``, ``private val yunUrl = "…"``,
    ``val yun = SpannableString(yunUrl)``), and what they hold."""
    found: dict[str, str] = {}
    for i in range(len(tokens) - 3):
        if tokens[i].kind != "i" or tokens[i].text not in ("val", "var", "const", "let"):
            continue
        name, j = tokens[i + 1], i + 2
        if name.kind != "i" or name.text == "val":
            continue
        if tokens[j].text == ":" and j + 1 < len(tokens):
            j += 2
            while (j < len(tokens) and tokens[j].text in ("?", ".")) or tokens[j - 1].text == ".":
                j += 1
        if j + 1 >= len(tokens) or tokens[j].text != "=":
            continue
        value = tokens[j + 1]
        if value.kind == "s" and (j + 2 >= len(tokens) or tokens[j + 2].text != "+"):
            found[name.text] = value.text
        elif (
            value.kind == "i"
            and j + 4 < len(tokens)
            and tokens[j + 2].text == "("
            and tokens[j + 4].text == ")"
        ):
            inner = tokens[j + 3]
            if inner.kind == "s":
                found[name.text] = inner.text
            elif inner.kind == "i" and inner.text in found:
                found[name.text] = found[inner.text]
    return found


@dataclass(frozen=True)
class _Signature:
    """The parameter names of a function or class, and where a function passes them on
    (``= SdkInfo(name, vendor, …)``: the callee and its arguments' names)."""

    params: tuple[str, ...]
    forward: tuple[str, tuple[str, ...]] | None = None


def _signatures(tokens: Sequence[Token]) -> dict[str, _Signature]:
    found: dict[str, _Signature] = {}
    for i in range(len(tokens) - 2):
        if tokens[i].text not in ("fun", "class", "function", "def") or tokens[i].kind != "i":
            continue
        name = tokens[i + 1]
        j = i + 2
        if name.kind != "i" or j >= len(tokens) or tokens[j].text != "(":
            continue
        params, j = _params(tokens, j)
        forward = None
        k = j
        if k < len(tokens) and tokens[k].text == ":":  # a return type
            k += 2
        if k + 2 < len(tokens) and tokens[k].text == "=" and tokens[k + 2].text == "(":
            callee = tokens[k + 1].text
            args, _ = _params(tokens, k + 2, plain=True)
            forward = (callee, args)
        if params:
            found[name.text] = _Signature(params, forward)
    return found


def _params(tokens: Sequence[Token], i: int, plain: bool = False) -> tuple[tuple[str, ...], int]:
    """The names in a parameter list (``(val name: String, url: String = X)``) or, ``plain``, the
    single identifiers of an argument list (any other argument as an empty name)."""
    names: list[str] = []
    depth = 0
    current: list[str] | None = [] if plain else None
    j = i + 1
    start = True
    while j < len(tokens):
        token = tokens[j]
        if token.text in "([{<" and token.kind == "p":
            depth += 1
        elif token.text in ")]}>" and token.kind == "p":
            if depth == 0:
                if plain and current is not None:
                    names.append(current[0] if len(current) == 1 else "")
                return tuple(names), j + 1
            depth -= 1
        elif token.text == "," and depth == 0:
            if plain and current is not None:
                names.append(current[0] if len(current) == 1 else "")
                current = []
            start = True
            j += 1
            continue
        if depth == 0:
            if plain and current is not None:
                current.append(token.text if token.kind == "i" else "\x00")
            elif (
                start
                and token.kind == "i"
                and token.text not in _MODIFIERS
                and j + 1 < len(tokens)
                and tokens[j + 1].text == ":"
            ):
                names.append(token.text)
                start = False
        j += 1
    return tuple(names), j


# --- entries -------------------------------------------------------------------------------------


def _words(key: str) -> str:
    """A code key as words: ``privacyPolicyUrl`` -> "privacy Policy Url", ``sdk_name`` ->
    "sdk name"."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|_", " ", key).strip()


@dataclass
class _Reading:
    table: LabelTable
    signatures: Mapping[str, _Signature]
    headers: dict[str, str] = field(default_factory=dict)  # column key -> its header

    def named_pairs(self, obj: Obj) -> list[tuple[str, Value]]:
        """The pairs of an object or a call with every key named (a positional argument by the
        parameter of the declaration it fills, followed through a forwarding function)."""
        if obj.call is None:
            return [(key, value) for key, value in obj.pairs if key is not None]
        signature = self.signatures.get(obj.call)
        if signature is None and all(given is None for given, _ in obj.pairs):
            # SdkConsentInfo("id", "Name", "https://…") declared elsewhere: read by content
            guessed = guessed_keys(obj.call, [value for _, value in obj.pairs])
            if guessed is not None:
                return [
                    (key, value)
                    for key, (_, value) in zip(guessed, obj.pairs, strict=True)
                    if key is not None
                ]
        pairs: list[tuple[str, Value]] = []
        for index, (given, value) in enumerate(obj.pairs):
            if given is not None:
                key = given
            elif signature is not None and index < len(signature.params):
                key = signature.params[index]
            else:
                continue
            if signature is not None and signature.forward is not None:
                target = self.signatures.get(signature.forward[0])
                args = signature.forward[1]
                if target is not None and key in args and args.index(key) < len(target.params):
                    key = target.params[args.index(key)]
            pairs.append((key, value))
        return pairs

    def field_of(self, key: str) -> str | None:
        header = self.headers.get(key)
        if header is not None:
            return self.table.field_for(header)
        return self.table.field_for(_words(key))


def _text(value: Value) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value and all(isinstance(item, str) for item in value):
        return "、".join(str(item) for item in value)
    return None


def _pair(pairs: Sequence[tuple[str, Value]], index: int) -> tuple[str, str] | None:
    """The label and value of ``{name: '使用场景', value: '…'}`` starting at ``index``."""
    if index + 1 >= len(pairs):
        return None
    (key, label), (next_key, value) = pairs[index], pairs[index + 1]
    if key.lower() in _PAIR_LABEL and next_key.lower() in _PAIR_VALUE:
        text = _text(value)
        if isinstance(label, str) and text is not None:
            return label, text
    return None


def _objects(value: Value, out: list[Obj], holders: tuple[str, ...] = (), group: int = 0) -> None:
    if isinstance(value, Obj):
        value.holders, value.group = holders, group
        out.append(value)
        for key, item in value.pairs:
            # a positional argument is held by the function it is passed to
            # (``_buildSDKSection('数据存储', [{…}])``: the objects describe SDKs)
            holder = key or value.call
            _objects(item, out, (holder, *holders) if holder else holders)
    elif isinstance(value, list):
        for item in value:
            _objects(item, out, holders, id(value))


def _binding(tokens: Sequence[Token], i: int) -> tuple[str, ...]:
    """The name a literal starting at ``i`` is given (``const sdkList: Sdk[] = [``,
    ``this.sdks = [``, ``sdkList: [``), as holders (a binding's words as one: "sdkList Sdk");
    empty when it is given none."""
    j = i - 1
    if j >= 0 and tokens[j].text == "(" and j >= 1 and tokens[j - 1].kind == "i":
        j -= 2  # const sdkList = ref([ … ])
    if j < 1 or tokens[j].text not in ("=", ":"):
        return ()
    if tokens[j].text == ":":
        return (tokens[j - 1].text,) if tokens[j - 1].kind in "is" else ()
    start = j
    while start > 0 and tokens[start - 1].text not in (";", "{", "}", "val", "var", "let", "const"):
        start -= 1
    named = [token.text for token in tokens[start:j] if token.kind == "i"]
    return (" ".join(named),) if named else ()


def literals(text: str) -> tuple[list[Obj], dict[str, str], dict[str, _Signature]]:
    """Every object literal and call of a source text (outermost first), the names given a
    string, and the parameter names of its functions and classes."""
    tokens = tokenize(text)
    constants = _constants(tokens)
    parser = _Parser(tokens, constants)
    found: list[Obj] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        starts = token.kind == "p" and (
            token.text == "[" or (token.text == "{" and _opens_object(parser, i))
        )
        calls = token.kind == "i" and parser.text(i + 1) == "(" and i > 0
        if starts or calls:
            value, end = parser.value(i)
            tops: list[Obj] = []
            _objects(value, tops, _binding(tokens, i))
            if any(_strings(obj) for obj in tops):
                found.extend(tops)
                i = max(end, i + 1)
                continue
        i += 1
    return found, constants, _signatures(tokens)


def _opens_object(parser: _Parser, i: int) -> bool:
    """A brace that opens an object literal (``{ key: …``, ``{ 'key': …``, ``{ ...rest``), not
    a block of code or a JSX expression."""
    following = parser.text(i + 1)
    if following == "}" or (following == "." and parser.text(i + 2) == "."):
        return True
    return parser.kind(i + 1) in ("s", "i", "n") and parser.text(i + 2) == ":"


def _strings(obj: Obj) -> bool:
    return any(isinstance(value, str) for _, value in obj.pairs)


def source_entries(text: str, table: LabelTable) -> list[tuple[int, list[tuple[str, str, str]]]]:
    """The entries a source text holds as data: per entry its line and its (field, label,
    value) triples, a field of None (``""``) for a key the label table does not know."""
    objects, _, signatures = literals(text)
    reading = _Reading(table, signatures)
    columns: set[int] = set()
    for obj in objects:  # table columns: {title: 'SDK厂商', dataIndex: 'vendor'}
        pairs = dict(reading.named_pairs(obj))
        title = pairs.get("title") or pairs.get("label") or pairs.get("Header")
        column = next((pairs[key] for key in _COLUMN_KEYS if isinstance(pairs.get(key), str)), None)
        if isinstance(title, str) and isinstance(column, str) and table.field_for(title):
            reading.headers[column] = title
            columns.add(id(obj))
    inner: set[int] = set(columns)
    sdk_groups = _sdk_groups(reading, objects)
    read: list[tuple[Obj, list[tuple[str, str, str]]]] = []
    for obj in objects:
        if id(obj) in inner:
            continue
        sdks = obj.group in sdk_groups or _lists_sdks(obj.holders)
        read.append((obj, _triples(reading, obj, inner, sdks)))
    _home_page_column(read)
    _policy_column(read)
    found: list[tuple[int, list[tuple[str, str, str]]]] = []
    for obj, triples in read:
        given = {name for name, _, _ in triples if name}
        if (
            ("company" in given or "product" in given)
            and len(given | _unread_fields(reading, obj)) >= _MIN_FIELDS
            and not _headings(triples, table)
        ):
            found.append((obj.line, triples))
    return found


def _unread_fields(reading: _Reading, obj: Obj) -> set[str]:
    """The fields a call names by its keys but gives by a reference this reader cannot follow
    (``_SdkInfo(name: 'Dio', provider: L10n.sdkProviderDart, purpose: L10n.dioPurpose)``): they
    still say the call describes an entry, whose readable fields are then what it gives."""
    if obj.call is None:
        return set()
    return {
        field
        for key, value in reading.named_pairs(obj)
        if value is None and (field := reading.field_of(key)) is not None
    }


# a site's home page: its address has no path ('https://vendor.example.com/')
_HOME_PAGE = re.compile(r"^https?://[^/\s]+/?$")


def _home_page_column(read: Sequence[tuple[Obj, list[tuple[str, str, str]]]]) -> None:
    """Objects that keep under one bare link key (``href``) mostly home pages keep the
    providers' sites there: an address of that key with a path but no word of privacy
    (``https://vendor.example.com/atlas``, a product page) is no policy either."""
    for key in {key for _, triples in read for _, key, _ in triples if key.lower() in _LINK_KEYS}:
        texts = [text.strip() for _, triples in read for _, k, text in triples if k == key]
        homes = sum(1 for text in texts if _HOME_PAGE.match(text))
        if homes < _MIN_POLICY_ROWS or homes * 2 <= len(texts):
            continue
        for _, triples in read:
            for index, (name, k, text) in enumerate(triples):
                if name == "policy" and k == key and not _PRIVACY_WORD.search(text):
                    triples[index] = ("", k, text)


_PRIVACY_WORD = re.compile(r"privacy|policy|policies|gdpr|legal|dpa|yinsi|隐私", re.IGNORECASE)


def _policy_column(read: Sequence[tuple[Obj, list[tuple[str, str, str]]]]) -> None:
    """In an array whose objects keep their policy under one bare link key (``url``), that
    key is the policy of every object of the array, the one whose address reads as terms
    too: a table's policy column holds what each row gives there."""
    by_group: dict[int, list[list[tuple[str, str, str]]]] = {}
    for obj, triples in read:
        if obj.group:
            by_group.setdefault(obj.group, []).append(triples)
    for rows in by_group.values():
        keys = [key for row in rows for name, key, _ in row if name == "policy"]
        column = next((key for key in keys if key.lower() in _LINK_KEYS), None)
        if column is None or keys.count(column) < _MIN_POLICY_ROWS:
            continue
        for row in rows:
            if any(name == "policy" for name, _, _ in row):
                continue
            for index, (name, key, text) in enumerate(row):
                if not name and key == column and re.match(r"https?://\S+$", text.strip()):
                    row[index] = ("policy", key, text)


_MIN_POLICY_ROWS = 2


def _headings(triples: Sequence[tuple[str, str, str]], table: LabelTable) -> bool:
    """An object whose values are the headings of a table's columns (``labels: {service:
    'Service', purpose: 'Purpose', policy: 'Privacy Policy'}``): its name and another value at
    least are each a label of its own key's field."""
    names = {"company", "product"}
    headings = {
        name
        for name, _, text in triples
        if name and (said := table.field_for(text)) and (said == name or {said, name} <= names)
    }
    return ("company" in headings or "product" in headings) and len(headings) >= _MIN_FIELDS


def _lists_sdks(holders: Sequence[str]) -> bool:
    """Whether the names holding an object say it describes an SDK (``sdkList``, ``sdks``,
    ``thirdSdkList``, ``SDK_LIST``; ``list`` under ``sdkInfo``): the nearest name that says
    more than "a list" decides."""
    for holder in holders:
        if "sdk" in holder.lower():
            return True
        if re.sub(r"[\W_]", "", holder.lower()) not in _GENERIC_HOLDERS:
            return False
    return False


def _sdk_groups(reading: _Reading, objects: Sequence[Obj]) -> set[int]:
    """The arrays whose objects' names (a ``name`` key the label table reads as a company)
    name SDKs, not companies (:func:`.names.names_sdks`)."""
    names: dict[int, list[str]] = {}
    for obj in objects:
        for key, value in reading.named_pairs(obj):
            if (
                obj.group
                and key.lower() in _NAME_KEYS
                and isinstance(value, str)
                and reading.field_of(key) == "company"
            ):
                names.setdefault(obj.group, []).append(value)
    return {group for group, said in names.items() if names_sdks(said)}


def _reads_as_data(text: str) -> bool:
    """A value that lists data items ("Mac 地址、唯一设备识别码 (IMEI / IDFA)", "device ID,
    IP address"): items apart, one at least naming a kind of data, no sentence."""
    items = [item for item in re.split(r"[、,\uff0c;\uff1b/]", text) if item.strip()]
    return (
        len(items) >= 2
        and all(len(item.strip()) <= _MAX_DATA_ITEM for item in items)
        and bool(_DATA_ITEM.search(text))
        and not re.search(r"[。.!?\uff01\uff1f]\s*\S", text)  # no sentence within
    )


def _triples(
    reading: _Reading, obj: Obj, inner: set[int], sdks: bool = False
) -> list[tuple[str, str, str]]:
    """The (field, label, value) triples of an object; ``sdks``: the object describes an SDK,
    so a ``name`` the label table reads as the company names the SDK (unless it reads as a
    legal entity)."""
    pairs = reading.named_pairs(obj)
    keys = [(key, reading.field_of(key)) for key, _ in pairs]
    companies = [key for key, name in keys if name == "company"]
    triples: list[tuple[str, str, str]] = []
    unnamed: list[tuple[str, str]] = []
    cells = 0
    index = 0
    paragraphs = False
    while index < len(pairs):
        key, value = pairs[index]
        labelled = _pair(pairs, index)
        if labelled is not None:  # the object is itself a list of label/value pairs
            label, said = labelled
            triples.append((reading.table.field_for(label) or "", label, said))
            index += 2
            continue
        index += 1
        text = _text(value)
        if said_lines := _labelled_lines(
            reading.table, value
        ):  # paragraphs = listOf("提供方: …", "使用目的: …", "隐私政策: https://…")
            triples.extend(said_lines)
            paragraphs = True
            continue
        if text is None:
            cells += _nested_triples(reading, key, value, inner, triples)
            continue
        name = reading.field_of(key)
        if key.lower() in _NAME_KEYS and (
            name is None
            or (name == "company" and len(companies) > 1)
            or (name == "company" and sdks and not LEGAL_ENTITY.search(text))
        ):
            unnamed.append((key, text))
            continue
        if name is None and key.lower() in _VAGUE_DATA_KEYS and _reads_as_data(text):
            name = "data"
        triples.append((name or "", reading.headers.get(key, key), text))
    given = {name for name, _, _ in triples}
    if cells and "product" not in given and triples and not triples[0][0]:
        # {time: '微信SDK', data: [{date: '所属公司', userList: […]}, …]}: a table row, its
        # first cell naming what the labelled cells describe
        triples[0] = ("product", *triples[0][1:])
        given.add("product")
    if "policy" not in given and ("company" in given or "product" in given):
        # {name: …, company: …, url: 'https://…'}: a bare link key holding the one address of
        # an SDK entry is its policy, unless the address reads as a home page, terms or a DPA
        for index, (name, key, text) in enumerate(triples):
            if not name and key.lower() in _LINK_KEYS and _bare_policy(text, reading.table):
                triples[index] = ("policy", key, text)
                given.add("policy")
                break
    if "company" not in given and not sdks:
        for index, (name, key, text) in enumerate(triples):
            if name == "product" and _SERVICE_HEADER.match(_words(key)):
                # {service: 'Render', purpose: …, url: …}: with no key for who runs it, the
                # service the object names is the recipient (as a table's "Service" column)
                triples[index] = ("company", key, text)
                given.add("company")
                break
    if paragraphs and "product" not in given and _heading_names_product(triples):
        given.add("product")
    for key, text in unnamed:  # the thing the object describes: its SDK or its title
        triples.insert(0, ("product" if "product" not in given else "", key, text))
    return triples


_LABELLED_STRING = re.compile(
    r"^\s*(?P<label>[^:\uff1a\s][^:\uff1a]{0,24}?)\s*[:\uff1a](?!//)\s*(?P<value>\S.*)$",
    re.S,
)


def _nested_triples(
    reading: _Reading, key: str, value: Value, inner: set[int], triples: list[tuple[str, str, str]]
) -> int:
    """Adds to ``triples`` those a value that is no text holds, and tells how many labelled
    cells gave them: a list of label/value objects (``[{name: '第三方机构名称', value: '…'},
    …]``) or of labelled cells, or an object of links (:func:`_link_documents`)."""
    cells = 0
    if isinstance(value, list):
        for item in value:
            if isinstance(item, Obj) and _only_pairs(reading, item):
                inner.add(id(item))
                triples.extend(_triples(reading, item, inner))
            elif isinstance(item, Obj) and (cell := _labelled_cell(reading, item, inner)):
                cells += 1
                triples.append((reading.table.field_for(cell[0]) or "", *cell))
    elif isinstance(value, Obj):
        triples.extend(_link_documents(reading, key, value, inner))
    return cells


def _heading_names_product(triples: list[tuple[str, str, str]]) -> bool:
    """``Section(heading = "支付宝 SDK", paragraphs = listOf("提供方: …"))``: the heading names
    what the section's labelled paragraphs describe (its triple becomes the product's)."""
    for index, (name, key, text) in enumerate(triples):
        if not name and key.lower() == "heading":
            triples[index] = ("product", key, text)
            return True
    return False


def _labelled_lines(table: LabelTable, value: Value) -> list[tuple[str, str, str]]:
    """The (field, label, value) triples of a list of strings that are labelled lines (two at
    least, each "label: value", its colon full-width or not, with a label the table knows),
    an array or a call that builds one (Kotlin's ``listOf("…", "…")``); none for any other
    value."""
    if isinstance(value, Obj) and all(key is None for key, _ in value.pairs):
        value = [item for _, item in value.pairs]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        return []
    triples: list[tuple[str, str, str]] = []
    for item in value:
        match = _LABELLED_STRING.match(str(item))
        name = table.field_for(match["label"]) if match else None
        if match is None or name is None:
            return []
        triples.append((name, match["label"].strip(), match["value"].strip()))
    return triples if len(triples) >= _MIN_FIELDS else []


def _link_documents(
    reading: _Reading, key: str, obj: Obj, inner: set[int]
) -> list[tuple[str, str, str]]:
    """The addresses of an object nested under an entry (``links: {privacy: 'https://…',
    terms: 'https://…', dpa: 'https://…'}``), each read by its own key: ``privacy`` (or a key
    the label table reads as the policy) is the policy, ``terms`` stays a link the entry keeps,
    ``dpa`` the DPA."""
    pairs = reading.named_pairs(obj)
    addresses = [(inner_key, value) for inner_key, value in pairs if isinstance(value, str)]
    if not addresses or not all(re.match(r"https?://", value) for _, value in addresses):
        return []
    inner.add(id(obj))
    triples: list[tuple[str, str, str]] = []
    for inner_key, value in addresses:
        name = reading.field_of(inner_key)
        if name is None and _words(inner_key).lower() in _PRIVACY_KEYS:
            name = "policy"
        triples.append((name or "", f"{key}.{inner_key}", value))
    return triples


_PRIVACY_KEYS = frozenset({"privacy", "privacy url", "privacy notice", "privacy link"})


# an address written without its scheme: a host of two words at least, then a path
_SCHEMELESS = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/\S*", re.IGNORECASE)


def _bare_policy(text: str, table: LabelTable) -> bool:
    from disclosurelint.importer.links import Link, link_kind, policy_address

    address = text.strip()
    if _SCHEMELESS.fullmatch(address):  # 'policies.google.com/privacy': an address as written
        address = "https://" + address
    if not re.fullmatch(r"https?://\S+", address):
        return False
    # a privacy site's home page ('https://privacy.qq.com/') is a policy, as in a website column
    kind = link_kind(Link(address, ""), None, table)
    return kind in ("policy", "other") or policy_address(address, table)


def _labelled_cell(reading: _Reading, obj: Obj, inner: set[int]) -> tuple[str, str] | None:
    """The label and value of a cell kept as ``{date: '所属公司', userList: [{code: '000',
    name: '深圳市腾讯计算机系统有限公司'}]}``: one string, a known label, beside one list of
    objects whose name or text keys hold the value."""
    pairs = reading.named_pairs(obj)
    labels = [value for _, value in pairs if isinstance(value, str)]
    lists = [value for _, value in pairs if isinstance(value, list)]
    if len(labels) != 1 or len(lists) != 1 or reading.table.field_for(labels[0]) is None:
        return None
    said: list[str] = []
    for item in lists[0]:
        if isinstance(item, Obj):
            inner.add(id(item))
            said.extend(
                value
                for key, value in reading.named_pairs(item)
                if isinstance(value, str) and key.lower() in _NAME_KEYS | _PAIR_VALUE
            )
    inner.add(id(obj))
    return (labels[0], "、".join(said)) if said else None


def _only_pairs(reading: _Reading, obj: Obj) -> bool:
    pairs = reading.named_pairs(obj)
    return bool(pairs) and all(_pair(pairs, i) is not None for i in range(0, len(pairs), 2))


# --- the text a file shows -----------------------------------------------------------------------


def shown_text(text: str) -> str | None:
    """The text a source file shows: the strings appended to a text builder in order (a
    variable appended in between replaced by the string it holds), or else its strings that
    hold HTML markup, or else its strings of several lines; None when it has none of these."""
    tokens = tokenize(text)
    constants = _constants(tokens)
    parts: list[str] = []
    i = 0
    while i < len(tokens):
        if tokens[i].text == "append" and i + 1 < len(tokens) and tokens[i + 1].text == "(":
            depth, j = 0, i + 1
            while j < len(tokens):
                token = tokens[j]
                if token.kind == "p" and token.text == "(":
                    depth += 1
                elif token.kind == "p" and token.text == ")":
                    depth -= 1
                    if depth == 0:
                        break
                elif token.kind == "s":
                    parts.append(_interpolate(token.text, constants))
                elif token.kind == "i" and token.text in constants:
                    parts.append(constants[token.text])
                j += 1
            i = j
        i += 1
    if parts:
        return "".join(parts)
    markup = [
        token.text for token in tokens if token.kind == "s" and re.search(r"</\w+>", token.text)
    ]
    if markup:
        return "\n".join(markup)
    texts = [
        f"{title}\n{text}" if title else text
        for title, text in _joined_strings(tokens)
        if text.count("\n") >= (_MIN_TITLED_LINES if title else _MIN_TEXT_LINES)
    ]
    return "\n".join(texts) if texts else None


def string_lines(text: str) -> str | None:
    """The words a screen built of one-line strings shows (``SubSectionTitle("4.1 …")``,
    ``BulletText("…")``, ``content: '…'``): each source line's strings of words (a CJK
    character, a space or an address in them) joined on that line, other lines left blank so
    line numbers stay those of the file; None for fewer than :data:`_MIN_TEXT_LINES` such lines.
    A row view of two texts (``HStack { Text("SDK名称") … Text("…") }``) shows ``label: value``."""
    lines = text.count("\n") + 1
    out: list[list[str]] = [[] for _ in range(lines)]
    tokens = tokenize(text)
    listed = _listed_names(tokens)
    for index, token in enumerate(tokens):
        if token.kind != "s" or "\n" in token.text.strip():
            continue
        if _WORDS.search(token.text) or index in listed:
            out[min(token.line, lines) - 1].append(token.text.strip())
    for run in _label_rows(tokens, out):  # side by side rows, shown one under the other
        first = run[0][0]
        for offset, (label_line, value_line) in enumerate(run):
            row = " ".join(out[label_line - 1]) + "：" + " ".join(out[value_line - 1])  # noqa: RUF001
            out[label_line - 1], out[value_line - 1] = [], []
            out[first + offset - 1] = [row]
    shown = [" ".join(parts) for parts in out]
    if sum(1 for line in shown if line) < _MIN_TEXT_LINES:
        return None
    return "\n".join(shown)


# a string of words, not a key, a colour or a resource name
_WORDS = re.compile(r"[\u3400-\u9fff]|\S\s+\S|://")
# a name of one word ("AdMob", "Facebook"): shown when it is an item of a list of names
_ONE_WORD_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$")


def _listed_names(tokens: Sequence[Token]) -> set[int]:
    """The indexes of the one-word names of array literals made only of strings, some of them
    words (``["Google Play Services", "AdMob", "Facebook"]``): the items of one shown list,
    not keys; an array of keys alone (``["AdMob", "Unity"]``) shows nothing."""
    found: set[int] = set()
    index = 0
    while index < len(tokens):
        if tokens[index].kind != "p" or tokens[index].text != "[":
            index += 1
            continue
        items: list[int] = []
        cursor = index + 1
        while cursor + 1 < len(tokens) and tokens[cursor].kind == "s":
            items.append(cursor)
            cursor += 1
            if tokens[cursor].kind == "p" and tokens[cursor].text == ",":
                cursor += 1
        closed = cursor < len(tokens) and tokens[cursor].kind == "p" and tokens[cursor].text == "]"
        if closed and len(items) >= 2 and any(_WORDS.search(tokens[i].text) for i in items):
            found.update(i for i in items if _ONE_WORD_NAME.match(tokens[i].text.strip()))
        index += 1
    return found


# a view that lays out its children side by side (SwiftUI, Flutter, Compose): with two texts in
# it, the first is a label and the second its value ("SDK名称" | "友盟统计分析SDK")
_ROW_VIEWS = frozenset({"HStack", "Row", "LabeledContent"})
# a label: a few words, not a sentence
_ROW_LABEL = re.compile(r"^[^。.!?！？：:]{1,20}$")  # noqa: RUF001


def _label_rows(
    tokens: Sequence[Token], shown: Sequence[Sequence[str]]
) -> list[list[tuple[int, int]]]:
    """The (label line, value line) of each row view whose shown words stand on exactly two
    lines, the first a short label; rows that follow one another in their parent grouped in
    runs (the lines between them are the code that draws them, not a gap between entries)."""
    runs: list[list[tuple[int, int]]] = []
    after = -1  # the token index right after the last row read
    for index, token in enumerate(tokens):
        if token.kind != "i" or token.text not in _ROW_VIEWS or index < after:
            continue
        end = _block_end(tokens, index + 1)
        if end is None:
            continue
        worded = sorted(
            {
                t.line
                for t in tokens[index + 1 : end]
                if t.kind == "s" and t.line <= len(shown) and shown[t.line - 1]
            }
        )
        if len(worded) != 2 or not _ROW_LABEL.match(" ".join(shown[worded[0] - 1])):
            continue
        between = tokens[after:index] if after >= 0 else ()
        if runs and all(t.kind == "p" and t.text == "," for t in between):
            runs[-1].append((worded[0], worded[1]))
        else:
            runs.append([(worded[0], worded[1])])
        after = end
    return runs


def _block_end(tokens: Sequence[Token], start: int) -> int | None:
    """The index after the block a view's name opens: its arguments (``Row(children: …)``)
    and the trailing closure (``HStack { … }``) that follows them; None for no block."""
    index = start
    found = False
    while index < len(tokens) and tokens[index].kind == "p" and tokens[index].text in "({":
        depth, opening = 0, tokens[index].text
        while index < len(tokens):
            text = tokens[index].text if tokens[index].kind == "p" else ""
            depth += text == opening
            depth -= text == _CLOSE[opening]
            index += 1
            if depth == 0:
                break
        found = True
    return index if found else None


# a string that shows a text of its own (a dialog's policy, a Text widget's paragraphs) holds
# at least this many lines
_MIN_TEXT_LINES = 3


# a titled section's text of two lines or more is shown too ("**Provider:** …\n**Policy:** …")
_MIN_TITLED_LINES = 1
# the keys of a section's title: "{title: '4.1 星图统计', content: `…`}" shows the title above
_TITLE_KEYS = frozenset({"title", "heading", "header", "subtitle"})


def _joined_strings(tokens: Sequence[Token]) -> list[tuple[str | None, str]]:
    """The strings of the file, literals written one after the other (Dart, C, Python) or
    joined with ``+`` read as the one string they make; each with the one-line string a
    title key gave right before it (its section's title), if any."""
    out: list[tuple[str | None, str]] = []
    joining = False
    titled: str | None = None  # the value of the title key just read
    for index, token in enumerate(tokens):
        if token.kind == "s":
            if joining and out:
                out[-1] = (out[-1][0], out[-1][1] + token.text)
            else:
                out.append((titled, token.text))
                keyed = index >= 2 and tokens[index - 1].text == ":"
                single = "\n" not in token.text.strip()
                titled = (
                    token.text.strip()
                    if keyed and single and tokens[index - 2].text in _TITLE_KEYS
                    else None
                )
            joining = True
        elif not (token.kind == "p" and token.text == "+" and joining):
            joining = False
        if joining and token.kind == "p":  # the "+" itself: the next string continues this one
            joining = index + 1 < len(tokens) and tokens[index + 1].kind == "s"
    return out


def _interpolate(text: str, constants: Mapping[str, str]) -> str:
    return re.sub(
        r"\$\{(\w+)\}|\$(\w+)",
        lambda m: constants.get(m.group(1) or m.group(2), m.group(0)),
        text,
    )


# --- an Android layout ---------------------------------------------------------------------------

_ANDROID_LAYOUT = re.compile(r"xmlns:android\s*=")
# an element's start tag (group 1 its name, group 2 its attributes, group 3 "/" when it is empty)
_XML_TAG = re.compile(r"<([A-Za-z][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*\"[^\"]*\")*)\s*(/?)>")
_ANDROID_TEXT = re.compile(r"\bandroid:text\s*=\s*\"([^\"]*)\"")


def layout_text(text: str) -> str | None:
    """The text an Android layout shows: the ``android:text`` of its views in order, one a line
    (``\\n`` escapes as line breaks, XML entities decoded), a blank line where a group of views
    opens (a card of its own); None for any other file, or a layout that shows no text, or only
    string resources (``@string/…``)."""
    import html

    if not _ANDROID_LAYOUT.search(text):
        return None
    lines: list[str] = []
    for match in _XML_TAG.finditer(text):
        said = _ANDROID_TEXT.search(match.group(2))
        if said is not None and not said.group(1).startswith("@"):
            value = html.unescape(said.group(1)).replace("\\n", "\n")
            lines.extend(part.strip() for part in value.split("\n"))
        elif not match.group(3) and lines and lines[-1]:
            lines.append("")
    return "\n".join(lines).strip() or None
