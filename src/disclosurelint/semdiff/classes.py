"""The classification table: every kind of change, its class, and the reason for it.

This mapping is the only place a class is decided; ``docs/diff.md`` prints it and a test keeps the
two equal. The reasoning, in short:

* whatever gives more data, to more recipients, for more purposes, in more places, with fewer
  safeguards raises the risk, and so does anything a reviewer cannot see in meaning;
* a stated element that changes or disappears (purpose, justification, legal basis, transfer
  mechanism, policy link) raises it: the review that accepted the old words does not cover the
  new ones;
* the same element stated for the first time lowers it: it fills a gap the linter reports;
* removals of data, modes, destinations and partners lower it;
* changes of wording only (case, spacing, punctuation), notes, contacts, file locations and the
  review record itself are neutral.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType


class Risk(str, enum.Enum):
    """Whether a change raises, keeps or lowers the risk to the people whose data is shared."""

    RAISES = "raises-risk"
    NEUTRAL = "neutral"
    LOWERS = "lowers-risk"

    @property
    def label(self) -> str:
        return self.value


@dataclass(frozen=True)
class Kind:
    """A kind of change: its class and, in plain words, when it happens and why it is so classed."""

    risk: Risk
    when: str
    why: str


R, N, L = Risk.RAISES, Risk.NEUTRAL, Risk.LOWERS

CLASSES: Mapping[str, Kind] = MappingProxyType(
    {
        "partner-added": Kind(R, "a new partner receives data", "a new recipient"),
        "partner-removed": Kind(L, "a partner no longer receives data", "one recipient fewer"),
        "file-moved": Kind(N, "same id, another file", "the same partner in the same words"),
        "file-unreadable": Kind(
            R,
            "a declaration cannot be read at one side",
            "the change cannot be shown in meaning; the file itself needs review",
        ),
        "recipient-name-changed": Kind(
            R, "the recipient's name, or who chooses it", "possibly another company"
        ),
        "relationship-changed": Kind(
            R,
            "the relationship becomes as or more independent (e.g. entrusted_processor to "
            "third_party)",
            "the recipient decides as much or more for itself, with its own purposes",
        ),
        "relationship-narrowed": Kind(
            L,
            "the relationship becomes less independent (e.g. third_party to entrusted_processor)",
            "the recipient acts more on our instructions",
        ),
        "recipient-country-changed": Kind(
            R,
            "where the recipient processes the data is set, changed or removed",
            "decides whether the cross-border rules apply",
        ),
        "contact-changed": Kind(N, "the recipient's contact", "how to reach the recipient only"),
        "product-changed": Kind(
            R, "the recipient's product, SDK or mode", "another product receives the data"
        ),
        "data-item-added": Kind(R, "a data item is shared", "more data"),
        "data-item-removed": Kind(L, "a data item is no longer shared", "less data"),
        "sensitive-item-added": Kind(
            R,
            "a data item that is sensitive under an enabled regime is shared",
            "sensitive data (PIPL Art. 28, GB/T 35273 Table B.1, GDPR Art. 9, CPRA)",
        ),
        "sensitive-item-removed": Kind(
            L, "a sensitive data item is no longer shared", "less sensitive data"
        ),
        "item-category-changed": Kind(
            N,
            "an item's declared category, with the same sensitivity",
            "classification only: no regime counts the item differently",
        ),
        "item-now-sensitive": Kind(
            R,
            "a new category makes an item sensitive (or sensitive under more regimes)",
            "sensitive data",
        ),
        "item-no-longer-sensitive": Kind(
            L, "a new category makes an item less sensitive", "less sensitive data"
        ),
        "justification-changed": Kind(
            R,
            "an item's necessity or impact is changed or removed",
            "the reason accepted before no longer stands (PIPL Art. 30)",
        ),
        "consent-strengthened": Kind(
            L, "an item gains separate, explicit or guardian consent", "a stronger safeguard"
        ),
        "consent-changed": Kind(
            R,
            "an item's consent is weakened, removed or replaced by another form",
            "the safeguard the law asks for may be gone (PIPL Arts. 29, 31; GDPR Art. 9(2)(a))",
        ),
        "item-now-required": Kind(R, "an optional item becomes required", "the user cannot refuse"),
        "item-now-optional": Kind(L, "a required item becomes optional", "the user may refuse"),
        "purpose-changed": Kind(
            R, "the purpose says something else", "a changed purpose needs review (PIPL Art. 17)"
        ),
        "scenario-changed": Kind(
            R, "the scenario says something else", "data shared in another situation"
        ),
        "sharing-mode-added": Kind(R, "a new way of sharing", "another channel for the data"),
        "sharing-mode-removed": Kind(L, "a way of sharing is dropped", "one channel fewer"),
        "policy-url-added": Kind(
            L, "a link to the recipient's policy is given", "people can read the recipient's rules"
        ),
        "policy-url-changed": Kind(
            R, "the policy link points elsewhere", "the new page has not been reviewed"
        ),
        "policy-url-removed": Kind(
            R,
            "the policy link is removed (also when only a `reference` is left)",
            "people can no longer read the recipient's rules (PIPL Art. 23)",
        ),
        "destination-added": Kind(
            R, "data goes to a new country", "a new cross-border transfer (PIPL Art. 38)"
        ),
        "destination-removed": Kind(L, "a destination country is dropped", "one transfer fewer"),
        "transfer-mechanism-changed": Kind(
            R,
            "the cross-border mechanism is changed or removed",
            "the legal instrument for the transfer changed (PIPL Art. 38; GDPR Arts. 44-49)",
        ),
        "legal-basis-changed": Kind(
            R, "the legal basis is changed or removed", "a new legal determination (PIPL Art. 13)"
        ),
        "retention-changed": Kind(
            R, "the retention is changed or removed", "the data may be kept longer"
        ),
        "processing-method-changed": Kind(
            R, "the processing method is changed or removed", "the data is handled differently"
        ),
        "statement-added": Kind(
            L,
            "a justification, legal basis, transfer mechanism, retention or processing method "
            "is stated for the first time",
            "fills a gap in the declaration",
        ),
        "wording-changed": Kind(
            N,
            "the same words up to case, spacing and punctuation; notes, the published wording, "
            "the policy reference, where a run-time name is shown",
            "no change in meaning",
        ),
        "policy-broken": Kind(
            R,
            "the partner now breaks a rule of the organisation's policies or plugins",
            "the organisation's own rulebook says no",
        ),
        "policy-met": Kind(
            L,
            "the partner no longer breaks a rule of the organisation's policies or plugins",
            "closes a gap the organisation's rules report",
        ),
        "review-changed": Kind(N, "the review owner, date or ticket", "the record of a review"),
        "other-changed": Kind(
            N, "a key that format 1 does not define", "`check` reports the key itself"
        ),
    }
)
