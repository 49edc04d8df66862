"""The SDK catalogue: the built-in ``sdks/*.yaml`` files and a configuration's extension.

Every file is checked by ``catalogue.schema.json`` and then for what a schema cannot say: an SDK
naming a company no file defines, two SDKs with one id, a data category the taxonomy does not
know. An extension may add companies and SDKs, or replace a built-in SDK by giving its id.
"""

from __future__ import annotations

import fnmatch
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from disclosurelint.errors import ConfigError
from disclosurelint.sdks.records import Company, Dependency, Sdk

HERE = Path(__file__).resolve().parent
SCHEMA_FILE = HERE / "catalogue.schema.json"


class CatalogueError(ConfigError):
    """A catalogue file (built-in or the configuration's) that breaks the schema."""


@dataclass(frozen=True)
class Source:
    """One catalogue document and where it came from (a file, or the configuration)."""

    origin: str
    data: Mapping[str, Any]


@cache
def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SCHEMA_FILE.read_text("utf-8"))
    return loaded


def builtin_files() -> list[Path]:
    return sorted(HERE.glob("*.yaml"))


def _load_yaml(path: Path) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(path.read_text("utf-8"), Loader=loader)
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(f"cannot read the SDK catalogue: {exc}", str(path)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = (mark.line + 1, mark.column + 1) if mark else ()
        problem = getattr(exc, "problem", None) or exc
        raise CatalogueError(f"YAML error: {problem}", str(path), *where) from None


def validate(source: Source) -> list[str]:
    """The schema's messages for one document, each prefixed by its JSON path."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(schema())
    out = []
    for error in sorted(validator.iter_errors(source.data), key=lambda e: list(e.absolute_path)):
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
        out.append(f"{where.lstrip('.') or 'the catalogue'}: {error.message}")
    return out


class Catalogue:
    """Every SDK, and a quick way from a dependency to the SDK it is."""

    def __init__(self, sdks: Sequence[Sdk], companies: Mapping[str, Company]) -> None:
        self.sdks = tuple(sdks)
        self.companies = dict(companies)
        self.by_id = {s.id: s for s in self.sdks}
        self._exact: dict[tuple[str, str], Sdk] = {}
        self._prefix: dict[str, list[tuple[str, Sdk]]] = {}
        self._globs: list[tuple[str, Sdk]] = []
        for sdk in self.sdks:
            for ecosystem, patterns in sdk.coordinates.items():
                for pattern in patterns:
                    key = pattern.lower()
                    if ecosystem == "files":
                        self._globs.append((key, sdk))
                    elif key.endswith("*"):
                        self._prefix.setdefault(ecosystem, []).append((key[:-1], sdk))
                    else:
                        self._exact.setdefault((ecosystem, key), sdk)
        # prefixes bucketed by ecosystem and first character, the longest first (it wins)
        self._buckets: dict[tuple[str, str], list[tuple[str, Sdk]]] = {}
        for ecosystem, entries in self._prefix.items():
            for prefix, sdk in sorted(entries, key=lambda e: -len(e[0])):
                self._buckets.setdefault((ecosystem, prefix[:1]), []).append((prefix, sdk))
        self._memo: dict[tuple[str, str], Sdk | None] = {}
        self._names = _name_index(self.companies.values())

    def match(self, dependency: Dependency) -> Sdk | None:
        key = (dependency.ecosystem, dependency.coordinate.lower())
        if key in self._memo:
            return self._memo[key]
        found = self._match(*key)
        self._memo[key] = found
        return found

    def _match(self, ecosystem: str, name: str) -> Sdk | None:
        if ecosystem == "files":
            return next((s for g, s in self._globs if fnmatch.fnmatchcase(name, g)), None)
        found = self._exact.get((ecosystem, name))
        if found is not None:
            return found
        for prefix, sdk in self._buckets.get((ecosystem, name[:1]), ()):
            if name.startswith(prefix):
                return sdk
        for _prefix, sdk in self._buckets.get((ecosystem, ""), ()):  # a bare "*"
            return sdk
        return None

    def lookup(self, reference: str) -> list[Sdk]:
        """The SDKs a declaration's ``sdks:`` item names: an id, or a coordinate."""
        text = reference.strip()
        if text in self.by_id:
            return [self.by_id[text]]
        out = []
        for ecosystem in ("maven", "cocoapods", "swiftpm", "pub", "npm", "ohpm", "files"):
            found = self.match(Dependency(ecosystem, text, "", 0, 0))
            if found is not None and found not in out:
                out.append(found)
        return out

    def companies_named(self, name: str) -> set[str]:
        """Ids of the companies whose legal name or alias is ``name`` (any case or width)."""
        return set(self._names.get(normalise(name), ()))


# spaces and punctuation, ASCII and full-width (brackets, commas, quotes): names differ in these
_PUNCTUATION = re.compile(
    "[\\s()\\[\\],.'\"&\\-\uff08\uff09\u3010\u3011\uff0c\u3002\u00b7\u30fb"
    "\u201c\u201d\u2018\u2019\uff06]+"
)
_SUFFIXES = re.compile(
    r"(co\.?,?\s*ltd|company limited|limited|ltd|inc|incorporated|llc|corp|corporation|"
    r"gmbh|pte|plc|s\.?a\.?|b\.?v\.?|有限责任公司|有限公司|股份有限公司)$"
)


def normalise(name: str) -> str:
    """A company name for comparison: width, case, punctuation and spacing do not matter."""
    text = unicodedata.normalize("NFKC", name).casefold().strip()
    return _PUNCTUATION.sub("", text)


def _name_index(companies: Iterable[Company]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for company in companies:
        for name in (*company.names, *company.aliases):
            for key in {normalise(name), normalise(_SUFFIXES.sub("", name.casefold().strip()))}:
                if key:
                    index.setdefault(key, []).append(company.id)
    return index


def build(
    sources: Sequence[Source],
    categories: Iterable[str] | None = None,
    *,
    trusted: int = 0,
) -> Catalogue:
    """A catalogue from documents in order (later SDKs replace earlier ones with their id).

    The first ``trusted`` documents (the built-in files, which a test validates) skip the
    schema, so that a run does not pay for it; every other document is validated.
    """
    problems: list[tuple[str, str]] = []
    companies: dict[str, Company] = {}
    raw_sdks: dict[str, tuple[Mapping[str, Any], str]] = {}
    for position, source in enumerate(sources):
        messages = validate(source) if position >= trusted else []
        problems.extend((source.origin, m) for m in messages)
        if messages:
            continue
        for cid, spec in (source.data.get("companies") or {}).items():
            aliases = spec.get("aliases") or {}
            companies[cid] = Company(
                id=cid,
                names=tuple(spec["names"]),
                aliases=(*aliases.get("en", ()), *aliases.get("zh", ())),
                country=spec.get("country"),
            )
        seen: set[str] = set()
        for spec in source.data.get("sdks") or ():
            if spec["id"] in seen:
                problems.append((source.origin, f"sdks: the id {spec['id']!r} is used twice"))
            seen.add(spec["id"])
            raw_sdks[spec["id"]] = (spec, source.origin)
    known = set(categories) if categories is not None else None
    sdks: list[Sdk] = []
    for sdk_id, (spec, origin) in raw_sdks.items():
        company = companies.get(spec["company"])
        if company is None:
            problems.append((origin, f"sdks.{sdk_id}: unknown company {spec['company']!r}"))
            continue
        unknown = [c for c in spec["data"] if known is not None and c not in known]
        if unknown:
            problems.append((origin, f"sdks.{sdk_id}: unknown data categories {unknown}"))
        sdks.append(
            Sdk(
                id=sdk_id,
                name=spec["name"],
                company=company,
                kind=spec["kind"],
                coordinates={k: tuple(v) for k, v in spec["coordinates"].items()},
                policy=spec.get("policy"),
                data=tuple(spec["data"]),
                sources=dict(spec["sources"]),
                origin=origin,
            )
        )
    if problems:
        origin, message = problems[0]
        more = "".join(f"\n{o}: {m}" for o, m in problems[1:])
        raise CatalogueError(message + more, origin)
    return Catalogue(sdks, companies)


def builtin_sources() -> list[Source]:
    return [Source(str(p.relative_to(HERE.parent.parent)), _load_yaml(p)) for p in builtin_files()]


def extension_sources(extension: Any, root: str | None = None) -> list[Source]:
    """A configuration's ``sdk-catalogue``: a mapping in the configuration, or files to read."""
    if extension is None:
        return []
    if isinstance(extension, Mapping):
        return [Source("sdk-catalogue (configuration)", {"version": 1, **extension})]
    base = Path(root) if root else Path()
    return [Source(str(base / name), _load_yaml(base / name)) for name in extension]


@cache
def _cached(extension_key: str, root: str | None) -> Catalogue:
    extension = json.loads(extension_key)
    builtin = builtin_sources()
    extra = extension_sources(extension, root)
    categories = None
    if extra:  # the built-in categories are checked by a test; an extension's here
        from disclosurelint.taxonomy import load_taxonomy

        categories = load_taxonomy().categories
    return build([*builtin, *extra], categories, trusted=len(builtin))


def load_catalogue(extension: Any = None, root: str | None = None) -> Catalogue:
    """The built-in catalogue, extended by a configuration's ``sdk-catalogue``; cached."""
    return _cached(json.dumps(extension, sort_keys=True, default=str), root)
