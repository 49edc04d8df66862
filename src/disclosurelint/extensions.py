"""The rules a configuration adds: policy files and plugin packages, made known to the registry.

Nothing here runs unless the configuration names a policy or a plugin: a declaration can never
cause code to be loaded. The same settings activate the same rules in every worker process; a
second activation with the same settings costs nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

_active: list[tuple[tuple[str, ...], tuple[str, ...]]] = [((), ())]


def activate(policies: Sequence[str] = (), plugins: Sequence[str] = ()) -> None:
    """Install the rules of ``policies`` (files, folders) and ``plugins`` (entry-point names)."""
    from disclosurelint import rules as registry
    from disclosurelint.rules.base import RuleModule

    key = (tuple(policies), tuple(plugins))
    if key == _active[0]:
        return
    extra: list[RuleModule] = []
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
    _active[0] = key
