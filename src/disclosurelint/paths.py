"""Paths as configuration globs see them: relative to a root, with ``/``, matched by globs.

A leaf module: settings, discovery, the engine and baselines use it, and it uses none of them.
"""

from __future__ import annotations

import fnmatch
import os
import re
from functools import lru_cache
from pathlib import Path


def relative_to(path: str | os.PathLike[str], root: str | None, cwd: str | None = None) -> str:
    """``path`` relative to ``root`` (the working folder when None), with ``/`` separators.

    String arithmetic only, no file-system call per file; ``cwd`` saves even the one that asks
    for the working folder, when the caller knows it.
    """
    # os.path, not pathlib: plain string operations, and this runs once per file
    text = os.fspath(path)
    if root is None or not os.path.isabs(text):  # noqa: PTH117
        cwd = cwd or str(Path.cwd())
        text = os.path.join(cwd, text)  # noqa: PTH118 (an absolute `text` is kept as it is)
    text = os.path.normpath(text)
    base = os.path.normpath(root or cwd or str(Path.cwd()))
    prefix = base.rstrip(os.sep) + os.sep
    if text.startswith(prefix):
        rel = text[len(prefix) :]
    else:
        try:
            rel = os.path.relpath(text, base)
        except ValueError:  # pragma: no cover - another drive on Windows
            rel = os.fspath(path)
    return rel.replace(os.sep, "/")


@lru_cache(maxsize=1024)
def _simplified(pattern: str) -> str:
    """The glob with ``./`` dropped and runs of stars (``**/**/``, ``***``) cut to one: they
    match the same paths, and a long run would make matching take minutes."""
    pattern = pattern.strip()
    if pattern.startswith("./"):
        pattern = pattern[2:]
    pattern = re.sub(r"(?:\*\*/)+", "**/", pattern)
    return re.sub(r"\*{3,}", "**", pattern)


def path_matches(rel: str, pattern: str) -> bool:
    """Whether the ``/``-separated relative path ``rel`` matches a configuration glob.

    Shell-style globs where ``*`` also crosses folders; a pattern naming a folder matches
    everything below it; a leading ``**/`` also matches at the top.
    """
    pattern = _simplified(pattern)
    if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(rel, pattern.rstrip("/") + "/*"):
        return True
    return pattern.startswith("**/") and path_matches(rel, pattern[3:])
