"""Policy files: found, read and checked, each rule and test turned into a frozen record.

Everything wrong with a policy file is a configuration error with ``file:line:col``, one line per
problem, all of them at once: YAML errors, unknown or missing keys, values of the wrong kind, bad
or clashing codes and names, expressions that do not compile, tests whose files do not exist.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from disclosurelint.errors import ConfigError
from disclosurelint.model import JsonPath, Severity, Target
from disclosurelint.policy.expr import ExpressionError

CODE = re.compile(r"[A-Z]{2,10}[0-9]{3}\Z")
NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*\Z")
FORMAT = 1
TOP_KEYS = ("policy", "rules", "lists")
RULE_KEYS = (
    "code",
    "name",
    "severity",
    "summary",
    "why",
    "articles",
    "when",
    "each",
    "assert",
    "message",
    "at",
    "fix",
    "tests",
)
REQUIRED = ("code", "name", "severity", "summary", "assert")
TEST_KEYS = ("name", "declaration", "file", "expect", "today", "regimes")
TEXT_KEYS = ("summary", "why", "when", "each", "assert", "message", "at", "fix")
LOCALIZED_KEYS = ("summary", "why", "message", "fix")
"""The texts a rule may write in several languages, ``{en: ..., zh: ...}``: findings and the
English outputs read the English text (else the first), the Chinese report and ``explain --lang
zh`` the Chinese."""


@dataclass(frozen=True)
class PolicyTest:
    """One case of a rule's ``tests``: a declaration and the codes it must produce."""

    name: str
    expect: tuple[str, ...]
    declaration: Mapping[str, Any] | None = None
    file: str | None = None  # absolute path of a declaration file
    today: str | None = None
    regimes: tuple[str, ...] | None = None
    line: int = 1
    column: int = 1


@dataclass(frozen=True)
class PolicySpec:
    """One rule of a policy file, as written (expressions still text)."""

    file: str  # as shown in messages
    code: str
    name: str
    severity: Severity
    summary: str
    assert_: str
    message: str
    why: str | None = None
    articles: tuple[str, ...] = ()
    when: str | None = None
    each: str | None = None
    at: str | None = None
    fix: str | None = None
    tests: tuple[PolicyTest, ...] = ()
    # the texts of LOCALIZED_KEYS in the other languages given: language -> key -> text
    texts: Mapping[str, Mapping[str, str]] = field(default_factory=dict, compare=False)
    lists: Mapping[str, Any] = field(default_factory=dict, compare=False)
    list_files: tuple[str, ...] = field(default=(), compare=False)  # the files ``lists`` read
    line: int = 1
    column: int = 1
    # where each expression's text is written, to place compile errors: key -> the lines of its
    # value as (line, column, length), in the order the value's text joins them
    positions: Mapping[str, tuple[tuple[int, int, int], ...]] = field(
        default_factory=dict, compare=False
    )


@dataclass
class _Errors:
    """The problems of one file, with a position each."""

    shown: str
    found: list[tuple[int, int, str]] = field(default_factory=list)

    def add(self, where: tuple[int, int], message: str) -> None:
        self.found.append((where[0], where[1], message))

    def raise_if_any(self) -> None:
        if not self.found:
            return
        found = sorted(self.found)
        line, column, message = found[0]
        error = ConfigError(message, self.shown, line, column)
        error.add(*(f"{self.shown}:{line}:{col}: {msg}" for line, col, msg in found[1:]))
        raise error


_Reading = tuple[str, Path, _Errors, Any, str]  # shown, folder, errors, locator, text


def discover(paths: Sequence[str]) -> list[Path]:
    """Policy files named by the configuration: files as given, folders' ``*.yaml``/``*.yml``."""
    from disclosurelint.discover import display_path

    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(
                sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
            )
        elif path.is_file():
            found.append(path)
        else:
            raise ConfigError(f"the policy path {display_path(path)!r} does not exist")
    return list(dict.fromkeys(found))


def read(path: Path, text: str | None = None) -> list[PolicySpec]:
    """The rules of one policy file (``text``, when given, instead of the file's bytes: an
    editor's unsaved buffer); :class:`ConfigError` lists every problem with its position."""
    from disclosurelint.discover import display_path
    from disclosurelint.load import parse

    shown = display_path(path)
    if text is None:
        try:
            text = path.read_text("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read the policy file: {exc}", shown) from None
    document, issues = parse(text, shown)
    errors = _Errors(shown)
    for issue in issues:
        span = issue.finding.span
        errors.add((span.start.line, span.start.column) if span else (1, 1), issue.finding.message)
    errors.raise_if_any()
    if document is None or not isinstance(document.data, dict) or document.source is None:
        raise ConfigError("a policy file is a mapping with `policy: 1` and `rules:`", shown, 1, 1)
    source = document.source

    def at(json_path: JsonPath, key: bool = False) -> tuple[int, int]:
        start = source.span(json_path, Target.KEY if key else Target.VALUE)[0].start
        return start.line, start.column

    data = document.data
    _unknown_keys(data, (), TOP_KEYS, errors, at)
    if data.get("policy") != FORMAT:
        where = at(("policy",)) if "policy" in data else (1, 1)
        errors.add(where, f"`policy: {FORMAT}` is required (the format's version)")
    raw_lists = data.get("lists")
    lists = _lists(raw_lists, path.parent, errors, at)
    named = raw_lists.values() if isinstance(raw_lists, dict) else ()
    list_files = tuple(str(path.parent / str(file)) for file in named)
    rules = data.get("rules")
    specs: list[PolicySpec] = []
    if not isinstance(rules, list) or not rules:
        errors.add(at(("rules",)) if "rules" in data else (1, 1), "`rules` must be a list of rules")
    else:
        for index, raw in enumerate(rules):
            spec = _rule(raw, index, (shown, path.parent, errors, at, text))
            if spec is not None:
                specs.append(_with_lists(spec, lists, list_files))
    errors.raise_if_any()
    return specs


def _with_lists(
    spec: PolicySpec, lists: Mapping[str, Any], list_files: tuple[str, ...]
) -> PolicySpec:
    from dataclasses import replace

    return replace(spec, lists=lists, list_files=list_files)


def _unknown_keys(
    data: Mapping[str, Any], where: JsonPath, known: Sequence[str], errors: _Errors, at: Any
) -> None:
    import difflib

    for key in data:
        if key not in known:
            close = difflib.get_close_matches(str(key), known, n=1, cutoff=0.6)
            hint = f"; did you mean {close[0]!r}?" if close else f" (known: {', '.join(known)})"
            errors.add(at((*where, key), True), f"unknown key {key!r}{hint}")


def _lists(raw: Any, base: Path, errors: _Errors, at: Any) -> Mapping[str, Any]:
    """``lists: {name: file}``: data files offered to expressions as ``lists.<name>``."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        errors.add(at(("lists",)), "`lists` maps a name to a YAML or JSON file")
        return {}
    from disclosurelint.load import parse

    out: dict[str, Any] = {}
    for name, file in raw.items():
        if not isinstance(name, str) or not re.fullmatch(r"[A-Za-z_]\w*", name):
            errors.add(at(("lists", name), True), f"list name {name!r} is not an identifier")
            continue
        target = base / str(file)
        try:
            text = target.read_text("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            errors.add(at(("lists", name)), f"cannot read the list file {file!r}: {exc}")
            continue
        # the declarations' own loader: YAML 1.2, libyaml's parser, duplicate keys are errors
        document, issues = parse(text, str(file), allow_list=True)
        if issues or document is None:
            first = issues[0].finding if issues else None
            span = first.span if first else None
            where = f"{span.start.line}:{span.start.column}: " if span else ""
            message = first.message if first else "it is empty"
            errors.add(
                at(("lists", name)), f"the list file {file!r} is not usable: {where}{message}"
            )
            continue
        out[name] = document.data
    return out


def _rule(raw: Any, index: int, reading: _Reading) -> PolicySpec | None:
    shown, base, errors, at, text = reading
    where: JsonPath = ("rules", index)
    if not isinstance(raw, dict):
        errors.add(at(where), "a rule is a mapping (code, name, severity, summary, assert, ...)")
        return None
    before = len(errors.found)
    _unknown_keys(raw, where, RULE_KEYS, errors, at)
    for key in REQUIRED:
        if key not in raw:
            errors.add(at(where), f"the rule lacks the required key {key!r}")
    texts = _languages(raw, where, errors, at)
    for key in TEXT_KEYS:
        if key in raw and (not isinstance(raw[key], str) or not raw[key].strip()):
            errors.add(at((*where, key)), f"`{key}` must be a non-empty text")
    code = raw.get("code")
    if isinstance(code, str) and "code" in raw:
        if code.upper().startswith("DL"):
            errors.add(
                at((*where, "code")), f"{code!r}: the prefix DL is reserved for built-in rules"
            )
        elif not CODE.match(code):
            errors.add(
                at((*where, "code")),
                f"{code!r} is not a rule code (2-10 capital letters and 3 digits, e.g. ACME101)",
            )
    elif "code" in raw:
        errors.add(at((*where, "code")), "`code` must be a text such as ACME101")
    name = raw.get("name")
    if "name" in raw and not (isinstance(name, str) and NAME.match(name)):
        errors.add(at((*where, "name")), f"name {name!r} is not kebab-case (e.g. no-ads-location)")
    severity = Severity.ERROR
    if "severity" in raw:
        try:
            severity = Severity.parse(str(raw["severity"]))
        except ValueError as exc:
            errors.add(at((*where, "severity")), str(exc))
    articles = raw.get("articles", [])
    if not isinstance(articles, list) or not all(isinstance(a, str) for a in articles):
        errors.add(at((*where, "articles")), "`articles` must be a list of texts")
        articles = []
    tests = tuple(_tests(raw.get("tests"), where, base, errors, at))
    if len(errors.found) > before:
        return None
    positions = {}
    for key in ("when", "each", "assert", "message", "at"):
        if key in raw:
            positions[key] = _segments(text, *at((*where, key)))
    line, column = at(where)
    return PolicySpec(
        file=shown,
        code=str(code),
        name=str(name),
        severity=severity,
        summary=raw["summary"].strip(),
        assert_=raw["assert"],
        message=str(raw.get("message", raw["summary"])),
        why=_opt(raw.get("why")),
        articles=tuple(articles),
        when=raw.get("when"),
        each=_opt(raw.get("each")),
        at=_opt(raw.get("at")),
        fix=_opt(raw.get("fix")),
        tests=tests,
        texts=texts,
        line=line,
        column=column,
        positions=positions,
    )


def _languages(
    raw: dict[str, Any], where: JsonPath, errors: Any, at: Any
) -> dict[str, dict[str, str]]:
    """The texts of :data:`LOCALIZED_KEYS` written as maps of languages, by language; each map
    in ``raw`` is replaced by its English text (else its first) for everything else to read."""
    from disclosurelint import localized

    found: dict[str, dict[str, str]] = {}
    for key in LOCALIZED_KEYS:
        value = raw.get(key)
        if not isinstance(value, Mapping):
            continue
        good = bool(value) and all(
            localized.is_tag(tag) and isinstance(text, str) and text.strip()
            for tag, text in value.items()
        )
        if not good:
            errors.add(
                at((*where, key)),
                f"`{key}` must be a non-empty text, or a map of language tags to texts "
                "({en: ..., zh: ...})",
            )
            raw[key] = "?"  # reported: keep the checks below from reporting it again
            continue
        english = localized.tag_in(value, "en")
        raw[key] = str(value[english] if english is not None else next(iter(value.values())))
        for tag, text in value.items():
            if tag != english:
                language = str(tag).split("-", 1)[0].lower()
                found.setdefault(language, {})[key] = str(text).strip()
    return found


def _opt(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _segments(text: str, line: int, column: int) -> tuple[tuple[int, int, int], ...]:
    """The lines a scalar's text comes from, as ``(line, column, length)``: the rest of its
    own line, or, for a block scalar (``>-``, ``|``), each line of the block without its
    indentation (folding joins them with one character, as a line break does)."""
    lines = text.splitlines()
    if not 0 < line <= len(lines):
        return ((line, column, 1 << 30),)
    first = lines[line - 1]
    if first[column - 1 : column] not in (">", "|"):
        quoted = first[column - 1 : column] in ("'", '"')
        return ((line, column + quoted, 1 << 30),)
    segments: list[tuple[int, int, int]] = []
    indent = -1
    for number in range(line + 1, len(lines) + 1):
        body = lines[number - 1]
        if not body.strip():
            segments.append((number, 1, 0))
            continue
        own = len(body) - len(body.lstrip(" "))
        if indent < 0:
            indent = own
        if own < indent or own <= len(first) - len(first.lstrip(" ")):
            break
        segments.append((number, indent + 1, len(body) - indent))
    while segments and segments[-1][2] == 0:
        segments.pop()
    return tuple(segments) or ((line, column, 1 << 30),)


def _tests(raw: Any, where: JsonPath, base: Path, errors: _Errors, at: Any) -> Iterator[PolicyTest]:
    if raw is None:
        return
    if not isinstance(raw, list):
        errors.add(at((*where, "tests")), "`tests` must be a list of cases")
        return
    for index, case in enumerate(raw):
        here: JsonPath = (*where, "tests", index)
        if not isinstance(case, dict):
            errors.add(
                at(here), "a test is a mapping with `name`, `declaration` or `file`, `expect`"
            )
            continue
        _unknown_keys(case, here, TEST_KEYS, errors, at)
        name = case.get("name")
        if not isinstance(name, str) or not name.strip():
            errors.add(at(here), "the test needs a `name`")
            continue
        if ("declaration" in case) == ("file" in case):
            errors.add(at(here), f"test {name!r}: give either `declaration` or `file`")
            continue
        expect = case.get("expect")
        if not isinstance(expect, list) or not all(isinstance(c, str) for c in expect):
            errors.add(
                at((*where, "tests", index, "expect") if "expect" in case else here),
                f"test {name!r}: `expect` must be a list of codes ([] for none)",
            )
            continue
        file = None
        if "file" in case:
            target = base / str(case["file"])
            if not target.is_file():
                errors.add(at((*here, "file")), f"test {name!r}: no such file {case['file']!r}")
                continue
            file = str(target)
        elif not isinstance(case["declaration"], dict):
            errors.add(at((*here, "declaration")), f"test {name!r}: `declaration` is a mapping")
            continue
        regimes = case.get("regimes")
        line, column = at(here)
        yield PolicyTest(
            name=name.strip(),
            expect=tuple(expect),
            declaration=case.get("declaration"),
            file=file,
            today=str(case["today"]) if "today" in case else None,
            regimes=tuple(regimes) if isinstance(regimes, list) else None,
            line=line,
            column=column,
        )


def expression_error(spec: PolicySpec, key: str, exc: ExpressionError) -> tuple[int, int, str]:
    """Where, in the policy file, a compile error of ``spec``'s ``key`` expression is."""
    segments = spec.positions.get(key)
    message = f"{spec.code} `{key}`: {exc}"
    if not segments:
        return spec.line, spec.column, message
    texts = {"when": spec.when, "each": spec.each, "assert": spec.assert_, "at": spec.at}
    source = spec.message if key == "message" else texts.get(key)
    offset = _offset(source or "", exc.line, exc.column)
    for line, column, length in segments:
        if offset <= length:
            return line, column + offset, message
        offset -= length + 1
    line, column, _ = segments[0]
    return line, column, message


def _offset(source: str, line: int, column: int) -> int:
    """The offset in ``source`` of 1-based ``line`` and ``column``."""
    lines = source.split("\n")
    return sum(len(text) + 1 for text in lines[: line - 1]) + column - 1
