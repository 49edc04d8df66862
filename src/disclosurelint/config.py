"""What the user decides: which rules run, how severe they are, which regimes apply.

:class:`Settings` is the resolved, immutable result of defaults, a configuration file and
command-line flags; the engine reads nothing else. It is sent to worker processes, so everything
in it is plain data (frozen records, tuples, mappings).

Rule selection follows ruff: the levels are applied in order (defaults, the configuration file,
the command line). Within one level, selectors apply from the least specific (``ALL``) to the
most specific (a full code or a name), and ``ignore`` beats ``select`` at the same specificity.
A level that gives ``select`` starts again from nothing; ``extend-select`` and ``ignore`` change
what the previous levels left. ``per-path`` overrides apply last, to the files they match.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from disclosurelint.load import DEFAULT_MAX_FILE_SIZE
from disclosurelint.model import Severity
from disclosurelint.paths import path_matches, relative_to

DEFAULT_REGIMES = ("pipl", "gb35273")
KNOWN_REGIMES = ("pipl", "gb35273", "gdpr", "cpra")


@dataclass(frozen=True)
class WaiverPolicy:
    """What a waiver must carry, and where the central waivers file is."""

    require_approver: bool = False
    max_days: int | None = None  # how far ahead `expires` may be; a waiver must then expire
    file: str | None = (
        None  # the central waivers file (absolute, or relative to the working folder)
    )


@dataclass(frozen=True)
class PathOverride:
    """A ``per-path`` entry, resolved: rules switched on or off, and severities, for some files."""

    files: tuple[str, ...]
    rules: Mapping[str, bool] = field(default_factory=dict)  # code -> on (True) or off (False)
    severities: Mapping[str, Severity] = field(default_factory=dict)


@dataclass(frozen=True)
class Settings:
    """Resolved settings for one run."""

    select: frozenset[str] | None = None  # None: every rule
    ignore: frozenset[str] = frozenset()
    severities: Mapping[str, Severity] = field(default_factory=dict)
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    regimes: tuple[str, ...] = DEFAULT_REGIMES
    home_country: str = "CN"
    fail_on: Severity = Severity.WARNING
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    exclude: tuple[str, ...] = ()
    taxonomy: Mapping[str, Any] | None = None  # extension of the built-in taxonomy
    paths: tuple[str, ...] = ()  # what to check when the command line names nothing
    per_path: tuple[PathOverride, ...] = ()
    root: str | None = None  # the folder globs are relative to (the configuration's); None: cwd
    waivers: WaiverPolicy = WaiverPolicy()
    today: str | None = None  # ISO date that waiver expiry is judged against; None: today
    source: str | None = None  # the configuration file these settings came from
    policies: tuple[str, ...] = ()  # policy files and folders (absolute, or relative to cwd)
    plugins: tuple[str, ...] = ()  # entry-point names of rule plugins and policy packs
    rule_docs_url: str | None = None  # where the rule pages are published (SARIF helpUri)
    # app manifests (globs, absolute or relative to the working folder) whose SDKs the
    # declarations must name; empty: the SDK rules (DL601-DL603) do not run
    sdk_manifests: tuple[str, ...] = ()
    sdk_catalogue: Any = None  # the configuration's `sdk-catalogue` extension
    cache_dir: str | None = None  # the configuration's `cache-dir` (relative to its folder)

    def enabled(self, code: str, path: str | os.PathLike[str] | None = None) -> bool:
        """Whether ``code`` runs (for ``path``, when given: ``per-path`` overrides apply)."""
        on = code not in self.ignore and (self.select is None or code in self.select)
        if path is not None and self.per_path:
            for override in self.overrides(path):
                on = override.rules.get(code, on)
        return on

    def severity(
        self, code: str, default: Severity, path: str | os.PathLike[str] | None = None
    ) -> Severity:
        level = self.severities.get(code, default)
        if path is not None and self.per_path:
            for override in self.overrides(path):
                level = override.severities.get(code, level)
        return level

    def may_enable(self, code: str) -> bool:
        """Whether ``code`` runs for at least some file (globally or through ``per-path``)."""
        return self.enabled(code) or any(o.rules.get(code) for o in self.per_path)

    def relative(self, path: str | os.PathLike[str], cwd: str | None = None) -> str:
        """``path`` relative to :attr:`root`, with ``/``: what configuration globs match."""
        return relative_to(path, self.root, cwd)

    def overrides(self, path: str | os.PathLike[str]) -> tuple[PathOverride, ...]:
        rel = self.relative(path)
        return tuple(o for o in self.per_path if any(path_matches(rel, g) for g in o.files))

    def for_path(self, path: str | os.PathLike[str]) -> Settings:
        """These settings with the ``per-path`` overrides for ``path`` folded in."""
        return self.with_overrides(self.overrides(path))

    def with_overrides(self, overrides: Sequence[PathOverride]) -> Settings:
        if not overrides:
            return replace(self, per_path=()) if self.per_path else self
        select = None if self.select is None else set(self.select)
        ignore = set(self.ignore)
        severities = dict(self.severities)
        for override in overrides:
            for code, on in override.rules.items():
                if on:
                    ignore.discard(code)
                    if select is not None:
                        select.add(code)
                else:
                    ignore.add(code)
            severities.update(override.severities)
        return replace(
            self,
            select=None if select is None else frozenset(select),
            ignore=frozenset(ignore),
            severities=severities,
            per_path=(),
        )


# -- rule selection ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Selection:
    """The rule selectors of one level (the configuration file, or the command line)."""

    select: tuple[str, ...] | None = None  # given: start again from these
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()


def specificity(selector: str) -> int:
    """``ALL`` 0, a code prefix its length (``DL3`` 3, ``ACME`` 4), a full code or a name 99."""
    from disclosurelint import rules as registry

    text = selector.strip().upper()
    if text == "ALL":
        return 0
    if registry.is_prefix(text) and selector.strip().lower() not in registry.names():
        return len(text)
    return 99


def decisions(select: Iterable[str], ignore: Iterable[str]) -> dict[str, bool]:
    """Code -> on/off for the codes these selectors name; more specific selectors win, and
    ``ignore`` wins over ``select`` at the same specificity."""
    from disclosurelint import rules as registry

    items = [(specificity(s), 0, s) for s in select] + [(specificity(s), 1, s) for s in ignore]
    out: dict[str, bool] = {}
    for _, is_ignore, selector in sorted(items, key=lambda item: item[:2]):
        for code in registry.expand([selector]):
            out[code] = not is_ignore
    return out


def resolve_selection(levels: Sequence[Selection]) -> frozenset[str]:
    """The codes enabled after applying ``levels`` in order on top of the default (every rule)."""
    from disclosurelint import rules as registry

    enabled = set(registry.by_code())
    for level in levels:
        updates = decisions([*(level.select or ()), *level.extend_select], level.ignore)
        if level.select is not None:
            enabled = {code for code, on in updates.items() if on}
            continue
        for code, on in updates.items():
            if on:
                enabled.add(code)
            else:
                enabled.discard(code)
    return frozenset(enabled)


def resolve_severities(mapping: Mapping[str, str]) -> dict[str, Severity]:
    """Code -> severity from a map keyed by code, name or prefix (the most specific wins)."""
    from disclosurelint import rules as registry

    out: dict[str, Severity] = {}
    for key, value in sorted(mapping.items(), key=lambda item: specificity(item[0])):
        level = Severity.parse(value)
        for code in registry.expand([key]):
            out[code] = level
    return out


def resolve_options(mapping: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Code -> options, keyed by code or name in ``mapping``, with the rules' defaults filled."""
    from disclosurelint import rules as registry

    out: dict[str, dict[str, Any]] = {}
    for rule in registry.all_rules():
        defaults = {
            name: spec["default"]
            for name, spec in rule.OPTIONS.items()
            if isinstance(spec, Mapping) and "default" in spec
        }
        if defaults:
            out[rule.CODE] = dict(defaults)
    for key, options in mapping.items():
        code = registry.lookup(key).CODE
        out.setdefault(code, {}).update(options)
    return out


# -- the three levels ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CommandLine:
    """What the command line says; ``None`` (or empty) means "not given"."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    regimes: tuple[str, ...] | None = None
    max_file_size: int | None = None
    today: str | None = None
    sdk_manifests: tuple[str, ...] = ()  # --sdk-manifests, added to the configuration's


def resolve(
    data: Mapping[str, Any] | None = None,
    cli: CommandLine | None = None,
    *,
    root: str | None = None,
    source: str | None = None,
) -> Settings:
    """Settings from defaults < a validated configuration mapping (``data``) < the command line.

    Paths in ``data`` are relative to ``root`` (the configuration file's folder).
    """
    data = data or {}
    cli = cli or CommandLine()
    base = Path(root) if root else Path()
    from disclosurelint.extensions import activate

    policies = tuple(str(base / p) if root else p for p in _tuple(data.get("policies")))
    plugins = _tuple(data.get("plugins"))
    activate(policies, plugins)  # their codes must be known before selectors are resolved
    levels = [
        Selection(
            select=_tuple(data["select"]) if "select" in data else None,
            extend_select=_tuple(data.get("extend-select")),
            ignore=_tuple(data.get("ignore")),
        ),
        Selection(select=cli.select, extend_select=cli.extend_select, ignore=cli.ignore),
    ]
    waivers = data.get("waivers") or {}
    central = waivers.get("file")
    settings = Settings(
        select=resolve_selection(levels),
        severities=resolve_severities(data.get("severity") or {}),
        options=resolve_options(data.get("rules") or {}),
        regimes=tuple(cli.regimes or data.get("regimes") or DEFAULT_REGIMES),
        home_country=str(data.get("home-country", "CN")),
        fail_on=Severity.parse(cli.fail_on or data.get("fail-on") or "warning"),
        max_file_size=int(cli.max_file_size or data.get("max-file-size") or DEFAULT_MAX_FILE_SIZE),
        exclude=_tuple(data.get("exclude")),
        taxonomy=data.get("taxonomy"),
        paths=tuple(str(base / p) if root else p for p in _tuple(data.get("paths"))),
        per_path=tuple(_override(entry) for entry in data.get("per-path") or ()),
        root=root,
        waivers=WaiverPolicy(
            require_approver=bool(waivers.get("require-approver", False)),
            max_days=waivers.get("max-days"),
            file=str(base / central) if central else None,
        ),
        today=cli.today,
        source=source,
        policies=policies,
        plugins=plugins,
        rule_docs_url=data.get("rule-docs-url"),
        sdk_manifests=(
            *(str(base / p) if root else p for p in _tuple(data.get("sdk-manifests"))),
            *cli.sdk_manifests,
        ),
        sdk_catalogue=_catalogue_extension(data.get("sdk-catalogue"), base if root else None),
        cache_dir=str(base / data["cache-dir"]) if data.get("cache-dir") else None,
    )
    for regime in settings.regimes:
        if regime not in KNOWN_REGIMES:
            from disclosurelint.errors import UsageError

            known = ", ".join(KNOWN_REGIMES)
            raise UsageError(f"unknown regime {regime!r} (choose from {known})")
    return settings


def _catalogue_extension(value: Any, base: Path | None) -> Any:
    """``sdk-catalogue``: a mapping kept as it is, or catalogue files made absolute."""
    if value is None or isinstance(value, Mapping):
        return value
    return tuple(str(base / name) if base else str(name) for name in _tuple(value))


def _override(entry: Mapping[str, Any]) -> PathOverride:
    return PathOverride(
        files=_tuple(entry.get("files")),
        rules=decisions(_tuple(entry.get("select")), _tuple(entry.get("ignore"))),
        severities=resolve_severities(entry.get("severity") or {}),
    )


def _tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(v.strip() for v in value.split(",") if v.strip())
    return tuple(str(v) for v in value)


def load_settings(
    paths: Sequence[str | os.PathLike[str]] = (),
    cli: CommandLine | None = None,
    *,
    config: str | os.PathLike[str] | None = None,
    isolated: bool = False,
) -> Settings:
    """Find and read the configuration (unless ``isolated``), then resolve it with ``cli``.

    ``config`` names the file; otherwise it is searched for upwards from ``paths`` (the working
    folder when none). Raises :class:`~disclosurelint.errors.ConfigError` for a bad file.
    """
    from disclosurelint import config_file

    if isolated:
        return resolve(None, cli)
    found = Path(config) if config is not None else config_file.find(paths)
    if found is None:
        return resolve(None, cli)
    loaded = config_file.read(found)
    return resolve(loaded.data, cli, root=loaded.root, source=loaded.path)
