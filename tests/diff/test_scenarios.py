"""Each kind of commit, in a real repository: the exact changes and their classes."""

from __future__ import annotations

from disclosurelint.semdiff.model import Risk
from tests.diff.common import CAMCARD, URL, Repo, changes, partner, run, summary

ID_CARD = {
    "item": "ID card number",
    "category": "government_id",
    "justification": {
        "necessity": "Verifies the card holder's identity for the notarised card service.",
        "impact": "Identity theft if leaked; stored encrypted, deleted after 30 days.",
    },
}


def test_no_commit_no_change(repo: Repo) -> None:
    assert summary("HEAD", "HEAD") == []
    assert summary("HEAD") == []
    sha = repo.git("rev-parse", "HEAD")[:12]
    expected = f"Comparing HEAD ({sha}) with the working tree\nNo change in meaning.\n"
    assert run("HEAD") == (0, expected, "")


def test_a_sensitive_item_added(repo: Repo) -> None:
    repo.edit(CAMCARD, data=[*partner()["data"], ID_CARD])
    repo.commit("share the ID card number")
    assert summary("HEAD~1", "HEAD") == [
        ("camcard", "sensitive-item-added", "data[ID card number]", "raises-risk")
    ]
    (change,) = changes("HEAD~1", "HEAD")
    assert (change["old"], change["new"]) == (None, "ID card number")
    assert change["sensitive"]["categories"] == ["government_id"]
    assert change["sensitive"]["regimes"] == ["pipl", "gb35273"]
    assert "GB/T 35273-2020 Table B.1 (个人身份信息)" in change["sensitive"]["articles"]
    assert change["message"].startswith("now shares 'ID card number', sensitive (government_id)")
    assert "sensitive under GB/T 35273-2020" in change["message"]


def test_the_regimes_decide_what_is_sensitive(repo: Repo) -> None:
    """GDPR does not count an identity number as a special category: a plain new item."""
    repo.edit(CAMCARD, data=[*partner()["data"], {"item": "ID card number"}])
    repo.commit()
    assert summary("HEAD~1", "HEAD", "--regime", "gdpr") == [
        ("camcard", "data-item-added", "data[ID card number]", "raises-risk")
    ]
    (change,) = changes("HEAD~1", "HEAD", "--regime", "cpra")
    assert change["kind"] == "sensitive-item-added"
    assert change["sensitive"]["regimes"] == ["cpra"]


def test_a_sensitive_item_removed_and_an_item_removed(repo: Repo) -> None:
    repo.edit(CAMCARD, data=[*partner()["data"], ID_CARD])
    repo.commit()
    repo.edit(CAMCARD, data=[{"item": "name"}])
    repo.commit()
    assert summary("HEAD~1", "HEAD") == [
        ("camcard", "data-item-removed", "data[telephone number]", "lowers-risk"),
        ("camcard", "sensitive-item-removed", "data[ID card number]", "lowers-risk"),
    ]


def test_a_renamed_file_is_the_same_partner(repo: Repo) -> None:
    repo.git("mv", CAMCARD, "declarations/welink/hehe-camcard.yaml")
    repo.commit("name the file after the company")
    assert summary("HEAD~1", "HEAD") == [("camcard", "file-moved", "path", "neutral")]
    (change,) = changes("HEAD~1", "HEAD")
    assert (change["old"], change["new"]) == (CAMCARD, "declarations/welink/hehe-camcard.yaml")
    assert change["path"] == "declarations/welink/hehe-camcard.yaml"


def test_a_file_moved_to_another_product_and_edited(repo: Repo) -> None:
    (repo.root / CAMCARD).unlink()
    repo.write("declarations/other/cards.yaml", partner(purpose="Scan business cards."))
    repo.commit()
    assert summary("HEAD~1", "HEAD") == [
        ("camcard", "file-moved", "path", "neutral"),
        ("camcard", "purpose-changed", "purpose", "raises-risk"),
    ]


def test_a_widened_purpose(repo: Repo) -> None:
    wider = "Provide the cloud business card service and send you marketing messages."
    repo.edit(CAMCARD, purpose=wider)
    repo.commit("also marketing")
    (change,) = changes("HEAD~1", "HEAD")
    assert change == {
        "partner": "camcard",
        "kind": "purpose-changed",
        "field": "purpose",
        "old": "Provide the cloud business card service.",
        "new": wider,
        "class": "raises-risk",
        "message": "the purpose changed",
        "path": CAMCARD,
        "sensitive": None,
    }


def test_a_purpose_written_anew_is_neutral(repo: Repo) -> None:
    repo.edit(CAMCARD, purpose="provide the  cloud business-card service")
    repo.commit()
    assert summary("HEAD~1", "HEAD") == [("camcard", "wording-changed", "purpose", "neutral")]


def test_a_dropped_policy_url(repo: Repo) -> None:
    repo.edit(CAMCARD, privacy_policy={"reference": "See the app details page."})
    repo.commit("the link is dead")
    assert summary("HEAD~1", "HEAD") == [
        ("camcard", "policy-url-removed", "privacy_policy.url", "raises-risk")
    ]
    (change,) = changes("HEAD~1", "HEAD")
    assert (change["old"], change["new"]) == (URL, None)
    assert change["message"].endswith("it says only 'See the app details page.'")


def test_a_policy_url_added_and_changed(repo: Repo) -> None:
    repo.edit("declarations/welink/calendar.yaml", privacy_policy={"url": "https://a.example/p"})
    repo.edit(CAMCARD, privacy_policy={"url": "https://cc.example/privacy"})
    repo.commit()
    assert summary("HEAD~1", "HEAD") == [
        ("calendar", "policy-url-added", "privacy_policy.url", "lowers-risk"),
        ("camcard", "policy-url-changed", "privacy_policy.url", "raises-risk"),
    ]


def test_a_new_partner(repo: Repo) -> None:
    repo.write(
        "declarations/welink/amap.yaml",
        partner(
            "amap",
            recipient={"name": "AutoNavi Software Co., Ltd.", "relationship": "third_party"},
            data=[{"item": "name"}, {"item": "precise location"}],
            review=None,
        ),
    )
    repo.commit("show the office on a map")
    assert summary("HEAD~1", "HEAD") == [
        ("amap", "partner-added", "partner", "raises-risk"),
        ("amap", "sensitive-item-added", "data[precise location]", "raises-risk"),
    ]
    message = changes("HEAD~1", "HEAD")[0]["message"]
    assert message == (
        "new partner: AutoNavi Software Co., Ltd. receives 2 data items; purpose: "
        "'Provide the cloud business card service.'"
    )


def test_a_removed_partner(repo: Repo) -> None:
    repo.git("rm", "-q", "declarations/welink/calendar.yaml")
    repo.commit()
    assert summary("HEAD~1", "HEAD") == [("calendar", "partner-removed", "partner", "lowers-risk")]


def test_a_new_destination(repo: Repo) -> None:
    repo.edit(CAMCARD, cross_border={"destinations": ["SG"], "mechanism": "cac_standard_contract"})
    repo.commit("store cards in Singapore")
    assert summary("HEAD~1", "HEAD") == [
        ("camcard", "destination-added", "cross_border.destinations", "raises-risk"),
        ("camcard", "statement-added", "cross_border.mechanism", "lowers-risk"),
    ]
    repo.edit(CAMCARD, cross_border={"destinations": ["SG", "US"], "mechanism": "derogation"})
    repo.commit("and in the United States")
    found = changes("HEAD~1", "HEAD")
    assert [(c["kind"], c["old"], c["new"], c["class"]) for c in found] == [
        ("destination-added", None, "US", "raises-risk"),
        ("transfer-mechanism-changed", "cac_standard_contract", "derogation", "raises-risk"),
    ]
    assert [c[1:] for c in summary("HEAD~2", "HEAD")] == [  # from no transfer at all
        ("destination-added", "cross_border.destinations", "raises-risk"),
        ("destination-added", "cross_border.destinations", "raises-risk"),
        ("statement-added", "cross_border.mechanism", "lowers-risk"),
    ]


def test_several_revisions_apart(repo: Repo) -> None:
    """BASE..HEAD is one change, whatever the commits in between."""
    repo.edit(CAMCARD, purpose="Something else.")
    repo.commit()
    repo.edit(CAMCARD, purpose="Provide the cloud business card service.")
    repo.commit("back again")
    assert summary("HEAD~2", "HEAD") == []
    assert summary("HEAD~2", "HEAD~1")[0][3] == Risk.RAISES.value
