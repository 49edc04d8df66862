"""Reading waiver comments: every form, and every way one can be malformed."""

from __future__ import annotations

import pytest

from disclosurelint.load import parse
from disclosurelint.waivers import parse_directive, parse_json_path, scan

VALID = [
    ('allow DL204 reason="r"', ("allow", ("DL204",), {"reason": "r"})),
    ("allow policy-url reason='single quoted'", ("allow", ("DL204",), {"reason": "single quoted"})),
    (
        'allow DL204,DL205 reason="two codes"',
        ("allow", ("DL204", "DL205"), {"reason": "two codes"}),
    ),
    (
        'allow DL204, recipient-chosen-at-runtime reason="with a space"',
        ("allow", ("DL204", "DL205"), {"reason": "with a space"}),
    ),
    (
        'allow-file dl204 reason="He said \\"no link\\"" approved-by="Legal" expires=2027-06-30',
        (
            "allow-file",
            ("DL204",),
            {"reason": 'He said "no link"', "approved-by": "Legal", "expires": "2027-06-30"},
        ),
    ),
]


@pytest.mark.parametrize(("body", "expected"), VALID)
def test_valid_forms(body: str, expected: tuple[object, ...]) -> None:
    assert parse_directive(body) == expected


MALFORMED = [
    ("", "nothing follows"),
    ("disable DL204", "unknown directive 'disable'"),
    ("allow", "no rule code after `allow`"),
    ('allow reason="r"', "no rule code after `allow`"),
    ('allow DL999 reason="r"', "unknown rule 'DL999'"),
    ('allow policy-link reason="r"', "unknown rule 'policy-link'"),
    ('allow DL2 reason="r"', "'DL2' is a group of rules"),
    ('allow ALL reason="r"', "'ALL' is a group of rules"),
    ('allow DL503 reason="r"', "DL503 is about waivers themselves"),
    ("allow DL204", "no reason"),
    ('allow DL204 reason=""', "the reason is empty or a placeholder"),
    ('allow DL204 reason="TBD"', "the reason is empty or a placeholder ('TBD')"),
    ("allow DL204 reason=", "`reason` has no value"),
    ('allow DL204 reason="no end', "unbalanced quote in `reason`"),
    ("allow DL204 reason='no end", "unbalanced quote in `reason`"),
    ('allow DL204 reason="r" approver="Legal"', "unknown field `approver`"),
    ('allow DL204 reason="r" reason="s"', "`reason` is given twice"),
    ('allow DL204 reason="r" please', "unexpected text 'please'"),
    ('allow DL204 reason="r" approved-by=""', "`approved-by` is empty"),
    ('allow DL204 reason="r" expires=2027-02-30', "expires=2027-02-30 is not a date"),
    ('allow DL204 reason="r" expires=30/06/2027', "expires=30/06/2027 is not a date"),
    ('allow DL204 reason="r" expires=20270630', "expires=20270630 is not a date"),
]


@pytest.mark.parametrize(("body", "message"), MALFORMED)
def test_malformed_directives_are_findings(body: str, message: str) -> None:
    text = f"a: 1  # disclosurelint: {body}\n"
    directives, malformed = scan(text, "x.yaml")
    assert directives == []
    [(code, finding)] = malformed
    assert code == "DL501"
    assert message in finding.message
    assert finding.span is not None and finding.span.start.line == 1
    assert finding.span.start.column == 7


def test_targets_same_line_line_below_and_file() -> None:
    text = (
        '# disclosurelint: allow-file DL205 reason="file"\n'
        "---\n"
        'a: 1  # disclosurelint: allow DL204 reason="same line"\n'
        '# disclosurelint: allow DL204 reason="above"\n'
        "\n"
        "# another comment between\n"
        "b: 2\n"
        '# disclosurelint: allow DL204 reason="at the end"\n'
    )
    directives, malformed = scan(text, "x.yaml")
    assert malformed == []
    assert [(d.reason, d.line) for d in directives] == [
        ("file", None),
        ("same line", 3),
        ("above", 7),
        ("at the end", 0),
    ]


def test_allow_file_after_the_first_key_is_malformed() -> None:
    text = 'a: 1\n# disclosurelint: allow-file DL204 reason="late"\n'
    directives, malformed = scan(text, "x.yaml")
    assert directives == []
    assert "must come before the first key" in malformed[0][1].message


def test_marker_inside_text_values_is_not_a_directive() -> None:
    text = (
        'quoted: "see # disclosurelint: allow DL999"\n'
        "block: |\n"
        "  # disclosurelint: allow DL999 inside a block text\n"
        'folded: >-  # disclosurelint: allow DL204 reason="header comment"\n'
        "  text\n"
        "url: https://example.org/#disclosurelint:x\n"
    )
    document, issues = parse(text, "x.yaml")
    assert issues == [] and document is not None
    directives, malformed = scan(text, "x.yaml", document.source)
    assert malformed == []
    assert [(d.reason, d.line) for d in directives] == [("header comment", 4)]


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("$", ()),
        ("$.privacy_policy", ("privacy_policy",)),
        ("$.data[2].item", ("data", 2, "item")),
        ("$['odd key'].x", ("odd key", "x")),
    ],
)
def test_json_paths(text: str, path: tuple[object, ...]) -> None:
    assert parse_json_path(text) == path


@pytest.mark.parametrize("text", ["privacy_policy", "$.data[x]", "$..a"])
def test_bad_json_paths(text: str) -> None:
    with pytest.raises(ValueError, match="json_path"):
        parse_json_path(text)


def test_the_reader_reports_a_reason_and_the_rule_module_words_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """DL501's module owns the words: changing its text for a reason changes the finding."""
    from disclosurelint.rules import dl501_malformed_waiver as dl501

    with pytest.raises(dl501.Malformed) as caught:
        parse_directive("disable DL204")
    assert (caught.value.reason, caught.value.data) == ("unknown-directive", {"verb": "disable"})
    monkeypatch.setitem(dl501.REASONS, "unknown-directive", "no such directive: {verb}")
    [(_, finding)] = scan("a: 1  # disclosurelint: disable DL204\n", "x.yaml")[1]
    assert finding.message == "this waiver excuses nothing: no such directive: disable"


def test_every_reason_the_reader_gives_has_words_in_the_rule_module() -> None:
    import re
    from pathlib import Path

    from disclosurelint import waivers
    from disclosurelint.rules import dl501_malformed_waiver as dl501

    source = Path(waivers.__file__).read_text("utf-8")
    used = set(re.findall(r'Malformed\(\s*"([a-z-]+)"', source))
    assert used == set(dl501.REASONS)
    with pytest.raises(KeyError):
        dl501.Malformed("no-such-reason")
