"""What a lawyer files: the scope, the controller and list, per-recipient evidence, the change
log and the sign-off, each shown where declared and said plainly to be missing where not."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Project
from tests.gates.gitrepo import commit_all
from tests.legal.common import DATE, entry, list_changed_since_commit, partner, report_of

PRODUCT = """\
product: 1
name: Example App
controller:
  name: Example Technology Co., Ltd.
  contact: privacy@example.cn
app:
  name: Example App
  version: 5.2.0
list:
  url: https://www.example.cn/third-parties
  version: "2026-11"
  published: 2026-11-01
"""

EVIDENCE = """\
legal_basis:
  pipl: contract
  gdpr: contract
  gdpr_special_category: explicit_consent
processing_method: Stores the cards and shows them to the user's contacts.
consent_evidence:
  kind: separate
  how: A dialog of its own before the first share.
  where: Share dialog, consent log.
security_measures: TLS 1.2+ in transit, AES-256 at rest.
entrustment_agreement:
  reference: DPA-2026-014
  date: 2026-03-01
impact_assessment:
  reference: PIPIA-2026-007
retention: Deleted 30 days after the account is closed.
"""


def _facts(report_partner: object) -> dict[str, tuple[str, bool]]:
    return {f.label: (f.text, f.missing) for f in report_partner.declared}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("regimes", "assessed", "not_assessed"),
    [
        (("pipl",), ("PIPL",), ("GB/T 35273-2020", "GDPR", "CPRA")),
        (("gdpr",), ("GDPR",), ("PIPL", "GB/T 35273-2020", "CPRA")),
        (("pipl", "gdpr", "cpra"), ("PIPL", "GDPR", "CPRA"), ("GB/T 35273-2020",)),
    ],
)
def test_the_report_says_which_regimes_were_assessed_and_that_passing_is_not_compliance(
    project: Project,
    regimes: tuple[str, ...],
    assessed: tuple[str, ...],
    not_assessed: tuple[str, ...],
) -> None:
    project.write("declarations/a.yaml", entry())
    scope = report_of(regimes=regimes).scope
    assert scope is not None
    assert scope.assessed == assessed
    assert scope.not_assessed[: len(not_assessed)] == not_assessed
    assert any(r.startswith("COPPA") for r in scope.not_assessed)
    assert scope.statement.startswith("Passing this check is not legal compliance.")


def test_controller_app_and_list_come_from_the_product_file(project: Project) -> None:
    project.write("declarations/app/_product.yaml", PRODUCT)
    project.write("declarations/app/a.yaml", entry())
    [group] = report_of().products
    facts = {f.label: (f.text, f.missing) for f in group.fields}
    assert group.title == "Example App (declarations/app)"
    assert facts["Controller (PIPL Art. 17(1)(1); GDPR Art. 13(1)(a))"] == (
        "Example Technology Co., Ltd.",
        False,
    )
    assert facts["App version"] == ("5.2.0", False)
    assert facts["Published list"] == ("https://www.example.cn/third-parties", False)
    assert facts["Published on"] == ("2026-11-01", False)
    assert facts["Effective from"] == ("Not stated", True)
    assert facts["Last updated"] == ("Not stated", True)


def test_per_recipient_evidence_is_shown_where_declared(project: Project) -> None:
    project.write("declarations/a.yaml", entry(extra=EVIDENCE))
    facts = _facts(partner(report_of(), "alpha"))
    assert facts["Legal basis"][0] == (
        "PIPL: necessary for a contract with the person (Art. 13(1)(2)); GDPR: necessary for a "
        "contract (Art. 6(1)(b)); GDPR special categories: explicit consent (Art. 9(2)(a))"
    )
    assert facts["Consent evidence"][0] == (
        "Separate consent, obtained by: A dialog of its own before the first share.; recorded "
        "at: Share dialog, consent log."
    )
    assert facts["Recipient's security measures"][0].startswith("TLS 1.2+")
    assert facts["Entrustment agreement (PIPL Art. 21)"][0] == "DPA-2026-014, dated 2026-03-01"
    assert facts["Impact assessment (PIPL Arts. 55-56)"][0] == "PIPIA-2026-007, date not stated"
    assert facts["Retention"][0].startswith("Deleted 30 days")


def test_missing_evidence_is_said_to_be_missing(project: Project) -> None:
    project.write("declarations/a.yaml", entry())
    facts = _facts(partner(report_of(), "alpha"))
    for label in (
        "Legal basis",
        "Consent evidence",
        "Recipient's security measures",
        "Entrustment agreement (PIPL Art. 21)",
        "Impact assessment (PIPL Arts. 55-56)",
        "Retention",
    ):
        assert facts[label] == ("Not stated", True), label


def test_a_transfer_shows_each_mechanism_its_justification_and_the_rights_channel(
    project: Project,
) -> None:
    transfer = (
        "cross_border:\n  destinations: [US]\n"
        "  mechanism: [cac_exempt_contract, standard_contractual_clauses]\n"
        "  justification: Hotel booking abroad.\n  rights_exercise: Write to privacy@x.com.\n"
    )
    project.write("declarations/a.yaml", entry(country="US", extra=transfer))
    text = _facts(partner(report_of(), "alpha"))["Cross-border transfer"][0]
    assert "the CAC 2024 exemption for a contract with the person (Art. 5(1))" in text
    assert "standard contractual clauses (GDPR Art. 46(2)(c))" in text
    assert "Why it applies: Hotel booking abroad." in text
    assert "(PIPL Art. 39): Write to privacy@x.com." in text


def test_sign_off_from_the_command_line_and_missing_fields_stated(project: Project) -> None:
    project.write("declarations/a.yaml", entry())
    code, out, err = project.cli(
        "report", "-f", "markdown", "--isolated", "--date", DATE,
        "--reviewer", "Wang Fang", "--decision", "Approved", "--signed-on", "2026-11-30",
    )  # fmt: skip
    assert code == 0, err
    sign_off = out.split("## Sign-off", 1)[1].split("##", 1)[0]
    assert "| **Reviewer** | Wang Fang |" in sign_off
    assert "| **Title** | _Not stated_ |" in sign_off
    assert "| **Date** | 2026-11-30 |" in sign_off
    assert "| **Decision** | Approved |" in sign_off
    assert "**Passing this check is not legal compliance." in out


def test_a_sign_off_date_that_is_not_a_date_is_a_usage_error(project: Project) -> None:
    project.write("declarations/a.yaml", entry())
    code, _, err = project.cli("report", "--isolated", "--signed-on", "30/11/2026")
    assert code == 2
    assert "--signed-on '30/11/2026' is not a date" in err


def test_the_change_log_against_the_previous_version(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base, env = list_changed_since_commit(project, tmp_path, monkeypatch)
    code, out, err = project.cli(
        "report", "-f", "markdown", "--isolated", "--date", DATE, "--changes-since", base
    )
    assert code == 0, err
    log = out.split(f"## Changes since {base} ({base[:12]})", 1)[1].split("\n## ", 1)[0]
    assert "| alpha | raises-risk |" in log and "ID card photo" in log
    commit_all(project.root, "second list", env)
    code, out, _ = project.cli("report", "-f", "markdown", "--isolated", "--changes-since", "HEAD")
    assert code == 0 and "No change in meaning." in out


def test_a_waiver_names_its_approver_and_the_date_or_says_the_date_is_missing(
    project: Project,
) -> None:
    dated = (
        '# disclosurelint: allow DL204 reason="No link published" approved-by="Wang Fang" '
        "approved-on=2026-11-30 expires=2027-06-30\n  reference: See the app details page."
    )
    undated = (
        '# disclosurelint: allow DL204 reason="No link published" approved-by="Wang Fang" '
        "expires=2027-06-30\n  reference: See the app details page."
    )
    project.write("declarations/a.yaml", entry("alpha", policy=dated))
    project.write("declarations/b.yaml", entry("beta", policy=undated))
    report = report_of()
    assert partner(report, "alpha").waivers[0].approved_by == "Wang Fang, on 2026-11-30"
    assert partner(report, "beta").waivers[0].approved_by == ("Wang Fang, approval date not stated")


def test_an_approval_date_that_is_not_a_date_makes_the_waiver_malformed(
    project: Project,
) -> None:
    bad = (
        '# disclosurelint: allow DL204 reason="No link" approved-by="Wang Fang" '
        "approved-on=30.11.2026\n  reference: See the app details page."
    )
    project.write("declarations/a.yaml", entry(policy=bad))
    code, out, _ = project.cli("check", "--isolated", "-f", "concise", "declarations")
    assert code == 1
    assert "DL501" in out and "approved-on=30.11.2026 is not a date written YYYY-MM-DD" in out
