"""The personal information protection impact assessment (PIPL Arts. 55-56), pre-filled.

PIPL Art. 55 requires an assessment before processing sensitive personal information (55(1)),
before entrusting processing, providing personal information to another processor or disclosing
it publicly (55(3)), and before providing it abroad (55(4)). A declaration shows which of these
apply to its entry:

* an item sensitive under an enabled regime: 55(1);
* a recipient that is a ``third_party``, a ``joint_controller`` or an ``enterprise_customer``
  (personal information provided to another processor), or an ``entrusted_processor``
  (processing entrusted): 55(3). A ``device_service`` is a program on the person's own device
  reached through a local interface; it needs an assessment only for another reason;
* a destination or a recipient's country other than the home country: 55(4).

Art. 56 asks three questions; for each, the assessment gives what the declaration already
answers and what the reviewer still has to answer. Automated decision-making (55(2)) and other
significant impact (55(5)) cannot be seen in a declaration: every assessment says so.
"""

from __future__ import annotations

from collections.abc import Sequence

from disclosurelint.export.facts import Facts, facts_of
from disclosurelint.export.model import Assessment, Pipia, Question
from disclosurelint.report import words
from disclosurelint.report.collect import Source
from disclosurelint.report.model import Field, Report

PROVIDED = frozenset({"third_party", "joint_controller", "enterprise_customer"})
ENTRUSTED = "entrusted_processor"

Q1 = "Are the purpose and the method of processing lawful, legitimate and necessary?"
Q2 = "What is the impact on the person's rights and interests, and what are the security risks?"
Q3 = "Are the protective measures lawful, effective and proportionate to the degree of risk?"
RETENTION = (
    "Keep this assessment and the record of the processing for at least three years "
    "(PIPL Art. 56, second paragraph)."
)
UNSEEN = (
    "A declaration cannot show automated decision-making (PIPL Art. 55(2)) or another "
    "significant impact (Art. 55(5)): the reviewer decides whether either applies."
)


def triggers(facts: Facts, home: str) -> tuple[str, ...]:
    """The Art. 55 situations the declaration shows, in words with the provision."""
    found: list[str] = []
    sensitive = [item.text for item in facts.partner.items if item.sensitive]
    if sensitive:
        found.append(
            "Processes sensitive personal information (PIPL Art. 55(1)): " + "; ".join(sensitive)
        )
    relationship = facts.relationship
    if relationship in PROVIDED:
        found.append(
            "Provides personal information to another personal information processor "
            f"(PIPL Art. 55(3)): {facts.partner.title}"
        )
    elif relationship == ENTRUSTED:
        found.append(
            f"Entrusts the processing of personal information (PIPL Art. 55(3)): "
            f"{facts.partner.title}"
        )
    abroad = facts.abroad(home)
    if abroad:
        found.append(
            "Provides personal information outside the home country (PIPL Art. 55(4)): "
            + ", ".join(abroad)
        )
    return tuple(found)


def _purpose(facts: Facts) -> Question:
    evidence = [
        f"{label}: {facts.text(key)}"
        for key, label in (
            ("purpose", "Purpose"),
            ("scenario", "Scenario"),
            ("sharing_modes", "Sharing mode"),
            ("processing_method", "Processing method"),
            ("legal_basis", "Legal basis"),
        )
        if facts.stated(key)
    ]
    evidence.append("Data: " + ("; ".join(item.text for item in facts.partner.items) or "none"))
    evidence.extend(
        f"Necessity of {item.text}: {item.necessity}"
        for item in facts.partner.items
        if item.sensitive and item.necessity
    )
    still = [
        "Is every data item needed for the purpose, and no more than it needs (PIPL Arts. 5, 6)?"
    ]
    still.extend(
        f"The declaration does not state the {label.lower()}."
        for key, label in (
            ("purpose", "Purpose"),
            ("scenario", "Scenario"),
            ("processing_method", "Processing method"),
            ("legal_basis", "Legal basis"),
        )
        if not facts.stated(key)
    )
    still.extend(
        f"Why {item.text} is necessary is not stated (PIPL Art. 28, second paragraph)."
        for item in facts.partner.items
        if item.sensitive and not item.necessity
    )
    return Question("56(1)", Q1, tuple(evidence), tuple(still))


def _impact(facts: Facts, home: str) -> Question:
    evidence = [
        f"{item.text}: {'; '.join(item.statuses)}"
        + (f". Impact stated: {item.impact}" if item.impact else "")
        for item in facts.partner.items
        if item.sensitive
    ] or ["No item is sensitive under the enabled regimes."]
    evidence.append(f"Recipient: {facts.partner.title} ({facts.text('relationship')})")
    abroad = facts.abroad(home)
    if abroad:
        evidence.append(f"Cross-border transfer: {facts.text('cross_border')}")
    still = ["Assess the impact on the person's rights and interests and the security risks."]
    still.extend(
        f"The impact of sharing {item.text} is not stated (PIPL Art. 30)."
        for item in facts.partner.items
        if item.sensitive and not item.impact
    )
    return Question("56(2)", Q2, tuple(evidence), tuple(still))


def _measures(facts: Facts, home: str) -> Question:
    evidence = [
        f"{label}: {facts.text(key)}"
        for key, label in (("retention", "Retention"), ("policy", "Recipient's privacy policy"))
        if facts.stated(key)
    ]
    evidence.extend(
        f"Consent for {item.text}: {item.consent}" for item in facts.partner.items if item.sensitive
    )
    abroad = facts.abroad(home)
    if abroad:
        evidence.append(f"Transfer mechanism: {facts.text('cross_border')}")
    still = [
        "Describe the security measures (encryption, access control, de-identification) and "
        "whether they match the risk.",
    ]
    if not facts.stated("retention"):
        still.append("The retention period is not stated.")
    if facts.relationship == ENTRUSTED:
        still.append(
            "Name the entrustment agreement: purpose, period, method, categories, protective "
            "measures and the parties' rights and duties (PIPL Art. 21)."
        )
    if abroad:
        still.append(
            "Confirm the transfer mechanism and that the recipient's processing meets the PIPL "
            "standard (PIPL Arts. 38, 39)."
        )
    return Question("56(3)", Q3, tuple(evidence), tuple(still))


def assessment(facts: Facts, home: str, reasons: tuple[str, ...]) -> Assessment:
    partner = facts.partner
    facts_shown = (
        *partner.published,
        *(f for f in partner.declared if not f.missing),
    )
    return Assessment(
        title=partner.title,
        id=partner.id,
        path=partner.path,
        sha256=partner.sha256,
        triggers=reasons,
        facts=tuple(Field(f.label, f.text, f.missing) for f in facts_shown),
        questions=(_purpose(facts), _impact(facts, home), _measures(facts, home)),
        problems=tuple(p for p in partner.problems if p.status != "waived"),
        waivers=partner.waivers,
    )


def build_pipia(report: Report, sources: Sequence[Source]) -> Pipia:
    """An assessment for each readable declaration in ``report`` that needs one."""
    home = report.header.home_country
    done: list[Assessment] = []
    exempt: list[tuple[str, str]] = []
    for facts in facts_of(report.partners, sources):
        reasons = triggers(facts, home)
        if reasons:
            done.append(assessment(facts, home, reasons))
        else:
            why = (
                f"{words.word(words.RELATIONSHIPS, facts.relationship)}, no sensitive item, "
                "no transfer abroad (PIPL Art. 55 names none of its situations)"
            )
            exempt.append((facts.partner.title, why))
    return Pipia(report.header, tuple(done), tuple(exempt), RETENTION, (UNSEEN,))
