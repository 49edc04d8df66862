"""The Python API: ``check_paths(paths) -> Result``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from disclosurelint.config import Settings
from disclosurelint.discover import discover_names
from disclosurelint.lint import lint, lint_text
from disclosurelint.model import Result


def check_paths(
    paths: Sequence[str | Path] = ("declarations",),
    settings: Settings | None = None,
    *,
    context: Iterable[str | Path] = (),
    jobs: int | None = None,
    baseline: str | Path | None = None,
    report_manifests: Iterable[str] | None = None,
    cache_dir: str | Path | None = None,
) -> Result:
    """Check declaration files and folders and return every problem found.

    ``paths``: files and folders (folders are searched for ``*.yaml``/``*.yml``).
    ``settings``: rule selection, severities, regimes; defaults when omitted.
    ``context``: more files or folders read only so that repository-wide rules (a duplicate
    ``id``) see them; problems are reported for ``paths`` alone.
    ``jobs``: worker processes (default: one per available core; 1 disables them).
    ``baseline``: a file written by ``disclosurelint baseline``; the problems it records are
    left out (``Result.hidden`` counts them, ``Result.notes`` counts stale entries).

    ``report_manifests``: with ``settings.sdk_manifests``, the manifests (as shown) whose SDK
    problems are reported (default: all of them; the declarations' are reported as usual).

    ``cache_dir``: keep results in this folder's result cache and reuse them for files that
    have not changed (default: no cache; ``disclosurelint check`` uses one unless told not to).

    Raises :class:`disclosurelint.errors.UsageError` when a path does not exist.
    """
    settings = settings or Settings()
    # iterators, which let go of the lists (and their path objects) once lint() has read them
    result = lint(
        iter(discover_names(paths, settings.exclude, root=settings.root)),
        settings,
        context=iter(discover_names(context, settings.exclude, root=settings.root))
        if context
        else [],
        jobs=jobs,
        report_manifests=report_manifests,
        cache_dir=Path(cache_dir) if cache_dir is not None else None,
    )
    if baseline is not None:
        from disclosurelint.baseline import apply

        result = apply(result, Path(baseline))
    return result


def check_text(text: str, path: str = "<text>", settings: Settings | None = None) -> Result:
    """Check one declaration held in memory; ``path`` is only the name shown in problems."""
    return lint_text(text, path, settings or Settings())
