"""Waivers: decisions, written beside the data, that a problem is accepted, and why.

Three forms, each with a ``reason`` and optionally ``approved-by`` (the person who accepted it),
``approved-on`` (the date they did) and ``expires`` (inclusive):

* a comment on the line it excuses, or on its own line above it::

      # disclosurelint: allow DL204 reason="..." approved-by="Wang Fang"
      #   approved-on=2026-11-30 expires=2027-06-30   (one line in a real file)

* a comment before the first key, for the whole file: ``# disclosurelint: allow-file DL204 ...``;
* an entry of the central waivers file (``waivers.file`` in the configuration), for declarations
  that are generated and cannot carry comments.

Comments are found by scanning the text of files that contain ``disclosurelint:`` (a substring
test); the YAML is never parsed twice. A ``#`` inside a quoted or block text is text, not a
comment: the source map from the one parse tells them apart.

A malformed waiver is a problem of its own (DL501) and excuses nothing; so does a waiver that
breaks the configured policy (DL504 no approver, DL505 expiry too far ahead). An expired waiver
(DL502) still shows with the problem it excused, which counts again; a waiver that excuses
nothing is DL503.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from disclosurelint.model import Finding, JsonPath, Position, Problem, Span, Waiver
from disclosurelint.rules import dl003_empty_file as dl003
from disclosurelint.rules import dl501_malformed_waiver as dl501
from disclosurelint.rules import dl502_expired_waiver as dl502
from disclosurelint.rules import dl503_unused_waiver as dl503
from disclosurelint.rules import dl504_waiver_without_approver as dl504
from disclosurelint.rules import dl505_waiver_expiry_too_far as dl505
from disclosurelint.rules.base import is_placeholder

if TYPE_CHECKING:
    from disclosurelint.config import Settings, WaiverPolicy
    from disclosurelint.document import SourceMap

MARKER = "disclosurelint:"
FIELDS = ("reason", "approved-by", "approved-on", "expires")
_COMMENT = re.compile(r"(?:^|(?<=\s))#\s*disclosurelint:")
_FIELD = re.compile(r"""([A-Za-z][\w-]*)=("(?:[^"\\]|\\.)*"|'[^']*'|[^\s"']+)(?=\s|$)""")
_WORD = re.compile(r"\S+")
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class Directive:
    """One waiver, as written: inline (``line`` set, or ``None`` for a whole file) or central."""

    codes: tuple[str, ...]
    reason: str
    approved_by: str | None
    expires: str | None  # ISO date, inclusive
    where: str  # the file it is written in, as shown
    span: Span  # where in that file
    line: int | None = None  # the line it excuses; None: the whole file
    approved_on: str | None = None  # ISO date the approver accepted it
    json_path: JsonPath | None = None  # central entries: a prefix of the problem's JSON path
    pattern: str | None = None  # central entries: the declaration files it applies to (a glob)

    @property
    def key(self) -> str:
        return f"{self.where}:{self.span.start.line}:{self.span.start.column}"

    @property
    def central(self) -> bool:
        return self.pattern is not None

    def expired(self, today: date) -> bool:
        return self.expires is not None and date.fromisoformat(self.expires) < today

    def covers(self, problem: Problem) -> bool:
        if problem.code not in self.codes:
            return False
        if self.line is not None and problem.line != self.line:
            return False
        prefix = self.json_path
        return prefix is None or problem.json_path[: len(prefix)] == prefix

    def waiver(self, code: str, today: date) -> Waiver:
        return Waiver(
            code=code,
            reason=self.reason,
            approved_by=self.approved_by,
            expires=self.expires,
            source=f"{self.where}:{self.span.start.line}",
            expired=self.expired(today),
            approved_on=self.approved_on,
        )

    @property
    def label(self) -> str:
        return ", ".join(self.codes)


# How long a waiver holds, in DL502's words: the reports say it the same way.
validity = dl502.validity


def today_of(settings: Settings) -> date:
    """The date waiver expiry is judged against (``Settings.today`` makes it testable)."""
    return date.fromisoformat(settings.today) if settings.today else date.today()


# -- reading directives ------------------------------------------------------------------------


def scan(
    text: str, path: str, source: SourceMap | None = None
) -> tuple[list[Directive], list[tuple[str, Finding]]]:
    """The waiver comments in ``text``, and a DL501 finding for each malformed one."""
    lines = text.splitlines()
    first_key = _first_content_line(lines)
    directives: list[Directive] = []
    malformed: list[tuple[str, Finding]] = []
    for number, line in enumerate(lines, 1):
        if MARKER not in line:
            continue
        match = _COMMENT.search(line)
        if match is None:
            continue
        column = match.start() + 1
        if source is not None and source.in_scalar(number, column):
            continue  # a text value that mentions the marker, not a comment
        span = Span(Position(number, column), Position(number, len(line) + 1))
        try:
            verb, codes, fields = parse_directive(line[match.end() :])
            if verb == "allow-file" and first_key is not None and number > first_key:
                raise dl501.Malformed("allow-file-after-key")
            reason, approved_by, expires = check_fields(fields)
            approved_on = approval_date(fields)
        except dl501.Malformed as exc:
            malformed.append((dl501.CODE, dl501.finding(exc, span)))
            continue
        if verb == "allow-file":
            target = None
        elif line[: match.start()].strip():
            target = number  # a comment after the data excuses its own line
        else:
            target = _next_content_line(lines, number) or 0  # 0: the file ends; excuses nothing
        directives.append(
            Directive(
                codes,
                reason,
                approved_by,
                expires,
                path,
                span,
                line=target,
                approved_on=approved_on,
            )
        )
    return directives, malformed


def _is_content(line: str) -> bool:
    text = line.strip()
    return bool(text) and not text.startswith(("#", "%")) and text != "---"


def _first_content_line(lines: Sequence[str]) -> int | None:
    return next((n for n, line in enumerate(lines, 1) if _is_content(line)), None)


def _next_content_line(lines: Sequence[str], after: int) -> int | None:
    return next((n for n in range(after + 1, len(lines) + 1) if _is_content(lines[n - 1])), None)


def parse_directive(body: str) -> tuple[str, tuple[str, ...], dict[str, str]]:
    """``allow DL204 reason="..."`` -> ("allow", ("DL204",), {"reason": "..."}).

    Raises :class:`~disclosurelint.rules.dl501_malformed_waiver.Malformed` with what is wrong.
    """
    words = body.split(maxsplit=1)
    if not words:
        raise dl501.Malformed("empty")
    verb, rest = words[0], (words[1] if len(words) > 1 else "")
    if verb not in ("allow", "allow-file"):
        raise dl501.Malformed("unknown-directive", verb=verb)
    pos, code_words = 0, []
    while True:
        word = _WORD.search(rest, pos)
        if word is None or "=" in word.group():
            break
        code_words.append(word.group())
        pos = word.end()
    if not code_words:
        raise dl501.Malformed("no-code-after", verb=verb)
    return verb, resolve_codes(",".join(code_words)), parse_fields(rest[pos:])


def parse_fields(text: str) -> dict[str, str]:
    """``reason="a b" expires=2027-01-01`` -> a dict; quotes may be double (with ``\\"``) or
    single."""
    fields: dict[str, str] = {}
    pos = 0
    while True:
        word = _WORD.search(text, pos)
        if word is None:
            return fields
        match = _FIELD.match(text, word.start())
        if match is None:
            raise _bad_field(word.group())
        name, raw = match.group(1), match.group(2)
        if name in fields:
            raise dl501.Malformed("field-twice", name=name)
        if raw[0] == '"':
            value = re.sub(r"\\(.)", r"\1", raw[1:-1])
        elif raw[0] == "'":
            value = raw[1:-1]
        else:
            value = raw
        fields[name] = value
        pos = match.end()


def _bad_field(token: str) -> dl501.Malformed:
    name, equals, value = token.partition("=")
    if not equals:
        return dl501.Malformed("not-name-value", text=token)
    if not value:
        return dl501.Malformed("no-value", name=name)
    if value[0] in "\"'":
        return dl501.Malformed("unbalanced-quote", name=name)
    return dl501.Malformed("unquoted", text=token)


def resolve_codes(text: str) -> tuple[str, ...]:
    """Comma-separated codes or names -> codes. Groups and waiver rules cannot be waived."""
    from disclosurelint import rules as registry
    from disclosurelint.errors import UsageError

    codes: list[str] = []
    for item in text.split(","):
        raw = item.strip()
        if not raw:
            continue
        upper = raw.upper()
        if upper == "ALL" or (upper.startswith("DL") and upper[2:].isdigit() and len(upper) < 5):
            raise dl501.Malformed("group", rule=raw)
        try:
            code = registry.lookup(raw).CODE
        except UsageError as exc:  # its message names the rule and the closest one
            raise dl501.Malformed("unknown-rule", detail=str(exc)) from None
        if code.startswith("DL5"):
            raise dl501.Malformed("waiver-rule", code=code)
        codes.append(code)
    if not codes:
        raise dl501.Malformed("no-code")
    return tuple(dict.fromkeys(codes))


def check_fields(fields: dict[str, str]) -> tuple[str, str | None, str | None]:
    """(reason, approved-by, expires) after checking each; DL501's ``Malformed`` says what
    is wrong."""
    for name in fields:
        if name not in FIELDS:
            raise dl501.Malformed("unknown-field", name=name, fields=", ".join(FIELDS))
    reason = fields.get("reason")
    if reason is None:
        raise dl501.Malformed("no-reason")
    if is_placeholder(reason):
        raise dl501.Malformed("placeholder-reason", text=reason.strip())
    approved_by = fields.get("approved-by")
    if approved_by is not None and not approved_by.strip():
        raise dl501.Malformed("empty-approver")
    expires = fields.get("expires")
    if expires is not None and not _is_date(expires):
        raise dl501.Malformed("bad-date", name="expires", value=expires)
    return reason.strip(), approved_by.strip() if approved_by else None, expires


def approval_date(fields: dict[str, str]) -> str | None:
    """``approved-on``, checked to be a date (the fields are otherwise checked already)."""
    when = fields.get("approved-on")
    if when is not None and not _is_date(when):
        raise dl501.Malformed("bad-date", name="approved-on", value=when)
    return when


def _is_date(text: str) -> bool:
    try:
        return date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


# -- the central waivers file ----------------------------------------------------------------


@dataclass(frozen=True)
class CentralFile:
    """The central waivers file, read once per run."""

    path: str  # as shown
    base: str  # the folder its `file` globs are relative to (absolute)
    directives: tuple[Directive, ...] = ()
    malformed: tuple[tuple[str, Finding], ...] = ()

    def missing(self, directive: Directive) -> bool:
        """Whether a central waiver names one file (no glob) that does not exist."""
        pattern = directive.pattern or ""
        return not (_GLOB_CHARS & set(pattern)) and not (Path(self.base) / pattern).exists()


_ENTRY_KEYS = ("file", "json_path", "code", *FIELDS)


def load_central(file: str) -> CentralFile:
    """Read the central waivers file: a YAML list of ``{file, json_path, code, reason,
    approved-by, expires}``. A file that cannot be read is a :class:`ConfigError`; a malformed
    entry is a DL501 finding at its position."""
    from disclosurelint.discover import display_path
    from disclosurelint.errors import ConfigError
    from disclosurelint.load import parse

    path = Path(file)
    shown = display_path(path)
    try:
        text = path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the waivers file: {exc}", shown) from None
    document, issues = parse(text, shown, allow_list=True)
    real = [i for i in issues if i.code != dl003.CODE]
    if real:
        span = real[0].finding.span or Span.at(1, 1)
        message = f"the waivers file is not valid: {real[0].finding.message}"
        raise ConfigError(message, shown, span.start.line, span.start.column)
    base = str(path.resolve().parent)
    if document is None or document.source is None:
        return CentralFile(shown, base)
    if not isinstance(document.data, list):
        raise ConfigError("the waivers file is a list of waivers (`- file: ...`)", shown, 1, 1)
    directives, malformed = [], []
    for index, entry in enumerate(document.data):
        span = document.source.span((index,))[0]
        try:
            directives.append(_central_entry(entry, shown, span))
        except dl501.Malformed as exc:
            malformed.append((dl501.CODE, dl501.central_entry(exc, span)))
    return CentralFile(shown, base, tuple(directives), tuple(malformed))


def _central_entry(entry: Any, shown: str, span: Span) -> Directive:
    if not isinstance(entry, dict):
        raise dl501.Malformed("entry-not-mapping")
    for key in entry:
        if key not in _ENTRY_KEYS:
            raise dl501.Malformed("unknown-field", name=key, fields=", ".join(_ENTRY_KEYS))
    for key, value in entry.items():
        if not isinstance(value, str):
            raise dl501.Malformed("not-text", name=key)
    pattern = entry.get("file")
    if not pattern or not pattern.strip():
        raise dl501.Malformed("no-file")
    if "code" not in entry:
        raise dl501.Malformed("no-code-key")
    codes = resolve_codes(entry["code"])
    json_path = parse_json_path(entry["json_path"]) if "json_path" in entry else None
    fields = {k: v for k, v in entry.items() if k in FIELDS}
    reason, approved_by, expires = check_fields(fields)
    return Directive(
        codes,
        reason,
        approved_by,
        expires,
        shown,
        span,
        json_path=json_path,
        pattern=pattern,
        approved_on=approval_date(fields),
    )


_PART = re.compile(r"\.([A-Za-z0-9_-]+)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]")


def parse_json_path(text: str) -> JsonPath:
    """``$.data[2].item`` -> ``("data", 2, "item")`` (the form problems are reported in)."""
    text = text.strip()
    if not text.startswith("$"):
        raise dl501.Malformed("json-path-start", path=text)
    parts: list[str | int] = []
    pos = 1
    while pos < len(text):
        match = _PART.match(text, pos)
        if match is None:
            raise dl501.Malformed("json-path", path=text)
        key, index, quoted = match.groups()
        if key is not None:
            parts.append(key)
        elif index is not None:
            parts.append(int(index))
        else:
            parts.append(re.sub(r"\\(.)", r"\1", quoted))
        pos = match.end()
    return tuple(parts)


# -- policy, application, what is left over --------------------------------------------------


def policy_findings(
    directive: Directive, policy: WaiverPolicy, today: date
) -> list[tuple[str, Finding]]:
    """DL504/DL505 findings for a waiver that the configured policy does not accept."""
    found: list[tuple[str, Finding]] = []
    if policy.require_approver and not directive.approved_by:
        found.append((dl504.CODE, dl504.finding(directive)))
    if policy.max_days is not None:
        too_far = dl505.finding(directive, policy.max_days, today)
        if too_far is not None:
            found.append((dl505.CODE, too_far))
    return found


def _rank(directive: Directive) -> int:
    if directive.central:
        return 2
    return 1 if directive.line is None else 0


def apply(
    problems: Iterable[Problem], directives: Sequence[Directive], today: date
) -> tuple[list[Problem], set[tuple[str, str]]]:
    """Attach to each problem the waiver that excuses it; also return the (waiver key, code)
    pairs that excused something. An unexpired waiver is preferred to an expired one, a line's
    to the file's, the file's own to the central file's."""
    used: set[tuple[str, str]] = set()
    out: list[Problem] = []
    for problem in problems:
        if problem.waiver is not None or problem.code.startswith("DL5"):
            out.append(problem)
            continue
        matching = [d for d in directives if d.covers(problem)]
        if not matching:
            out.append(problem)
            continue
        used.update((d.key, problem.code) for d in matching)
        best = min(matching, key=lambda d: (d.expired(today), _rank(d)))
        out.append(replace(problem, waiver=best.waiver(problem.code, today)))
    return out, used


def leftovers(
    directives: Iterable[Directive],
    used: set[tuple[str, str]],
    today: date,
    enabled: Callable[[str], bool],
) -> Iterator[tuple[str, Finding]]:
    """DL502 for expired waivers that excused a problem, DL503 for waivers (or codes of them)
    that excused nothing; codes of rules that did not run are not held against a waiver."""
    for directive in directives:
        excused = [c for c in directive.codes if (directive.key, c) in used]
        if excused and directive.expired(today):
            yield dl502.CODE, dl502.finding(directive, excused)
        unused = [c for c in directive.codes if c not in excused and enabled(c)]
        if unused:
            yield dl503.CODE, dl503.finding(directive, unused)
