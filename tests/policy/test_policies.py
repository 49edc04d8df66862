"""Organisation policies end to end, through the command line as a user runs it."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from disclosurelint.cli import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "policies"

ADS = """\
disclosure: 1
id: adsco
recipient:
  name: Ads Co., Ltd.
  relationship: third_party
  contact: https://ads.acme-partner.cn/contact
  country: CN
product: Demo
data:
  - item: name
  - item: precise location
purpose: Advertising measurement.
scenario: You open the app.
sharing_modes: [sdk_on_device]
privacy_policy:
  url: https://ads.acme-partner.cn/privacy
"""


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(EXAMPLES, tmp_path / "policies")
    shutil.copy(ROOT / "examples" / "approved-vendors.list.yaml", tmp_path)
    (tmp_path / "decl").mkdir()
    (tmp_path / "decl" / "ads.yaml").write_text(ADS, encoding="utf-8")
    (tmp_path / ".disclosurelint.yaml").write_text(
        "policies: [policies/no-precise-location-to-ads.yaml]\n", encoding="utf-8"
    )
    return tmp_path


def test_a_policy_finding_points_at_the_field_it_names(project: Path) -> None:
    code, out, _ = run("check", "decl", "--select", "ACME", "--no-source")
    assert code == 1
    assert out.startswith(
        "decl/ads.yaml:11:11: ACME101 no-precise-location-to-ads: "
        "an advertising partner receives precise location"
    )


def test_selected_and_ignored_by_code_name_or_prefix(project: Path) -> None:
    for selector in ("ACME", "ACME1", "ACME101", "no-precise-location-to-ads"):
        _, out, _ = run("check", "decl", "--ignore", selector, "-f", "json")
        assert "ACME101" not in {p["code"] for p in json.loads(out)["problems"]}, selector
    _code, out, _ = run("check", "decl", "--select", "ACME", "-f", "json")
    assert {p["code"] for p in json.loads(out)["problems"]} == {"ACME101"}


def test_waived_inline_with_a_reason(project: Path) -> None:
    text = ADS.replace(
        "  - item: precise location",
        '  # disclosurelint: allow ACME101 reason="Signed exception for fraud checks"\n'
        "  - item: precise location",
    )
    (project / "decl" / "ads.yaml").write_text(text, encoding="utf-8")
    code, out, _ = run("check", "decl", "--select", "ACME", "-f", "json")
    problem = json.loads(out)["problems"][0]
    assert code == 0 and problem["code"] == "ACME101"
    assert problem["waiver"]["reason"] == "Signed exception for fraud checks"


def test_kept_in_a_baseline_and_counted_by_statistics(project: Path) -> None:
    assert run("baseline", "base.json", "decl", "--select", "ACME")[0] == 0
    code, _, _ = run("check", "decl", "--select", "ACME", "--baseline", "base.json")
    assert code == 0
    code, out, _ = run("check", "decl", "--select", "ACME", "--statistics", "--no-source")
    assert code == 1
    assert ["1", "ACME101", "no-precise-location-to-ads"] in [
        line.split() for line in out.splitlines()
    ]


def test_sarif_describes_the_policy_rule(project: Path) -> None:
    _code, out, _ = run("check", "decl", "--select", "ACME", "-f", "sarif")
    rule = json.loads(out)["runs"][0]["tool"]["driver"]["rules"][0]
    assert rule["id"] == "ACME101"
    assert (
        rule["shortDescription"]["text"] == "Advertising partners never receive precise location."
    )
    assert "2025 audit" in rule["fullDescription"]["text"]
    assert rule["helpUri"] == "policies/no-precise-location-to-ads.yaml"
    assert "organisation-policy" in rule["properties"]["tags"]


def test_rules_and_explain_know_policy_rules(project: Path) -> None:
    code, out, _ = run("rules", "--format", "json")
    acme = [r for r in json.loads(out) if r["code"] == "ACME101"]
    assert acme and acme[0]["origin"].startswith("policy ")
    code, out, _ = run("explain", "no-precise-location-to-ads")
    assert code == 0 and "ACME data policy 4.2" in out and "2025 audit" in out


def test_a_run_time_error_is_a_finding_not_a_crash(project: Path) -> None:
    (project / "p.yaml").write_text(
        "policy: 1\nrules:\n  - code: ACME900\n    name: needs-review\n    severity: warning\n"
        "    summary: s\n    assert: 'declaration.review.owner != \"\"'\n",
        encoding="utf-8",
    )
    (project / ".disclosurelint.yaml").write_text("policies: [p.yaml]\n", encoding="utf-8")
    code, out, _ = run("check", "decl", "--select", "ACME", "--no-source")
    assert code == 1
    assert "ACME900 needs-review: the policy could not be evaluated on this declaration" in out
    assert "review" in out


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ("policy: 1\nrules:\n  - code: ACME1\n", "p.yaml:3:11:", "is not a rule code"),
        ("policy: 1\nrules:\n  - code: DL999\n", "p.yaml:3:11:", "DL is reserved"),
        ("policy: 1\nrulez: []\n", "p.yaml:2:1:", "unknown key 'rulez'"),
        ("policy: 1\nrules: [\n", "p.yaml:", "YAML"),
        (
            "policy: 1\nrules:\n  - code: ACME201\n    name: x\n    severity: error\n"
            "    summary: s\n    assert: 'declaration.purpose =='\n",
            "p.yaml:7:36:",
            "syntax error",
        ),
        (
            "policy: 1\nrules:\n  - code: ACME201\n    name: x\n    severity: error\n"
            "    summary: s\n    assert: 'item.sensitive'\n",
            "p.yaml:7:14:",
            "unknown variable 'item'",
        ),
        (
            "policy: 1\nrules:\n  - code: ACME201\n    name: purpose\n    severity: error\n"
            "    summary: s\n    assert: 'true'\n",
            "",
            "'purpose' is already used by DL201",
        ),
        (
            "policy: 1\nrules:\n  - code: ACME201\n    name: x\n    severity: error\n"
            "    summary: s\n    assert: 'declaration.recipent.name != \"recipent.x\"'\n",
            "p.yaml:7:26:",
            "unknown field `recipent` of `declaration` in the declaration format; did you mean "
            "`recipient`?",
        ),
        (
            "policy: 1\nrules:\n  - code: ACME201\n    name: x\n    severity: error\n"
            "    summary: s\n    when: 'declaration.recipient.contry == \"US\"'\n"
            "    assert: 'true'\n",
            "p.yaml:7:34:",
            "unknown field `contry`",
        ),
        (
            "policy: 1\nrules:\n  - code: ACME201\n    name: x\n    severity: error\n"
            "    summary: s\n    each: data\n    assert: '!item.sensitiv'\n",
            "p.yaml:8:20:",
            "did you mean `sensitive`?",
        ),
        (
            "policy: 1\nrules:\n  - code: ACME201\n    name: x\n    severity: error\n"
            "    summary: s\n    assert: 'context.todya < timestamp(\"2030-01-01T00:00:00Z\")'\n",
            "p.yaml:7:22:",
            "did you mean `today`?",
        ),
    ],
)
def test_a_broken_policy_file_is_a_configuration_error(
    project: Path, text: str, where: str, message: str
) -> None:
    (project / "p.yaml").write_text(text, encoding="utf-8")
    (project / ".disclosurelint.yaml").write_text("policies: [p.yaml]\n", encoding="utf-8")
    code, _out, err = run("check", "decl")
    assert code == 2, err
    assert where in err and message in err, err
    assert "Traceback" not in err


def test_fields_of_texts_and_methods_on_them_are_not_mistaken_for_unknown_fields(
    project: Path,
) -> None:
    """A chain is checked only while it names a mapping of the format: methods of a text, and
    words inside a string literal, are not fields."""
    (project / "p.yaml").write_text(
        "policy: 1\nrules:\n  - code: ACME201\n    name: x\n    severity: warning\n"
        "    summary: s\n    assert: >-\n"
        '      !declaration.purpose.lowerAscii().contains("declaration.nothing") &&\n'
        "      has(declaration.cross_border.destinations) ||\n"
        "      declaration.recipient.name.size() > 0\n",
        encoding="utf-8",
    )
    (project / ".disclosurelint.yaml").write_text("policies: [p.yaml]\n", encoding="utf-8")
    code, _out, err = run("check", "decl")
    assert code in (0, 1), err


def test_a_policy_whose_rules_do_not_compile_is_refused_by_test(project: Path) -> None:
    (project / "p.yaml").write_text(
        "policy: 1\nrules:\n  - code: ACME201\n    name: x\n    severity: error\n"
        "    summary: s\n    assert: 'declaration.purpos != \"\"'\n",
        encoding="utf-8",
    )
    code, _out, err = run("test", "p.yaml")
    assert code == 2, err
    assert "p.yaml:7:26:" in err and "did you mean `purpose`?" in err


def test_the_example_policies_pass_their_own_tests(project: Path) -> None:
    code, out, _ = run("test", "policies")
    assert code == 0, out
    assert "19 cases in 6 policy files: 19 passed, 0 failed" in out


def test_a_failing_case_says_what_was_expected_and_reported(project: Path) -> None:
    policy = project / "policies" / "legal-name.yaml"
    policy.write_text(
        policy.read_text("utf-8").replace("expect: []", "expect: [ACME103]", 1), encoding="utf-8"
    )
    code, out, _ = run("test", "policies/legal-name.yaml")
    assert code == 1
    assert "FAIL policies/legal-name.yaml: ACME103 registered name" in out
    assert "expected ACME103; reported nothing" in out
    code, out, _ = run("test", "policies/legal-name.yaml", "-f", "junit")
    assert code == 1 and "<failure message=" in out


def test_an_untested_rule_is_reported(project: Path) -> None:
    (project / "p.yaml").write_text(
        "policy: 1\nrules:\n  - code: ACME300\n    name: x\n    severity: info\n"
        "    summary: s\n    assert: 'true'\n",
        encoding="utf-8",
    )
    code, out, _ = run("test", "p.yaml")
    assert code == 0 and "warning: p.yaml: ACME300 x has no test" in out


def test_the_repository_passes_with_its_example_policy() -> None:
    import os

    here = Path.cwd()
    os.chdir(ROOT)
    try:
        code, out, _ = run("check", "-q", "--no-source")
    finally:
        os.chdir(here)
    assert code == 0, out
    assert "ACME101" in run("rules", "--config", str(ROOT / ".disclosurelint.yaml"))[1]


def test_a_run_with_policies_does_not_load_the_cel_command_line(project: Path) -> None:
    """The binding's package imports its own command line (typer, rich); a check must not."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from disclosurelint.cli import main\n"
        "code = main(['check', 'decl', '--no-source'])\n"
        "print(code, 'typer' in sys.modules, 'cel.cli' in sys.modules)\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe], cwd=project, capture_output=True, text=True, check=True
    )
    assert found.stdout.splitlines()[-1] == "1 False False", found.stdout + found.stderr


def test_sarif_help_uri_follows_the_configured_docs_url(project: Path) -> None:
    (project / ".disclosurelint.yaml").write_text(
        "policies: [policies/no-precise-location-to-ads.yaml]\n"
        "rule-docs-url: https://docs.acme.example/disclosurelint/rules/\n",
        encoding="utf-8",
    )
    _, out, _ = run("check", "decl", "-f", "sarif")
    rules = {r["id"]: r for r in json.loads(out)["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["DL204"]["helpUri"] == "https://docs.acme.example/disclosurelint/rules/DL204.md"
    assert rules["ACME101"]["helpUri"] == "policies/no-precise-location-to-ads.yaml"


def test_a_long_running_process_sees_an_edited_policy_and_list(project: Path) -> None:
    """The language server checks many times in one process: an edit must show at once."""
    config = project / ".disclosurelint.yaml"
    config.write_text(
        "policies: [policies/no-precise-location-to-ads.yaml, policies/approved-vendors.yaml]\n",
        encoding="utf-8",
    )
    vendors = project / "approved-vendors.list.yaml"
    _, out, _ = run("check", "decl", "--select", "ACME", "--no-source", "--no-cache")
    assert "an advertising partner receives precise location" in out
    assert "ACME105" in out

    policy = project / "policies" / "no-precise-location-to-ads.yaml"
    policy.write_text(
        policy.read_text(encoding="utf-8").replace(
            "an advertising partner receives", "ads must not receive"
        ),
        encoding="utf-8",
    )
    vendors.write_text(vendors.read_text(encoding="utf-8") + "- Ads Co., Ltd.\n", "utf-8")
    _, out, _ = run("check", "decl", "--select", "ACME", "--no-source", "--no-cache")
    assert "ads must not receive precise location" in out
    assert "ACME105" not in out
