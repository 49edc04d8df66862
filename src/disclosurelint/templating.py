"""HTML templates: one Jinja2 environment, escaping everything by default.

Jinja2 is a dependency, imported only when HTML is asked for (start-up stays light); where an
environment lacks it anyway, :func:`require_jinja2` says so before any work is done.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from disclosurelint.errors import UsageError


def require_jinja2() -> Any:
    """The ``jinja2`` module, or a :class:`UsageError` that says how to install it."""
    try:
        import jinja2
    except ImportError as exc:
        from disclosurelint.cli import missing_module

        raise UsageError(f"HTML output: {missing_module(exc)}") from None
    return jinja2


@cache
def environment(package: str) -> Any:
    """The environment of ``package``'s templates (``templates/<name>``, found by name for
    ``{% extends %}``): autoescaping, strict about names; made once per process."""
    jinja2 = require_jinja2()

    def source(name: str) -> str:
        return resources.files(package).joinpath(f"templates/{name}").read_text(encoding="utf-8")

    return jinja2.Environment(
        loader=jinja2.FunctionLoader(source),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def template(package: str, name: str) -> Any:
    """The template ``templates/<name>`` of ``package`` (compiled once per process)."""
    return environment(package).get_template(name)
