"""Declarations, the check's result and the provenance -> a :class:`~.model.Report`.

Pure: it reads no file and runs no command, so the same inputs always give the same report.
Declared facts are worded as the published list words them (:mod:`disclosurelint.render`), data
items are classified as the sensitive-data rules classify them (:mod:`disclosurelint.rules.items`),
and a waiver's expiry is judged by the check, on ``Settings.today``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from disclosurelint import __version__, localized
from disclosurelint import rules as registry
from disclosurelint.config import Settings
from disclosurelint.model import Problem, Result, RuleInfo, Severity, Waiver, format_json_path
from disclosurelint.render.page import entry_parts
from disclosurelint.render.words import LABELS, PARTS, Lang, chosen_by_text
from disclosurelint.report.catalogue import Words
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
    Paragraph,
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
from disclosurelint.rules.items import items, sensitivity
from disclosurelint.taxonomy.records import NOT_SENSITIVE, QUALIFIED, RegimeStatus, Taxonomy

ENGLISH = Words("en")
TITLE = ENGLISH("title")


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _in_language(value: Mapping[Any, Any], w: Words) -> tuple[str, str | None] | None:
    """The text of a map of languages in the report's language, with None; else its first text
    with that text's language tag, to say so; None when it has no text."""
    own = localized.text_in(value, w.lang)
    if own is not None and own.strip():
        return own, None
    other = localized.primary(value)
    if other is None:
        return None
    return other, next((str(t) for t, v in value.items() if v == other), "")


def _text(data: Mapping[str, Any], key: str, w: Words = ENGLISH) -> str | None:
    """``data[key]`` as one line of text; None when absent, blank or not a scalar. A text in
    several languages gives its text in the report's language, else its first, marked with the
    language it is in (``Provide maps. (only in en)``)."""
    value = data.get(key)
    if type(value) is str:  # most values: asked first, without the ABC machinery
        return " ".join(value.split()) or None
    if value is None:
        return None
    if localized.is_mapping(value):
        found = _in_language(value, w)
        if found is None:
            return None
        text, tag = found
        text = " ".join(text.split())
        return w("fallback", text=text, tag=tag) if tag else text or None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (str, int, float)):
        return " ".join(str(value).split()) or None
    return None


_MAX_FIELDS = 10_000
_fields: dict[tuple[str, str | None, str], Field] = {}


def forget() -> None:
    """Start afresh: every fact and data item is worded again when next asked for."""
    _fields.clear()
    _items_made.clear()
    _items_for[0] = None


def _field(label: str, text: str | None, w: Words = ENGLISH) -> Field:
    """The fact ``label`` saying ``text``, or "Not stated"; one record per distinct fact (most
    facts, and every absent one, repeat across the declarations)."""
    key = (label, text, w.lang)
    found = _fields.get(key)
    if found is None:
        if len(_fields) >= _MAX_FIELDS:
            _fields.clear()
        found = Field(label, text, False) if text else Field(label, _not_stated(w.lang), True)
        _fields[key] = found
    return found


@cache
def _shared(lang: str) -> Words:
    """The words of ``lang`` that the remembered wordings below are written with."""
    return Words(lang)


@cache
def _not_stated(lang: str) -> str:
    return _shared(lang)("not_stated")


_Worded = Callable[..., str]


def _worded(make: _Worded) -> _Worded:
    """``make(w, *values)`` (each value a text or None) written once per language and values:
    a declared fact worded from a few values the declarations repeat (a relationship, a legal
    basis, a reviewer and date)."""

    @lru_cache(maxsize=4096)
    def remembered(lang: str, *values: str | None) -> str:
        return make(_shared(lang), *values)

    def worded(w: Words, *values: str | None) -> str:
        return remembered(w.lang, *values)

    return worded


# -- one partner -------------------------------------------------------------------------------


def partner_title(data: Mapping[str, Any], fallback: str, w: Words = ENGLISH) -> str:
    """The recipient's name, or who chooses it at run time, or ``fallback``."""
    recipient = _mapping(data.get("recipient"))
    name = _text(recipient, "name", w)
    if name:
        return name
    chooser = _text(recipient, "selected_by")
    if chooser:
        chosen = chosen_by_text(chooser, lang="zh" if w.lang == "zh" else "en").rstrip(".。")
        return chosen[:1].upper() + chosen[1:]
    return _text(data, "id") or fallback


def _country(data: Mapping[str, Any], home: str, w: Words = ENGLISH) -> str | None:
    country = _text(_mapping(data.get("recipient")), "country")
    return None if country is None else _country_words(w, country, home)


@_worded
def _country_words(w: Words, country: str, home: str) -> str:
    if country == home:
        return w("country.home", country=country)
    return w("country.abroad", country=country, home=home)


def _cross_border(data: Mapping[str, Any], home: str, w: Words) -> str | None:
    transfer = data.get("cross_border")
    country = _text(_mapping(data.get("recipient")), "country")
    if not isinstance(transfer, Mapping):
        if country and country != home:
            return w("cross_border.undeclared", country=country, home=home)
        return None
    destinations = transfer.get("destinations")
    where = (
        w.join([str(d) for d in destinations]) if isinstance(destinations, list) else None
    ) or w("not_stated.lower")
    mechanism = transfer.get("mechanism")
    given = mechanism if isinstance(mechanism, list) else [mechanism] if mechanism else []
    how = w.join([w.word("mechanism", m) for m in given], "list.and")
    text = w("cross_border.to", where=where) + (
        w("cross_border.under", how=how) if how else w("cross_border.no_mechanism")
    )
    parts = [text + w("sentence.end")]
    for key, label in (
        ("justification", "cross_border.justification"),
        ("rights_exercise", "cross_border.rights_exercise"),
        ("note", None),
    ):
        value = _text(transfer, key, w)
        if value:
            parts.append(w("labelled", label=w(label), text=value) if label else value)
    return w.join(parts, "sentence.sep")


_BASES = (
    ("pipl", "pipl_basis"),
    ("gdpr", "gdpr_basis"),
    ("gdpr_special_category", "gdpr_special"),
    ("gdpr_criminal_data", "gdpr_criminal"),
)


def _legal_basis(data: Mapping[str, Any], w: Words) -> str | None:
    basis = _mapping(data.get("legal_basis"))
    values = [_text(basis, key) for key, _ in _BASES]
    return _basis_words(w, *values) if any(values) else None


@_worded
def _basis_words(w: Words, *values: str | None) -> str:
    parts = [
        w("labelled", label=w(f"basis.{key}"), text=w.word(table, value))
        for (key, table), value in zip(_BASES, values, strict=True)
        if value
    ]
    return w.join(parts, "list.semicolon")


def _consent_evidence(data: Mapping[str, Any], w: Words) -> str | None:
    evidence = _mapping(data.get("consent_evidence"))
    kind = _text(evidence, "kind")
    if kind is None:
        return None
    return _consent_words(w, kind, _text(evidence, "how", w), _text(evidence, "where", w))


@_worded
def _consent_words(w: Words, kind: str, how: str | None, where: str | None) -> str:
    text = w.word("consent", kind)
    if w.lang == "zh":  # a clause inside a Chinese sentence ends with no full stop of its own
        how, where = (t.rstrip("。") if t else t for t in (how, where))
    text += w("consent_evidence.how", how=how) if how else w("consent_evidence.no_how")
    return text + (
        w("consent_evidence.where", where=where) if where else w("consent_evidence.no_where")
    )


def _reference(data: Mapping[str, Any], key: str, w: Words) -> str | None:
    found = _mapping(data.get(key))
    reference, date = _text(found, "reference", w), _text(found, "date")
    return _reference_words(w, reference, date) if reference or date else None


@_worded
def _reference_words(w: Words, reference: str | None, date: str | None) -> str:
    return (reference or w("reference.none")) + (
        w("reference.dated", date=date) if date else w("reference.undated")
    )


def _review(data: Mapping[str, Any], w: Words) -> str | None:
    review = _mapping(data.get("review"))
    owner, when, ticket = (_text(review, k) for k in ("owner", "last_reviewed", "ticket"))
    return _review_words(w, owner, when, ticket) if owner or when or ticket else None


@_worded
def _review_words(w: Words, owner: str | None, when: str | None, ticket: str | None) -> str:
    text = w("review.by", owner=owner) if owner else w("review.done")
    text += w("review.on", date=when) if when else w("review.undated")
    return text + (w("review.ticket", ticket=ticket) if ticket else "")


def _relationship(data: Mapping[str, Any], w: Words) -> str | None:
    value = _text(_mapping(data.get("recipient")), "relationship")
    return None if value is None else _relationship_words(w, value)


@_worded
def _relationship_words(w: Words, value: str) -> str:
    if not w.has(f"meaning.{value}"):
        return value
    return w("labelled", label=w.word("relationship", value), text=w(f"meaning.{value}"))


def published_fields(data: Mapping[str, Any], w: Words = ENGLISH) -> tuple[Field, ...]:
    """The seven parts of the published list, with its labels and words; each one present."""
    lang: Lang = "zh" if w.lang == "zh" else "en"
    parts = {part.key: part.text for part in entry_parts(data, lang)}
    for key, (group, field) in _PUBLISHED_SOURCES.items():
        value = _mapping(data.get(group)).get(field) if group else data.get(field)
        found = _in_language(value, w) if localized.is_mapping(value) else None
        text = parts.get(key)
        if found is not None and found[1] and text and text.strip() == found[0].strip():
            parts[key] = w("fallback", text=text, tag=found[1])  # rendering took another's
    return tuple(_field(LABELS[lang][key], parts.get(key), w) for key in PARTS)


# The published parts that print one free-text field as it is written: (its group, its key).
_PUBLISHED_SOURCES = {
    "company": ("recipient", "name"),
    "product": ("", "product"),
    "purpose": ("", "purpose"),
    "scenario": ("", "scenario"),
}


_DECLARED = (
    "relationship",
    "contact",
    "country",
    "legal_basis",
    "processing_method",
    "consent_evidence",
    "cross_border",
    "retention",
    "security_measures",
    "entrustment_agreement",
    "impact_assessment",
    "review",
)
"""The declared facts beyond the published list's seven, in report order."""


def declared_fields(data: Mapping[str, Any], home: str, w: Words = ENGLISH) -> tuple[Field, ...]:
    """The facts beyond the published list: relationship, contact, country, legal basis, ..."""
    recipient = _mapping(data.get("recipient"))
    values = {
        "relationship": _relationship(data, w),
        "contact": _text(recipient, "contact"),
        "country": _country(data, home, w),
        "legal_basis": _legal_basis(data, w),
        "processing_method": _text(data, "processing_method", w),
        "consent_evidence": _consent_evidence(data, w),
        "cross_border": _cross_border(data, home, w),
        "retention": _text(data, "retention", w),
        "security_measures": _text(data, "security_measures", w),
        "entrustment_agreement": _reference(data, "entrustment_agreement", w),
        "impact_assessment": _reference(data, "impact_assessment", w),
        "review": _review(data, w),
    }
    return tuple(
        _field(label, values[key], w)
        for key, label in zip(_DECLARED, _declared_labels(w.lang), strict=True)
    )


@cache
def _declared_labels(lang: str) -> tuple[str, ...]:
    return tuple(_shared(lang)(f"label.{key}") for key in _DECLARED)


def _optional(value: Any, w: Words) -> str | None:
    if value is True:
        return w("optional.yes")
    if value is False:
        return w("optional.no")
    return None


def _item_words(item: Any, w: Words) -> str:
    """The item's words in the report's language (marked when only another language has
    them); when another language's words decided its categories, those too (``name (zh:
    身份证号码)``), so the reader sees what was classified."""
    raw = item.raw.get("item")
    found = _in_language(raw, w) if isinstance(raw, Mapping) else None
    shown, tag = found or (localized.primary(raw) or item.text, None)
    words = " ".join(shown.split())
    if tag:
        words = w("fallback", text=words, tag=tag)
    if item.language is not None and item.text.strip() != shown.strip():
        words = w(
            "item.other_language", text=words, tag=item.language, other=" ".join(item.text.split())
        )
    return words


def _category_label(category: Any, w: Words) -> str:
    """A data category's label: the catalogue's words for a bundled category, else its own."""
    key = f"category.{category.id}"
    return w(key) if w.has(key) else str(category.label)


def _regime(regime: str, w: Words) -> str:
    return w.word("regime", regime)


def explain_status(status: RegimeStatus, w: Words) -> str:
    """One plain sentence on how a regime treats a category, in the report's language; a
    condition of the taxonomy the Chinese words do not know is quoted as it is written."""
    if w.lang == "en":
        return status.explain()
    level = {QUALIFIED: "qualified", NOT_SENSITIVE: "not_sensitive"}.get(status.level, "sensitive")
    text = w(
        f"status.{level}",
        regime=_regime(status.regime, w),
        article=article_words(status.article, w),
    )
    if not status.qualifier:
        return text
    from disclosurelint.report.articles import condition

    qualifier = condition(status.qualifier) or status.qualifier
    return w("status.qualifier", text=text, qualifier=qualifier)


def _classified(source: Source, context: RuleContext) -> list[tuple[Any, list[Any]]]:
    """The declaration's data items, each with the statuses that make it sensitive."""
    if source.document is None or not isinstance(source.document.data, Mapping):
        return []
    return [(item, sensitivity(item, context)[0]) for item in items(source.document, context)]


# A data item's row is the same wherever the same words are declared: ten thousand declarations
# name a few hundred kinds of data. Each distinct item is worded once per run (per taxonomy,
# regimes and language); a localized item, or a value that cannot be a key, is worded each time.
_MAX_ITEMS = 10_000
_items_made: dict[tuple[Any, ...], DataItem] = {}
_items_for: list[Any] = [None]


def _item_key(item: Any, necessity: str | None, impact: str | None) -> tuple[Any, ...] | None:
    """What decides an item's :class:`DataItem` under one taxonomy, regimes and language: its
    words as written, its categories and how they were found, its justification, its consent
    and whether it is optional (its sensitivity follows from its words and categories)."""
    raw = item.raw
    written, consent, optional = raw.get("item"), raw.get("consent"), raw.get("optional")
    if type(written) is not str or type(consent) not in _KEYABLE:
        return None
    return (
        written,
        item.text,
        item.categories,
        item.inferred,
        item.phrases,
        necessity,
        impact,
        type(consent),
        consent,
        optional is True,
        optional is False,
    )


_KEYABLE = frozenset({str, int, float, bool, type(None)})


def data_items(
    source: Source,
    context: RuleContext,
    classified: list[tuple[Any, list[Any]]] | None = None,
    w: Words = ENGLISH,
) -> tuple[DataItem, ...]:
    """The declaration's data items with their categories and sensitivity under the regimes."""
    taxonomy: Taxonomy = context.taxonomy
    scope = (taxonomy, context.regimes, w.lang)
    held = _items_for[0]
    if held is None or held[0] is not taxonomy or held[1:] != scope[1:]:
        _items_made.clear()
        _items_for[0] = scope
    out: list[DataItem] = []
    for item, statuses in _classified(source, context) if classified is None else classified:
        justification = _mapping(item.raw.get("justification"))
        necessity = _text(justification, "necessity", w)
        impact = _text(justification, "impact", w)
        key = _item_key(item, necessity, impact)
        made = _items_made.get(key) if key is not None else None
        if made is None:
            made = _data_item(item, statuses, necessity, impact, taxonomy=taxonomy, w=w)
            if key is not None:
                if len(_items_made) >= _MAX_ITEMS:
                    _items_made.clear()
                _items_made[key] = made
        out.append(made)
    return tuple(out)


def _data_item(
    item: Any,
    statuses: list[Any],
    necessity: str | None,
    impact: str | None,
    *,
    taxonomy: Taxonomy,
    w: Words,
) -> DataItem:
    labels = tuple(
        _category_label(category, w)
        for category in (taxonomy.get(c) for c in item.categories)
        if category is not None
    )
    if not item.categories:
        how = w("classified.none")
    elif not item.inferred:
        how = w("classified.declared")
    elif all(p.casefold() == item.text.casefold() for p in item.phrases):
        how = w("classified.inferred")
    else:
        phrases = w.join([w("classified.phrase", phrase=p) for p in item.phrases])
        how = w("classified.inferred_from", phrases=phrases)
    several = len(item.categories) > 1
    explained = tuple(
        w("labelled", label=_category_label(category, w), text=explain_status(status, w))
        if several
        else explain_status(status, w)
        for category, status in statuses
    )
    return DataItem(
        text=_item_words(item, w),
        categories=labels,
        classification=how,
        sensitive=bool(statuses),
        statuses=explained,
        necessity=necessity,
        impact=impact,
        consent=w.word("consent", item.raw.get("consent")),
        optional=_optional(item.raw.get("optional"), w),
    )


def sensitive_categories(
    source: Source,
    context: RuleContext,
    classified: list[tuple[Any, list[Any]]] | None = None,
    w: Words = ENGLISH,
) -> tuple[str, ...]:
    """``Label (PIPL with a condition, GB/T 35273-2020)`` for each category that makes an item
    sensitive, with the regimes under which it is."""
    found: dict[str, dict[str, None]] = {}
    for _, statuses in _classified(source, context) if classified is None else classified:
        for category, status in statuses:
            name = _regime(status.regime, w)
            if status.level == QUALIFIED:
                name = w("sensitive.with_condition", regime=name)
            found.setdefault(_category_label(category, w), {})[name] = None
    return tuple(
        w("parenthesised", text=label, inner=w.join(list(regimes)))
        for label, regimes in found.items()
    )


def _approval(waiver: Waiver, w: Words) -> str:
    """Who accepted the waiver and when, saying plainly what the waiver does not."""
    who = waiver.approved_by or w("not_stated")
    when = (
        w("waiver.approved_on", date=waiver.approved_on)
        if waiver.approved_on
        else w("waiver.approval_undated")
    )
    return w("waiver.approval", who=who, when=when)


def waiver_view(problem: Problem, waiver: Waiver, w: Words = ENGLISH) -> WaiverView:
    from disclosurelint.waivers import validity

    expires = waiver.expires or w("waiver.no_expiry")
    if waiver.expired:
        status = w("waiver.expired", date=waiver.expires)
    elif waiver.expires:
        status = w("waiver.in_force", date=waiver.expires)
    else:
        status = w("waiver.in_force_forever")
    how = "expired" if waiver.expired else "in_force" if waiver.expires else "forever"
    english = validity(waiver.expires, expired=waiver.expired)
    return WaiverView(
        rule=f"{problem.code} {_rule_name(problem.code, problem.name, None, w)}",
        reason=" ".join(waiver.reason.split()),
        approved_by=_approval(waiver, w),
        expires=expires,
        source=waiver.source,
        expired=waiver.expired,
        status=status,
        validity=w(f"validity.{how}", validity=english, date=waiver.expires),
    )


def _rule_name(code: str, name: str, rule: RuleInfo | None, w: Words) -> str:
    """The rule's name; in another language, its own name there, then the name to type."""
    if w.lang == "en":
        return name
    found = rule or _rule(code, {})
    text = found.text(w.lang) if found is not None and w.lang != "en" else None
    if text is None or text.name == name:
        return name
    return w("parenthesised", text=text.name, inner=name)


def article_words(article: str, w: Words) -> str:
    """An article as the report's language cites it (``PIPL Art. 23`` -> ``《个人信息保护法》
    第二十三条``)."""
    if w.lang == "en":
        return article
    from disclosurelint.report.articles import chinese

    return chinese(article)


def _status(problem: Problem) -> str:
    if problem.waived:
        return "waived"
    return "waiver expired" if problem.waiver is not None else "open"


def problem_view(problem: Problem, rule: RuleInfo | None, w: Words = ENGLISH) -> ProblemView:
    waiver = waiver_view(problem, problem.waiver, w) if problem.waiver is not None else None
    status = _status(problem)
    # in English the rule is only read for its articles; another language needs its texts
    found = rule if rule is not None or w.lang == "en" else _rule(problem.code, {})
    text = found.text(w.lang) if found is not None and w.lang != "en" else None
    message = _sentence(problem.message)
    return ProblemView(
        code=problem.code,
        name=_rule_name(problem.code, problem.name, found, w),
        severity=problem.severity.label,
        status=status,
        location=f"{problem.path}:{problem.line}:{problem.column}",
        field=format_json_path(problem.json_path) if problem.json_path else None,
        message=_sentence(text.summary) if text is not None else message,
        articles=tuple(article_words(a, w) for a in found.articles) if found is not None else (),
        fix=inlines(text.fix if text is not None and text.fix else problem.fix or ""),
        waiver=waiver,
        original=message if text is not None else None,
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
    *,
    w: Words = ENGLISH,
) -> Partner:
    document = source.document
    readable = document is not None and isinstance(document.data, Mapping)
    data = _mapping(document.data) if document is not None else {}
    views = tuple(problem_view(p, _rule(p.code, rules), w) for p in problems)
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
        title=partner_title(data, source.path, w),
        id=identifier,
        path=source.path,
        sha256=file_hash(source.content),
        readable=readable,
        relationship=w.word("relationship", relationship),
        country=_country(data, context.home_country, w) or w("not_stated"),
        sensitive=sensitive_categories(source, context, classified, w),
        published=published_fields(data, w) if readable else (),
        declared=declared_fields(data, context.home_country, w) if readable else (),
        items=data_items(source, context, classified, w),
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


def _verdict(result: Result, fail_on: Severity, w: Words) -> tuple[bool, str]:
    active = result.tally.active
    failing = sum(n for level, n in active.items() if level >= fail_on)
    below = sum(active.values()) - failing
    threshold = w(f"severity.{fail_on.label}")
    if failing:
        count = w.count("count.open_problem", failing)
        text = w("verdict.fail", count=count, threshold=threshold)
    else:
        text = w("verdict.pass", threshold=threshold)
    if below:
        count = w.count("count.open_problem", below)
        text += w.count("verdict.below", below, count=count, threshold=threshold)
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


def summary(
    lines: Sequence[PartnerLine], result: Result, fail_on: Severity, w: Words = ENGLISH
) -> Summary:
    # counted as the problems are read: a large run's are never all in memory
    counts: Counter[tuple[str, str]] = Counter()
    for p in result.problems:
        counts[p.severity.label, _status(p)] += 1

    def status_counts(levels: Iterable[str]) -> tuple[int, int, int]:
        by_status: Counter[str] = Counter()
        for level in levels:
            for status in ("open", "waived", "waiver expired"):
                by_status[status] += counts[level, status]
        return (
            by_status["open"] + by_status["waiver expired"],
            by_status["waived"],
            by_status["waiver expired"],
        )

    severities = tuple(
        SeverityCount(level.label, *status_counts([level.label]))
        for level in sorted(Severity, reverse=True)
    )
    passes, verdict = _verdict(result, fail_on, w)
    opened, waived, expired = status_counts(level.label for level in Severity)
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


def _paragraphs(text: str) -> tuple[Paragraph, ...]:
    blocks = re.split(r"\n[ \t]*\n", text.strip())
    return tuple(inlines(block) for block in blocks if block.strip())


def rule_entry(rule: RuleInfo, cited: int, w: Words = ENGLISH) -> RuleEntry:
    """A cited rule with its documentation's readable parts in the report's language; a rule
    without documentation in that language gives its English, saying so."""
    text = rule.text(w.lang) if w.lang != "en" else None
    if text is None:
        checks, why = section(rule.doc, "What it checks"), section(rule.doc, "Why")
        summary = rule.summary if w.lang == "en" else w("rules.untranslated", text=rule.summary)
    else:  # a policy rule's checks are its expressions: the same words in every language
        checks = _paragraphs(text.checks) if text.checks else section(rule.doc, "What it checks")
        why, summary = _paragraphs(text.why), text.summary
    return RuleEntry(
        code=rule.code,
        name=_rule_name(rule.code, rule.name, rule, w),
        severity=rule.severity.label,
        summary=summary,
        articles=tuple(article_words(a, w) for a in rule.articles),
        checks=checks,
        why=why,
        cited=cited,
    )


def rule_index(
    problems: Sequence[Problem], rules: Mapping[str, RuleInfo], w: Words = ENGLISH
) -> tuple[RuleEntry, ...]:
    """Every rule a problem cites, in code order, with its documentation's readable parts."""
    cited = Counter(p.code for p in problems)
    found = ((_rule(code, rules), cited[code]) for code in sorted(cited))
    return tuple(rule_entry(rule, n, w) for rule, n in found if rule is not None)


NOT_COMPLIANCE = ENGLISH("scope.statement")


def scope(settings: Settings, w: Words = ENGLISH) -> Scope:
    """The regimes assessed, those not assessed, and what passing means."""
    from disclosurelint.config import KNOWN_REGIMES

    assessed = tuple(_regime(r, w) for r in settings.regimes)
    coppa = bool(settings.options.get("DL306", {}).get("coppa"))
    # Regimes the tool knows beyond `--regime`: assessed only where a rule option enables them.
    others = () if coppa else (w("scope.coppa"),)
    missing = tuple(_regime(r, w) for r in KNOWN_REGIMES if r not in settings.regimes)
    return Scope(
        assessed + ((w("scope.coppa_on"),) if coppa else ()),
        missing + others,
        w("scope.statement"),
    )


_PRODUCT_FACTS = (
    ("controller", "name", "product.controller"),
    ("controller", "contact", "product.controller_contact"),
    ("app", "name", "product.app"),
    ("app", "version", "product.app_version"),
    ("list", "url", "product.list"),
    ("list", "version", "product.list_version"),
    ("list", "published", "product.published"),
    ("list", "effective", "product.effective"),
    ("list", "updated", "product.updated"),
)


def product_group(folder: str, data: Mapping[str, Any], w: Words = ENGLISH) -> FactGroup:
    """A product folder's controller, app and published list, from its ``_product.yaml``."""
    fields = tuple(
        _field(w(label), _text(_mapping(data.get(group)), key, w), w)
        for group, key, label in _PRODUCT_FACTS
    )
    name = _text(data, "name", w)
    return FactGroup(w("product.title", name=name, folder=folder) if name else folder, fields)


SIGN_OFF = ("reviewer", "title", "date", "decision")
"""The sign-off's fields, in order; each is labelled by the message ``sign_off.<field>``."""


def sign_off(values: Mapping[str, str | None], w: Words = ENGLISH) -> FactGroup:
    """The sign-off block: each of :data:`SIGN_OFF`, "Not stated" where not given."""
    return FactGroup(
        w("sign_off.heading"),
        tuple(_field(w(f"sign_off.{key}"), values.get(key), w) for key in SIGN_OFF),
    )


def change_log(changes: ChangeLog, w: Words = ENGLISH) -> ChangeLog:
    """The change log in the report's language: each change said from its kind, field and
    values (English keeps the change's own message)."""
    lines = tuple(
        replace(
            line,
            risk=w.word("risk", line.risk),
            message=w(
                "changes.line",
                message=line.message,
                kind=w.word("change", line.kind),
                field=line.field,
                old=_value(line.old, w),
                new=_value(line.new, w),
            )
            if w.has(f"change.{line.kind}") or w.lang == "en"
            else line.message,
        )
        for line in changes.lines
    )
    return ChangeLog(changes.since, lines)


def _value(value: str | tuple[str, ...] | None, w: Words) -> str:
    if not value:
        return w("changes.absent")
    return w.join(list(value)) if isinstance(value, tuple) else value


@dataclass(frozen=True)
class Frame:
    """What a report says besides its partners: where the declarations come from, its date, the
    configuration, the product folders' facts, the change log, the sign-off, and the language
    of its words."""

    provenance: Provenance
    date: str
    configuration: Configuration = NO_CONFIGURATION
    products: Sequence[tuple[str, Mapping[str, Any]]] = ()
    changes: ChangeLog | None = None
    signed: Mapping[str, str | None] | None = None
    lang: str = "en"


def report_context(settings: Settings, taxonomy: Taxonomy | None = None) -> RuleContext:
    """What the data items are classified with: the regimes, home country and taxonomy."""
    from disclosurelint.taxonomy import load_taxonomy

    return RuleContext(
        regimes=settings.regimes,
        home_country=settings.home_country,
        taxonomy=taxonomy or load_taxonomy(settings.taxonomy),
    )


def regime_names(settings: Settings, w: Words = ENGLISH) -> tuple[str, ...]:
    """The enabled regimes' names: PIPL, GB/T 35273-2020, ..."""
    return tuple(_regime(r, w) for r in settings.regimes)


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

    w = Words(frame.lang)
    known = {file.path for file in files}
    others = tuple(
        problem_view(p, _rule(p.code, result.rules), w)
        for p in result.problems
        if p.path not in known
    )
    header = Header(
        title=w("title"),
        date=frame.date,
        provenance=replace(frame.provenance, note=w.note(frame.provenance.note)),
        tool_version=__version__,
        ruleset_version=RULESET_VERSION,
        regimes=regime_names(settings, w),
        content_hash=digest,
        configuration=replace(frame.configuration, note=w.note(frame.configuration.note)),
        home_country=settings.home_country,
        fail_on=settings.fail_on.label,
    )
    changes = frame.changes
    return Report(
        header=header,
        summary=summary(lines, result, settings.fail_on, w),
        partners=partners,
        others=others,
        rules=rule_index(result.problems, result.rules, w),
        files=tuple(files),
        scope=scope(settings, w),
        products=tuple(product_group(folder, data, w) for folder, data in frame.products),
        changes=change_log(changes, w) if changes is not None else None,
        sign_off=sign_off(frame.signed or {}, w),
        lang=frame.lang,
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
    lang: str = "en",
) -> Report:
    """The report on ``sources`` (the checked declarations) and ``result`` (their check), in
    ``lang`` (one of :data:`~.catalogue.LANGS`), held whole in memory (``report`` itself writes
    it partner by partner: :mod:`.stream`)."""
    context = report_context(settings, taxonomy)
    by_path = problems_by_path(result)
    w = Words(lang)
    partners = tuple(
        partner(n, source, by_path.get(source.path, ()), result.rules, context, w=w)
        for n, source in enumerate(sources, 1)
    )
    return assemble(
        partners,
        [partner_line(entry) for entry in partners],
        [FileHash(entry.path, entry.sha256) for entry in partners],
        content_hash((s.path, s.content) for s in sources),
        result=result,
        settings=settings,
        frame=Frame(provenance, date, configuration, products, changes, signed, lang),
    )
