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
    "cross_border": "Cross-border transfer",
    "retention": "Retention",
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

LEGAL_BASES: Mapping[str, str] = {
    "consent": "Consent of the person",
    "separate_consent": "Separate consent of the person (PIPL Arts. 23, 29)",
    "contract": "Necessary for a contract to which the person is a party",
    "legal_obligation": "Necessary to meet a legal obligation",
    "vital_interests": "Necessary to protect someone's life, health or property",
    "public_interest": "Necessary for a task in the public interest",
    "legitimate_interests": "Legitimate interests (GDPR Art. 6(1)(f))",
    "employment": "Necessary for human-resources management",
}

MECHANISMS: Mapping[str, str] = {
    "cac_security_assessment": "a security assessment by the Cyberspace Administration of China "
    "(PIPL Art. 38)",
    "cac_standard_contract": "the CAC standard contract (PIPL Art. 38)",
    "pi_certification": "personal-information protection certification (PIPL Art. 38)",
    "adequacy_decision": "an adequacy decision (GDPR Art. 45)",
    "standard_contractual_clauses": "standard contractual clauses (GDPR Art. 46)",
    "binding_corporate_rules": "binding corporate rules (GDPR Art. 47)",
    "derogation": "a derogation for a specific situation (GDPR Art. 49)",
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
