"""What every rule module provides, and what the engine hands to it."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from disclosurelint import localized
from disclosurelint.model import Finding, JsonPath, RuleText, Severity, format_json_path


class Scope(str, enum.Enum):
    """Which stage runs a rule: reading a file, the schema, a loaded document, every file
    together, or the waivers."""

    LOAD = "load"
    SCHEMA = "schema"
    DOCUMENT = "document"
    REPOSITORY = "repository"
    WAIVER = "waiver"


@dataclass(frozen=True)
class Example:
    """A documented example: YAML that the rule reports (``fails``) or accepts."""

    yaml: str
    fails: bool
    title: str = ""


@dataclass(frozen=True)
class RuleDescription:
    """Everything about a rule except its logic: the same record for built-in rules, policy
    rules and plugin rules. ``origin`` says which: ``built-in``, ``policy FILE`` or
    ``plugin NAME``."""

    code: str
    name: str
    severity: Severity
    scope: Scope
    summary: str
    doc: str
    articles: tuple[str, ...] = ()
    options: Mapping[str, Any] = field(default_factory=dict)
    examples: tuple[Example, ...] = ()
    origin: str = "built-in"
    why: str | None = None
    fix: str | None = None
    source: str | None = None  # the file that defines the rule (a policy file), if not a module
    texts: Mapping[str, RuleText] = field(default_factory=dict)  # {"zh": RuleText(...)}


@dataclass(frozen=True)
class RuleContext:
    """Run-wide settings a rule may read: its own options, the enabled regimes, the home country.

    ``taxonomy`` is the loaded sensitive-data taxonomy (or ``None`` when no rule needs it); it is
    typed loosely here so that the core does not import the taxonomy package.
    """

    options: Mapping[str, Any] = field(default_factory=dict)
    regimes: tuple[str, ...] = ("pipl", "gb35273")
    home_country: str = "CN"
    taxonomy: Any = None
    today: str | None = None  # ISO date the run judges dates against; None: today
    # the SDK inventory and catalogue (DL601-DL603), when `sdk-manifests` are configured
    sdks: Any = None


class RuleModule(Protocol):
    """A rule is a module with these attributes (yamllint's layout).

    The module docstring is the rule's documentation: what it checks, why (the article), a failing
    and a passing example in fenced ``yaml`` blocks, and how to fix. ``disclosurelint explain``
    prints it and a test runs its examples.
    """

    __name__: str
    __doc__: str | None
    CODE: str
    NAME: str
    SEVERITY: Severity
    ARTICLES: tuple[str, ...]
    OPTIONS: Mapping[str, Any]  # JSON Schema "properties" fragment for the rule's options

    @property
    def SCOPE(self) -> str: ...

    OWNS: tuple[str, ...]  # top-level keys whose schema errors this rule reports instead

    @property
    def check(self) -> Callable[..., Iterator[Finding]]: ...


def text_of(value: Any) -> str | None:
    """A value as stripped text, or None when it is not a string. A text in several languages
    gives its first non-blank language; rules that judge every language use
    :func:`disclosurelint.localized.texts` instead."""
    text = localized.primary(value)
    return text.strip() if text is not None else None


PLACEHOLDERS = frozenset(
    {
        "",
        "-",
        "--",
        "—",
        "?",
        "tbd",
        "tba",
        "todo",
        "to do",
        "n/a",
        "na",
        "none",
        "null",
        "nil",
        "see above",
        "same as above",
        "tbc",
        "xxx",
        "...",
        "…",
        "placeholder",
        "fixme",
        "待定",
        "无",
        "暂无",
        "略",
        "同上",
        "待补充",
        "见上",
        "/",
    }
)


def is_placeholder(value: Any) -> bool:
    """True for a missing, empty, blank or placeholder text (``TBD``, ``N/A``, ``待定``).

    A text in several languages (``{zh: 待定, en: ...}``) is a placeholder when it has no
    language or when any of its languages is one: each language is read as a text of its own.
    """
    if localized.is_mapping(value):
        return not value or any(is_placeholder(text) for _, text in localized.texts(value))
    text = text_of(value)
    if text is None:
        return value is None
    return text.casefold().strip(" .。") in PLACEHOLDERS or text.strip(" .。") in PLACEHOLDERS


def _says_nothing(value: Any) -> str | None:
    if value is None:
        return "empty"
    if not isinstance(value, str):
        return None
    if not value.strip():
        return "empty"
    if is_placeholder(value):
        return f"a placeholder ({value.strip()!r})"
    return None


def missing_texts(data: Mapping[str, Any], key: str) -> list[tuple[tuple[str, ...], str]]:
    """Where and why ``data[key]`` says nothing, in each of its languages.

    ``[((), "missing")]`` for a missing key, ``[((), "a placeholder ('TBD')")]`` for a plain
    text, ``[(("zh",), "a placeholder ('待定')")]`` for the Chinese text of ``{zh: 待定, en: ...}``,
    and ``[]`` when every language says something. A value of another type (a number, a list) is
    left to the schema stage.
    """
    if key not in data:
        return [((), "missing")]
    value = data[key]
    if localized.is_mapping(value):
        if not value:
            return [((), "empty")]
        return [
            ((str(tag),), problem)
            for tag, text in value.items()
            if (problem := _says_nothing(text)) is not None
        ]
    problem = _says_nothing(value)
    return [((), problem)] if problem else []


def missing_text(data: Mapping[str, Any], key: str) -> str | None:
    """Why ``data[key]`` says nothing ("missing", "empty", "a placeholder ('TBD')"), or None;
    for a text in several languages, the first language that says nothing."""
    found = missing_texts(data, key)
    return found[0][1] if found else None


@dataclass(frozen=True)
class SchemaError:
    """One error of the schema stage, as the DL1xx rules receive it (no jsonschema object
    crosses into a rule).

    ``keyword`` is the failing JSON Schema keyword, ``expected`` its value in the schema,
    ``value`` the value written, ``schema`` the (sub)schema that holds the keyword and ``text``
    the validator's own wording. Inside ``oneOf``/``anyOf``, ``context`` holds the errors of
    every form, each with the index of its ``form`` and its ``path`` relative to the value.
    ``schema_path`` is where the keyword is in the schema (the keys and indexes that lead to
    it, a ``$ref`` followed without a step), relative to the form for an error in a form.
    """

    keyword: str
    path: JsonPath
    expected: Any
    value: Any
    schema: Mapping[str, Any]
    text: str = ""
    form: int = 0
    context: tuple[SchemaError, ...] = ()
    schema_path: tuple[str | int, ...] = ()

    @property
    def missing(self) -> list[str]:
        """The keys a ``required`` error lacks, in the schema's order."""
        required = self.expected or []
        present = self.value if isinstance(self.value, dict) else {}
        return [k for k in required if k not in present]


def label(path: JsonPath) -> str:
    """``recipient.name``: a JSON path as a message names it (``$.`` left off)."""
    return format_json_path(path)[2:] if path else ""


def described(schema: Mapping[str, Any]) -> str | None:
    """The schema's own description of a field: the fix when no rule knows a better one."""
    desc = schema.get("description")
    return str(desc) if desc else None
