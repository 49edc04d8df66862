"""Gradle build scripts (``build.gradle``, ``build.gradle.kts``), read by a tokenizer, never run.

What counts as a dependency: a statement inside a ``dependencies { }`` block whose configuration
ships with the app (``implementation``, ``api``, ``compileOnly``, ``runtimeOnly``, ``kapt``,
``debugImplementation``, a flavour's ``fooImplementation``, a quoted ``"fooImplementation"(...)``),
with its notation written as

* a string ``"group:artifact:version"`` (interpolation after ``group:artifact`` is fine);
* a map ``group: 'g', name: 'a'`` (Groovy) or ``group = "g", name = "a"`` (Kotlin);
* ``platform(...)``/``enforcedPlatform(...)`` around either of those;
* ``kotlin("stdlib")`` (``org.jetbrains.kotlin:kotlin-stdlib``);
* a version-catalog accessor ``libs.umeng.common`` or ``libs.bundles.push`` (resolved against
  ``gradle/libs.versions.toml`` above the script);
* local files: ``files('libs/a.aar')``, ``fileTree(dir: 'libs', include: ['*.jar'])`` (the folder
  is listed), and flatDir's ``(name: 'alipaySdk-15.8', ext: 'aar')``.

Coordinates written in ``ext { }`` blocks or ``ext.x = [...]`` maps (the shared ``config.gradle``
of many projects) count too, where they are written.

What does not: comments; ``plugins { }``, ``buildscript { }`` (``classpath``),
``pluginManagement``, ``repositories``, ``configurations { }`` and ``resolutionStrategy``
(``force``, ``exclude``); the closure after a dependency (``exclude``, ``because``);
``constraints { }``; ``project(':module')``; test configurations (``testImplementation``,
``androidTestImplementation``, ``testFixtures*``, ``kaptTest``...), lint and detekt plugins.

Limits (the script is not evaluated): variables, ``if`` and loops are not followed (every branch
counts), a notation built only from variables (``deps.umeng``, ``"$umeng"``) is not resolved
unless its string is written in an ``ext`` block, and code in ``buildSrc`` or convention plugins
is not read. Groovy's slashy strings are read as division.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterator
from pathlib import Path

from disclosurelint.sdks.readers.base import Lines, Read
from disclosurelint.sdks.records import Dependency, ManifestError

_TOKEN = re.compile(
    r"""
    (?P<ws>[ \t\r\f]+|\\\r?\n)
    |(?P<nl>\n)
    |(?P<comment>//[^\n]*|/\*.*?(?:\*/|\Z))
    |(?P<str>'''.*?(?:'''|\Z)|\"\"\".*?(?:\"\"\"|\Z)|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
    |(?P<id>[A-Za-z_$][\w$]*)
    |(?P<num>\d[\w.]*)
    |(?P<op>.)
    """,
    re.VERBOSE | re.DOTALL,
)

_SKIP_BLOCKS = frozenset(
    {
        "buildscript",
        "plugins",
        "pluginManagement",
        "repositories",
        "configurations",
        "resolutionStrategy",
        "constraints",
        "dependencyResolutionManagement",
        "components",
        "modules",
    }
)
_NOT_SHIPPED = frozenset(
    {
        "classpath",
        "lintChecks",
        "lintPublish",
        "detektPlugins",
        "ktlint",
        "ktlintRuleset",
        "exclude",
        "force",
    }
)
# blocks whose statements belong to the block around them (`if (x) { implementation ... }`)
_TRANSPARENT = frozenset(
    {"if", "else", "for", "when", "each", "forEach", "with", "run", "apply", "also", "let", ""}
)
_TEST = re.compile(r"^test|Test")
_COORDINATE = re.compile(r"^\s*([A-Za-z0-9_.\-]+):([A-Za-z0-9_.\-]+)(?::([^:@\s]*))?")
_FULL_COORDINATE = re.compile(r"^[A-Za-z0-9_\-]+\.[A-Za-z0-9_.\-]+:[A-Za-z0-9_.\-]+:[^:\s]+$")
_LOCAL = (".jar", ".aar")

Token = tuple[str, str, int]  # kind, text, offset


def tokens(text: str) -> list[Token]:
    """Identifiers, strings, newlines and single-character operators; comments dropped."""
    out: list[Token] = []
    append = out.append
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "op"
        if kind in ("ws", "comment"):
            continue
        append((kind, match.group(), match.start()))
    return out


def unquote(text: str) -> str:
    for quote in ("'''", '"""', "'", '"'):
        if text.startswith(quote) and text.endswith(quote) and len(text) >= 2 * len(quote):
            return text[len(quote) : -len(quote)]
    return text.strip("'\"")


def read(path: Path, text: str, shown: str, catalog: Catalog | None = None) -> Read:
    return _Reader(path, text, shown, catalog).run()


class Catalog:
    """A version catalog's libraries and bundles by accessor (``umeng.common``)."""

    def __init__(self, path: str, libraries: dict[str, str], bundles: dict[str, list[str]]):
        self.path = path
        self.libraries = {accessor(k): (k, v) for k, v in libraries.items()}
        self.bundles = {accessor(k): v for k, v in bundles.items()}


def accessor(alias: str) -> str:
    """``umeng-common`` and ``umeng_common`` are both used as ``libs.umeng.common``."""
    return re.sub(r"[-_.]", ".", alias).lower()


class _Reader:
    def __init__(self, path: Path, text: str, shown: str, catalog: Catalog | None) -> None:
        self.path, self.shown, self.catalog = path, shown, catalog
        self.toks = tokens(text)
        self.lines = Lines(text)
        self.read = Read()

    def add(self, ecosystem: str, coordinate: str, offset: int, version: str | None) -> None:
        line, column = self.lines.position(offset)
        self.read.dependencies.append(
            Dependency(ecosystem, coordinate, self.shown, line, column, version or None)
        )

    def run(self) -> Read:
        toks = self.toks
        stack: list[str] = []  # enclosing block names; "" for anonymous, "closure" after a dep
        i, n = 0, len(toks)
        at_start = True
        while i < n:
            kind, text, _ = toks[i]
            if kind == "nl" or text == ";":
                at_start = True
                i += 1
                continue
            if text == "{":
                stack.append(self.block_name(i))
                at_start = True
                i += 1
                continue
            if text == "}":
                if stack:
                    stack.pop()
                at_start = True
                i += 1
                continue
            skipping = any(name in _SKIP_BLOCKS or name == "closure" for name in stack)
            if at_start and not skipping:
                inner = next((b for b in reversed(stack) if b not in _TRANSPARENT), "")
                if inner == "dependencies" and kind in ("id", "str"):
                    end = self.statement_end(i)
                    i = self.dependency(i, end, stack)
                    at_start = False
                    continue
                if "ext" in stack or (kind == "id" and text in ("ext", "extra")):
                    end = self.statement_end(i)
                    self.ext_strings(i, end)
                    i = end
                    at_start = False
                    continue
            at_start = False
            i += 1
        return self.read

    def block_name(self, i: int) -> str:
        """The name of the block a ``{`` at ``i`` opens: the word before it, or before its call."""
        j = i - 1
        while j >= 0 and self.toks[j][0] == "nl":
            j -= 1
        if j < 0:
            return ""
        kind, text, _ = self.toks[j]
        if kind == "id":
            return text
        if text == ")":
            depth = 0
            while j >= 0:
                t = self.toks[j][1]
                depth += t == ")"
                depth -= t == "("
                if depth == 0:
                    break
                j -= 1
            return self.toks[j - 1][1] if j > 0 and self.toks[j - 1][0] == "id" else ""
        return ""

    def statement_end(self, i: int) -> int:
        """Index of the token that ends the statement starting at ``i`` (exclusive)."""
        toks, n = self.toks, len(self.toks)
        depth = 0
        j = i
        while j < n:
            kind, text, _ = toks[j]
            if text in "([":
                depth += 1
            elif text in ")]":
                depth -= 1
            elif depth <= 0 and (text in ("{", "}", ";") or kind == "nl"):
                if kind == "nl" and j > i and toks[j - 1][1] in (",", "+", "=", ":", "."):
                    j += 1
                    continue
                if kind == "nl" and j + 1 < n and toks[j + 1][1] == ".":
                    j += 1
                    continue
                return j
            j += 1
        return n

    # -- a statement in a dependencies block -------------------------------------------------

    def dependency(self, i: int, end: int, stack: list[str]) -> int:
        toks = self.toks
        kind, text, _ = toks[i]
        config = unquote(text) if kind == "str" else text
        if kind == "id" and text == "add" and i + 2 < end and toks[i + 1][1] == "(":
            config = unquote(toks[i + 2][1])  # add("implementation", "g:a:v")
            i += 3
        if config in _TRANSPARENT:
            return end  # `if (...) {`: the block's statements are read as they come
        if kind == "id" and i + 1 < end and toks[i + 1][1] in (".", "="):
            return self.after_statement(end, stack)  # a property or method, not a configuration
        self.notation(i + 1, end, shipped=config not in _NOT_SHIPPED and not _TEST.search(config))
        return self.after_statement(end, stack)

    def after_statement(self, end: int, stack: list[str]) -> int:
        """Past the statement; a ``{`` right after it opens the dependency's closure (skipped)."""
        if end < len(self.toks) and self.toks[end][1] == "{":
            stack.append("closure")
            return end + 1
        return end

    def notation(self, i: int, end: int, *, shipped: bool = True) -> None:
        """The dependencies a statement's arguments name; for a configuration that does not
        ship (tests, lint), only the version-catalog entries it uses are noted."""
        toks = self.toks
        if not shipped:
            for j in range(i, end - 2):
                if toks[j][0] == "id" and self.catalog_name(toks[j][1]) and toks[j + 1][1] == ".":
                    self.catalog_reference(j, end, record=False)
            return
        group: tuple[str, int] | None = None
        name: tuple[str, int] | None = None
        ext: str | None = None
        version: str | None = None
        while i < end:
            kind, text, offset = toks[i]
            if kind == "id" and text == "project" and i + 1 < end and toks[i + 1][1] == "(":
                i = self.matching(i + 1, end)
                continue
            if kind == "id" and text in ("files", "fileTree") and i + 1 < end:
                i = self.local_files(text, i + 1, end, offset)
                continue
            if kind == "id" and text == "kotlin" and i + 2 < end and toks[i + 1][1] == "(":
                module = unquote(toks[i + 2][1]) if toks[i + 2][0] == "str" else ""
                if module:
                    self.add("maven", f"org.jetbrains.kotlin:kotlin-{module}", offset, None)
                i = self.matching(i + 1, end)
                continue
            if kind == "id" and i + 2 < end and toks[i + 1][1] in (":", "="):
                value = toks[i + 2]
                if value[0] == "str":
                    if text == "group":
                        group = (unquote(value[1]), value[2] + 1)
                    elif text == "name":
                        name = (unquote(value[1]), value[2] + 1)
                    elif text == "ext":
                        ext = unquote(value[1])
                    elif text == "version":
                        version = unquote(value[1])
                    i += 3
                    continue
            if kind == "id" and self.catalog_name(text) and i + 2 < end and toks[i + 1][1] == ".":
                i = self.catalog_reference(i, end)
                continue
            if kind == "str":
                self.coordinate_string(text, offset)
            i += 1
        if group and name and "$" not in group[0] and "$" not in name[0]:
            self.add("maven", f"{group[0]}:{name[0]}", group[1], version)
        elif name and not group and "$" not in name[0]:
            self.add("files", f"{name[0]}.{ext or 'jar'}", name[1], None)

    def coordinate_string(self, text: str, offset: int) -> None:
        value = unquote(text)
        match = _COORDINATE.match(value)
        if match is None or "$" in match.group(1) or "$" in match.group(2):
            return
        start = offset + (len(text) - len(text.lstrip("'\""))) + value.index(match.group(1))
        version = match.group(3) if match.group(3) and "$" not in match.group(3) else None
        self.add("maven", f"{match.group(1)}:{match.group(2)}", start, version)

    def matching(self, i: int, end: int) -> int:
        """Index after the bracket that closes the one at ``i``."""
        depth = 0
        while i < end:
            t = self.toks[i][1]
            if t in "([":
                depth += 1
            elif t in ")]":
                depth -= 1
                if depth == 0:
                    return i + 1
            i += 1
        return end

    def local_files(self, function: str, i: int, end: int, offset: int) -> int:
        close = self.matching(i, end) if self.toks[i][1] == "(" else end
        strings = [(unquote(t), o) for k, t, o in self.toks[i:close] if k == "str"]
        if function == "files":
            for value, at in strings:
                self.add("files", value.replace("\\", "/").rsplit("/", 1)[-1], at + 1, None)
            return close
        folder, patterns, excludes = _file_tree(self.toks[i:close])
        for name in self.list_folder(folder):
            if not name.endswith(_LOCAL) or any(fnmatch.fnmatch(name, p) for p in excludes):
                continue
            if any(fnmatch.fnmatch(name, p.rsplit("/", 1)[-1]) for p in patterns or ["*"]):
                self.add("files", name, offset, None)
        return close

    def list_folder(self, folder: str) -> Iterator[str]:
        base = self.path.parent / folder
        try:
            names = sorted(p.name for p in base.iterdir() if p.is_file())
        except OSError:
            return
        yield from names

    # -- version catalogs --------------------------------------------------------------------

    def catalog_name(self, text: str) -> bool:
        return text == "libs"

    def catalog_reference(self, i: int, end: int, *, record: bool = True) -> int:
        toks = self.toks
        offset = toks[i][2]
        parts: list[str] = []
        j = i + 1
        while j + 1 < end and toks[j][1] == "." and toks[j + 1][0] == "id":
            parts.append(toks[j + 1][1])
            j += 2
        while parts and parts[-1] in ("get", "asProvider"):
            parts.pop()
        if not parts or parts[0] in ("plugins", "versions"):
            return j
        catalog = self.catalog
        if catalog is None:
            if not record:
                return j
            line, column = self.lines.position(offset)
            self.read.errors.append(
                ManifestError(
                    self.shown,
                    line,
                    column,
                    f"libs.{'.'.join(parts)} refers to a version catalog that was not found "
                    "(gradle/libs.versions.toml)",
                    partial=True,
                )
            )
            return j
        key = accessor(".".join(parts[1:] if parts[0] == "bundles" else parts))
        aliases = catalog.bundles.get(key, []) if parts[0] == "bundles" else [key]
        uses = self.read.catalog_uses.setdefault(catalog.path, set())
        for alias in aliases:
            entry = catalog.libraries.get(accessor(alias))
            if entry is None:
                continue
            uses.add(entry[0])
            if not record:
                continue
            coordinate = entry[1]
            group, _, rest = coordinate.partition(":")
            artifact, _, version = rest.partition(":")
            self.read.catalog_aliases[len(self.read.dependencies)] = entry[0]
            self.add("maven", f"{group}:{artifact}", offset, version or None)
        return j

    def ext_strings(self, i: int, end: int) -> None:
        for kind, text, offset in self.toks[i:end]:
            if kind == "str" and _FULL_COORDINATE.match(unquote(text)):
                self.coordinate_string(text, offset)


def _file_tree(args: list[Token]) -> tuple[str, list[str], list[str]]:
    """``fileTree``'s folder, include and exclude patterns, from Groovy or Kotlin arguments:
    ``(dir: 'libs', include: ['*.jar'])``, ``("libs")``, ``(mapOf("dir" to "libs", ...))``."""
    folder: str | None = None
    found: dict[str, list[str]] = {"include": [], "exclude": []}
    key: str | None = None
    for index, (kind, text, _) in enumerate(args):
        word = unquote(text) if kind == "str" else text
        following = args[index + 1][1] if index + 1 < len(args) else ""
        if word in ("dir", "include", "exclude", "includes", "excludes") and following in (
            ":",
            "=",
            "to",
        ):
            key = word.rstrip("s")
            continue
        if kind != "str":
            continue
        if key == "dir" or (key is None and folder is None):
            folder = word
            key = None if key == "dir" else key
        elif key in found:
            found[key].append(word)
    return folder or "libs", found["include"], found["exclude"]
