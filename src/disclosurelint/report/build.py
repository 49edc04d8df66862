"""Declarations, the check's result and the provenance -> a :class:`~.model.Report`.

Pure: it reads no file and runs no command, so the same inputs always give the same report.
Declared facts are worded as the published list words them (:mod:`disclosurelint.render`), data
items are classified as the sensitive-data rules classify them (:mod:`disclosurelint.rules.items`),
and a waiver's expiry is judged by the check, on ``Settings.today``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from disclosurelint import __version__, localized
from disclosurelint import rules as registry
from disclosurelint.config import Settings
from disclosurelint.model import Problem, Result, RuleInfo, Severity, Waiver, format_json_path
from disclosurelint.render.page import entry_parts
from disclosurelint.render.words import LABELS, PARTS, chosen_by_text
from disclosurelint.report import words
from disclosurelint.report.collect import Source
from disclosurelint.report.model import (
    ChangeLog,
    Configuration,
    Count,
    DataItem,
    FactGroup,
    Field,
    FileHash,
    Header,
    Partner,
    PartnerLine,
    ProblemView,
    Provenance,
    Report,
    RuleEntry,
    Scope,
    SeverityCount,
    Summary,
    WaiverView,
)
from disclosurelint.report.provenance import NO_CONFIGURATION, content_hash, file_hash
from disclosurelint.report.ruledoc import inlines, section
from disclosurelint.rules.base import RuleContext
from disclosurelint.rules.dl307_cross_border import GDPR_MECHANISMS, PIPL_MECHANISMS
from disclosurelint.rules.items import items, sensitivity
from disclosurelint.taxonomy.records import QUALIFIED, REGIME_NAMES, Taxonomy

TITLE = "Personal data shared with third parties"


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _text(data: Mapping[str, Any], key: str) -> str | None:
    """``data[key]`` as one line of text; None when absent, blank or not a scalar. A text in
    several languages gives its English text, else its first (the report is in English)."""
    value = data.get(key)
    if localized.is_localized(value):
        value = localized.localize(value, "en")
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (str, int, float)):
        return " ".join(str(value).split()) or None
    return None


def _field(label: str, text: str | None) -> Field:
    return Field(label, text, False) if text else Field(label, words.NOT_STATED, True)


# -- one partner -------------------------------------------------------------------------------


def partner_title(data: Mapping[str, Any], fallback: str) -> str:
    """The recipient's name, or who chooses it at run time, or ``fallback``."""
    recipient = _mapping(data.get("recipient"))
    name = _text(recipient, "name")
    if name:
        return name
    chooser = _text(recipient, "selected_by")
    if chooser:
        chosen = chosen_by_text(chooser).rstrip(".")
        return chosen[:1].upper() + chosen[1:]
    return _text(data, "id") or fallback


def _country(data: Mapping[str, Any], home: str) -> str | None:
    country = _text(_mapping(data.get("recipient")), "country")
    if country is None:
        return None
    if country == home:
        return f"{country} (the home country)"
    return f"{country} (outside the home country, {home})"


def _cross_border(data: Mapping[str, Any], home: str) -> str | None:
    transfer = data.get("cross_border")
    country = _text(_mapping(data.get("recipient")), "country")
    if not isinstance(transfer, Mapping):
        if country and country != home:
            return f"None declared, although the recipient is in {country}, not {home}"
        return None
    destinations = transfer.get("destinations")
    where = (
        ", ".join(str(d) for d in destinations) if isinstance(destinations, list) else None
    ) or words.NOT_STATED.lower()
    mechanism = transfer.get("mechanism")
    given = mechanism if isinstance(mechanism, list) else [mechanism] if mechanism else []
    names = {**PIPL_MECHANISMS, **GDPR_MECHANISMS}
    how = " and ".join(names.get(str(m), str(m)) for m in given)
    text = f"To {where}" + (f", under {how}" if how else ", under no stated mechanism")
    parts = [text + "."]
    for key, label in (
        ("justification", "Why it applies"),
        ("rights_exercise", "Exercising rights against the recipient (PIPL Art. 39)"),
        ("note", None),
    ):
        value = _text(transfer, key)
        if value:
            parts.append(f"{label}: {value}" if label else value)
    return " ".join(parts)


def _legal_basis(data: Mapping[str, Any]) -> str | None:
    basis = _mapping(data.get("legal_basis"))
    parts = []
    for key, label, table in (
        ("pipl", "PIPL", words.PIPL_BASES),
        ("gdpr", "GDPR", words.GDPR_BASES),
        ("gdpr_special_category", "GDPR special categories", words.GDPR_SPECIAL),
        ("gdpr_criminal_data", "GDPR criminal-offence data", words.GDPR_CRIMINAL),
    ):
        value = _text(basis, key)
        if value:
            parts.append(f"{label}: {table.get(value, value)}")
    return "; ".join(parts) or None


def _consent_evidence(data: Mapping[str, Any]) -> str | None:
    evidence = _mapping(data.get("consent_evidence"))
    kind = _text(evidence, "kind")
    if kind is None:
        return None
    text = words.word(words.CONSENTS, kind)
    how, where = _text(evidence, "how"), _text(evidence, "where")
    text += f", obtained by: {how}" if how else ", how it is obtained not stated"
    return text + (f"; recorded at: {where}" if where else "; where it is recorded not stated")


def _reference(data: Mapping[str, Any], key: str) -> str | None:
    found = _mapping(data.get(key))
    reference, date = _text(found, "reference"), _text(found, "date")
    if not (reference or date):
        return None
    return (reference or "no reference given") + (
        f", dated {date}" if date else ", date not stated"
    )


def _review(data: Mapping[str, Any]) -> str | None:
    review = _mapping(data.get("review"))
    owner, when, ticket = (_text(review, k) for k in ("owner", "last_reviewed", "ticket"))
    if not (owner or when or ticket):
        return None
    text = f"Reviewed by {owner}" if owner else "Reviewed"
    text += f" on {when}" if when else ", date not stated"
    return text + (f" ({ticket})" if ticket else "")


def _relationship(data: Mapping[str, Any]) -> str | None:
    value = _text(_mapping(data.get("recipient")), "relationship")
    if value is None:
        return None
    meaning = words.RELATIONSHIP_MEANINGS.get(value)
    return f"{words.word(words.RELATIONSHIPS, value)}: {meaning}" if meaning else value


def published_fields(data: Mapping[str, Any]) -> tuple[Field, ...]:
    """The seven parts of the published list, with its labels and words; each one present."""
    parts = {part.key: part.text for part in entry_parts(data, "en")}
    return tuple(_field(LABELS["en"][key], parts.get(key)) for key in PARTS)


def declared_fields(data: Mapping[str, Any], home: str) -> tuple[Field, ...]:
    """The facts beyond the published list: relationship, contact, country, legal basis, ..."""
    recipient = _mapping(data.get("recipient"))
    values = {
        "relationship": _relationship(data),
        "contact": _text(recipient, "contact"),
        "country": _country(data, home),
        "legal_basis": _legal_basis(data),
        "processing_method": _text(data, "processing_method"),
        "consent_evidence": _consent_evidence(data),
        "cross_border": _cross_border(data, home),
        "retention": _text(data, "retention"),
        "security_measures": _text(data, "security_measures"),
        "entrustment_agreement": _reference(data, "entrustment_agreement"),
        "impact_assessment": _reference(data, "impact_assessment"),
        "review": _review(data),
    }
    return tuple(_field(label, values[key]) for key, label in words.LABELS.items())


def _optional(value: Any) -> str | None:
    if value is True:
        return "optional: the person may refuse it and still use the feature"
    if value is False:
        return "required for the feature"
    return None


def _item_words(item: Any) -> str:
    """The item's English words; when another language's words decided its categories, those
    too (``name (zh: 身份证号码)``), so the reader sees what was classified."""
    english = localized.localize(item.raw.get("item"), "en") or item.text
    words = " ".join(english.split())
    if item.language is not None and item.text.strip() != english.strip():
        words += f" ({item.language}: {' '.join(item.text.split())})"
    return words


def _classified(source: Source, context: RuleContext) -> list[tuple[Any, list[Any]]]:
    """The declaration's data items, each with the statuses that make it sensitive."""
    if source.document is None or not isinstance(source.document.data, Mapping):
        return []
    return [(item, sensitivity(item, context)[0]) for item in items(source.document, context)]


def data_items(
    source: Source, context: RuleContext, classified: list[tuple[Any, list[Any]]] | None = None
) -> tuple[DataItem, ...]:
    """The declaration's data items with their categories and sensitivity under the regimes."""
    taxonomy: Taxonomy = context.taxonomy
    out: list[DataItem] = []
    for item, statuses in _classified(source, context) if classified is None else classified:
        labels = tuple(
            category.label
            for category in (taxonomy.get(c) for c in item.categories)
            if category is not None
        )
        if not item.categories:
            how = "matches no category of the data taxonomy"
        elif not item.inferred:
            how = "declared"
        elif all(p.casefold() == item.text.casefold() for p in item.phrases):
            how = "inferred"
        else:
            how = "inferred from " + ", ".join(f"'{p}'" for p in item.phrases)
        several = len(item.categories) > 1
        explained = tuple(
            f"{category.label}: {status.explain()}" if several else status.explain()
            for category, status in statuses
        )
        justification = _mapping(item.raw.get("justification"))
        out.append(
            DataItem(
                text=_item_words(item),
                categories=labels,
                classification=how,
                sensitive=bool(statuses),
                statuses=explained,
                necessity=_text(justification, "necessity"),
                impact=_text(justification, "impact"),
                consent=words.word(words.CONSENTS, item.raw.get("consent")),
                optional=_optional(item.raw.get("optional")),
            )
        )
    return tuple(out)


def sensitive_categories(
    source: Source, context: RuleContext, classified: list[tuple[Any, list[Any]]] | None = None
) -> tuple[str, ...]:
    """``Label (PIPL with a condition, GB/T 35273-2020)`` for each category that makes an item
    sensitive, with the regimes under which it is."""
    found: dict[str, dict[str, None]] = {}
    for _, statuses in _classified(source, context) if classified is None else classified:
        for category, status in statuses:
            name = REGIME_NAMES.get(status.regime, status.regime)
            if status.level == QUALIFIED:
                name += " with a condition"
            found.setdefault(category.label, {})[name] = None
    return tuple(f"{label} ({', '.join(regimes)})" for label, regimes in found.items())


def _approval(waiver: Waiver) -> str:
    """Who accepted the waiver and when, saying plainly what the waiver does not."""
    who = waiver.approved_by or words.NOT_STATED
    when = f"on {waiver.approved_on}" if waiver.approved_on else "approval date not stated"
    return f"{who}, {when}"


def waiver_view(problem: Problem, waiver: Waiver) -> WaiverView:
    from disclosurelint.waivers import validity

    expires = waiver.expires or "no expiry date"
    if waiver.expired:
        status = f"EXPIRED: it held through {waiver.expires}; the problem counts again"
    elif waiver.expires:
        status = f"In force through {waiver.expires}"
    else:
        status = "In force, with no expiry date"
    return WaiverView(
        rule=f"{problem.code} {problem.name}",
        reason=" ".join(waiver.reason.split()),
        approved_by=_approval(waiver),
        expires=expires,
        source=waiver.source,
        expired=waiver.expired,
        status=status,
        validity=validity(waiver.expires, expired=waiver.expired),
    )


def problem_view(problem: Problem, rule: RuleInfo | None) -> ProblemView:
    waiver = waiver_view(problem, problem.waiver) if problem.waiver is not None else None
    if problem.waived:
        status = "waived"
    elif waiver is not None:
        status = "waiver expired"
    else:
        status = "open"
    return ProblemView(
        code=problem.code,
        name=problem.name,
        severity=problem.severity.label,
        status=status,
        location=f"{problem.path}:{problem.line}:{problem.column}",
        field=format_json_path(problem.json_path) if problem.json_path else None,
        message=_sentence(problem.message),
        articles=rule.articles if rule is not None else (),
        fix=inlines(problem.fix or ""),
        waiver=waiver,
    )


def _sentence(text: str) -> str:
    """``text`` on one line, starting with a capital letter."""
    flat = " ".join(text.split())
    return flat[:1].upper() + flat[1:]


def _rule(code: str, rules: Mapping[str, RuleInfo]) -> RuleInfo | None:
    if code in rules:
        return rules[code]
    rule = registry.by_code().get(code)
    return registry.info(rule) if rule is not None else None


def partner(
    number: int,
    source: Source,
    problems: Sequence[Problem],
    rules: Mapping[str, RuleInfo],
    context: RuleContext,
) -> Partner:
    document = source.document
    readable = document is not None and isinstance(document.data, Mapping)
    data = _mapping(document.data) if document is not None else {}
    views = tuple(problem_view(p, _rule(p.code, rules)) for p in problems)
    waivers: dict[tuple[str, str], WaiverView] = {}
    for view in views:
        if view.waiver is not None:
            waivers.setdefault((view.waiver.source, view.waiver.rule), view.waiver)
    identifier = _text(data, "id")
    relationship = _text(_mapping(data.get("recipient")), "relationship")
    classified = _classified(source, context) if readable else []
    return Partner(
        number=number,
        anchor=f"partner-{number}",
        title=partner_title(data, source.path),
        id=identifier,
        path=source.path,
        sha256=file_hash(source.content),
        readable=readable,
        relationship=words.word(words.RELATIONSHIPS, relationship),
        country=_country(data, context.home_country) or words.NOT_STATED,
        sensitive=sensitive_categories(source, context, classified),
        published=published_fields(data) if readable else (),
        declared=declared_fields(data, context.home_country) if readable else (),
        items=data_items(source, context, classified),
        problems=views,
        waivers=tuple(waivers.values()),
    )


# -- the whole report --------------------------------------------------------------------------


def _counts(labels: Iterable[str]) -> tuple[Count, ...]:
    counter = Counter(labels)
    return tuple(
        Count(label, n) for label, n in sorted(counter.items(), key=lambda i: (-i[1], i[0]))
    )


def _status_counts(problems: Iterable[ProblemView]) -> tuple[int, int, int]:
    listed = list(problems)
    return (
        sum(1 for p in listed if p.status != "waived"),
        sum(1 for p in listed if p.status == "waived"),
        sum(1 for p in listed if p.status == "waiver expired"),
    )


def _verdict(result: Result, fail_on: Severity) -> tuple[bool, str]:
    failing = [p for p in result.active if p.severity >= fail_on]
    below = len(result.active) - len(failing)
    threshold = fail_on.label
    if failing:
        count = words.plural(len(failing), "open problem")
        text = f"The declarations do not pass the gate: {count} at or above {threshold}."
    else:
        text = f"The declarations pass the gate: no open problem at or above {threshold}."
    if below:
        verb = "does" if below == 1 else "do"
        text += f" {words.plural(below, 'open problem')} below {threshold} {verb} not fail it."
    return not failing, text


def partner_line(entry: Partner) -> PartnerLine:
    """The partner's line in the summary table."""
    opened, waived, expired = _status_counts(entry.problems)
    return PartnerLine(
        anchor=entry.anchor,
        title=entry.title,
        relationship=entry.relationship,
        country=entry.country,
        sensitive=entry.sensitive,
        open=opened,
        waived=waived,
        expired=expired,
    )


def summary(lines: Sequence[PartnerLine], result: Result, fail_on: Severity) -> Summary:
    views = [problem_view(p, None) for p in result.problems]
    severities = tuple(
        SeverityCount(level.label, *_status_counts(v for v in views if v.severity == level.label))
        for level in sorted(Severity, reverse=True)
    )
    passes, verdict = _verdict(result, fail_on)
    opened, waived, expired = _status_counts(views)
    return Summary(
        partners=tuple(lines),
        by_relationship=_counts(line.relationship for line in lines),
        by_country=_counts(line.country for line in lines),
        severities=severities,
        open=opened,
        waived=waived,
        expired=expired,
        passes=passes,
        verdict=verdict,
    )


def rule_index(problems: Sequence[Problem], rules: Mapping[str, RuleInfo]) -> tuple[RuleEntry, ...]:
    """Every rule a problem cites, in code order, with its documentation's readable parts."""
    cited = Counter(p.code for p in problems)
    out = []
    for code in sorted(cited):
        rule = _rule(code, rules)
        if rule is None:
            continue
        out.append(
            RuleEntry(
                code=rule.code,
                name=rule.name,
                severity=rule.severity.label,
                summary=rule.summary,
                articles=rule.articles,
                checks=section(rule.doc, "What it checks"),
                why=section(rule.doc, "Why"),
                cited=cited[code],
            )
        )
    return tuple(out)


NOT_COMPLIANCE = (
    "Passing this check is not legal compliance. The tool compares what the declarations say "
    "with the rules cited, under the regimes assessed; it does not verify that what they say is "
    "true (that consent is in fact obtained, that a contract is signed, that a transfer "
    "mechanism is in place), and it says nothing about the regimes not assessed. The rules are "
    "the tool's reading of the provisions cited; a qualified lawyer decides."
)

# Regimes the tool knows beyond `--regime`: assessed only where a rule option enables them.
_OTHER_REGIMES = ("COPPA (16 CFR Part 312; assessed only when DL306's coppa option is on)",)


def scope(settings: Settings) -> Scope:
    """The regimes assessed, those not assessed, and what passing means."""
    from disclosurelint.config import KNOWN_REGIMES

    assessed = tuple(REGIME_NAMES.get(r, r) for r in settings.regimes)
    coppa = bool(settings.options.get("DL306", {}).get("coppa"))
    others = () if coppa else _OTHER_REGIMES
    missing = tuple(REGIME_NAMES.get(r, r) for r in KNOWN_REGIMES if r not in settings.regimes)
    return Scope(
        assessed + (("COPPA (through DL306)",) if coppa else ()),
        missing + others,
        NOT_COMPLIANCE,
    )


_PRODUCT_FACTS = (
    ("controller", "name", "Controller (PIPL Art. 17(1)(1); GDPR Art. 13(1)(a))"),
    ("controller", "contact", "Controller's contact"),
    ("app", "name", "App"),
    ("app", "version", "App version"),
    ("list", "url", "Published list"),
    ("list", "version", "List version"),
    ("list", "published", "Published on"),
    ("list", "effective", "Effective from"),
    ("list", "updated", "Last updated"),
)


def product_group(folder: str, data: Mapping[str, Any]) -> FactGroup:
    """A product folder's controller, app and published list, from its ``_product.yaml``."""
    fields = tuple(
        _field(label, _text(_mapping(data.get(group)), key)) for group, key, label in _PRODUCT_FACTS
    )
    name = _text(data, "name")
    return FactGroup(f"{name} ({folder})" if name else folder, fields)


SIGN_OFF = ("Reviewer", "Title", "Date", "Decision")


def sign_off(values: Mapping[str, str | None]) -> FactGroup:
    """The sign-off block: each of :data:`SIGN_OFF`, "Not stated" where not given."""
    return FactGroup("Sign-off", tuple(_field(label, values.get(label)) for label in SIGN_OFF))


@dataclass(frozen=True)
class Frame:
    """What a report says besides its partners: where the declarations come from, its date, the
    configuration, the product folders' facts, the change log and the sign-off."""

    provenance: Provenance
    date: str
    configuration: Configuration = NO_CONFIGURATION
    products: Sequence[tuple[str, Mapping[str, Any]]] = ()
    changes: ChangeLog | None = None
    signed: Mapping[str, str | None] | None = None


def report_context(settings: Settings, taxonomy: Taxonomy | None = None) -> RuleContext:
    """What the data items are classified with: the regimes, home country and taxonomy."""
    from disclosurelint.taxonomy import load_taxonomy

    return RuleContext(
        regimes=settings.regimes,
        home_country=settings.home_country,
        taxonomy=taxonomy or load_taxonomy(settings.taxonomy),
    )


def regime_names(settings: Settings) -> tuple[str, ...]:
    """The enabled regimes' names: PIPL, GB/T 35273-2020, ..."""
    return tuple(REGIME_NAMES.get(r, r) for r in settings.regimes)


def problems_by_path(result: Result) -> dict[str, list[Problem]]:
    by_path: dict[str, list[Problem]] = {}
    for problem in result.problems:
        by_path.setdefault(problem.path, []).append(problem)
    return by_path


def assemble(
    partners: Sequence[Partner],
    lines: Sequence[PartnerLine],
    files: Sequence[FileHash],
    digest: str,
    *,
    result: Result,
    settings: Settings,
    frame: Frame,
) -> Report:
    """The report around its partners: ``lines`` and ``files`` are the partners' summary lines
    and file hashes, in order, and ``digest`` their content hash (:func:`content_hash`)."""
    from disclosurelint.report.ruleset import RULESET_VERSION

    known = {file.path for file in files}
    others = tuple(
        problem_view(p, _rule(p.code, result.rules)) for p in result.problems if p.path not in known
    )
    header = Header(
        title=TITLE,
        date=frame.date,
        provenance=frame.provenance,
        tool_version=__version__,
        ruleset_version=RULESET_VERSION,
        regimes=regime_names(settings),
        content_hash=digest,
        configuration=frame.configuration,
        home_country=settings.home_country,
        fail_on=settings.fail_on.label,
    )
    return Report(
        header=header,
        summary=summary(lines, result, settings.fail_on),
        partners=partners,
        others=others,
        rules=rule_index(result.problems, result.rules),
        files=tuple(files),
        scope=scope(settings),
        products=tuple(product_group(folder, data) for folder, data in frame.products),
        changes=frame.changes,
        sign_off=sign_off(frame.signed or {}),
    )


def build_report(
    sources: Sequence[Source],
    result: Result,
    settings: Settings,
    provenance: Provenance,
    date: str,
    *,
    configuration: Configuration = NO_CONFIGURATION,
    taxonomy: Taxonomy | None = None,
    products: Sequence[tuple[str, Mapping[str, Any]]] = (),
    changes: ChangeLog | None = None,
    signed: Mapping[str, str | None] | None = None,
) -> Report:
    """The report on ``sources`` (the checked declarations) and ``result`` (their check), held
    whole in memory (``report`` itself writes it partner by partner: :mod:`.stream`)."""
    context = report_context(settings, taxonomy)
    by_path = problems_by_path(result)
    partners = tuple(
        partner(n, source, by_path.get(source.path, ()), result.rules, context)
        for n, source in enumerate(sources, 1)
    )
    return assemble(
        partners,
        [partner_line(entry) for entry in partners],
        [FileHash(entry.path, entry.sha256) for entry in partners],
        content_hash((s.path, s.content) for s in sources),
        result=result,
        settings=settings,
        frame=Frame(provenance, date, configuration, products, changes, signed),
    )
