"""--fail-on-risk: a risk-raising change needs a new review in the same partner's declaration."""

from __future__ import annotations

import json

from tests.diff.common import CALENDAR, CAMCARD, Repo, partner, run

WIDER = "Provide the cloud business card service and send you marketing messages."


def gate(*args: str) -> tuple[int, list[str]]:
    code, out, err = run(*args, "--fail-on-risk", "-f", "json")
    assert err == ""
    needs: list[str] = json.loads(out)["summary"]["needs_review"]
    return code, needs


def test_a_risk_without_a_review_fails(repo: Repo) -> None:
    repo.edit(CAMCARD, purpose=WIDER)
    repo.commit()
    assert gate("HEAD~1", "HEAD") == (1, ["camcard"])
    code, out, _ = run("HEAD~1", "HEAD", "--fail-on-risk")
    assert code == 1
    assert out.splitlines()[-1] == (
        "Needs review: camcard: a risk-raising change without a new review.last_reviewed or "
        "review.ticket in the same declaration."
    )


def test_without_the_flag_the_same_change_passes(repo: Repo) -> None:
    repo.edit(CAMCARD, purpose=WIDER)
    repo.commit()
    assert run("HEAD~1", "HEAD")[0] == 0


def test_the_review_date_updated_in_the_same_change_passes(repo: Repo) -> None:
    repo.edit(CAMCARD, purpose=WIDER)
    repo.commit("widen the purpose")
    assert gate("HEAD~1", "HEAD")[0] == 1
    repo.edit(CAMCARD, review={"owner": "Legal", "last_reviewed": "2026-11-30"})
    repo.commit("legal reviewed the wider purpose")
    assert gate("HEAD~2", "HEAD") == (0, [])
    code, out, _ = run("HEAD~2", "HEAD", "--fail-on-risk")
    assert code == 0
    assert out.splitlines()[-1] == "Every risk-raising change comes with a new review."


def test_a_new_ticket_is_a_review_too(repo: Repo) -> None:
    repo.edit(
        CAMCARD,
        purpose=WIDER,
        review={"owner": "Legal", "last_reviewed": "2026-01-15", "ticket": "LEG-42"},
    )
    assert gate("HEAD") == (0, [])


def test_removing_the_review_is_no_review(repo: Repo) -> None:
    repo.edit(CAMCARD, purpose=WIDER, review={"owner": "Legal"})
    assert gate("HEAD") == (1, ["camcard"])


def test_the_review_must_be_in_the_same_partner(repo: Repo) -> None:
    repo.edit(CAMCARD, purpose=WIDER)
    repo.edit(CALENDAR, review={"owner": "Legal", "last_reviewed": "2026-11-30"})
    assert gate("HEAD") == (1, ["camcard"])


def test_neutral_and_lowering_changes_need_no_review(repo: Repo) -> None:
    repo.edit(CAMCARD, data=[{"item": "name"}], purpose="provide the cloud business-card service")
    repo.git("mv", CALENDAR, "declarations/welink/default-calendar.yaml")
    assert gate("HEAD") == (0, [])


def test_a_new_partner_needs_its_review_record(repo: Repo) -> None:
    repo.write("declarations/welink/new.yaml", partner("new", review=None))
    assert gate("HEAD") == (1, ["new"])
    repo.write("declarations/welink/new.yaml", partner("new"))  # review.last_reviewed given
    assert gate("HEAD") == (0, [])


def test_an_unreadable_file_fails_the_gate(repo: Repo) -> None:
    repo.write(CAMCARD, "id: camcard\npurpose: [unclosed\n")
    code, needs = gate("HEAD")
    assert (code, needs) == (1, ["camcard"])
