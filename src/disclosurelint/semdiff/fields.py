"""One partner's two declarations compared field by field, except the data items (:mod:`.data`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from disclosurelint.semdiff.words import Changes, mapping, quoted, text, texts

# How independent a recipient is of us: moving up the scale raises the risk, down lowers it.
RELATIONSHIP_RANK: Mapping[str, int] = {
    "device_service": 0,  # a service on the person's own device
    "entrusted_processor": 1,  # processes only on our instructions (PIPL Art. 21)
    "enterprise_customer": 2,  # the organisation that entrusts us with its own users' data
    "joint_controller": 2,  # decides purposes and means with us (GDPR Art. 26)
    "third_party": 3,  # an independent handler with its own purposes (PIPL Art. 23)
}

KNOWN_KEYS = frozenset(
    {
        "disclosure",
        "id",
        "recipient",
        "product",
        "data",
        "data_note",
        "purpose",
        "scenario",
        "sharing_modes",
        "sharing_mode_note",
        "privacy_policy",
        "wording",
        "legal_basis",
        "processing_method",
        "cross_border",
        "retention",
        "review",
    }
)


def compare_fields(old: Mapping[str, Any], new: Mapping[str, Any], out: Changes) -> None:
    """Every difference outside ``data`` (items are compared by :mod:`.data`), in file order."""
    recipient(mapping(old.get("recipient")), mapping(new.get("recipient")), out)
    out.element(
        "product-changed",
        "product",
        text(old.get("product")),
        text(new.get("product")),
        "the recipient's product",
    )


def compare_rest(old: Mapping[str, Any], new: Mapping[str, Any], out: Changes) -> None:
    """The fields after ``data``."""
    out.note("data_note", text(old.get("data_note")), text(new.get("data_note")), "the data note")
    for key, what in (("purpose", "the purpose"), ("scenario", "the scenario")):
        out.element(f"{key}-changed", key, text(old.get(key)), text(new.get(key)), what)
    sharing_modes(old, new, out)
    policy(mapping(old.get("privacy_policy")), mapping(new.get("privacy_policy")), out)
    cross_border(mapping(old.get("cross_border")), mapping(new.get("cross_border")), out)
    for key, what in (
        ("legal_basis", "the legal basis"),
        ("processing_method", "the processing method"),
        ("retention", "the retention"),
    ):
        kind = key.replace("_", "-") + "-changed"
        out.statement(kind, key, text(old.get(key)), text(new.get(key)), what)
    wording(mapping(old.get("wording")), mapping(new.get("wording")), out)
    others(old, new, out)
    review(mapping(old.get("review")), mapping(new.get("review")), out)


def recipient_label(data: Mapping[str, Any]) -> str | None:
    """The recipient's name, or who chooses it at run time."""
    name = text(data.get("name"))
    if name is not None:
        return name
    chooser = text(data.get("selected_by"))
    return None if chooser is None else f"chosen at run time by the {chooser.replace('_', ' ')}"


def recipient(old: Mapping[str, Any], new: Mapping[str, Any], out: Changes) -> None:
    out.element(
        "recipient-name-changed",
        "recipient.name",
        recipient_label(old),
        recipient_label(new),
        "the recipient",
    )
    out.note(
        "recipient.name_source",
        text(old.get("name_source")),
        text(new.get("name_source")),
        "where the recipient's name is shown",
    )
    relationship(text(old.get("relationship")), text(new.get("relationship")), out)
    before, after = text(old.get("country")), text(new.get("country"))
    if (before or "").upper() != (after or "").upper():
        out.add(
            "recipient-country-changed",
            "recipient.country",
            before,
            after,
            "where the recipient processes the data changed; this decides whether the "
            "cross-border rules apply",
        )
    before, after = text(old.get("contact")), text(new.get("contact"))
    if before != after:
        out.add(
            "contact-changed",
            "recipient.contact",
            before,
            after,
            "the recipient's contact changed",
        )


def relationship(old: str | None, new: str | None, out: Changes) -> None:
    if old == new:
        return
    rank_old = RELATIONSHIP_RANK.get(old or "", -1)
    rank_new = RELATIONSHIP_RANK.get(new or "", -1)
    if new is not None and rank_new < rank_old:
        message = "the recipient now acts more on our instructions"
        out.add("relationship-narrowed", "recipient.relationship", old, new, message)
    else:
        out.add(
            "relationship-changed",
            "recipient.relationship",
            old,
            new,
            "the recipient's relationship changed: it decides as much or more for itself",
        )


def sharing_modes(old: Mapping[str, Any], new: Mapping[str, Any], out: Changes) -> None:
    before, after = texts(old.get("sharing_modes", [])), texts(new.get("sharing_modes", []))
    for mode in after:
        if mode not in before:
            out.add(
                "sharing-mode-added",
                "sharing_modes",
                None,
                mode,
                f"data now also shared by {mode!r}",
            )
    for mode in before:
        if mode not in after:
            out.add(
                "sharing-mode-removed",
                "sharing_modes",
                mode,
                None,
                f"data no longer shared by {mode!r}",
            )
    out.note(
        "sharing_mode_note",
        text(old.get("sharing_mode_note")),
        text(new.get("sharing_mode_note")),
        "the sharing mode note",
    )


def policy(old: Mapping[str, Any], new: Mapping[str, Any], out: Changes) -> None:
    url_old, url_new = text(old.get("url")), text(new.get("url"))
    ref_old, ref_new = text(old.get("reference")), text(new.get("reference"))
    if url_old is not None and url_new is None:
        instead = f"; it says only {ref_new!r}" if ref_new else ""
        out.add(
            "policy-url-removed",
            "privacy_policy.url",
            url_old,
            None,
            f"the link to the recipient's privacy policy was removed{instead}",
        )
    elif url_old is None and url_new is not None:
        out.add(
            "policy-url-added",
            "privacy_policy.url",
            None,
            url_new,
            "the recipient's privacy policy is now linked",
        )
    elif url_old != url_new:
        out.add(
            "policy-url-changed",
            "privacy_policy.url",
            url_old,
            url_new,
            "the link to the recipient's privacy policy now points elsewhere",
        )
    if url_old == url_new:  # else the link's change says what the reference is now
        out.note("privacy_policy.reference", ref_old, ref_new, "the policy reference")


def cross_border(old: Mapping[str, Any], new: Mapping[str, Any], out: Changes) -> None:
    before = tuple(d.upper() for d in texts(old.get("destinations", [])))
    after = tuple(d.upper() for d in texts(new.get("destinations", [])))
    for country in after:
        if country not in before:
            out.add(
                "destination-added",
                "cross_border.destinations",
                None,
                country,
                f"data now goes to {country} (cross-border transfer)",
            )
    for country in before:
        if country not in after:
            out.add(
                "destination-removed",
                "cross_border.destinations",
                country,
                None,
                f"data no longer goes to {country}",
            )
    out.statement(
        "transfer-mechanism-changed",
        "cross_border.mechanism",
        text(old.get("mechanism")),
        text(new.get("mechanism")),
        "the cross-border transfer mechanism",
    )
    out.note("cross_border.note", text(old.get("note")), text(new.get("note")), "the transfer note")


def wording(old: Mapping[str, Any], new: Mapping[str, Any], out: Changes) -> None:
    for key in dict.fromkeys([*old, *new]):
        out.note(
            f"wording.{key}",
            text(old.get(key)),
            text(new.get(key)),
            f"the published wording of {key}",
        )


def others(old: Mapping[str, Any], new: Mapping[str, Any], out: Changes) -> None:
    for key in dict.fromkeys([*old, *new]):
        if key in KNOWN_KEYS and key != "disclosure":
            continue
        before, after = text(old.get(key)), text(new.get(key))
        if before != after:
            out.add(
                "other-changed",
                str(key),
                before,
                after,
                f"{key!r} changed from {quoted(before)} to {quoted(after)}",
            )


def review(old: Mapping[str, Any], new: Mapping[str, Any], out: Changes) -> None:
    for key in ("owner", "last_reviewed", "ticket"):
        before, after = text(old.get(key)), text(new.get(key))
        if before != after:
            what = key.replace("_", " ")
            out.add(
                "review-changed",
                f"review.{key}",
                before,
                after,
                f"review {what}: {quoted(after)} (was {quoted(before)})",
            )
