"""Configuration files: where they are, how they are read, and their schema.

The configuration is ``.disclosurelint.yaml`` (read with the project's own loader, so duplicate
keys are errors and every error has a line and column) or the ``[tool.disclosurelint]`` table of
``pyproject.toml``. It is searched for upwards from the checked paths; in each folder
``.disclosurelint.yaml`` comes before ``pyproject.toml``, and a ``pyproject.toml`` without the
table is passed over. The schema is built from the rules' own option schemas, so a rule's options
are documented and checked in one place.
"""

from __future__ import annotations

import difflib
import os
import re
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from disclosurelint.errors import ConfigError
from disclosurelint.model import JsonPath, Target
from disclosurelint.rules.dl103_wrong_type import type_mismatch
from disclosurelint.schema import ecma_validator

YAML_NAME = ".disclosurelint.yaml"
PYPROJECT = "pyproject.toml"
TABLE = ("tool", "disclosurelint")

# where a JSON path is written: (line, column), or None when it cannot be told
Locator = Callable[[JsonPath, bool], "tuple[int, int] | None"]


@dataclass(frozen=True)
class ConfigFile:
    """A configuration file, read and validated."""

    path: str  # as shown in messages
    root: str  # the folder that relative paths and globs in it start from (absolute)
    data: Mapping[str, Any]


# -- finding -----------------------------------------------------------------------------------


def find(paths: Sequence[str | os.PathLike[str]] = ()) -> Path | None:
    """The nearest configuration file above the checked paths (the working folder when none)."""
    folders = [Path(p).resolve() for p in paths] or [Path.cwd().resolve()]
    folders = [p if p.is_dir() else p.parent for p in folders]
    start = Path(os.path.commonpath(folders)) if len(folders) > 1 else folders[0]
    for folder in (start, *start.parents):
        candidate = folder / YAML_NAME
        if candidate.is_file():
            return candidate
        candidate = folder / PYPROJECT
        if candidate.is_file() and _has_table(candidate):
            return candidate
    return None


def _has_table(path: Path) -> bool:
    try:
        raw = path.read_bytes()
    except OSError:
        return False
    if b"disclosurelint" not in raw:  # most pyproject files: no need to parse them
        return False
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:  # it may configure us: say so rather than pass it over
        raise ConfigError(
            f"not UTF-8 (byte {exc.start + 1}), so its [tool.disclosurelint] table cannot be "
            "read; save it as UTF-8, or use --config FILE or --isolated",
            _display(path),
        ) from None
    return _toml_table(_parse_toml(text, path), path) is not None


# -- reading -----------------------------------------------------------------------------------


def read(path: Path) -> ConfigFile:
    """Read and validate a configuration file; :class:`ConfigError` says what and where."""
    shown = _display(path)
    try:
        text = path.read_text("utf-8-sig")
    except FileNotFoundError:
        raise ConfigError("no such configuration file", shown) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the configuration file: {exc}", shown) from None
    data, locate, errors = _validate(text, path, shown)
    if errors:
        raise _config_error(shown, errors, locate)
    return ConfigFile(shown, str(path.resolve().parent), data)


def _validate(
    text: str, path: Path, shown: str
) -> tuple[Mapping[str, Any], Locator, list[tuple[JsonPath, bool, str]]]:
    if path.name.endswith(".toml"):
        table = _toml_table(_parse_toml(text, path), path)
        if table is None:
            raise ConfigError("no [tool.disclosurelint] table in this file", shown)
        data, locate = table, _toml_locator(text)
    else:
        data, locate = _parse_yaml(text, shown)
    root = str(path.resolve().parent)
    errors = sorted(_errors(data, root), key=lambda e: locate(e[0], e[1]) or (0, 0))
    return data, locate, errors


def errors_in(text: str, path: Path) -> list[tuple[int, int, str]]:
    """Every error of a configuration held in memory (an editor's buffer): ``(line, column,
    message)``, 1-based; a file that does not parse gives its one error. A ``pyproject.toml``
    without the table has none."""
    shown = _display(path)
    try:
        _, locate, errors = _validate(text, path, shown)
    except ConfigError as exc:
        if "no [tool.disclosurelint] table" in str(exc):
            return []
        message = str(exc).split(": ", 1)[-1] if exc.path else str(exc)
        return [(exc.line or 1, exc.column or 1, message)]
    return [(*(locate(p, key) or (1, 1)), message) for p, key, message in errors]


def _display(path: Path) -> str:
    from disclosurelint.discover import display_path

    return display_path(path)


def _parse_yaml(text: str, shown: str) -> tuple[Mapping[str, Any], Locator]:
    from disclosurelint.load import parse

    document, issues = parse(text, shown)
    real = [i for i in issues if i.code != "DL003"]  # an empty file is an empty configuration
    if real:
        first = real[0].finding
        span = first.span
        raise ConfigError(
            first.message, shown, *((span.start.line, span.start.column) if span else ())
        )
    if document is None or document.source is None:
        return {}, lambda path, key: None
    source = document.source

    def locate(path: JsonPath, key: bool) -> tuple[int, int] | None:
        start = source.span(path, Target.KEY if key else Target.VALUE)[0].start
        return start.line, start.column

    return document.mapping, locate


def _parse_toml(text: str, path: Path) -> Mapping[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise ConfigError("TOML nested too deeply to read", _display(path)) from None
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        where = re.search(r"\(at line (\d+), column (\d+)\)", message)
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", message)
        position = (int(where.group(1)), int(where.group(2))) if where else ()
        raise ConfigError(f"TOML syntax error: {reason}", _display(path), *position) from None


def _toml_table(document: Mapping[str, Any], path: Path) -> Mapping[str, Any] | None:
    table: Any = document
    for key in TABLE:
        if not isinstance(table, Mapping) or key not in table:
            return None
        table = table[key]
    if not isinstance(table, Mapping):
        raise ConfigError("[tool.disclosurelint] must be a table", _display(path))
    return table


_HEADER = re.compile(r"\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")


def _toml_locator(text: str) -> Locator:
    """Best effort: the line of a key of ``[tool.disclosurelint]``, its sub-table or array entry.

    TOML parsers give no positions; this finds the line that names the key and, for a sub-table
    or ``[[tool.disclosurelint.per-path]]`` entry, the key inside it.
    """
    lines = text.splitlines()
    base = ".".join(TABLE)

    def key_line(table: str, key: str, occurrence: int = 0) -> tuple[int, int] | None:
        current, seen = "", -1
        pattern = re.compile(rf"\s*(?:\"{re.escape(key)}\"|{re.escape(key)})\s*[=.]")
        for number, line in enumerate(lines, 1):
            header = _HEADER.match(line)
            if header:
                current = header.group(2).replace(" ", "")
                if current == table:
                    seen += 1
                continue
            if current == table and seen == occurrence and pattern.match(line):
                return number, len(line) - len(line.lstrip()) + 1
        return None

    def header_line(table: str, occurrence: int = 0) -> tuple[int, int] | None:
        seen = -1
        for number, line in enumerate(lines, 1):
            header = _HEADER.match(line)
            if header and header.group(2).replace(" ", "") == table:
                seen += 1
                if seen == occurrence:
                    return number, 1
        return None

    def locate(path: JsonPath, key: bool) -> tuple[int, int] | None:
        if not path or not isinstance(path[0], str):
            return header_line(base)
        top = path[0]
        rest = path[1:]
        occurrence = 0
        if rest and isinstance(rest[0], int):
            occurrence, rest = rest[0], rest[1:]
        sub = f"{base}.{top}"
        if header_line(sub, occurrence) is not None:
            if rest and isinstance(rest[0], str):
                found = key_line(sub, rest[0], occurrence)
                if found:
                    return found
            return header_line(sub, occurrence)
        return key_line(base, top) or header_line(base)

    return locate


# -- validation --------------------------------------------------------------------------------


def _errors(data: Mapping[str, Any], root: str) -> Iterator[tuple[JsonPath, bool, str]]:
    """(where, is a key, message) for every error: schema first, then what a schema cannot say.

    A valid configuration is recognised by :mod:`disclosurelint.minischema` against the schema
    assembled from the rules (no jsonschema import); jsonschema describes an invalid one's errors.
    """
    if not fast_valid(data):
        validator = ecma_validator()(config_schema())
        found = False
        for error in validator.iter_errors(data):
            found = True
            yield from _describe(error)
        if found:
            return
    yield from _semantic_errors(data, root)


def fast_valid(data: Any) -> bool:
    """True when the configuration schema accepts ``data``; False on any doubt."""
    from disclosurelint.minischema import valid

    return valid(data, config_schema())


_SELECTOR_KEYS = ("select", "extend-select", "ignore")


def _semantic_errors(data: Mapping[str, Any], root: str) -> Iterator[tuple[JsonPath, bool, str]]:
    from disclosurelint import rules as registry
    from disclosurelint.extensions import activate

    activate(
        tuple(str(Path(root) / p) for p in data.get("policies") or ()),
        tuple(data.get("plugins") or ()),
    )  # policy and plugin codes are selectors too; a broken policy file stops here
    yield from _selector_errors(data, ())
    for index, entry in enumerate(data.get("per-path") or ()):
        yield from _selector_errors(entry, ("per-path", index))
    seen: dict[str, str] = {}
    for key in data.get("rules") or {}:
        code = registry.lookup(key).CODE
        if code in seen:
            yield ("rules", key), True, f"options for {code} are given twice (as {seen[code]} too)"
        seen[code] = key
    central = (data.get("waivers") or {}).get("file")
    if central and not (Path(root) / central).is_file():
        yield ("waivers", "file"), False, f"the waivers file {central!r} does not exist"
    if data.get("taxonomy"):
        yield from _taxonomy_errors(data["taxonomy"])
    if data.get("sdk-catalogue"):
        yield from _catalogue_errors(data["sdk-catalogue"], root)


def _catalogue_errors(extension: Any, root: str) -> Iterator[tuple[JsonPath, bool, str]]:
    """Build the SDK catalogue with the extension once, so that its mistakes stop the run."""
    from disclosurelint.sdks.catalogue import CatalogueError, load_catalogue

    if not isinstance(extension, Mapping):
        for index, name in enumerate(extension):
            if not (Path(root) / name).is_file():
                yield ("sdk-catalogue", index), False, f"the catalogue file {name!r} does not exist"
                return
    try:
        load_catalogue(extension, root)
    except CatalogueError as exc:
        yield ("sdk-catalogue",), True, f"sdk-catalogue: {exc}"


def _selector_errors(
    data: Mapping[str, Any], where: JsonPath
) -> Iterator[tuple[JsonPath, bool, str]]:
    """Selectors that name no rule (codes of policies and plugins are known by now)."""
    for key in _SELECTOR_KEYS:
        shown = f"`{label((*where, key))}`"
        for index, selector in enumerate(data.get(key) or ()):
            yield from _unknown(selector, (*where, key, index), False, shown)
    for key in ("severity", "rules"):
        shown = f"`{label((*where, key))}`"
        for selector in data.get(key) or {}:
            yield from _unknown(selector, (*where, key, selector), True, shown)


def _unknown(
    selector: str, path: JsonPath, key: bool, name: str
) -> Iterator[tuple[JsonPath, bool, str]]:
    from disclosurelint import rules as registry
    from disclosurelint.errors import UsageError

    try:
        registry.expand([selector])
    except UsageError:
        message = f"unknown rule {selector!r} in {name}" + _suggest(selector, _selectors())
        yield path, key, message


def _taxonomy_errors(extension: Any) -> Iterator[tuple[JsonPath, bool, str]]:
    """Every mistake of a taxonomy extension, each at the value at fault.

    The extension's schema first (all its errors); then each category is built on its own, so
    that one category's mistake does not hide another's.
    """
    from disclosurelint.taxonomy import EXTENSION_SCHEMA, TaxonomyError, load_taxonomy

    schema = {"type": "object", "properties": {"taxonomy": EXTENSION_SCHEMA}}
    errors = list(ecma_validator()(schema).iter_errors({"taxonomy": extension}))
    for error in errors:
        yield from _describe(error)
    if errors or not isinstance(extension, Mapping):
        return
    for cid, change in (extension.get("categories") or {}).items():
        try:
            load_taxonomy({"categories": {cid: change}})
        except TaxonomyError as exc:
            message = str(exc).removeprefix("taxonomy extension: ")
            found = re.match(r"categories\.[^.:\s]+((?:\.[^.:\s]+)*): (.*)", message, re.S)
            deeper = tuple(found.group(1).split(".")[1:]) if found else ()
            where: JsonPath = ("taxonomy", "categories", cid, *deeper)
            text = found.group(2) if found else message
            yield where, not deeper, f"`{label(where)}`: {text}"


def label(path: JsonPath) -> str:
    """``("per-path", 0, "files")`` -> ``per-path[0].files``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "the configuration"


def _describe(error: Any) -> Iterator[tuple[JsonPath, bool, str]]:
    path: JsonPath = tuple(error.absolute_path)
    keyword = error.validator
    name = f"`{label(path)}`"
    rule_keys = bool(path) and path[-1] in ("rules", "severity")
    if keyword == "anyOf" and "rule code" in str(error.schema.get("description", "")):
        shown = f"`{label(path[:-1])}`" if path and isinstance(path[-1], int) else name
        yield (
            path,
            False,
            f"unknown rule {error.instance!r} in {shown}"
            + _suggest(str(error.instance), _selectors()),
        )
    elif "propertyNames" in error.absolute_schema_path and path[-1:] == ("categories",):
        key = error.instance
        yield (
            (*path, key),
            True,
            f"{key!r} in {name} is not a category id (write it in "
            "lower-case letters, digits and underscores, starting with a letter)",
        )
    elif "propertyNames" in error.absolute_schema_path:
        key = error.instance
        yield (*path, key), True, f"unknown rule {key!r} in {name}" + _suggest(key, _selectors())
    elif keyword == "additionalProperties":
        known = list(error.schema.get("properties", {}))
        for key in (k for k in error.instance if k not in known):
            if rule_keys:
                message = f"unknown rule {key!r} in {name}" + _suggest(key, known)
            elif path and path[-2:-1] == ("rules",):
                options = ", ".join(known) or "none"
                message = f"unknown option {key!r} for {path[-1]} (its options: {options})"
            else:
                where = f" in {name}" if path else ""
                message = f"unknown key {key!r}{where}" + _suggest(key, known)
            yield (*path, key), True, message
    elif keyword == "enum":
        choices = [str(c) for c in error.validator_value]
        if len(choices) > 12:  # a rule selector: too many to list
            message = f"{name}: unknown rule {error.instance!r} (see `disclosurelint rules`)"
            yield path, False, message + _suggest(str(error.instance), choices)
        else:
            yield path, False, f"{name} is {error.instance!r}; choose from {', '.join(choices)}"
    elif keyword == "type":
        yield path, False, f"{name} {type_mismatch(error.validator_value, error.instance)}"
    elif keyword == "required":
        for key in error.validator_value:
            if key not in error.instance:
                yield path, False, f"{name} lacks the required key {key!r}"
    elif keyword == "minimum":
        yield path, False, f"{name} must be at least {error.validator_value}"
    elif keyword in ("minItems", "minLength"):
        yield path, False, f"{name} is empty"
    elif keyword == "pattern":
        yield path, False, f"{name} {error.instance!r} is not in the expected form"
    else:
        yield path, False, f"{name}: {error.message}"


def _suggest(word: str, choices: Sequence[str]) -> str:
    close = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def _config_error(
    shown: str, errors: Sequence[tuple[JsonPath, bool, str]], locate: Locator
) -> ConfigError:
    def where(path: JsonPath, key: bool) -> tuple[int, ...]:
        return locate(path, key) or ()

    first_path, first_key, first_message = errors[0]
    error = ConfigError(first_message, shown, *where(first_path, first_key))
    for path, key, message in errors[1:]:
        position = "".join(f":{n}" for n in where(path, key))
        error.add(f"{shown}{position}: {message}")
    return error


# -- the schema --------------------------------------------------------------------------------


def _selectors() -> tuple[str, ...]:
    """Every accepted rule selector: ``ALL``, codes, names and every prefix of a code."""
    from disclosurelint import rules as registry

    codes = sorted(registry.by_code())
    prefixes = sorted({c[: len(c) - n] for c in codes for n in range(1, 4)})
    names = sorted(r.NAME for r in registry.all_rules())
    return ("ALL", *prefixes, *codes, *names)


def config_schema() -> dict[str, Any]:
    """The JSON Schema of the configuration, built from the rules' option schemas."""
    from disclosurelint import rules as registry
    from disclosurelint.importer.labels import labels_property

    selectors = {
        "type": "array",
        "items": {"$ref": "#/$defs/selector"},
        "description": "Rule codes (DL204), names (policy-url) or code prefixes (DL2, ALL).",
    }
    severity = {
        "type": "object",
        "propertyNames": {"$ref": "#/$defs/selector"},
        "additionalProperties": {"enum": ["error", "warning", "info"]},
        "description": "Severity per rule code, name or prefix; the most specific key wins.",
    }
    globs = {"type": "array", "items": {"type": "string", "minLength": 1}}
    rule_options: dict[str, Any] = {}
    for rule in registry.all_rules():
        spec = {
            "type": "object",
            "additionalProperties": False,
            "properties": dict(rule.OPTIONS),
            "description": f"Options of {rule.CODE} {rule.NAME}.",
        }
        rule_options[rule.CODE] = spec
        rule_options[rule.NAME] = spec
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "disclosurelint configuration",
        "type": "object",
        "additionalProperties": False,
        "$defs": {
            "selector": {
                "description": "A rule code (DL204), name (policy-url) or code prefix (DL2); "
                "the codes and names of policies and plugins too.",
                "anyOf": [
                    {"enum": list(_selectors())},
                    {"type": "string", "pattern": "^[A-Z]{2,10}[0-9]{0,3}$"},
                    {"type": "string", "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"},
                ],
            }
        },
        "properties": {
            "paths": {
                **globs,
                "description": "Files and folders to check when the command line names none.",
            },
            "exclude": {**globs, "description": "Globs of files and folders not to check."},
            "select": {**selectors, "description": "Run only these rules."},
            "extend-select": {**selectors, "description": "Add these rules to the selection."},
            "ignore": {**selectors, "description": "Do not run these rules."},
            "severity": severity,
            "rules": {
                "type": "object",
                "additionalProperties": False,
                "properties": rule_options,
                "description": "Options per rule code or name.",
            },
            "per-path": {
                "type": "array",
                "description": "Overrides for the files that match `files`, applied in order.",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["files"],
                    "properties": {
                        "files": {**globs, "minItems": 1},
                        "select": {**selectors, "description": "Also run these rules here."},
                        "ignore": {**selectors, "description": "Do not run these rules here."},
                        "severity": severity,
                    },
                },
            },
            "regimes": {
                "type": "array",
                "items": {"enum": ["pipl", "gb35273", "gdpr", "cpra"]},
                "uniqueItems": True,
                "description": "The laws and standards whose rules apply.",
            },
            "home-country": {
                "type": "string",
                "pattern": "^[A-Z]{2}$",
                "description": "ISO 3166-1 alpha-2 code of the product's home country.",
            },
            "fail-on": {
                "enum": ["error", "warning", "info"],
                "description": "The lowest severity that fails the run.",
            },
            "cache-dir": {
                "type": "string",
                "minLength": 1,
                "description": "Where `check` keeps its result cache (relative to this file); "
                "default: the user's cache folder.",
            },
            "max-file-size": {
                "type": "integer",
                "minimum": 1,
                "description": "Files larger than this many bytes are reported, not read.",
            },
            "policies": {
                **globs,
                "description": "Policy files and folders of the organisation's own rules.",
            },
            "plugins": {
                **globs,
                "description": "Installed rule plugins and policy packs to load, by entry-point "
                "name (groups disclosurelint.rules and disclosurelint.policies).",
            },
            "rule-docs-url": {
                "type": "string",
                "minLength": 1,
                "description": "Where the rule pages are published; SARIF helpUri points there.",
            },
            "taxonomy": {
                "type": "object",
                "description": "An extension of the built-in sensitive-data taxonomy.",
            },
            "sdk-manifests": {
                **globs,
                "description": "App manifests (build.gradle, Podfile.lock, package.json, ...; "
                "globs allowed) whose SDKs the declarations must name (DL601-DL603).",
            },
            "sdk-catalogue": {
                "type": ["object", "array"],
                "items": {"type": "string", "minLength": 1},
                "description": "More SDKs: a catalogue in the SDK catalogue's format, or the "
                "files that hold them.",
            },
            "import": {
                "type": "object",
                "additionalProperties": False,
                "properties": {"labels": labels_property()},
                "description": "Options of `disclosurelint import`.",
            },
            "waivers": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "require-approver": {
                        "type": "boolean",
                        "description": "Every waiver must say `approved-by`.",
                    },
                    "max-days": {
                        "type": "integer",
                        "minimum": 1,
                        "description": "Every waiver must expire within this many days.",
                    },
                    "file": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The central waivers file (for generated declarations).",
                    },
                },
            },
        },
    }
