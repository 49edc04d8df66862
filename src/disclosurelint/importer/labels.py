"""The label table: which declaration field a published label or column header stands for.

The table is data (``labels.yaml`` beside this module, validated by ``labels.schema.json``), and
a user extends it from the configuration or a file of the same format. A label is compared after
:func:`normalize_label` (NFKC, case, spaces, punctuation and a bracketed explanation removed);
then by keyword; then fuzzily, so that a misspelt label ("Privcy Policy") or one that lost its
first letter ("rivacy policy") still finds its field. Labels in Traditional characters are compared
in Simplified ones (``traditional.yaml``), so "隱私權政策連結" finds the policy as "隐私权政策链接"
does.
"""

# ruff: noqa: RUF001  (full-width brackets in published Chinese labels are read on purpose)

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

FIELDS = (
    "company",
    "product",
    "data",
    "purpose",
    "scenario",
    "sharing_mode",
    "processing_method",
    "policy",
    "website",
    "contact",
    "location",
    "dpa",
)
"""The fields a label can stand for (``dpa``: a data processing agreement link, kept as a note)."""

LINK_KINDS = ("policy", "dpa", "terms", "contact", "website")

_BILINGUAL = re.compile(
    r"^(?P<zh>[^A-Za-z]*[\u4e00-\u9fff][^A-Za-z]*?)\s+(?P<en>[A-Za-z][^\u4e00-\u9fff]*)$"
)
_BRACKETED = re.compile(r"[(（\[【〔][^)）\]】〕]*[)）\]】〕]")
_FUZZY_CUTOFF = 0.84
_FUZZY_MIN = 5
# the last word of a note on what a keyword names, not of a label of its value
_ABOUT_IT = re.compile(
    r"\b(?:changes?|updates?|notices?|notifications?|reviews?|approvals?|procedures?)\s*$",
    re.IGNORECASE,
)
_KEYWORD_WORDS = 4
_ALTERNATIVES = 3  # "A/B/C" at most: more parts make a path
_KEYWORD_CHARS = 24


class LabelTableError(ValueError):
    """A label table (the built-in one, a configuration extension, a ``--labels`` file) that does
    not follow ``labels.schema.json``; the message names the place."""


def nfkc(text: str) -> str:
    """NFKC: full-width letters, compatibility ideographs (Kangxi radicals) to their usual form."""
    return unicodedata.normalize("NFKC", text)


@cache
def _simplified() -> dict[int, str]:
    """Traditional characters of published labels to the Simplified ones the table uses."""
    source = resources.files("disclosurelint.importer").joinpath("traditional.yaml")
    text = source.read_text("utf-8")
    pairs = str(yaml.safe_load(text)["pairs"]).split()
    return {ord(pair[0]): pair[1] for pair in pairs}


def normalize_label(label: str) -> str:
    """The comparison key of a label: NFKC, Simplified characters, case folded, without a
    bracketed explanation (when something is left without it), spaces and punctuation."""
    text = nfkc(label).translate(_simplified()).casefold()
    stripped = _BRACKETED.sub("", text)
    if re.sub(r"[\W_]+", "", stripped):
        text = stripped
    return re.sub(r"[\W_]+", "", text)


# an English article before a label ("The scope of information collected")
_ARTICLE = re.compile(r"^\s*(?:the|a|an)\s+", re.IGNORECASE)
# an English word that names no field on its own after Chinese words ("华为分析 SDK" is a name)
_GENERIC = re.compile(r"(?:sdk|app|api|kit)s?", re.IGNORECASE)
# "Name of plug-in / SDK and its provider": a column of names that add who provides them
_AND_PROVIDER = re.compile(
    r"^(?P<head>.+?)\s+and\s+(?:its|their)?\s*(?:provider|developer|operator|vendor|supplier)s?\s*$",
    re.IGNORECASE,
)
# "Privacy policy of the plug-in / SDK provider": a known label, then whose it is
_OF_WHOM = re.compile(r"^(?P<head>.+?)\s+of\s+(?:the\s+|its\s+|their\s+)?\S", re.IGNORECASE)
_OF_WHOM_FIELDS = frozenset({"policy", "website", "dpa", "contact", "purpose"})
# "Name of SDK": the name of what the rest of the label names
_NAME_OF = re.compile(r"^(?:the\s+)?name\s+of\s+(?:the\s+|a\s+)?(?P<what>\S.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class LabelMatch:
    """The field a label stands for, and how it was found (``exact``, ``keyword``, ``fuzzy``)."""

    field: str
    how: str
    near: str = ""  # for a fuzzy match: the known label it is close to


@dataclass(frozen=True)
class LabelTable:
    """Labels per field, keywords in order, and the words that tell link kinds apart."""

    labels: Mapping[str, tuple[str, ...]]
    keywords: tuple[tuple[str, tuple[str, ...]], ...]
    link_words: Mapping[str, tuple[str, ...]]
    _exact: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for name, labels in self.labels.items():
            for label in labels:
                self._exact.setdefault(normalize_label(label), name)

    def match(self, label: str) -> LabelMatch | None:
        """The field of a published label, or None when it is not known. A label given in
        Chinese, then in English ("公司名称 Company Name"), is matched by either part."""
        found = self._match(label)
        bilingual = None if found else _BILINGUAL.match(label.strip())
        if bilingual:
            english = None if _GENERIC.fullmatch(bilingual["en"].strip()) else bilingual["en"]
            found = self._match(bilingual["zh"]) or (self._match(english) if english else None)
        return found

    def _match(self, label: str) -> LabelMatch | None:
        key = normalize_label(label)
        if not key:
            return None
        found = self._exact.get(key)
        if found:
            return LabelMatch(found, "exact")
        article = _ARTICLE.match(nfkc(label))
        if article and self._exact.get(normalize_label(label[article.end() :])):
            # "The scope of information collected": the label without its article
            return LabelMatch(self._exact[normalize_label(label[article.end() :])], "exact")
        provided = _AND_PROVIDER.match(nfkc(label))
        if provided:
            return self._match(provided["head"])
        named = _NAME_OF.match(nfkc(label))
        if named:
            what = self._match(named["what"])
            if what is not None and what.field in ("company", "product"):
                return what
        whose = _OF_WHOM.match(nfkc(label))
        if whose:
            head = self._exact.get(normalize_label(whose["head"]))
            if head in _OF_WHOM_FIELDS:
                return LabelMatch(head, "exact")
        if (
            len(nfkc(label).split()) <= _KEYWORD_WORDS
            and len(key) <= _KEYWORD_CHARS
            and not _ABOUT_IT.search(nfkc(label))
        ):
            # a label, not a sentence that ends with a colon, nor a note on the thing the
            # keyword names ("Sub-processor changes:", "Vendor review:")
            for name, words in self.keywords:
                if any(word in key for word in words):
                    return LabelMatch(name, "keyword")
        alternatives = re.split(r"\s*[/／]\s*", nfkc(label).strip())
        if 1 < len(alternatives) <= _ALTERNATIVES and all(alternatives) and "`" not in label:
            # "SDK/服务名称": "SDK名称" or "服务名称", the last word shared; a path in code
            # (`apps/client/src/services/sentry.ts`) is no label
            for alternative in (alternatives[-1], *alternatives[:-1]):
                match = self._match(alternative)
                if match:
                    return match
        if len(key) >= _FUZZY_MIN:
            close = difflib.get_close_matches(key, list(self._exact), n=1, cutoff=_FUZZY_CUTOFF)
            if close:
                return LabelMatch(self._exact[close[0]], "fuzzy", close[0])
        return None

    def exact_labels(self) -> tuple[str, ...]:
        """The comparison keys of every known label."""
        return tuple(self._exact)

    def field_for(self, label: str) -> str | None:
        found = self.match(label)
        return found.field if found else None

    def extended(self, extra: Mapping[str, Sequence[str]]) -> LabelTable:
        """This table with more labels; the added ones are tried first."""
        labels = {name: tuple(values) for name, values in self.labels.items()}
        for name, values in extra.items():
            labels[name] = (*values, *labels.get(name, ()))
        table = LabelTable(labels, self.keywords, self.link_words)
        for name, values in extra.items():  # an added label wins over a built-in one
            for value in values:
                table._exact[normalize_label(value)] = name
        return table


@cache
def label_schema() -> dict[str, Any]:
    """The JSON Schema of a label table file."""
    text = resources.files("disclosurelint.importer").joinpath("labels.schema.json").read_text()
    schema: dict[str, Any] = json.loads(text)
    return schema


def labels_property() -> dict[str, Any]:
    """The schema of ``labels`` (field -> labels) without references, for the configuration's
    ``import.labels``."""
    defs = label_schema()["$defs"]
    return {
        "type": "object",
        "description": "More labels per declaration field for `disclosurelint import`.",
        "propertyNames": dict(defs["field"]),
        "additionalProperties": dict(defs["words"]),
    }


def _validate(data: Any, where: str) -> None:
    from jsonschema import Draft202012Validator

    errors = sorted(
        Draft202012Validator(label_schema()).iter_errors(data), key=lambda e: list(e.path)
    )
    if errors:
        error = errors[0]
        path = ".".join(str(part) for part in error.absolute_path) or "(top)"
        raise LabelTableError(f"{where}: {path}: {error.message}")


def table_from_data(data: Mapping[str, Any]) -> LabelTable:
    """A table from a mapping in the ``labels.yaml`` format (already validated)."""
    labels = {name: tuple(values) for name, values in (data.get("labels") or {}).items()}
    keywords = tuple(
        (item["field"], tuple(normalize_label(word) for word in item["words"]))
        for item in data.get("keywords") or ()
    )
    link_words = {
        kind: tuple(normalize_label(word) for word in words)
        for kind, words in (data.get("link_words") or {}).items()
    }
    return LabelTable(labels, keywords, link_words)


@cache
def builtin_table() -> LabelTable:
    """The bundled ``labels.yaml``."""
    text = resources.files("disclosurelint.importer").joinpath("labels.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    _validate(data, "labels.yaml")
    return table_from_data(data)


def extension_labels(data: Any, where: str) -> dict[str, tuple[str, ...]]:
    """The ``labels`` of an extension (``{field: [label, ...]}`` or a whole table file),
    checked against the schema; raises :class:`LabelTableError` with ``where`` in the message."""
    document = data if isinstance(data, Mapping) and "labels" in data else {"labels": data}
    _validate(document, where)
    return {name: tuple(values) for name, values in document["labels"].items()}


def read_extension(path: Path) -> dict[str, tuple[str, ...]]:
    """The labels of a ``--labels`` file; raises :class:`LabelTableError` (one line)."""
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except OSError as exc:
        raise LabelTableError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise LabelTableError(f"{path}: not UTF-8 text") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        raise LabelTableError(f"{where}: not valid YAML") from None
    return extension_labels(data, str(path))


def table(extra: Mapping[str, Sequence[str]] | None = None) -> LabelTable:
    """The built-in table, extended by ``extra`` when given."""
    return builtin_table().extended(extra) if extra else builtin_table()
