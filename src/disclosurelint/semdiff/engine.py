"""Two sides in, a :class:`~disclosurelint.semdiff.model.Diff` out."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from disclosurelint.config import Settings
from disclosurelint.document import Document
from disclosurelint.errors import ConfigError
from disclosurelint.rules.base import RuleContext
from disclosurelint.rules.items import items as data_items
from disclosurelint.semdiff import data, fields
from disclosurelint.semdiff.model import Change, Diff, Revision
from disclosurelint.semdiff.pairing import Pair, pair
from disclosurelint.semdiff.snapshot import (
    Entry,
    Repository,
    RevisionSide,
    Side,
    WorktreeSide,
    check_paths,
)
from disclosurelint.semdiff.words import Changes, mapping, text

WORKING_TREE = "the working tree"


def diff_revisions(
    base: str,
    head: str | None,
    paths: Sequence[str],
    settings: Settings,
    *,
    named: bool = False,
) -> Diff:
    """Compare the declarations under ``paths`` at ``base`` with those at ``head`` (a revision,
    or the working tree when None). Raises UsageError outside a repository, for an unknown
    revision, and, when the user ``named`` the paths, for a path found nowhere."""
    from disclosurelint.gitutil import resolve_revision

    repo = Repository.here()
    base_commit = resolve_revision(base, repo.top)
    head_commit = None if head is None else resolve_revision(head, repo.top)
    if named:
        check_paths(repo, paths, [c for c in (base_commit, head_commit) if c])
    old: Side = RevisionSide(repo, base_commit, paths, settings)
    if head_commit is None:
        new: Side = WorktreeSide(repo, paths, settings)
    else:
        new = RevisionSide(repo, head_commit, paths, settings)
    same = {key for key, digest in old.digests.items() if new.digests.get(key) == digest}
    changed = compare(
        old.read(k for k in old.digests if k not in same),
        new.read(k for k in new.digests if k not in same),
        context(settings),
    )
    return Diff(
        base=Revision(base, base_commit),
        head=Revision(head or WORKING_TREE, head_commit),
        regimes=settings.regimes,
        changes=changed,
    )


def context(settings: Settings) -> RuleContext:
    """What classifying items needs: the regimes and the (configured) taxonomy."""
    from disclosurelint.taxonomy import TaxonomyError, load_taxonomy

    try:
        taxonomy = load_taxonomy(settings.taxonomy)
    except TaxonomyError as exc:
        raise ConfigError(str(exc), settings.source) from None
    return RuleContext(
        regimes=settings.regimes,
        home_country=settings.home_country,
        taxonomy=taxonomy,
        today=settings.today,
    )


def compare(
    base: Sequence[Entry], head: Sequence[Entry], context: RuleContext
) -> tuple[Change, ...]:
    """Every change between the files that differ, partner by partner (files with the same bytes
    at the same place at both sides are left out before they are read)."""
    return tuple(change for p in pair(base, head) for change in _pair(p, context))


def _pair(p: Pair, context: RuleContext) -> Iterator[Change]:
    old, new = p.base, p.head
    out = Changes(p.partner, p.shown.path)
    if new is None:
        assert old is not None
        _removed(old, out)
    elif new.document is None or (old is not None and old.document is None):
        _unreadable(old, new, out)
    elif old is None:
        _added(new.document, context, out)
    else:
        assert old.document is not None
        if old.key != new.key:
            out.add(
                "file-moved",
                "path",
                old.path,
                new.path,
                f"moved from {old.path} to {new.path}; the same partner",
            )
        fields.compare_fields(old.document.mapping, new.document.mapping, out)
        data.compare_items(old.document, new.document, context, out)
        fields.compare_rest(old.document.mapping, new.document.mapping, out)
        _policies(old.document, new.document, context, out)
    yield from out.found


def _policy_findings(document: Document | None, context: RuleContext) -> dict[str, str]:
    """``"CODE name: message"`` -> CODE for what the organisation's rules report on
    ``document`` (its policy files' and plugins' rules; the built-in ones are ``check``'s)."""
    from disclosurelint import rules as registry

    if document is None or not isinstance(document.data, dict):
        return {}
    found: dict[str, str] = {}
    for rule in registry.all_rules():
        if registry.origin(rule) == "built-in" or rule.SCOPE != "document":
            continue
        for finding in rule.check(document, context):
            found[f"{rule.CODE} {rule.NAME}: {finding.message}"] = rule.CODE
    return found


def _policies(
    old: Document | None, new: Document | None, context: RuleContext, out: Changes
) -> None:
    before, after = _policy_findings(old, context), _policy_findings(new, context)
    for said in sorted(after.keys() - before.keys()):
        out.add("policy-broken", after[said], None, said, f"now breaks {said}")
    for said in sorted(before.keys() - after.keys()):
        out.add("policy-met", before[said], said, None, f"no longer breaks {said}")


def _removed(old: Entry, out: Changes) -> None:
    values = old.document.mapping if old.document is not None else {}
    who = fields.recipient_label(mapping(values.get("recipient"))) or out.partner
    message = f"partner removed: {who} no longer receives data"
    out.add("partner-removed", "partner", old.path, None, message)


def _added(new: Document, context: RuleContext, out: Changes) -> None:
    """A new partner: the headline, then what in it raises the risk on its own (sensitive items,
    destinations) and its review record, which the gate looks for."""
    values = new.mapping
    who = fields.recipient_label(mapping(values.get("recipient"))) or out.partner
    count = len(data_items(new, context))
    purpose = text(values.get("purpose"))
    why = f"; purpose: {purpose!r}" if purpose else ""
    plural = "" if count == 1 else "s"
    message = f"new partner: {who} receives {count} data item{plural}{why}"
    out.add("partner-added", "partner", None, out.path, message)
    for item in data.sensitive_items(new, context):
        data.added(item, context, out)
    fields.cross_border({}, mapping(values.get("cross_border")), out)
    fields.review({}, mapping(values.get("review")), out)
    _policies(None, new, context, out)


def _unreadable(old: Entry | None, new: Entry, out: Changes) -> None:
    broken = new if new.document is None else old
    assert broken is not None
    side = "new" if broken is new else "old"
    out.add(
        "file-unreadable",
        "file",
        None if old is None else old.path,
        new.path,
        f"{broken.path} cannot be read in the {side} version ({broken.problem}); what "
        "changed in meaning cannot be shown: review the file itself",
    )
