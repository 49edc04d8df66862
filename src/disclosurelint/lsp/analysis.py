"""What the language server says about a file, independent of the protocol.

Each kind of file has its analyser, chosen by :func:`kind_of`: declarations (every rule, with the
repository rules reading the other declarations on disk and the open buffers), the configuration
(``.disclosurelint.yaml`` and ``pyproject.toml``), policy files (the reader's findings, then the
policy loader's: format, codes, expressions), and other YAML files of the repository (the
product file), which get the reader's findings. A new kind of file plugs in by
adding an entry to :data:`ANALYSERS` and a test to :func:`kind_of`.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from disclosurelint.model import Position, Severity, Span, Waiver

if TYPE_CHECKING:
    from disclosurelint.config import Settings
    from disclosurelint.lint import Engine
    from disclosurelint.model import RuleInfo
    from disclosurelint.outcome import FileOutcome


@dataclass(frozen=True)
class Note:
    """One finding to show in an editor (a :class:`~disclosurelint.model.Problem`, or a
    configuration error, in one shape)."""

    span: Span
    code: str
    severity: Severity
    message: str
    json_path: tuple[str | int, ...] = ()
    fix: str | None = None
    waiver: Waiver | None = None
    help_uri: str | None = None

    @property
    def waived(self) -> bool:
        return self.waiver is not None and not self.waiver.expired


REFRESH_SECONDS = 2.0
"""How long the list of declarations on disk and their facts are trusted without looking again
(a save in the editor, or a change the editor watches, makes the server look at once)."""

CONFIG_NAMES = frozenset({".disclosurelint.yaml", "pyproject.toml"})


def kind_of(path: Path, text: str, roots: Sequence[Path] = ()) -> str:
    """``config``, ``declaration``, ``policy``, ``yaml`` (another YAML file of the declaration
    folders, such as ``_product.yaml``) or ``other`` (a YAML file that is none of these: a CI
    workflow, say, which gets no findings).

    A declaration is a file under the declaration folders (``roots``), or one whose top level
    says ``disclosure:``; a policy file says ``policy:``.
    """
    if path.name in CONFIG_NAMES:
        return "config"
    head = text.lstrip("\ufeff")[:4096].splitlines()
    if any(line.startswith("policy:") for line in head):
        return "policy"
    inside = any(path.is_relative_to(root) for root in roots)
    if path.name.startswith("_"):
        return "yaml" if inside else "other"
    if inside or any(line.startswith("disclosure:") for line in head):
        return "declaration"
    return "other"


class Analyser:
    """Holds the settings, the engine and the facts of files on disk between requests."""

    def __init__(self, root: Path | None = None, settings: Settings | None = None) -> None:
        self.root = root.resolve() if root else None
        self._settings = settings
        self._engine: Engine | None = None
        # per file on disk: its resolved path, when it was last looked at, mtime, size, facts
        self._disk: dict[str, tuple[Path, float, float, int, FileOutcome]] = {}
        self._files: tuple[float, list[Path]] | None = None  # when listed, and the list
        self._taxonomy: Any = None

    # -- settings and engine ---------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            from disclosurelint.config import load_settings
            from disclosurelint.errors import ConfigError

            try:
                self._settings = load_settings([self.root] if self.root else [])
            except ConfigError:  # the configuration's own buffer shows its errors
                from disclosurelint.config import Settings

                self._settings = Settings()
        return self._settings

    def reload(self) -> None:
        """Forget the settings (the configuration changed) and what was read from disk."""
        self._settings, self._engine, self._taxonomy = None, None, None
        self.forget()

    def forget(self) -> None:
        """Read the files on disk again at the next analysis (a file was saved or changed)."""
        self._disk.clear()
        self._files = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from disclosurelint import waivers
            from disclosurelint.lint import Engine

            settings = self.settings
            central = waivers.load_central(settings.waivers.file) if settings.waivers.file else None
            self._engine = Engine(settings, central)
        return self._engine

    @property
    def taxonomy(self) -> Any:
        if self._taxonomy is None:
            from disclosurelint.taxonomy import load_taxonomy

            self._taxonomy = load_taxonomy(self.settings.taxonomy)
        return self._taxonomy

    # -- the files around an open one --------------------------------------------------------

    def shown(self, path: Path) -> str:
        from disclosurelint.discover import display_path

        return display_path(path, str(self.root) if self.root else None)

    @property
    def roots(self) -> list[Path]:
        """The declaration folders: the configured paths, else ``declarations/``."""
        base = self.root or Path.cwd()
        return [(base / p).resolve() for p in self.settings.paths] or [base / "declarations"]

    def kind(self, path: Path, text: str) -> str:
        return kind_of(path.resolve(), text, self.roots)

    def _declaration_files(self) -> list[Path]:
        """The declarations on disk, listed again at most every :data:`REFRESH_SECONDS`."""
        from disclosurelint.discover import discover
        from disclosurelint.errors import UsageError

        now = time.monotonic()
        if self._files is not None and now - self._files[0] < REFRESH_SECONDS:
            return self._files[1]
        try:
            files = discover([r for r in self.roots if r.exists()], self.settings.exclude,
                             root=self.settings.root)  # fmt: skip
        except UsageError:
            files = []
        self._files = (now, files)
        return files

    def context(self, current: Path, buffers: Mapping[Path, str]) -> list[FileOutcome]:
        """Repository facts of every other declaration: the open buffer's text where there is
        one, else the file on disk (looked at again at most every :data:`REFRESH_SECONDS`, and
        read again only when it changed)."""
        if not self.engine.repository_rules:
            return []
        from disclosurelint.load import parse

        outcomes: list[FileOutcome] = []
        seen = {current.resolve()}
        for path, text in buffers.items():
            resolved = path.resolve()
            if resolved in seen or self.kind(path, text) != "declaration":
                continue
            seen.add(resolved)
            shown = self.shown(path)
            document, issues = parse(text, shown)
            outcomes.append(
                self.engine.check_loaded(path, shown, document, issues, text, collect_only=True)
            )
        now = time.monotonic()
        for file in self._declaration_files():
            resolved, outcome = self._on_disk(file, now)
            if resolved not in seen and outcome is not None and outcome.facts:
                outcomes.append(outcome)
        return [o for o in outcomes if o.facts]

    def _on_disk(self, file: Path, now: float) -> tuple[Path, FileOutcome | None]:
        key = str(file)
        cached = self._disk.get(key)
        if cached is not None and now - cached[1] < REFRESH_SECONDS:
            return cached[0], cached[4]
        resolved = cached[0] if cached is not None else file.resolve()
        try:
            stat = file.stat()
        except OSError:
            self._disk.pop(key, None)
            return resolved, None
        if cached is not None and (cached[2], cached[3]) == (stat.st_mtime, stat.st_size):
            outcome = cached[4]
        else:
            outcome = self.engine.check_file(file, self.shown(file), collect_only=True)
        self._disk[key] = (resolved, now, stat.st_mtime, stat.st_size, outcome)
        return resolved, outcome

    # -- analysis --------------------------------------------------------------------------

    def analyse(self, path: Path, text: str, buffers: Mapping[Path, str] = {}) -> list[Note]:
        """The findings for one file's current text."""
        return ANALYSERS[self.kind(path, text)](self, path, text, buffers)


def _href(rule: RuleInfo | None, base: str | None) -> str | None:
    """The rule's page as an absolute URI (what an editor opens): only with `rule-docs-url`,
    or for a policy rule, its policy file; a relative repository path is not a URI."""
    if rule is None:
        return None
    uri = rule.help_uri(base)
    if uri.startswith(("https://", "http://")):
        return uri
    found = Path(uri)
    return found.resolve().as_uri() if found.is_file() else None


def _declaration(
    analyser: Analyser, path: Path, text: str, buffers: Mapping[Path, str]
) -> list[Note]:
    from disclosurelint.lint import check_buffer

    shown = analyser.shown(path)
    context = analyser.context(path, buffers)
    result = check_buffer(analyser.engine, text, path, shown, context)
    return [
        Note(
            p.span,
            p.code,
            p.severity,
            p.message,
            p.json_path,
            p.fix,
            p.waiver,
            _href(result.rules.get(p.code), analyser.settings.rule_docs_url),
        )
        for p in result.problems
        if p.path == shown
    ]


def _config(analyser: Analyser, path: Path, text: str, buffers: Mapping[Path, str]) -> list[Note]:
    from disclosurelint.config_file import errors_in

    return [
        Note(Span.at(line, column), "config", Severity.ERROR, message)
        for line, column, message in errors_in(text, path)
    ]


def _yaml(analyser: Analyser, path: Path, text: str, buffers: Mapping[Path, str]) -> list[Note]:
    """The reader's findings (syntax, duplicate keys, tags, encoding) for YAML files that are not
    declarations: the product file, and policy files before their own checks."""
    from disclosurelint.load import parse
    from disclosurelint.rules import by_code

    _, issues = parse(text, analyser.shown(path))
    rules = by_code()
    notes = []
    for issue in issues:
        if issue.code == "DL003":  # an empty file is not an error outside declarations
            continue
        rule = rules.get(issue.code)
        notes.append(
            Note(
                issue.finding.span or Span(Position(1, 1), Position(1, 2)),
                issue.code,
                rule.SEVERITY if rule else Severity.ERROR,
                issue.finding.message,
                fix=issue.finding.fix,
            )
        )
    return notes


_POSITIONED = re.compile(r"^.*?:(\d+):(\d+): (.*)$")


def _policy(analyser: Analyser, path: Path, text: str, buffers: Mapping[Path, str]) -> list[Note]:
    """Everything `check` would refuse in a policy file, at its position: the reader's findings,
    then the format's (unknown keys, bad codes, clashes) and the expressions' (syntax, unknown
    names), from the same loader, on the buffer's unsaved text."""
    notes = _yaml(analyser, path, text, buffers)
    if notes:
        return notes
    from disclosurelint.errors import ConfigError
    from disclosurelint.policy import load_files

    try:
        load_files([path], {path: text}, activate=False)
    except ConfigError as exc:
        for line in str(exc).splitlines():
            found = _POSITIONED.match(line)
            where = Span.at(int(found[1]), int(found[2])) if found else Span.at(1, 1)
            notes.append(Note(where, "policy", Severity.ERROR, found[3] if found else line))
    return notes


Analyse = Callable[[Analyser, Path, str, Mapping[Path, str]], list[Note]]

ANALYSERS: dict[str, Analyse] = {
    "declaration": _declaration,
    "config": _config,
    "policy": _policy,
    "yaml": _yaml,
    "other": lambda analyser, path, text, buffers: [],
}
"""The analyser of each kind of file."""
