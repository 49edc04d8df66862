"""Reading the bundled taxonomy and applying an extension, checked against its schema.

The YAML parser and jsonschema are imported only when a taxonomy is actually loaded, and the
bundled taxonomy is loaded once per process.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

from disclosurelint.packagedata import read_text
from disclosurelint.taxonomy.extension import EXTENSION_SCHEMA
from disclosurelint.taxonomy.records import (
    LEVELS,
    NOT_SENSITIVE,
    REGIMES,
    Category,
    Classifier,
    RegimeStatus,
    Taxonomy,
    TaxonomyError,
)

DATA_FILE = "categories.yaml"
SCHEMA_FILE = "categories.schema.json"

_MERGED_LISTS = ("phrases_en", "phrases_zh", "exclude")
_REPLACED = ("label", "description", "note", "minors", "gdpr_class")


def resource_text(name: str) -> str:
    """The text of a file shipped in this package."""
    return read_text("disclosurelint.taxonomy", name)


@functools.cache
def data_schema() -> Mapping[str, Any]:
    """The JSON Schema of ``categories.yaml``."""
    schema: dict[str, Any] = json.loads(resource_text(SCHEMA_FILE))
    return schema


def validate(instance: Any, schema: Mapping[str, Any], what: str) -> None:
    """Raise TaxonomyError naming the key at fault when ``instance`` does not fit ``schema``."""
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match

    errors = list(Draft202012Validator(schema).iter_errors(instance))
    if not errors:
        return
    error = best_match(errors)
    where = ".".join(str(part) for part in error.absolute_path) or "(top level)"
    more = f" (and {len(errors) - 1} more problem(s))" if len(errors) > 1 else ""
    raise TaxonomyError(f"{what}: {where}: {error.message}{more}")


@functools.cache
def _bundled_data() -> Mapping[str, Any]:
    from disclosurelint.taxonomy.tables import bundled

    tables = bundled()  # the data as read ahead of time, when it was read from this file
    return tables["data"] if tables is not None else parsed_data()


def parsed_data() -> Mapping[str, Any]:
    """``categories.yaml`` read from its text."""
    # read by the declarations' own loader (libyaml's parser, data built from its nodes), which
    # a check has loaded already and which builds the data in half the time of PyYAML's
    # constructor; the test suite checks that both read the file alike
    from disclosurelint.load import parse

    document, issues = parse(resource_text(DATA_FILE), DATA_FILE)
    if issues or document is None or not isinstance(document.data, dict):
        why = issues[0].finding.message if issues else "not a mapping"
        raise TaxonomyError(f"taxonomy data ({DATA_FILE}) is not valid YAML: {why}")
    data = document.data
    # The bundled file is validated against its schema, and each phrase checked to have
    # something to match, by the test suite, not at every start: both would cost more than
    # checking a small repository. Extensions, which come from users, are checked when loaded.
    result: Mapping[str, Any] = data
    return result


def _status(regime: str, raw: Mapping[str, Any] | None, default_article: str) -> RegimeStatus:
    if raw is None:
        return RegimeStatus(regime, NOT_SENSITIVE, default_article, None)
    return RegimeStatus(regime, raw["level"], raw["article"], raw.get("qualifier"))


def _check_phrases(cid: str, raw: Mapping[str, Any], what: str) -> None:
    from disclosurelint.taxonomy.matcher import phrase_form

    for key in _MERGED_LISTS:
        for phrase in raw.get(key, ()):
            if not phrase_form(phrase):
                raise TaxonomyError(
                    f"{what}: categories.{cid}.{key}: phrase {phrase!r} has no letter or digit"
                    " to match"
                )


def _category(cid: str, raw: Mapping[str, Any], defaults: Mapping[str, str]) -> Category:
    regimes = raw.get("regimes", {})
    gdpr_class = raw.get("gdpr_class", "ordinary")
    return Category(
        id=cid,
        label=raw["label"],
        description=raw.get("description", raw["label"]),
        phrases_en=tuple(raw.get("phrases_en", ())),
        phrases_zh=tuple(raw.get("phrases_zh", ())),
        regimes=MappingProxyType({r: _status(r, regimes.get(r), defaults[r]) for r in REGIMES}),
        minors=bool(raw.get("minors", False)),
        gdpr_special=gdpr_class == "special",
        gdpr_article_10=gdpr_class == "article_10",
        excludes=tuple(raw.get("exclude", ())),
        note=raw.get("note"),
    )


def _extend(
    categories: Mapping[str, Mapping[str, Any]], extension: Mapping[str, Any]
) -> dict[str, Mapping[str, Any]]:
    merged: dict[str, Mapping[str, Any]] = dict(categories)
    for cid, change in extension.get("categories", {}).items():
        where = f"taxonomy extension: categories.{cid}"
        _check_phrases(cid, change, "taxonomy extension")
        base = categories.get(cid)
        if base is None:
            if "label" not in change:
                raise TaxonomyError(
                    f"{where}: {cid!r} is not a built-in category, so it adds one and needs a"
                    " 'label'"
                )
            if not change.get("phrases_en") and not change.get("phrases_zh"):
                raise TaxonomyError(
                    f"{where}: a new category needs at least one phrase in 'phrases_en' or"
                    " 'phrases_zh'"
                )
            merged[cid] = dict(change)
            continue
        category = dict(base)
        for key in _MERGED_LISTS:
            if key in change:
                category[key] = list(dict.fromkeys([*base.get(key, ()), *change[key]]))
        for key in _REPLACED:
            if key in change:
                category[key] = change[key]
        if "regimes" in change:
            regimes = dict(base.get("regimes", {}))
            for regime, status in change["regimes"].items():
                old = regimes.get(regime, {}).get("level", NOT_SENSITIVE)
                if LEVELS.index(status["level"]) < LEVELS.index(old):
                    raise TaxonomyError(
                        f"{where}.regimes.{regime}.level: {status['level']!r} is below the"
                        f" built-in level {old!r}; an extension may raise a level, not lower it"
                    )
                regimes[regime] = status
            category["regimes"] = regimes
        merged[cid] = category
    return merged


def build(
    data: Mapping[str, Any],
    extension: Mapping[str, Any] | None = None,
    make_matcher: Callable[[Mapping[str, Category]], Classifier] | None = None,
) -> Taxonomy:
    """A taxonomy from validated data and an (already validated) extension; its matcher made
    by ``make_matcher`` (from the phrases when None)."""
    raw_categories: Mapping[str, Mapping[str, Any]] = data["categories"]
    if extension:
        raw_categories = _extend(raw_categories, extension)
    defaults: Mapping[str, str] = data["defaults"]["not_sensitive"]
    categories = {cid: _category(cid, raw, defaults) for cid, raw in raw_categories.items()}
    if make_matcher is None:
        from disclosurelint.taxonomy.matcher import Matcher

        make_matcher = Matcher
    return Taxonomy(categories, version=data["version"], make_matcher=make_matcher)


@functools.cache
def _default_taxonomy() -> Taxonomy:
    from disclosurelint.taxonomy.tables import bundled_matcher

    return build(_bundled_data(), make_matcher=bundled_matcher)


@functools.lru_cache(maxsize=16)
def _extended_taxonomy(canonical: str) -> Taxonomy:
    return build(_bundled_data(), json.loads(canonical))


def load_taxonomy(extension: Mapping[str, Any] | None = None) -> Taxonomy:
    """The bundled taxonomy, optionally extended by configuration (see ``EXTENSION_SCHEMA``).

    The result is cached: the bundled taxonomy once per process, extended ones by content.
    Raises TaxonomyError when the extension (or the bundled data) is invalid.
    """
    if extension is None:
        return _default_taxonomy()
    if not isinstance(extension, Mapping):
        raise TaxonomyError(
            f"taxonomy extension: expected a mapping, got {type(extension).__name__}"
        )
    validate(extension, EXTENSION_SCHEMA, "taxonomy extension")
    if not extension.get("categories"):
        return _default_taxonomy()
    try:
        canonical = json.dumps(extension, sort_keys=True, ensure_ascii=False)
    except (TypeError, ValueError):
        return build(_bundled_data(), extension)
    return _extended_taxonomy(canonical)
