"""The engine: load -> schema -> rules for each file, then repository rules over all files.

Files are independent until the repository rules, so large runs fan out over processes; each
worker builds the validator once. Only small per-file facts (an id and its position) travel back
for the repository rules, never whole documents.
"""

from __future__ import annotations

import bisect
import contextlib
import importlib
import itertools
import operator
import os
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from functools import cached_property, partial
from pathlib import Path
from typing import Any, cast

from disclosurelint import cache, waivers
from disclosurelint import rules as registry
from disclosurelint.baseline import anchor, fingerprint
from disclosurelint.config import Settings
from disclosurelint.document import Document, SourceMap
from disclosurelint.load import LoadIssue, load_bytes, parse, read_limited
from disclosurelint.model import Finding, JsonPath, Problem, Result, Severity, Span
from disclosurelint.outcome import FileOutcome
from disclosurelint.parallel import fanned, plan_jobs
from disclosurelint.paths import path_matches, relative_to
from disclosurelint.rules import dl012_unreadable_file as dl012
from disclosurelint.rules import dl101_missing_key as dl101
from disclosurelint.rules import dl105_invalid_format as dl105
from disclosurelint.rules.base import RuleContext, RuleModule
from disclosurelint.spool import MergedLog, ProblemLog
from disclosurelint.waivers import CentralFile, Directive

MAX_PROBLEMS_PER_FILE = 200  # beyond this, a file's problems are summed up in one note
Stamp = tuple[cache.Signature | None, bytes]  # a file's stat signature and content hash
Read = tuple[bytes | None, Document | None]  # a file's bytes and document, as read


class Engine:
    """Checks files under one :class:`Settings` (and the central waivers file, if any)."""

    def __init__(self, settings: Settings, central: CentralFile | None = None) -> None:
        from disclosurelint.extensions import activate

        self.settings = settings
        self.today = waivers.today_of(settings)
        activate(settings.policies, settings.plugins)  # a no-op when already active
        rules = registry.all_rules()
        self._owner_of = {k: r.CODE for r in rules for k in r.OWNS}
        self._owned = frozenset(self._owner_of)
        self.document_rules = [r for r in rules if r.SCOPE == "document" and self._on(r)]
        # the SDK rules run only where the configuration names the app's manifests
        self.repository_rules = [
            r
            for r in rules
            if r.SCOPE == "repository"
            and self._on(r)
            and (settings.sdk_manifests or not getattr(r, "NEEDS_SDKS", False))
        ]
        self.sdks: Any = None  # the SDK inventory, set by lint() before the repository rules
        self._contexts: dict[str, RuleContext] = {}
        self.central = central
        # central waivers the policy rejects excuse nothing; they are reported once, by lint()
        self._central_ok = tuple(
            d
            for d in (central.directives if central else ())
            if not waivers.policy_findings(d, settings.waivers, self.today)
        )
        self._views: dict[tuple[int, ...], Settings] = {}
        self._active_rules: dict[int, tuple[Settings, list[tuple[RuleModule, RuleContext]]]] = {}
        self.cwd = str(Path.cwd())

    def _on(self, rule: RuleModule) -> bool:
        return self.settings.may_enable(rule.CODE)

    def view(self, file: str | os.PathLike[str]) -> Settings:
        """The settings for one file: ``per-path`` overrides folded in (cached per combination)."""
        settings = self.settings
        if not settings.per_path:
            return settings
        rel = settings.relative(file, self.cwd)
        matched = tuple(
            i
            for i, override in enumerate(settings.per_path)
            if any(path_matches(rel, glob) for glob in override.files)
        )
        view = self._views.get(matched)
        if view is None:
            view = settings.with_overrides([settings.per_path[i] for i in matched])
            self._views[matched] = view
        return view

    @cached_property
    def _validator(self) -> Any:
        from disclosurelint.schema import SchemaValidator

        return SchemaValidator(owned=self._owned)

    @cached_property
    def _taxonomy(self) -> Any:
        # imported by name: the taxonomy package is optional until a rule needs it
        taxonomy = importlib.import_module("disclosurelint.taxonomy")
        return taxonomy.load_taxonomy(self.settings.taxonomy)

    def files_beside(self, declarations: Iterable[str]) -> set[str]:
        """The files the document rules read beside ``declarations`` (a rule's ``files_beside``),
        which the result cache must see unchanged too."""
        paths = list(declarations)
        return {
            path
            for rule in self.document_rules
            if (reads := getattr(rule, "files_beside", None)) is not None
            for path in reads(paths)
        }

    def context(self, rule: RuleModule) -> RuleContext:
        context = self._contexts.get(rule.CODE)
        if context is None:
            context = self._contexts[rule.CODE] = self._make_context(rule)
        return context

    def _make_context(self, rule: RuleModule) -> RuleContext:
        needs_taxonomy = getattr(rule, "NEEDS_TAXONOMY", False)
        return RuleContext(
            options=self.settings.options.get(rule.CODE, {}),
            regimes=self.settings.regimes,
            home_country=self.settings.home_country,
            taxonomy=self._taxonomy if needs_taxonomy else None,
            today=self.settings.today,
            sdks=self.sdks if getattr(rule, "NEEDS_SDKS", False) else None,
        )

    # -- one file ------------------------------------------------------------------------------

    def problem(
        self,
        path: str,
        code: str,
        finding: Finding,
        source: SourceMap | None,
        *,
        view: Settings | None = None,
        data: Any = None,
    ) -> Problem | None:
        view = view or self.view(path)
        if not view.enabled(code):
            return None
        rule = registry.by_code()[code]
        if finding.span is not None:
            span = finding.span
        elif source is not None:
            span = source.span(finding.path, finding.target)[0]
        else:
            span = Span.at(1, 1)
        return Problem(
            path=path,
            span=span,
            code=code,
            name=rule.NAME,
            severity=view.severity(code, finding.severity or rule.SEVERITY),
            message=finding.message,
            json_path=finding.path,
            fix=finding.fix,
            details=finding.details,
            fingerprint=fingerprint(data, finding.path, finding.message),
            anchor=anchor(data, finding.path),
        )

    def findings(
        self, document: Document, view: Settings | None = None
    ) -> Iterator[tuple[str, Finding]]:
        """Schema and document-rule findings for a loaded document."""
        view = view or self.settings
        deferred: list[tuple[str, str, Finding]] = []
        renamed: set[tuple[JsonPath, str]] = set()  # (where, key) a "did you mean" names
        for code, finding in self._validator.findings(document.data, deferred):
            if "rename_to" in finding.details:
                renamed.add((finding.path[:-1], str(finding.details["rename_to"])))
            yield code, finding
        spoken: set[str] = set()  # owned keys that their rule said something about
        data = document.data
        for rule, context in self._active(view):
            # the rule's findings; a rule that fails on some input is a finding, not a crash
            # (written out here, not called: this runs for every rule of every file)
            found: list[Finding] = []
            try:
                found.extend(rule.check(document, context))
            except Exception as exc:  # one rule's defect must not stop the run
                found.append(_rule_failed(rule, exc))
            if not found:
                continue  # what most rules say of most files
            for finding in found:
                if rule.OWNS:
                    if _about_renamed(finding, rule.OWNS, renamed, data):
                        continue  # "missing" says again what the misspelt key's finding says
                    spoken.update(_keys_spoken(finding.path, rule.OWNS, data))
                yield rule.CODE, finding
        # A rule that owns a key and said nothing about it (a type it does not read, a rule
        # switched off) must not turn a schema error into a silent pass.
        for key, code, finding in deferred:
            if key in spoken:
                continue
            owner = self._owner_of.get(key)
            if owner is not None and not view.enabled(owner) and _says_nothing(code, finding, data):
                continue  # what the switched-off rule exists to report: the user chose silence
            yield code, finding

    def _active(self, view: Settings) -> list[tuple[RuleModule, RuleContext]]:
        """The document rules ``view`` enables, with their contexts: worked out once per view,
        not once per rule and file."""
        known = self._active_rules.get(id(view))
        if known is None or known[0] is not view:  # held, so that the id is not reused
            active = [(r, self.context(r)) for r in self.document_rules if view.enabled(r.CODE)]
            known = self._active_rules[id(view)] = (view, active)
        return known[1]

    def check_file(
        self, file: str | Path, shown: str, *, collect_only: bool = False
    ) -> FileOutcome:
        return self.check_stamped(file, shown, collect_only=collect_only)[0]

    def check_stamped(
        self, file: str | Path, shown: str, *, collect_only: bool = False, stamp: bool = False
    ) -> tuple[FileOutcome, Stamp | None]:
        """The file's outcome; with ``stamp``, also its stat signature (taken before reading,
        so that an edit during the read shows as a changed file next time) and the hash of
        the bytes that were checked, for the result cache. A file that could not be read as
        a regular file has no stamp: it is checked again every time."""
        outcome, mark, _ = self.check_read(file, shown, collect_only=collect_only, stamp=stamp)
        return outcome, mark

    def check_read(
        self, file: str | Path, shown: str, *, collect_only: bool = False, stamp: bool = False
    ) -> tuple[FileOutcome, Stamp | None, Read]:
        """:meth:`check_stamped`, and the bytes and document read (None when the file could not
        be read, or is not YAML the loader can read), for a caller that describes the file too
        (the legal report): one reading and one parse serve both."""
        view = self.view(file)
        info = None
        if stamp:
            with contextlib.suppress(OSError):
                info = os.stat(file)  # noqa: PTH116 - a str as listed, no Path made per file
        max_size = self.settings.max_file_size
        try:
            raw, issue = read_limited(file, max_size)
        except OSError as exc:
            finding = dl012.finding(str(exc.strerror or exc))
            problem = (
                None if collect_only else self.problem(shown, dl012.CODE, finding, None, view=view)
            )
            return FileOutcome(shown, (problem,) if problem else ()), None, (None, None)
        mark: Stamp | None = None
        if raw is None:
            document, issues, text = None, [issue] if issue else [], None
        else:
            if info is not None:
                mark = (cache.signature(info, time.time_ns()), cache.content_hash(raw))
            document, issues, text = load_bytes(raw, shown, max_size)
        outcome = self.check_loaded(
            file, shown, document, issues, text, collect_only=collect_only, view=view
        )
        return outcome, mark, (raw, document)

    def check_loaded(
        self,
        file: str | Path,
        shown: str,
        document: Document | None,
        issues: Sequence[LoadIssue],
        text: str | None,
        *,
        collect_only: bool = False,
        view: Settings | None = None,
    ) -> FileOutcome:
        """Schema, rules, waivers and facts for a file the loader has read."""
        view = view or self.view(file)
        facts = {}
        if document is not None:
            for rule in self.repository_rules:
                fact = rule.collect(document)  # type: ignore[attr-defined]
                if fact is not None:
                    facts[rule.CODE] = fact
        if collect_only:
            return FileOutcome(shown, facts=facts)
        source = document.source if document is not None else None
        data = document.data if document is not None else None
        pairs: list[tuple[str, Finding]] = [(i.code, i.finding) for i in issues]
        if document is not None and isinstance(document.data, dict):
            pairs.extend(self.findings(document, view))
        directives: list[Directive] = []
        if text is not None and waivers.MARKER in text:  # a substring test: cheap for every file
            found, malformed = waivers.scan(text, shown, source)
            pairs.extend(malformed)
            for directive in found:
                rejected = waivers.policy_findings(directive, self.settings.waivers, self.today)
                pairs.extend(rejected)
                if not rejected:
                    directives.append(directive)
        if self._central_ok and self.central is not None:
            rel = relative_to(file, self.central.base, self.cwd)
            directives.extend(d for d in self._central_ok if path_matches(rel, d.pattern or ""))
        made = [
            p
            for p in (self.problem(shown, c, f, source, view=view, data=data) for c, f in pairs)
            if p
        ]
        # Where the loader already reported a value (an unknown tag), later stages only echo it.
        loaded_at = {p.span.start for p in made if p.code < "DL1"}
        problems = [p for p in made if p.code < "DL1" or p.span.start not in loaded_at]
        used: set[tuple[str, str]] = set()
        if directives and document is None:
            # a file that could not be loaded was not checked: no waiver may hide that
            problems = [_unwaivable(p, directives) for p in problems]
            directives = []
        if directives:
            problems, used = waivers.apply(problems, directives, self.today)
        problems, capped = _cap(problems)
        # the text is not kept: the reporters read it again for the files that have problems
        return FileOutcome(
            shown, tuple(problems), None, facts, tuple(directives), frozenset(used), capped
        )

    # -- all files -----------------------------------------------------------------------------

    def repository_problems(
        self, facts_by_rule: Mapping[str, Mapping[str, Any]], report_on: set[str]
    ) -> Iterator[Problem]:
        """The repository rules' problems, from each rule's facts by file (as shown)."""
        if self.sdks is not None:
            report_on = report_on | set(self.sdks.report_on)
        for rule in self.repository_rules:
            facts = facts_by_rule.get(rule.CODE, {})
            # a repository rule yields (path, finding) pairs, not bare findings
            found = cast("Iterator[tuple[str, Finding]]", rule.check(facts, self.context(rule)))
            for path, finding in found:
                if path in report_on:
                    problem = self.problem(path, rule.CODE, finding, None)
                    if problem:
                        yield problem

    def waiver_problems(
        self, outcomes: Sequence[FileOutcome], used: set[tuple[str, str]]
    ) -> Iterator[Problem]:
        """Expired (DL502) and unused (DL503) waivers, once every problem has met its waivers;
        and the central file's malformed (DL501) and rejected (DL504, DL505) entries.
        ``outcomes``: those of the files that have waivers (the others add nothing)."""
        for outcome in outcomes:
            own = [d for d in outcome.waivers if not d.central]
            if not own:
                continue
            view = self.view(outcome.path)
            for code, finding in waivers.leftovers(own, used, self.today, view.enabled):
                problem = self.problem(outcome.path, code, finding, None, view=view)
                if problem:
                    yield problem
        central = self.central
        if central is None:
            return
        pairs = list(central.malformed)
        for directive in central.directives:
            pairs.extend(waivers.policy_findings(directive, self.settings.waivers, self.today))
        matched = {d.key for o in outcomes for d in o.waivers if d.central}
        judged = [d for d in self._central_ok if d.key in matched or central.missing(d)]
        pairs.extend(waivers.leftovers(judged, used, self.today, self.settings.may_enable))
        for code, finding in pairs:
            problem = self.problem(central.path, code, finding, None, view=self.settings)
            if problem:
                yield problem


def _unwaivable(problem: Problem, directives: Sequence[Directive]) -> Problem:
    if not any(problem.code in d.codes for d in directives):
        return problem
    return replace(
        problem,
        message=f"{problem.message}; a waiver cannot excuse this: nothing in the file was checked",
    )


def _cap(problems: list[Problem]) -> tuple[list[Problem], int]:
    """At most MAX_PROBLEMS_PER_FILE problems, the gravest first (so the exit status holds), in
    file order; and how many were left out."""
    if len(problems) <= MAX_PROBLEMS_PER_FILE:
        return problems, 0
    ranked = sorted(problems, key=lambda p: (p.waived, -p.severity, p.sort_key))
    kept = sorted(ranked[:MAX_PROBLEMS_PER_FILE], key=lambda p: p.sort_key)
    return kept, len(problems) - len(kept)


def _keys_spoken(path: JsonPath, owns: Sequence[str], data: Any) -> Iterator[str]:
    """The owned keys a finding at ``path`` speaks about (a finding at the top: missing keys)."""
    if path:
        if path[0] in owns:
            yield str(path[0])
    elif isinstance(data, dict):
        yield from (k for k in owns if k not in data)


def _rule_failed(rule: RuleModule, exc: Exception) -> Finding:
    """What a rule that raised says: the defect, and that nothing it covers was judged."""
    return Finding(
        (),
        f"{rule.CODE} could not check this file ({type(exc).__name__}: {exc}); "
        "nothing it covers is judged",
        fix="Report this defect with the file; meanwhile fix the other problems here.",
        severity=Severity.ERROR,
    )


def _about_renamed(
    finding: Finding, owns: Sequence[str], renamed: set[tuple[JsonPath, str]], data: Any
) -> bool:
    """Whether a rule's finding is about a key that is missing only because it is misspelt: at
    the mapping that holds the misspelt key, or naming a misspelt top-level key it owns."""
    if not renamed or not isinstance(data, dict):
        return False
    for where, key in renamed:
        if where:
            if where == finding.path and where[0] in owns:
                return True
        elif key in owns and key not in data and (not finding.path or key in finding.message):
            return True
    return False


def _says_nothing(code: str, finding: Finding, data: Any) -> bool:
    """A missing key, an empty or blank value, or a malformed format: a completeness matter."""
    if code in (dl101.CODE, dl105.CODE):
        return True
    value = data
    for part in finding.path:
        try:
            value = value[part]
        except (KeyError, IndexError, TypeError):
            return True
    return value is None or (isinstance(value, str) and not value.strip())


_WORKER: dict[str, Engine] = {}  # the engine of this worker process, built once


def _init_worker(settings: Settings, central: CentralFile | None) -> None:
    if "engine" not in _WORKER:  # a forked worker has its parent's, warm
        _WORKER["engine"] = Engine(settings, central)


Work = tuple[str, str, bool]  # the file as found, as shown, whether only its facts are needed


def _check_chunk(stamp: bool, chunk: Sequence[Work]) -> list[tuple[FileOutcome, Stamp | None]]:
    engine = _WORKER["engine"]
    return [engine.check_stamped(f, shown, collect_only=c, stamp=stamp) for f, shown, c in chunk]


def _run(
    engine: Engine, work: Sequence[Work], jobs: int | None, *, stamp: bool = False
) -> Iterator[tuple[FileOutcome, Stamp | None]]:
    """Each file's outcome (and, with ``stamp``, its cache stamp), in the order of ``work``,
    as the checks finish (:func:`~disclosurelint.parallel.fanned`: the engine this process
    warms on the first files is the one forked workers inherit)."""
    check = partial(_check_chunk, stamp)
    _WORKER["engine"] = engine
    try:
        yield from fanned(
            check,
            check,
            work,
            plan_jobs(len(work), jobs),
            initializer=_init_worker,
            initargs=(engine.settings, engine.central),
        )
    finally:
        _WORKER.clear()


def _cached_run(
    engine: Engine, store: cache.Store, work: Sequence[Work], jobs: int | None
) -> Iterator[FileOutcome]:
    """Outcomes in the order of ``work``: from the cache where a file is unchanged; the others
    checked, and kept."""
    hits: list[FileOutcome | None] = []
    missing: list[Work] = []
    max_size = engine.settings.max_file_size
    # Serving builds many small objects and no cycles: the collector would only walk them.
    with cache.collector_paused():
        for item in work:
            f, shown, collect_only = item
            hit = _cached(store, f, shown, collect_only, max_size)
            if hit is None:
                missing.append(item)
            hits.append(hit)
    checked = zip(missing, _run(engine, missing, jobs, stamp=True), strict=True)
    for hit in hits:
        if hit is not None:
            yield hit
            continue
        (f, shown, collect_only), (outcome, mark) = next(checked)
        if mark is not None:
            store.put(f, mark[0], mark[1], outcome, checked=not collect_only)
        yield outcome


def _cached(
    store: cache.Store, found: str, shown: str, collect_only: bool, max_size: int
) -> FileOutcome | None:
    """A file's kept outcome: when its stat signature is unchanged; or, when it changed, when
    the file's bytes are still those that were checked (a file touched, or checked out again)."""
    try:
        info = os.stat(found)  # noqa: PTH116 - a string per file: no Path to build
    except OSError:
        return None
    hit = store.lookup(found, shown, info, collect_only)
    if hit is not None or found not in store.entries:
        return hit
    try:
        raw, _ = read_limited(Path(found), max_size)
    except OSError:
        return None
    if raw is None:
        return None
    mark = cache.signature(info, time.time_ns())
    return store.lookup_bytes(found, shown, cache.content_hash(raw), mark, collect_only)


def _start_methods() -> list[str]:
    from multiprocessing import get_all_start_methods

    return get_all_start_methods()


class Collected:
    """What a run keeps of each file once it is checked: its problems (in a :class:`ProblemLog`,
    which writes most of them out of memory), the facts of the repository rules, its waivers
    (without its problems) and the notes; never its document, and its text only when a caller
    supplied it (an SDK manifest's). Outcomes are added as they arrive."""

    def __init__(self, outcomes: Iterable[FileOutcome] = ()) -> None:
        self.problems = ProblemLog()
        self.in_order = True  # whether the outcomes with problems came in path order
        self._last: str | None = None
        self.used: set[tuple[str, str]] = set()
        self.facts: dict[str, dict[str, Any]] = {}  # rule code -> file (as shown) -> fact
        self.waived: list[FileOutcome] = []  # the waivers of the files that have them
        self.held: dict[str, str] = {}  # texts the outcomes carry
        self.notes: list[str] = []
        for outcome in outcomes:
            self.add(outcome)

    def add(self, outcome: FileOutcome) -> None:
        if outcome.problems:
            if self._last is not None and outcome.path <= self._last:
                self.in_order = False
            self._last = outcome.path
            found = outcome.problems
            self.problems.extend(sorted(found, key=_sort_key) if len(found) > 1 else found)
        self.used.update(outcome.used)
        for code, fact in outcome.facts.items():
            self.facts.setdefault(code, {})[outcome.path] = fact
        if outcome.waivers:
            self.waived.append(FileOutcome(outcome.path, waivers=outcome.waivers))
        if outcome.text is not None:
            self.held[outcome.path] = outcome.text
        if outcome.capped:
            self.notes.append(
                f"{outcome.path}: {outcome.capped:,} more problems not shown; the first "
                f"{MAX_PROBLEMS_PER_FILE} (the gravest) are. Fix those, or check the file's "
                "structure, and run again."
            )


_sort_key = operator.attrgetter("sort_key")


def _late(engine: Engine, collected: Collected, checked: set[str]) -> list[Problem]:
    """The problems known only once every file is checked: the repository rules' (waived
    where a waiver says so) and those of the waivers themselves (expired, excusing nothing)."""
    problems: list[Problem] = []
    used = set(collected.used)
    by_path = {o.path: o for o in collected.waived}
    for found in engine.repository_problems(collected.facts, checked):
        outcome = by_path.get(found.path)
        if outcome is None:
            problems.append(found)
            continue
        waived, excused = waivers.apply([found], outcome.waivers, engine.today)
        problems.extend(waived)
        used |= excused
    problems.extend(engine.waiver_problems(collected.waived, used))
    return problems


def _in_order(collected: Collected, late: list[Problem]) -> Sequence[Problem]:
    """Every problem, sorted by path, line, column and code (ties in the order they were
    found): the files' own, already in path order, merged with the late ones as they are read
    back, so that the run never holds them all."""
    if not collected.in_order:
        everything = sorted([*collected.problems, *late], key=_sort_key)
        collected.problems.close()
        return tuple(everything)
    if not late:
        return collected.problems
    return MergedLog(collected.problems, late)


def lint(
    files: Iterable[tuple[str | Path, str]],
    settings: Settings,
    *,
    context: Iterable[tuple[str | Path, str]] = (),
    jobs: int | None = None,
    report_manifests: Iterable[str] | None = None,
    cache_dir: Path | None = None,
) -> Result:
    """Check ``files``; ``context`` files are read only for the repository rules.

    With ``cache_dir``, the result cache there serves the files that have not changed since
    a run with the same settings checked them (see :mod:`disclosurelint.cache`).

    With ``settings.sdk_manifests``, the manifests' SDKs are matched with the declarations
    (DL601-DL603); the manifest problems are reported for ``report_manifests`` (shown paths),
    or for every manifest when it is None.

    Waivers are applied per file by the engine (in worker processes too); repository-rule
    problems meet the waivers of their file here, and then the waivers that expired or excused
    nothing are reported.

    Memory does not grow with the problems: files are checked in path order, each document is
    dropped once checked, and the problems go to a :class:`~disclosurelint.spool.ProblemLog`
    that the reporters read back in order. What is kept per file is its name and the repository
    rules' facts (its id).
    """
    central = waivers.load_central(settings.waivers.file) if settings.waivers.file else None
    engine = Engine(settings, central)
    # plain strings from here on: a path object per file costs more than the file's outcome
    work = [_work(f, shown, False) for f, shown in files]
    checked = [shown for _, shown, _ in work]
    if any(a > b for a, b in itertools.pairwise(checked)):
        checked.sort()
    shown_checked = set(checked)
    if engine.repository_rules:
        work += [_work(f, shown, True) for f, shown in context if shown not in shown_checked]
    del shown_checked
    store = _open_store(engine, cache_dir, work) if cache_dir is not None else None
    collected = Collected()
    found_at: dict[str, Path] = {}  # files with problems found under another name than shown
    if store is None:
        outcomes: Iterator[FileOutcome] = (o for o, _ in _run(engine, work, jobs))
    else:
        outcomes = _cached_run(engine, store, work, jobs)
    for (f, shown, _), outcome in zip(work, outcomes, strict=True):
        collected.add(outcome)
        if f is not shown and (outcome.problems or outcome.waivers):
            found_at[shown] = Path(f)
    if store is not None:
        store.save()
    del store, work, outcomes
    return finish(engine, collected, checked, found_at, report_manifests)


def finish(
    engine: Engine,
    collected: Collected,
    checked: list[str],
    found_at: dict[str, Path],
    report_manifests: Iterable[str] | None = None,
) -> Result:
    """The result of a run once every file is checked (``checked``: their names as shown, in
    order): the SDK manifests matched, the repository rules and the waivers' own problems
    merged in. ``found_at``: the files with problems found under another name than shown."""
    settings, central = engine.settings, engine.central
    shown_checked = set(checked)
    notes: list[str] = []
    manifests: list[Problem] = []  # the manifests' own problems (malformed waivers)
    if settings.sdk_manifests:
        from disclosurelint.sdks.run import prepare

        engine.sdks = prepare(settings, report_manifests)
        found_at.update(engine.sdks.paths)
        for outcome in engine.sdks.waiver_outcomes(engine):
            manifests.extend(outcome.problems)  # not in path order with the declarations'
            collected.add(replace(outcome, problems=()))
        notes.extend(engine.sdks.notes)
    late = [*manifests, *_late(engine, collected, shown_checked)]
    del shown_checked
    if central is not None and settings.waivers.file:
        found_at[central.path] = Path(settings.waivers.file)
    files_checked = tuple(checked)
    del checked
    rules = {r.CODE: registry.info(r) for r in registry.all_rules() if settings.may_enable(r.CODE)}
    return Result(
        problems=_in_order(collected, late),
        files=files_checked,
        rules=rules,
        sources=Sources(found_at, files_checked, collected.held, settings.max_file_size),
        regimes=settings.regimes,
        notes=(*notes, *collected.notes),
    )


def _work(file: str | Path, shown: str, collect_only: bool) -> Work:
    """A file to check; its name as found is the shown string itself when the two are equal
    (the usual case), so that the run keeps one string per file."""
    found = str(file)
    return (shown if found == shown else found, shown, collect_only)


def _open_store(engine: Engine, folder: Path, work: Sequence[Work]) -> cache.Store | None:
    """The cache index for this engine's run over ``work``, or None when the run cannot be
    fingerprinted."""
    try:
        key = cache.run_key(
            engine.settings,
            registry.all_rules(),
            engine.today,
            engine.cwd,
            engine.files_beside(f for f, _, _ in work),
        )
    except cache.Uncacheable:
        return None
    return cache.Store(folder, key)


def lint_text(text: str, path: str, settings: Settings) -> Result:
    """Check one declaration given as text (for editors, tests and other tools)."""
    central = waivers.load_central(settings.waivers.file) if settings.waivers.file else None
    return check_buffer(Engine(settings, central), text, Path(path), path)


def check_buffer(
    engine: Engine,
    text: str,
    file: Path,
    shown: str,
    context: Sequence[FileOutcome] = (),
) -> Result:
    """Check one file held in memory with a reused engine; ``context`` holds the repository
    facts of the other files (``engine.check_file(..., collect_only=True)``), so that
    repository-wide rules see them. An editor calls this on every change."""
    document, issues = parse(text, shown)
    outcome = engine.check_loaded(file, shown, document, issues, text)
    others = [o for o in context if o.path != shown]
    collected = Collected([outcome, *others])
    late = _late(engine, collected, {shown})
    settings = engine.settings
    rules = {r.CODE: registry.info(r) for r in registry.all_rules() if settings.may_enable(r.CODE)}
    return Result(
        problems=tuple(_in_order(collected, late)),
        files=(shown,),
        rules=rules,
        sources={shown: text},
        regimes=settings.regimes,
        notes=tuple(Collected([outcome]).notes),
    )


class Sources(Mapping[str, str]):
    """The text of a file that has problems, read when a reporter asks for it (and not kept),
    so that a run over many files never holds all their text at once. ``checked`` (sorted) are
    the files checked, found under the name they are shown by; ``found_at`` names the others
    (found under another name, a manifest, the central waivers file); ``held`` are texts a
    caller gave."""

    def __init__(
        self,
        found_at: Mapping[str, str | Path],
        checked: Sequence[str],
        held: Mapping[str, str],
        max_size: int,
    ) -> None:
        self._found_at = found_at
        self._checked = checked
        self._held = held
        self._max_size = max_size

    def _file(self, shown: str) -> str | Path:
        if shown in self._found_at:
            return self._found_at[shown]
        at = bisect.bisect_left(self._checked, shown)
        if at < len(self._checked) and self._checked[at] == shown:
            return shown
        raise KeyError(shown)

    def __getitem__(self, shown: str) -> str:
        text = self._held.get(shown)
        if text is None:
            text = _read_text(self._file(shown), self._max_size)
        if not text:
            raise KeyError(shown)
        return text

    def __iter__(self) -> Iterator[str]:
        yield from self._checked
        others = {**self._found_at, **self._held}
        yield from (name for name in others if name not in self._checked)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _read_text(path: str | Path | None, max_size: int) -> str:
    """The text shown as source lines: read like a declaration (never a FIFO, a device, a link
    out of the repository or past the size limit), else nothing."""
    if path is None:
        return ""
    try:
        raw, _ = read_limited(Path(path), max_size)
    except OSError:
        return ""
    return "" if raw is None else raw.decode("utf-8-sig", errors="replace")
