"""CocoaPods: ``Podfile`` (Ruby, read line by line, never run) and ``Podfile.lock`` (YAML).

In a ``Podfile``, ``pod 'Name'`` and ``pod "Name/Subspec", '~> 1.0'`` count, except inside a
target whose name ends in ``Tests`` (``target 'AppTests' do``) and in ``=begin``/``=end``
comments. Pods added by Ruby code (``pods.each { |p| pod p }``) are not seen.

In ``Podfile.lock``, every entry of ``PODS`` counts (the pods the app links), subspecs
(``Firebase/Analytics``) kept as they are written.
"""

from __future__ import annotations

import re
from pathlib import Path

from disclosurelint.sdks.readers.base import Read, yaml_compose, yaml_error
from disclosurelint.sdks.records import Dependency, ManifestError

# a closing typographic quote (U+2019, typed by editors that "smarten" quotes) ends a name
_POD = re.compile(
    r"""^(\s*)pod\s*\(?\s*(['"])([^'"\u2019]+)[\u2019'"](?:\s*,\s*['"]([^'"\u2019]*))?"""
)
_TARGET = re.compile(r"""^\s*(?:abstract_)?target\s*\(?\s*['"]?:?([\w .-]+?)['"]?\s*\)?\s+do\b""")
_OPENS = re.compile(
    r"^\s*(?:if|unless|case|def|begin|while|until|class|module)\b|\bdo\s*(\|[^|]*\|)?\s*$"
)
_ENDS = re.compile(r"^\s*end\b")
_TEST_TARGET = re.compile(r"(Tests?|UITests?|Specs?)$")


def read_podfile(path: Path, text: str, shown: str) -> Read:
    result = Read()
    stack: list[str] = []  # block kinds: a target's name, or "" for any other block
    in_comment = False
    for number, raw in enumerate(text.splitlines(), 1):
        if raw.startswith("=begin"):
            in_comment = True
        if in_comment:
            in_comment = not raw.startswith("=end")
            continue
        line = _strip_comment(raw)
        if not line.strip():
            continue
        target = _TARGET.match(line)
        if target:
            stack.append("test" if _TEST_TARGET.search(target.group(1).strip()) else "target")
            continue
        pod = _POD.match(line)
        if pod and "test" not in stack:
            version = pod.group(4) or None
            column = line.index(pod.group(3), len(pod.group(1))) + 1
            result.dependencies.append(
                Dependency("cocoapods", pod.group(3), shown, number, column, version)
            )
        if _ENDS.match(line):
            if stack:
                stack.pop()
        elif _OPENS.search(line) and not re.search(r"\bend\s*$", line):
            stack.append("")
    return result


def _strip_comment(line: str) -> str:
    quote = ""
    for index, char in enumerate(line):
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "#":
            return line[:index]
    return line


_ENTRY = re.compile(r"^(.+?)\s*(?:\(([^)]*)\))?\s*$")
_LOCK_POD = re.compile(r"""^  - ("?)(.+?)\1(:?)\s*$""")


def read_podfile_lock(path: Path, text: str, shown: str) -> Read:
    """``Podfile.lock`` is written by CocoaPods in one layout: each pod of ``PODS`` on a line
    ``  - Name (version)`` (with ``:`` when its dependencies follow). Those lines are read
    directly; a file that is not in that layout is read as YAML to say where it is broken."""
    result = Read()
    lines = text.splitlines()
    try:
        start = lines.index("PODS:")
    except ValueError:
        _check_yaml(text, shown, result)
        if not result.errors:
            result.errors.append(ManifestError(shown, 1, 1, "no PODS section in Podfile.lock"))
        return result
    for number in range(start + 1, len(lines)):
        line = lines[number]
        if line and not line.startswith(" "):
            break
        pod = _LOCK_POD.match(line)
        if pod is None:
            continue
        entry = _ENTRY.match(pod.group(2))
        if entry is None:
            continue
        column = 5 + len(pod.group(1))
        result.dependencies.append(
            Dependency("cocoapods", entry.group(1), shown, number + 1, column, entry.group(2))
        )
    return result


def _check_yaml(text: str, shown: str, result: Read) -> None:
    try:
        yaml_compose(text)
    except Exception as exc:  # yaml.YAMLError; libyaml raises subclasses of it
        result.errors.append(yaml_error(exc, shown))
