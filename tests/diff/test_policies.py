"""The organisation's policies in the semantic diff: a rule broken or met by a change."""

from __future__ import annotations

from tests.diff.common import CAMCARD, Repo, partner, summary

POLICY = """\
policy: 1
rules:
  - code: ACME101
    name: no-precise-location-to-ads
    severity: error
    summary: Advertising partners never receive precise location.
    when: 'declaration.purpose.lowerAscii().contains("advertis")'
    each: data
    assert: 'item.category != "precise_location"'
    message: 'an advertising partner receives {item.item}'
"""


def test_a_change_that_breaks_then_meets_a_policy(repo: Repo) -> None:
    repo.write("policies/ads.yaml", POLICY)
    repo.write(".disclosurelint.yaml", "policies: [policies/ads.yaml]\n")
    repo.commit("adopt the advertising policy")
    repo.edit(CAMCARD, purpose="Advertising measurement.")
    repo.commit("the partner now measures ads")
    repo.edit(CAMCARD, data=[*partner()["data"], {"item": "precise location"}])
    repo.commit("and receives the precise location")
    broken = summary("HEAD~1", "HEAD")
    assert (
        "camcard",
        "policy-broken",
        "ACME101",
        "raises-risk",
    ) in broken
    repo.edit(CAMCARD, data=partner()["data"])
    repo.commit("location removed")
    assert ("camcard", "policy-met", "ACME101", "lowers-risk") in summary("HEAD~1", "HEAD")
    # without the configuration's policies the same change is only a data change
    assert all(
        kind != "policy-broken" for _, kind, _, _ in summary("HEAD~2", "HEAD~1", "--isolated")
    )
