"""Typed, immutable records that cross module boundaries.

A rule yields :class:`Finding` objects (a JSON path and a message, nothing more). The engine stamps
file, position, code, name and severity on each one and produces :class:`Problem` objects, the only
thing reporters see, gathered in a :class:`Result`.
"""

from __future__ import annotations

import enum
import functools
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

_LINES_KEPT = 32  # files whose lines Result.source_line keeps at once

JsonPath = tuple[str | int, ...]
"""A path into a declaration's data: mapping keys (str) and sequence indexes (int)."""


class Severity(enum.IntEnum):
    """How serious a problem is; ordered so that the exit level is a ``max()``."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            choices = ", ".join(s.label for s in cls)
            raise ValueError(f"unknown severity {text!r} (choose from {choices})") from None


@dataclass(frozen=True, slots=True, order=True)
class Position:
    """A 1-based line and column (the column counts characters, not bytes)."""

    line: int
    column: int

    def __reduce__(self) -> tuple[type[Position], tuple[int, int]]:
        # the default for a frozen dataclass with slots calls fields() on every object: the
        # outcomes worker processes send back hold tens of thousands of positions
        return Position, (self.line, self.column)


@dataclass(frozen=True, slots=True)
class Span:
    """From ``start`` (inclusive) to ``end`` (exclusive), both 1-based."""

    start: Position
    end: Position

    def __reduce__(self) -> tuple[type[Span], tuple[Position, Position]]:
        return Span, (self.start, self.end)

    @classmethod
    def at(cls, line: int, column: int, length: int = 1) -> Span:
        return cls(Position(line, column), Position(line, column + max(length, 1)))


@functools.lru_cache(maxsize=1 << 12)
def _span(line: int, column: int, end_line: int, end_column: int) -> Span:
    return Span(Position(line, column), Position(end_line, end_column))


def shared_span(line: int, column: int, end_line: int, end_column: int) -> Span:
    """The span, one object for every equal span asked for: what a run keeps per file (a
    fact's place, problems read back from disk) mostly sits at the same few places."""
    return _span(line, column, end_line, end_column)


class Target(enum.Enum):
    """Which part of the node at a finding's JSON path the finding points at."""

    VALUE = "value"  # the value (for a missing key: the mapping that lacks it)
    KEY = "key"  # the key that names the value (an unknown or duplicate key)


def format_json_path(path: JsonPath) -> str:
    """``("data", 2, "item")`` -> ``$.data[2].item`` (keys that are not identifiers are quoted)."""
    out = ["$"]
    for part in path:
        if isinstance(part, int):
            out.append(f"[{part}]")
        elif part.replace("_", "a").replace("-", "a").isalnum() and part.isascii():
            out.append(f".{part}")
        else:
            escaped = part.replace("\\", "\\\\").replace("'", "\\'")
            out.append(f"['{escaped}']")
    return "".join(out)


@dataclass(frozen=True)
class Finding:
    """What a rule yields: where (a JSON path), what is wrong and how to fix it.

    It knows no file, code or severity; the engine adds those. ``span`` is set only by the loader,
    which knows positions before there is any data; ``severity`` overrides the rule's default for
    this one finding (a rule that reports the same gap more or less gravely by context).
    """

    path: JsonPath
    message: str
    fix: str | None = None
    target: Target = Target.VALUE
    span: Span | None = None
    severity: Severity | None = None
    details: Mapping[str, object] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Waiver:
    """A decision, written down by a person, that a problem is accepted."""

    code: str
    reason: str
    approved_by: str | None = None
    expires: str | None = None  # ISO date, inclusive
    source: str = ""  # where it is written: "path:line" or the central waivers file
    expired: bool = False
    approved_on: str | None = None  # ISO date the approver accepted it


@dataclass(frozen=True)
class Problem:
    """A finding placed in a file, with its rule's code, name and severity."""

    path: str
    span: Span
    code: str
    name: str
    severity: Severity
    message: str
    json_path: JsonPath = ()
    fix: str | None = None
    waiver: Waiver | None = None
    details: Mapping[str, object] = field(default_factory=dict, compare=False)
    # what the problem is about, independent of lines: a hash of the offending value (or of the
    # message when there is no value); baselines match on it
    fingerprint: str | None = field(default=None, compare=False)
    # the JSON path with list elements named by their content (``$.data[?(@.item=='x')]``), so
    # that inserting an item does not move the problem; baselines and report fingerprints use it
    anchor: str | None = field(default=None, compare=False)

    @property
    def line(self) -> int:
        return self.span.start.line

    @property
    def column(self) -> int:
        return self.span.start.column

    @property
    def waived(self) -> bool:
        return self.waiver is not None and not self.waiver.expired

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.code)


@dataclass(frozen=True)
class RuleText:
    """A rule's documentation in a language other than its docstring's English: a short name,
    the one-line summary, and the "What it checks", "Why" and "How to fix" sections (paragraphs
    separated by blank lines, names to set as code in backticks). Built-in rules give it in their
    module (``TEXTS = {"zh": RuleText(...)}``), plugin rules the same way, policy rules from their
    file's language maps."""

    name: str
    summary: str
    checks: str = ""
    why: str = ""
    fix: str = ""


@dataclass(frozen=True)
class RuleInfo:
    """What reporters may say about a rule without importing it."""

    code: str
    name: str
    severity: Severity
    summary: str
    doc: str = ""
    articles: tuple[str, ...] = ()
    origin: str = "built-in"  # or "policy FILE", "plugin NAME"
    why: str | None = None  # a policy's own reason, shown by explain and the legal report
    help_path: str = ""  # the page that documents the rule, relative to the repository
    texts: tuple[tuple[str, RuleText], ...] = ()  # the documentation in other languages

    def text(self, lang: str) -> RuleText | None:
        """The rule's documentation in ``lang`` (``zh``), or None when it has none."""
        return next((text for tag, text in self.texts if tag == lang), None)

    def help_uri(self, base: str | None = None) -> str:
        """Where the rule's page is: ``base`` + the page for built-in rules (a relative
        repository path when no base is given); the defining policy file for policy rules."""
        if base and self.origin == "built-in":
            return base.rstrip("/") + "/" + self.code + ".md"
        return self.help_path or f"docs/rules/{self.code}.md"


@dataclass
class Tally:
    """What the summary, the exit code and the statistics say about a run's problems, counted
    as the problems are added (a reporter then needs no second reading to count them)."""

    active: Counter[Severity] = field(default_factory=Counter)  # not waived, by severity
    total: Counter[Severity] = field(default_factory=Counter)  # waived ones too
    waived: int = 0
    first: dict[str, Problem] = field(default_factory=dict)  # each code's first problem
    by_rule: Counter[tuple[str, str, Severity]] = field(default_factory=Counter)  # not waived
    waived_by_code: Counter[str] = field(default_factory=Counter)

    def add(self, problem: Problem) -> None:
        self.total[problem.severity] += 1
        self.first.setdefault(problem.code, problem)
        if problem.waived:
            self.waived += 1
            self.waived_by_code[problem.code] += 1
        else:
            self.active[problem.severity] += 1
            self.by_rule[problem.code, problem.name, problem.severity] += 1

    def copy(self) -> Tally:
        return Tally(
            self.active.copy(),
            self.total.copy(),
            self.waived,
            dict(self.first),
            self.by_rule.copy(),
            self.waived_by_code.copy(),
        )

    @classmethod
    def of(cls, problems: Iterable[Problem]) -> Tally:
        tally = cls()
        for problem in problems:
            tally.add(problem)
        return tally


@dataclass(frozen=True)
class Result:
    """Everything a run found. Reporters read this and nothing else.

    ``problems`` is a tuple, or (from a run over many files) a sequence that keeps most of them
    in a temporary file and reads them back as it is iterated (:mod:`disclosurelint.spool`):
    reporters iterate it, and take counts from :meth:`counts` and :attr:`tally`.
    """

    problems: Sequence[Problem]
    files: tuple[str, ...]
    rules: Mapping[str, RuleInfo] = field(default_factory=dict)
    sources: Mapping[str, str] = field(default_factory=dict)  # text of files that have problems
    regimes: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # run-level remarks (e.g. stale baseline entries)
    hidden: int = 0  # problems left out because the baseline accepts them
    # the lines of the files asked for last, split once: a reporter asks for a line per problem,
    # file after file
    _lines: dict[str, list[str]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    @property
    def active(self) -> tuple[Problem, ...]:
        """Problems that count against the gate (not waived)."""
        return tuple(p for p in self.problems if not p.waived)

    @cached_property
    def tally(self) -> Tally:
        """The problems counted: the log's own count when it keeps one, else counted once."""
        kept = getattr(self.problems, "tally", None)
        return kept if isinstance(kept, Tally) else Tally.of(self.problems)

    def counts(self, *, include_waived: bool = False) -> Mapping[Severity, int]:
        counter = self.tally.total if include_waived else self.tally.active
        return {s: counter.get(s, 0) for s in sorted(Severity, reverse=True)}

    @property
    def active_count(self) -> int:
        return sum(self.tally.active.values())

    @property
    def waived_count(self) -> int:
        return self.tally.waived

    def exit_code(self, fail_on: Severity = Severity.WARNING) -> int:
        """0 when no unwaived problem reaches ``fail_on``, else 1."""
        return 1 if any(n and s >= fail_on for s, n in self.tally.active.items()) else 0

    def source_line(self, path: str, line: int) -> str | None:
        lines = self._lines.get(path)
        if lines is None:
            text = self.sources.get(path)
            if text is None:
                return None
            if len(self._lines) >= _LINES_KEPT:  # bounded: the oldest file's lines go
                del self._lines[next(iter(self._lines))]
            lines = self._lines[path] = text.splitlines()
        return lines[line - 1] if 0 < line <= len(lines) else None
