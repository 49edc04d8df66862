"""Plain words for the declared facts that the published list does not print.

The seven parts of the published list keep their labels and words from
:mod:`disclosurelint.render.words`; the other fields of a declaration (relationship, legal basis,
transfer mechanism, consent) are enumerations, said here in words a reader outside the project
understands, after the schema's own descriptions.
"""

from __future__ import annotations

from collections.abc import Mapping

NOT_STATED = "Not stated"

LABELS: Mapping[str, str] = {
    "relationship": "Relationship",
    "contact": "Contact",
    "country": "Country",
    "legal_basis": "Legal basis",
    "processing_method": "Processing method",
    "consent_evidence": "Consent evidence",
    "cross_border": "Cross-border transfer",
    "retention": "Retention",
    "security_measures": "Recipient's security measures",
    "entrustment_agreement": "Entrustment agreement (PIPL Art. 21)",
    "impact_assessment": "Impact assessment (PIPL Arts. 55-56)",
    "review": "Review",
}
"""Labels of the declared facts beyond the published list's seven, in report order."""

RELATIONSHIPS: Mapping[str, str] = {
    "third_party": "Third party",
    "entrusted_processor": "Entrusted processor",
    "enterprise_customer": "Enterprise customer",
    "device_service": "Service on the user's device",
    "joint_controller": "Joint controller",
}
"""Short names, for the summary."""

RELATIONSHIP_MEANINGS: Mapping[str, str] = {
    "third_party": "an independent handler that decides for itself how it processes the data "
    "(PIPL Art. 23)",
    "entrusted_processor": "processes the data on our behalf and on our instructions "
    "(PIPL Art. 21, GDPR Art. 28)",
    "enterprise_customer": "the organisation that entrusts the product with its users' data",
    "device_service": "a service on the user's own device, reached through a local interface",
    "joint_controller": "decides the purposes and means of processing together with us "
    "(GDPR Art. 26)",
}

PIPL_BASES: Mapping[str, str] = {
    "consent": "consent of the person (Art. 13(1)(1))",
    "contract": "necessary for a contract with the person (Art. 13(1)(2))",
    "hr_management": "necessary for human-resources management (Art. 13(1)(2))",
    "statutory_duty": "necessary for a statutory duty or obligation (Art. 13(1)(3))",
    "emergency": "a public-health emergency or protecting life, health or property (Art. 13(1)(4))",
    "news_reporting": "news reporting in the public interest (Art. 13(1)(5))",
    "public_information": "information made public, within a reasonable scope (Art. 13(1)(6))",
    "other_law": "another law or administrative regulation (Art. 13(1)(7))",
}

GDPR_BASES: Mapping[str, str] = {
    "consent": "consent (Art. 6(1)(a))",
    "contract": "necessary for a contract (Art. 6(1)(b))",
    "legal_obligation": "a legal obligation (Art. 6(1)(c))",
    "vital_interests": "vital interests (Art. 6(1)(d))",
    "public_task": "a task in the public interest (Art. 6(1)(e))",
    "legitimate_interests": "legitimate interests (Art. 6(1)(f))",
}

GDPR_SPECIAL: Mapping[str, str] = {
    "explicit_consent": "explicit consent (Art. 9(2)(a))",
    "employment_social_security": "employment and social-security law (Art. 9(2)(b))",
    "vital_interests": "vital interests, the person cannot consent (Art. 9(2)(c))",
    "not_for_profit_body": "a not-for-profit body's members (Art. 9(2)(d))",
    "made_public": "manifestly made public by the person (Art. 9(2)(e))",
    "legal_claims": "legal claims (Art. 9(2)(f))",
    "substantial_public_interest": "substantial public interest (Art. 9(2)(g))",
    "health_or_social_care": "health or social care (Art. 9(2)(h))",
    "public_health": "public health (Art. 9(2)(i))",
    "archiving_research_statistics": "archiving, research or statistics (Art. 9(2)(j))",
}

GDPR_CRIMINAL: Mapping[str, str] = {
    "official_authority": "under the control of official authority (Art. 10)",
    "authorised_by_law": "authorised by Union or Member State law (Art. 10)",
}

CONSENTS: Mapping[str, str] = {
    "separate": "Separate consent",
    "explicit": "Explicit consent",
    "guardian": "Consent of a parent or guardian",
    "not_required": "Not required",
}

SEVERITIES: Mapping[str, str] = {"error": "Error", "warning": "Warning", "info": "Information"}


def word(table: Mapping[str, str], value: object) -> str:
    """``value``'s words in ``table``; an unknown value as written; nothing as "Not stated"."""
    if value is None or value == "":
        return NOT_STATED
    return table.get(str(value), str(value))


def plural(count: int, singular: str, many: str | None = None) -> str:
    """``1 partner``, ``2 partners``."""
    return f"{count} {singular if count == 1 else many or singular + 's'}"
