"""fmt, check --fix and new through the real command line."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from disclosurelint.authoring.writer import RewriteError, comments, load_checked, rewrite
from disclosurelint.cli import main

ROOT = Path(__file__).resolve().parents[2]
_EXAMPLE = re.compile(r"## (Failing|Passing) example\s+```yaml\n(.*?)\n```", re.S)


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


def every_declaration() -> list[tuple[str, str]]:
    """Every declaration the tests have that loads: files, and the rules' documented examples
    (fragments merged into a complete entry, as the rule tests run them)."""
    from disclosurelint import rules as registry
    from tests.common import merged

    found: list[tuple[str, str]] = []
    for file in sorted(
        [*(ROOT / "declarations").rglob("*.yaml"), *(ROOT / "tests").rglob("*.yaml")]
    ):
        try:
            found.append((file.relative_to(ROOT).as_posix(), file.read_text("utf-8")))
        except UnicodeDecodeError:
            continue
    for rule in registry.all_rules():
        for kind, snippet in _EXAMPLE.findall(rule.__doc__ or ""):
            whole = getattr(rule, "EXAMPLE_KIND", "fragment") == "file"
            found.append((f"{rule.CODE}-{kind}", snippet + "\n" if whole else merged(snippet)))
    keep = []
    for name, text in found:
        try:
            load_checked(text, name)
        except RewriteError:
            continue
        keep.append((name, text))
    return keep


def test_fmt_leaves_this_repositorys_declarations_unchanged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(ROOT)
    assert run("fmt", "--check", "declarations") == (0, "")


DECLARATIONS = every_declaration()


def test_the_meaning_test_covers_files_and_documented_examples() -> None:
    names = [name for name, _ in DECLARATIONS]
    assert "declarations/welink/camcard.yaml" in names
    assert sum(1 for n in names if n.startswith("DL")) > 40


@pytest.mark.parametrize(("name", "text"), DECLARATIONS, ids=[n for n, _ in DECLARATIONS])
def test_fmt_keeps_data_and_comments_and_is_idempotent(name: str, text: str) -> None:
    once = rewrite(text, name)
    assert load_checked(once, name) == load_checked(text, name)
    assert comments(once, name) == comments(text, name)
    assert rewrite(once, name) == once


MESSY = """\
# header comment
id: acme{trailing}
disclosure: 1
privacy_policy:
  # disclosurelint: allow DL204 reason="The list gives no link"
  reference: See the app.
data:
- item: phone number   # as published
  category: phone_number
purpose: "Provide the service."
scenario: You sign in.
sharing_modes: [backend_api]
processing_method: Stores the number to sign the user in.
product: ACME SDK
legal_basis:
  pipl: contract
recipient:
    relationship: third_party
    name: ACME Ltd.
    contact: privacy@acme.example
    country: 'CN'
""".format(trailing="   ")

CANONICAL = """\
# header comment
disclosure: 1
id: acme
recipient:
  name: ACME Ltd.
  relationship: third_party
  contact: privacy@acme.example
  country: CN
product: ACME SDK
data:
  - item: phone number # as published
    category: phone_number
purpose: Provide the service.
scenario: You sign in.
sharing_modes: [backend_api]
privacy_policy:
  # disclosurelint: allow DL204 reason="The list gives no link"
  reference: See the app.
legal_basis:
  pipl: contract
processing_method: Stores the number to sign the user in.
"""


def test_fmt_writes_the_documented_order_and_the_waiver_still_applies(tmp_path: Path) -> None:
    file = tmp_path / "acme.yaml"
    file.write_text(MESSY, encoding="utf-8")
    code, diff = run("fmt", "--diff", str(file))
    assert code == 1
    assert "-id: acme   \n" in diff
    assert file.read_text("utf-8") == MESSY  # --diff writes nothing
    assert run("fmt", str(file)) == (0, "")
    assert file.read_text("utf-8") == CANONICAL
    assert run("fmt", "--check", str(file)) == (0, "")
    code, output = run("check", str(file), "--isolated", "-f", "concise")
    assert code == 0, output
    assert "DL204" in output and "waived" in output


def test_long_text_is_folded_at_100_columns(tmp_path: Path) -> None:
    file = tmp_path / "long.yaml"
    purpose = " ".join(["Provide the cloud business card service to the user"] * 4)
    file.write_text(CANONICAL.replace("Provide the service.", purpose), encoding="utf-8")
    assert run("fmt", str(file))[0] == 0
    text = file.read_text("utf-8")
    assert "purpose: >-\n" in text
    assert max(len(line) for line in text.splitlines() if not line.startswith("#")) <= 100
    assert load_checked(text, "long.yaml")["purpose"] == purpose


def test_fmt_refuses_a_file_that_does_not_load(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "broken.yaml"
    file.write_text("disclosure: 1\nid: a\nid: b\n", encoding="utf-8")
    assert run("fmt", str(file))[0] == 2
    err = capsys.readouterr().err
    assert "broken.yaml:3:1: DL002 duplicate key 'id'" in err
    assert file.read_text("utf-8") == "disclosure: 1\nid: a\nid: b\n"


FIXABLE = (
    CANONICAL.replace("country: CN", "country: China  # where it processes")
    .replace("[backend_api]", "[background API transmission]")
    .replace("category: phone_number", "category: Phone number")
    .replace(
        '  # disclosurelint: allow DL204 reason="The list gives no link"\n'
        "  reference: See the app.",
        "  url: http://www.acme.com/privacy  # the published link",
    )
)


def test_check_fix_applies_only_safe_fixes_and_keeps_comments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "acme.yaml"
    file.write_text(FIXABLE, encoding="utf-8")
    code, diff = run("check", "--diff", "--isolated", str(file))
    assert code == 1
    assert re.search(r"^\+  country: CN +# where it processes$", diff, re.MULTILINE)
    assert file.read_text("utf-8") == FIXABLE
    code, output = run("check", "--fix", "--isolated", "-f", "concise", str(file))
    text = file.read_text("utf-8")
    assert re.search(r"^  country: CN +# where it processes$", text, re.MULTILINE)
    assert "sharing_modes: [backend_api]" in text
    assert "category: phone_number" in text
    assert "url: http://www.acme.com/privacy" in text  # unsafe: left alone
    assert comments(text, "a") == comments(FIXABLE, "a")
    assert "Fixed 3 problems in 1 file; 1 more with --unsafe-fixes" in capsys.readouterr().err
    assert code == 1 and "DL204" in output  # the http:// link remains
    code, output = run("check", "--fix", "--unsafe-fixes", "--isolated", str(file))
    assert "url: https://www.acme.com/privacy" in file.read_text("utf-8")
    assert code == 0, output


def test_unsafe_fixes_alone_is_a_usage_error(tmp_path: Path) -> None:
    file = tmp_path / "acme.yaml"
    file.write_text(CANONICAL, encoding="utf-8")
    assert run("check", "--unsafe-fixes", str(file))[0] == 2


def test_new_from_flags_passes_check_except_what_it_names(tmp_path: Path) -> None:
    folder = tmp_path / "app"
    code, output = run(
        "new", "acme", "--dir", str(folder), "--recipient", "ACME Ltd.", "--product", "ACME SDK",
        "--item", "phone number", "--item", "nickname=nickname", "--mode", "backend_api",
        "--purpose", "Provide the service.", "--no-input",
    )  # fmt: skip
    assert code == 0
    assert "still to supply: scenario, privacy_policy.url" in output
    data = load_checked((folder / "acme.yaml").read_text("utf-8"), "acme.yaml")
    assert data["data"] == [
        {"item": "phone number", "category": "phone_number"},  # suggested by the taxonomy
        {"item": "nickname", "category": "nickname"},
    ]
    listed = {line.split()[1] for line in output.splitlines() if line.startswith("  ")}
    assert {"DL202", "DL204", "DL305"} <= listed  # scenario, policy URL, and the contact
    assert all(code >= "DL2" for code in listed)  # the file loads and fits the schema
    assert run("new", "acme", "--dir", str(folder), "--no-input")[0] == 2  # exists already


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_new_asks_on_a_terminal_and_suggests_categories(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = [
        "ACME Ltd.", "", "privacy@acme.com", "ACME SDK", "ID card photo", "", "phone number", "",
        "", "Verify the user.", "You sign up.", "Checks the ID card against the register.",
        "backend_api", "https://www.acme.com/privacy",
    ]  # fmt: skip
    monkeypatch.setattr("sys.stdin", _Terminal("\n".join(answers) + "\n"))
    code, output = run("new", "acme", "--dir", str(tmp_path))
    assert code == 0, output
    from disclosurelint.taxonomy import load_taxonomy

    [suggested] = load_taxonomy().classify("ID card photo").categories
    assert f"category of 'ID card photo' [{suggested}]" in capsys.readouterr().err
    data = load_checked((tmp_path / "acme.yaml").read_text("utf-8"), "acme.yaml")
    assert [i.get("category") for i in data["data"]] == [suggested, "phone_number"]
    assert data["recipient"] == {
        "name": "ACME Ltd.",
        "relationship": "third_party",
        "contact": "privacy@acme.com",
    }
    # a sensitive item needs the author's justification, and its consent is the author's choice
    assert "still to supply: data[0].justification.necessity, data[0].justification.impact\n" in (
        output
    )
    listed = {line.split()[1] for line in output.splitlines() if line.startswith("  ")}
    assert {"DL301", "DL304"} <= listed  # the justification, and how consent is obtained
    assert all(code >= "DL2" for code in listed)


ITEMS = CANONICAL.replace(
    "  - item: phone number # as published\n    category: phone_number\n",
    "  - category: phone_number\n"
    "    item: phone number\n"
    "  - optional: true\n"
    '    # disclosurelint: allow DL303 reason="The published words" approved-by="Legal"\n'
    "    item: enterprise C&Q information  # as published\n",
)


def test_data_item_keys_move_and_a_waiver_above_a_key_still_excuses_its_line(
    tmp_path: Path,
) -> None:
    file = tmp_path / "acme.yaml"
    file.write_text(ITEMS, encoding="utf-8")
    before = run("check", "--isolated", "-f", "concise", str(file))[1]
    assert "DL303 [info] unclassified-item" in before and "waived: The published words" in before
    assert run("fmt", str(file))[0] == 0
    text = file.read_text("utf-8")
    assert (
        "  - item: phone number\n"
        "    category: phone_number\n"
        '    # disclosurelint: allow DL303 reason="The published words" approved-by="Legal"\n'
        "  - item: enterprise C&Q information  # as published\n"
        "    optional: true\n"
    ) in text
    after = run("check", "--isolated", "-f", "concise", str(file))[1]
    assert "waived: The published words" in after
    assert "DL503" not in after


def test_fmt_and_fix_leave_other_yaml_in_a_folder_alone(tmp_path: Path) -> None:
    other = tmp_path / "compose.yaml"
    other.write_text("services:\n    web:   {image: x}\ncountry: China\n", encoding="utf-8")
    before = other.read_text("utf-8")
    assert run("fmt", str(tmp_path)) == (0, "")
    assert run("check", "--fix", "--isolated", "--exit-zero", str(tmp_path))[0] == 0
    assert other.read_text("utf-8") == before
    assert run("fmt", "--check", str(other))[0] == 1  # named on its own: formatted


def test_fix_of_trailing_spaces_alone_changes_nothing_else(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "acme.yaml"
    indented = CANONICAL.replace("  - item: phone number", "  -   item: phone number")
    indented = indented.replace("    category: phone", "      category: phone")
    file.write_text(indented.replace("id: acme\n", "id: acme  \t\n"), encoding="utf-8")
    assert run("check", "--fix", "--isolated", str(file))[0] == 0
    assert file.read_text("utf-8") == indented
    assert "Fixed 1 problem in 1 file." in capsys.readouterr().err


def test_the_key_order_names_every_key_of_the_schema() -> None:
    from disclosurelint.authoring.order import NESTED, TOP
    from disclosurelint.authoring.schemainfo import keys

    assert set(TOP) == set(keys(()))
    for holder, path in (
        ("recipient", ("recipient",)),
        ("data[]", ("data", 0)),
        ("justification", ("data", 0, "justification")),
        ("privacy_policy", ("privacy_policy",)),
        ("wording", ("wording",)),
        ("legal_basis", ("legal_basis",)),
        ("cross_border", ("cross_border",)),
        ("consent_evidence", ("consent_evidence",)),
        ("entrustment_agreement", ("entrustment_agreement",)),
        ("impact_assessment", ("impact_assessment",)),
        ("review", ("review",)),
    ):
        assert set(NESTED[holder]) == set(keys(path)), holder
    nested = {k for k, v in keys(()).items() if v.get("type") == "object" and keys((k,))}
    assert nested <= set(NESTED)
