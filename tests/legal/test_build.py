"""The model builder: partners, counts, sensitive categories, problems, waivers, the rule index."""

from __future__ import annotations

import pytest

from disclosurelint.render.words import LABELS, PARTS
from disclosurelint.report.words import NOT_STATED
from tests.conftest import Project
from tests.legal.common import DATE, entry, partner, report_of

NO_URL = "reference: See the app details page."


def waived(expires: str) -> str:
    return (
        f'# disclosurelint: allow DL204 reason="The list gives no link" approved-by="Legal" '
        f"expires={expires}\n  {NO_URL}"
    )


@pytest.fixture
def three(project: Project) -> Project:
    """A processor in CN, a third party in the US with an address book, and one waived gap."""
    project.write("declarations/a.yaml", entry("alpha", country="CN"))
    project.write(
        "declarations/b.yaml",
        entry(
            "beta",
            name="Beta Inc.",
            relationship="third_party",
            country="US",
            items=("name", "address book", "precise location"),
            extra="processing_method: Stores the cards.\ncross_border:\n  destinations: [US]\n"
            "  mechanism: cac_standard_contract\n  rights_exercise: Write to us.\n",
        ),
    )
    project.write("declarations/c.yaml", entry("gamma", policy=waived("2027-06-30")))
    return project


def test_one_section_per_declaration_in_path_order(three: Project) -> None:
    report = report_of()
    assert [(p.number, p.id, p.path) for p in report.partners] == [
        (1, "alpha", "declarations/a.yaml"),
        (2, "beta", "declarations/b.yaml"),
        (3, "gamma", "declarations/c.yaml"),
    ]
    assert [p.anchor for p in report.partners] == ["partner-1", "partner-2", "partner-3"]
    assert [f.path for f in report.files] == [p.path for p in report.partners]


def test_partners_by_relationship_and_by_country(three: Project) -> None:
    summary = report_of().summary
    assert [(c.label, c.count) for c in summary.by_relationship] == [
        ("Entrusted processor", 2),
        ("Third party", 1),
    ]
    assert [(c.label, c.count) for c in summary.by_country] == [
        ("CN (the home country)", 1),
        (NOT_STATED, 1),
        ("US (outside the home country, CN)", 1),
    ]


def test_problems_and_waivers_are_counted_by_severity(three: Project) -> None:
    report = report_of()
    counts = {c.severity: (c.open, c.waived, c.expired) for c in report.summary.severities}
    # beta: the address book and the location lack a justification (DL301, errors); the third
    # party gets the name without separate consent (DL304, PIPL Art. 23, error) and the two items
    # PIPL may call sensitive without it (DL304, Art. 29, warnings: sensitive only with a
    # condition); the overseas recipient lacks separate consent (DL307, Art. 39); gamma: DL204
    # (a warning: not an SDK), waived
    assert counts == {"error": (4, 0, 0), "warning": (2, 1, 0), "info": (0, 0, 0)}
    assert (report.summary.open, report.summary.waived, report.summary.expired) == (6, 1, 0)
    assert not report.summary.passes
    assert report.summary.verdict == (
        "The declarations do not pass the gate: 6 open problems at or above warning."
    )
    lines = [(line.title, line.open, line.waived) for line in report.summary.partners]
    assert lines == [("Example Co., Ltd.", 0, 0), ("Beta Inc.", 6, 0), ("Example Co., Ltd.", 0, 1)]


def test_the_summary_counts_match_the_check(three: Project) -> None:
    from disclosurelint.api import check_paths
    from disclosurelint.config import Settings

    result = check_paths(["declarations"], Settings(today=DATE), jobs=1)
    summary = report_of().summary
    assert summary.open == len(result.active)
    assert summary.waived == result.waived_count


@pytest.mark.parametrize(
    ("regimes", "expected"),
    [
        (
            ("pipl",),
            (
                "Address book and friend lists (PIPL with a condition)",
                "Precise location (PIPL with a condition)",
            ),
        ),
        (
            ("gb35273",),
            (
                "Address book and friend lists (GB/T 35273-2020)",
                "Precise location (GB/T 35273-2020)",
            ),
        ),
        (
            ("pipl", "gb35273"),
            (
                "Address book and friend lists (PIPL with a condition, GB/T 35273-2020)",
                "Precise location (PIPL with a condition, GB/T 35273-2020)",
            ),
        ),
        (("cpra",), ("Precise location (CPRA)",)),
    ],
)
def test_sensitive_categories_per_partner_follow_the_regimes(
    three: Project, regimes: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    report = report_of(regimes=regimes)
    assert partner(report, "beta").sensitive == expected
    assert partner(report, "alpha").sensitive == ()
    line = next(line for line in report.summary.partners if line.title == "Beta Inc.")
    assert line.sensitive == expected


def test_data_items_carry_the_regimes_and_articles_that_make_them_sensitive(
    three: Project,
) -> None:
    items = {i.text: i for i in partner(report_of(), "beta").items}
    assert not items["name"].sensitive and items["name"].statuses == ()
    assert items["name"].categories == ("Name",)
    assert items["name"].classification == "inferred"
    book = items["address book"]
    assert book.sensitive and book.categories == ("Address book and friend lists",)
    # PIPL Art. 28 does not enumerate address books: "assess", not "not sensitive"
    assert book.statuses[0].startswith(
        "sensitive under PIPL only with a condition (PIPL Art. 28 (not enumerated; open list)): "
        "not enumerated in Art. 28, whose list is open"
    )
    assert book.statuses[1:] == (
        "sensitive under GB/T 35273-2020 (GB/T 35273-2020 Table B.1 (通讯录、好友列表、群组列表))",
    )
    location = items["precise location"].statuses
    assert location[0].startswith("sensitive under PIPL only with a condition (PIPL Art. 28")
    assert location[1].startswith("sensitive under GB/T 35273-2020")


def test_justification_and_consent_are_reported_as_declared(project: Project) -> None:
    project.write(
        "declarations/a.yaml",
        entry(items=("x",)).replace(
            "  - item: x\n",
            "  - item: ID card photo\n    consent: separate\n    optional: true\n"
            "    justification:\n      necessity: Verifies identity.\n"
            "      impact: Identity theft if leaked.\n"
            "  - item: enterprise C&Q information\n",
        ),
    )
    photo, unknown = partner(report_of(), "alpha").items
    assert (photo.necessity, photo.impact) == ("Verifies identity.", "Identity theft if leaked.")
    assert photo.consent == "Separate consent"
    assert photo.optional == "optional: the person may refuse it and still use the feature"
    assert unknown.categories == () and unknown.consent == NOT_STATED
    assert unknown.classification == "matches no category of the data taxonomy"
    assert (unknown.necessity, unknown.impact, unknown.optional) == (None, None, None)


def test_every_published_part_is_listed_with_the_published_label(three: Project) -> None:
    fields = partner(report_of(), "alpha").published
    assert [f.label for f in fields] == [LABELS["en"][key] for key in PARTS]
    values = {f.label: f.text for f in fields}
    assert values["Company"] == "Example Co., Ltd."
    assert values["Sharing mode"] == "backend API transmission"
    assert values["Personal data handling rules of the third party"] == (
        "https://www.camcard.com/privacy"
    )


def test_declared_facts_in_plain_words_and_what_is_not_stated(three: Project) -> None:
    beta = {f.label: f for f in partner(report_of(), "beta").declared}
    assert beta["Relationship"].text.startswith("Third party: an independent handler")
    assert beta["Contact"].text == "privacy@camcard.com"
    assert beta["Country"].text == "US (outside the home country, CN)"
    assert beta["Cross-border transfer"].text == (
        "To US, under the CAC standard contract (PIPL Art. 38(1)(3)). Exercising rights against "
        "the recipient (PIPL Art. 39): Write to us."
    )
    assert beta["Retention"].missing and beta["Retention"].text == NOT_STATED
    assert not beta["Contact"].missing


def test_a_recipient_abroad_without_a_transfer_says_so(project: Project) -> None:
    project.write("declarations/a.yaml", entry(country="SG"))
    facts = {f.label: f.text for f in partner(report_of(), "alpha").declared}
    assert facts["Cross-border transfer"] == (
        "None declared, although the recipient is in SG, not CN"
    )


def test_problems_carry_the_article_the_fix_and_the_field(three: Project) -> None:
    problems = partner(report_of(), "gamma").problems
    assert len(problems) == 1
    problem = problems[0]
    assert (problem.code, problem.name, problem.severity) == ("DL204", "policy-url", "warning")
    assert problem.status == "waived"
    assert problem.location == "declarations/c.yaml:14:14"
    assert problem.field == "$.privacy_policy.reference"
    assert problem.articles == ("MIIT notice 2023 No. 26", "PIPL Art. 23", "PIPL Art. 17")
    assert problem.message.startswith("No link to the recipient's privacy policy")
    assert any(run.code and run.text == "url:" for run in problem.fix)


@pytest.mark.parametrize(
    ("today", "expired", "status"),
    [
        ("2026-06-30", False, "In force through 2026-06-30"),
        (
            "2026-07-01",
            True,
            "EXPIRED: it held through 2026-06-30; the problem counts again",
        ),
    ],
)
def test_waivers_expire_on_the_report_date(
    project: Project, today: str, expired: bool, status: str
) -> None:
    project.write("declarations/a.yaml", entry(policy=waived("2026-06-30")))
    report = report_of(today=today)
    alpha = report.partners[0]
    (waiver,) = alpha.waivers
    assert (waiver.reason, waiver.approved_by, waiver.expires) == (
        "The list gives no link",
        "Legal, approval date not stated",
        "2026-06-30",
    )
    assert waiver.source == "declarations/a.yaml:13"
    assert (waiver.expired, waiver.status) == (expired, status)
    dl204 = next(p for p in alpha.problems if p.code == "DL204")
    assert dl204.status == ("waiver expired" if expired else "waived")
    assert report.summary.expired == int(expired)
    assert report.summary.partners[0].expired == int(expired)
    # the expired waiver is a problem of its own, which fails the gate
    assert ("DL502" in {p.code for p in alpha.problems}) is expired
    assert report.summary.passes is not expired


def test_a_file_that_is_not_a_declaration_still_has_its_section(project: Project) -> None:
    project.write("declarations/a.yaml", entry())
    project.write("declarations/broken.yaml", "id: [unclosed\n")
    report = report_of()
    broken = report.partners[1]
    assert (broken.readable, broken.title, broken.id) == (False, "declarations/broken.yaml", None)
    assert broken.published == broken.declared == ()
    assert broken.items == ()
    assert [p.code for p in broken.problems] == ["DL001"]
    assert broken.relationship == NOT_STATED


def test_the_rule_index_lists_the_cited_rules_with_what_and_why(three: Project) -> None:
    rules = report_of().rules
    assert [(r.code, r.cited) for r in rules] == [
        ("DL204", 1),
        ("DL301", 2),
        ("DL304", 3),
        ("DL307", 1),
    ]
    dl204 = rules[0]
    assert (
        dl204.summary
        == "Every entry links to the recipient's own privacy policy, by a real https URL."
    )
    assert dl204.checks[0][0].code and dl204.checks[0][0].text == "privacy_policy.url"
    assert "".join(run.text for run in dl204.why[0]).startswith("What each source asks")
    assert dl204.articles[0] == "MIIT notice 2023 No. 26"


def test_a_clean_folder_cites_no_rule_and_passes(project: Project) -> None:
    project.write("declarations/a.yaml", entry())
    report = report_of()
    assert report.rules == () and report.partners[0].problems == ()
    assert report.summary.passes
    assert report.summary.verdict == (
        "The declarations pass the gate: no open problem at or above warning."
    )


def test_the_header_names_the_versions_regimes_and_hash(three: Project) -> None:
    from disclosurelint import __version__
    from disclosurelint.report.ruleset import RULESET_VERSION

    header = report_of(regimes=("pipl", "gdpr")).header
    assert (header.tool_version, header.ruleset_version) == (__version__, RULESET_VERSION)
    assert header.regimes == ("PIPL", "GDPR")
    assert header.date == DATE
    assert len(header.content_hash) == 64
    assert (header.home_country, header.fail_on) == ("CN", "warning")
