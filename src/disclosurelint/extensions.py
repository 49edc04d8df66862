"""The rules a configuration adds: policy files and plugin packages, made known to the registry.

Nothing here runs unless the configuration names a policy or a plugin: a declaration can never
cause code to be loaded. The same settings activate the same rules in every worker process; a
second activation with the same settings reloads nothing, unless a policy file, a file in a
policy folder or a list file a policy reads has changed since: a long-running process (the
language server) sees an edited policy as a new run would.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class _Active:
    policies: tuple[str, ...] = ()
    plugins: tuple[str, ...] = ()
    list_files: tuple[str, ...] = ()
    stamps: tuple[tuple[object, ...], ...] = ()


_active: list[_Active] = [_Active()]


def _stamps(policies: Sequence[str], list_files: Iterable[str]) -> tuple[tuple[object, ...], ...]:
    """Every policy file (folders walked) and list file with its size, time and inode."""
    from disclosurelint.errors import ConfigError
    from disclosurelint.policy.files import discover

    try:
        files = [str(path) for path in discover(policies)]
    except ConfigError:  # a vanished path: the stamps differ and the load says why
        files = list(policies)
    out: list[tuple[object, ...]] = []
    for file in [*files, *list_files]:
        try:
            info = os.stat(file)  # noqa: PTH116 - a handful of files per activation
        except OSError:
            out.append((file,))
            continue
        out.append((file, info.st_size, info.st_mtime_ns, info.st_ino))
    return tuple(out)


def activate(policies: Sequence[str] = (), plugins: Sequence[str] = ()) -> None:
    """Install the rules of ``policies`` (files, folders) and ``plugins`` (entry-point names)."""
    from disclosurelint import rules as registry
    from disclosurelint.rules.base import RuleModule

    current = _active[0]
    if (current.policies, current.plugins) == (tuple(policies), tuple(plugins)) and (
        not policies or _stamps(policies, current.list_files) == current.stamps
    ):
        return
    before = _stamps(policies, ()) if policies else ()  # taken before reading: an edit while
    extra: list[RuleModule] = []  # the files are read shows as a change next time
    policy_paths = list(policies)
    if plugins:
        from disclosurelint.plugins import load_plugins

        plugin_rules, pack_paths = load_plugins(plugins)
        extra.extend(plugin_rules)
        policy_paths.extend(pack_paths)
    if policy_paths:
        from disclosurelint.policy import load

        extra.extend(load(policy_paths))
    registry.install(extra)
    list_files = tuple(
        file for rule in extra for file in getattr(getattr(rule, "spec", None), "list_files", ())
    )
    stamps = before + _stamps((), list_files) if policies else ()
    _active[0] = _Active(tuple(policies), tuple(plugins), list_files, stamps)
