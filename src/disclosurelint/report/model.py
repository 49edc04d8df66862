"""The report as records: what the templates read, and nothing else.

Every text here is plain words ready to print; the writers only lay it out and escape it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Inline:
    """A run of text; ``code`` marks a name to set as code (a key, a value, a command)."""

    text: str
    code: bool = False


Paragraph = tuple[Inline, ...]


@dataclass(frozen=True)
class Provenance:
    """Where the declarations come from: the repository, its commit and whether it changed."""

    repository: str
    commit: str | None  # the full SHA of HEAD; None outside git or before the first commit
    note: str | None = None  # why there is no commit: "not a git repository", "no commit yet"
    dirty: bool | None = None  # uncommitted changes under the checked paths; None outside git
    changes: tuple[str, ...] = ()  # ``git status --porcelain`` lines for those changes


@dataclass(frozen=True)
class Configuration:
    """The configuration file the report honours, with its SHA-256, or why there is none."""

    path: str | None
    sha256: str | None = None  # None when there is no file, or it could not be read again
    note: str | None = None  # why there is no file: "none found: the defaults"


@dataclass(frozen=True)
class Field:
    """One labelled fact of the header or of a partner; ``missing`` when nothing is declared."""

    label: str
    text: str
    missing: bool = False


@dataclass(frozen=True)
class FileHash:
    path: str
    sha256: str


@dataclass(frozen=True)
class Header:
    title: str
    date: str
    provenance: Provenance
    tool_version: str
    ruleset_version: str
    regimes: tuple[str, ...]  # the enabled regimes' names (PIPL, GB/T 35273-2020, ...)
    content_hash: str  # SHA-256 of the checked declarations (sorted path + bytes)
    configuration: Configuration
    home_country: str
    fail_on: str


@dataclass(frozen=True)
class Count:
    label: str
    count: int


@dataclass(frozen=True)
class SeverityCount:
    """Problems of one severity: still open, waived, and open again because a waiver expired."""

    severity: str
    open: int
    waived: int
    expired: int


@dataclass(frozen=True)
class PartnerLine:
    """One partner in the summary table."""

    anchor: str
    title: str
    relationship: str
    country: str
    sensitive: tuple[str, ...]  # "Precise location (PIPL, GB/T 35273-2020)"
    open: int
    waived: int
    expired: int


@dataclass(frozen=True)
class Summary:
    partners: tuple[PartnerLine, ...]
    by_relationship: tuple[Count, ...]
    by_country: tuple[Count, ...]
    severities: tuple[SeverityCount, ...]
    open: int
    waived: int
    expired: int
    passes: bool
    verdict: str


@dataclass(frozen=True)
class DataItem:
    """One declared data item, classified with the taxonomy under the enabled regimes."""

    text: str
    categories: tuple[str, ...]  # category labels
    classification: str  # how the categories were found, in words
    sensitive: bool
    statuses: tuple[str, ...]  # RegimeStatus.explain() of each regime that makes it sensitive
    necessity: str | None
    impact: str | None
    consent: str
    optional: str | None  # None when not stated


@dataclass(frozen=True)
class WaiverView:
    rule: str  # "DL204 policy-url"
    reason: str
    approved_by: str
    expires: str
    source: str  # where it is written: "path:line"
    expired: bool
    status: str  # "In force through 2027-11-30" / "EXPIRED: it held through 2025-01-31; ..."
    validity: str = ""  # "in force through 2027-11-30" / "held through 2025-01-31 and has expired"


@dataclass(frozen=True)
class ProblemView:
    code: str
    name: str
    severity: str
    status: str  # "open", "waived" or "waiver expired"
    location: str  # "declarations/x.yaml:17:14"
    field: str | None  # the JSON path, "$.privacy_policy.reference"; None: no field to name
    message: str
    articles: tuple[str, ...]
    fix: Paragraph
    waiver: WaiverView | None
    original: str | None = None  # the check's own words, when the message is the rule's summary


@dataclass(frozen=True)
class Partner:
    """One declaration file: what it declares, what is wrong with it, what was accepted."""

    number: int
    anchor: str
    title: str
    id: str | None
    path: str
    sha256: str
    readable: bool  # False when the file could not be read as a declaration
    relationship: str  # short words, for the summary
    country: str
    sensitive: tuple[str, ...]  # the categories that make an item sensitive, with the regimes
    published: tuple[Field, ...]  # the seven parts of the published list
    declared: tuple[Field, ...]  # relationship, contact, country, legal basis, ...
    items: tuple[DataItem, ...]
    problems: tuple[ProblemView, ...]
    waivers: tuple[WaiverView, ...]


@dataclass(frozen=True)
class RuleEntry:
    """A rule cited by at least one problem, with its documentation in plain words."""

    code: str
    name: str
    severity: str
    summary: str
    articles: tuple[str, ...]
    checks: tuple[Paragraph, ...]  # the documentation's "What it checks"
    why: tuple[Paragraph, ...]  # and its "Why"
    cited: int


@dataclass(frozen=True)
class FactGroup:
    """Facts under one title: the controller and published list of a product folder, or the
    sign-off. A fact not declared is kept, marked missing, so the report says what is missing."""

    title: str
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class Scope:
    """Which regimes were assessed and which were not, and what passing the gate means."""

    assessed: tuple[str, ...]
    not_assessed: tuple[str, ...]
    statement: str


@dataclass(frozen=True)
class ChangeLine:
    partner: str
    risk: str  # raises-risk, neutral, lowers-risk
    message: str
    kind: str = ""  # the kind of change (``purpose-changed``), its field and its two values
    field: str = ""
    old: str | tuple[str, ...] | None = None
    new: str | tuple[str, ...] | None = None


@dataclass(frozen=True)
class ChangeLog:
    """The changes in meaning since a previous version (``report --changes-since REV``)."""

    since: str
    lines: tuple[ChangeLine, ...]


@dataclass(frozen=True)
class Report:
    header: Header
    summary: Summary
    partners: Sequence[Partner]  # when written partner by partner, only their number is kept
    others: tuple[ProblemView, ...]  # problems in files that are not declarations (waivers file)
    rules: tuple[RuleEntry, ...]
    files: tuple[FileHash, ...]
    scope: Scope | None = None
    products: tuple[FactGroup, ...] = ()  # controller, app and published list per product folder
    changes: ChangeLog | None = None
    sign_off: FactGroup | None = None
    lang: str = "en"  # the language the report's words are in
