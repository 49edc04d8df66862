"""Policy expressions whose types cannot work are refused when the policy file loads."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosurelint.policy import load_files, typecheck
from tests.policy.test_policies import ADS, run

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

DECLARATION = ADS.replace("  - item: name\n", "")
HEAD = "policy: 1\nrules:\n  - code: ACME201\n    name: x\n    severity: error\n    summary: s\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "decl").mkdir()
    (tmp_path / "decl" / "ads.yaml").write_text(DECLARATION, encoding="utf-8")
    (tmp_path / ".disclosurelint.yaml").write_text("policies: [p.yaml]\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("body", "where", "message"),
    [
        pytest.param(
            "    assert: 'declaration.purpose > 3'\n",
            "p.yaml:7:34:",
            "ACME201 `assert`: `>` is not defined for `declaration.purpose` "
            "(string or map(string, string)) and `3` (int)",
            id="comparison of a text with a number",
        ),
        pytest.param(
            "    each: data\n    assert: 'item.sensitive == \"yes\"'\n",
            "p.yaml:8:29:",
            '`==` compares `item.sensitive` (bool) with `"yes"` (string): values of different '
            "types are never equal",
            id="equality that is always false",
        ),
        pytest.param(
            "    assert: 'size(declaration.data) == \"x\"'\n",
            "p.yaml:7:37:",
            '`==` compares `size(declaration.data)` (int) with `"x"` (string)',
            id="a function's result compared with another type",
        ),
        pytest.param(
            "    assert: 'declaration.recipient.name.startsWith(1)'\n",
            "p.yaml:7:41:",
            "`startsWith` is not defined for `declaration.recipient.name` "
            "(string or map(string, string)) and `1` (int) (written string.startsWith(string))",
            id="a method given an argument of the wrong type",
        ),
        pytest.param(
            "    assert: 'context.today - declaration.review.last_reviewed < duration(\"1h\")'\n",
            "p.yaml:7:28:",
            "`-` is not defined for `context.today` (timestamp) and "
            "`declaration.review.last_reviewed` (string)",
            id="arithmetic of a timestamp with a text",
        ),
        pytest.param(
            "    when: 'declaration.purpose'\n    assert: 'true'\n",
            "p.yaml:7:12:",
            "ACME201 `when`: the expression must be true or false, but it is "
            "string or map(string, string)",
            id="when that is not a condition",
        ),
        pytest.param(
            "    assert: 'size(declaration.data)'\n",
            "p.yaml:7:14:",
            "ACME201 `assert`: the expression must be true or false, but it is int",
            id="assert that is not a condition",
        ),
        pytest.param(
            "    each: purpose\n    assert: 'true'\n",
            "p.yaml:7:11:",
            "ACME201 `each`: `each` must name a list, but `purpose` is "
            "string or map(string, string)",
            id="each that is not a list",
        ),
        pytest.param(
            "    each: recipient.names\n    assert: 'true'\n",
            "p.yaml:7:21:",
            "unknown field `names` in the declaration format; did you mean `name`?",
            id="each naming a field the format lacks",
        ),
        pytest.param(
            "    assert: 'true'\n    at: declaration.recipient.contry\n",
            "p.yaml:8:31:",
            "ACME201 `at`: unknown field `contry` in the declaration format; did you mean "
            "`country`?",
            id="at naming a field the format lacks",
        ),
        pytest.param(
            "    each: data\n    assert: 'true'\n    message: 'shares {item.item + 1}'\n",
            "p.yaml:9:33:",
            "ACME201 `message`: `+` is not defined for `item.item` "
            "(string or map(string, string)) and `1` (int)",
            id="a message placeholder",
        ),
        pytest.param(
            "    assert: 'declaration.data.all(d, d.item)'\n",
            "p.yaml:7:38:",
            "the condition of `all` needs true or false, but `d.item` "
            "(string or map(string, string)) is not",
            id="a macro's condition",
        ),
        pytest.param(
            "    assert: '!declaration.purpose'\n",
            "p.yaml:7:14:",
            "`!` needs true or false, but `declaration.purpose` (string or map(string, string)) "
            "is not",
            id="negation of a text",
        ),
        pytest.param(
            "    assert: 'has(declaration.purpose) && declaration.sharing_modes'\n",
            "p.yaml:7:39:",
            "`&&` needs true or false, but `declaration.sharing_modes` (list(string)) is not",
            id="a list where a condition is needed",
        ),
        pytest.param(
            "    assert: 'declaration.sharing_modes.contains(\"form\")'\n",
            "p.yaml:7:40:",
            "to look for a value in a list, write `value in list`",
            id="contains on a list",
        ),
        pytest.param(
            "    assert: '1 in declaration.sharing_modes'\n",
            "p.yaml:7:16:",
            "`in` looks for `1` (int) in `declaration.sharing_modes` (list(string))",
            id="membership of a value a list cannot hold",
        ),
        pytest.param(
            "    assert: 'declaration.id.value == \"x\"'\n",
            "p.yaml:7:29:",
            "`.value` reads a field, but `declaration.id` (string) has no fields",
            id="a field of a text",
        ),
        pytest.param(
            "    assert: 'declaration.id ? true : false'\n",
            "p.yaml:7:29:",
            "the condition of `? :` needs true or false, but `declaration.id` (string) is not",
            id="a conditional on a text",
        ),
        pytest.param(
            "    assert: >-\n      has(declaration.purpose) &&\n      declaration.purpose > 3\n",
            "p.yaml:9:27:",
            "`>` is not defined for `declaration.purpose`",
            id="an error on the third line of a folded expression",
        ),
        pytest.param(
            "    assert: |\n      has(declaration.purpose)\n"
            '      && declaration.data.size() > "1"\n',
            "p.yaml:9:34:",
            '`>` is not defined for `declaration.data.size()` (int) and `"1"` (string)',
            id="an error on the second line of a literal block",
        ),
    ],
)
def test_an_expression_that_does_not_type_check_is_refused_with_its_position(
    project: Path, body: str, where: str, message: str
) -> None:
    (project / "p.yaml").write_text(HEAD + body, encoding="utf-8")
    code, _out, err = run("check", "decl")
    assert code == 2, err
    assert f"{where} " in err and message in err, err
    assert "Traceback" not in err
    code, _out, err = run("test", "p.yaml")  # `test` refuses it the same way
    assert code == 2 and where in err, err


def test_each_rule_s_error_is_a_line_of_its_own(project: Path) -> None:
    second = HEAD.split("rules:\n")[1].replace("ACME201", "ACME202").replace("name: x", "name: y")
    (project / "p.yaml").write_text(
        HEAD + "    assert: 'declaration.id > 1'\n" + second + "    assert: 'declaration.id'\n",
        encoding="utf-8",
    )
    code, _out, err = run("check", "decl")
    assert code == 2
    assert err.splitlines() == [
        "disclosurelint: error: p.yaml:7:29: ACME201 `assert`: `>` is not defined for "
        "`declaration.id` (string) and `1` (int)",
        "disclosurelint: error: p.yaml:12:14: ACME202 `assert`: the expression must be true or "
        "false, but it is string",
    ]


VALID = [
    # texts that may be a mapping of languages: any type that fits is enough
    'has(declaration.purpose) && declaration.purpose.lowerAscii().contains("advertis")',
    "has(declaration.purpose) && has(declaration.purpose.en) && declaration.purpose.en != ''",
    'declaration.recipient.name.inList("approved_vendors")',
    'timestamp(declaration.review.last_reviewed + "T00:00:00Z") >= context.today '
    '- duration("8784h")',
    "declaration.data.all(d, !has(d.category) || d.category != 'precise_location')",
    "declaration.data.exists_one(d, d.item == 'name') || declaration.data.size() > 1",
    "declaration.data.map(d, d.item).size() == size(declaration.data)",
    "declaration.data.filter(d, has(d.consent)).size() >= 0",
    "declaration.sharing_modes.exists(m, m in ['form', 'backend_api'])",
    "!has(declaration.cross_border) || declaration.cross_border.destinations.all(c, "
    "c.matches('^[A-Z]{2}$'))",
    "'CN' in context.regimes || context.home_country == 'CN' || context.path.endsWith('.yaml')",
    "context.today.getFullYear() > 2000 && int('3') + 1 == 4 && double(1) < 2.5",
    "string(size(declaration.data)) != '' && 1u + 2u > 0u && -1 < 0 && 7 % 2 == 1",
    "type(declaration.id) == string && dyn(declaration.id) == 3",
    "declaration.id.split('-').size() > 0 && declaration.id.substring(0, 1) != ''",
    "lists.approved_vendors.exists(v, v == declaration.recipient.name)",
    "[1, 2] + [3] == [1, 2, 3] && [1, 2].map(x, x > 1, x * 2) == [4]",
    "{'a': 1}['a'] == 1 && {'a': 1}.a == 1 && 'a' in {'a': 1} && [1][0] == 1",
    "declaration.data[0].item == 'name' && declaration['id'] != ''",
    "(has(declaration.review) ? declaration.review.owner : 'nobody') != ''",
    "declaration.recipient.name == null || b'ab'.size() == 2 && r'\\d' != ''",
    "duration('1h') + duration('1m') > duration('1h') && context.today - context.today "
    "== duration('0s')",
]


@pytest.mark.parametrize("expression", VALID)
def test_expressions_that_can_work_are_not_refused(project: Path, expression: str) -> None:
    (project / "p.yaml").write_text(
        HEAD + f"    assert: {_quoted(expression)}\n    message: 'about {{declaration.id}}'\n",
        encoding="utf-8",
    )
    shutil.copy(EXAMPLES / "approved-vendors.list.yaml", project)
    code, _out, err = run("check", "decl", "--select", "ACME")
    assert code in (0, 1), err


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def test_the_item_of_data_has_the_fields_the_taxonomy_computes(project: Path) -> None:
    (project / "p.yaml").write_text(
        HEAD + "    each: data\n    assert: >-\n      !item.sensitive || item.category != ''\n"
        "      && item.regimes.size() >= 0 && !('x' in item.categories)\n",
        encoding="utf-8",
    )
    code, _out, err = run("check", "decl", "--select", "ACME")
    assert code in (0, 1), err


def _policy_files() -> list[Path]:
    found = EXAMPLES.rglob("*.yaml")
    return sorted(p for p in found if re.search(r"^policy: 1$", p.read_text("utf-8"), re.M))


def test_every_example_and_documented_policy_passes_the_type_check(tmp_path: Path) -> None:
    files = _policy_files()
    assert len(files) >= 7  # the six examples and the plugin's pack
    # the policy files written in the documentation, each saved where its lists are found
    # (but the one under drafts/, which shows what the check refuses)
    page = (ROOT / "docs" / "policies.md").read_text("utf-8")
    blocks = re.findall(r"(<!-- file: (\S+) -->\n)?```yaml\n(.*?)```", page, re.S)
    for index, (_, name, block) in enumerate(blocks):
        if block.startswith("policy: 1") and not name.startswith("drafts/"):
            copy = tmp_path / "policies" / f"docs-{index}.yaml"
            copy.parent.mkdir(exist_ok=True)
            copy.write_text(block, encoding="utf-8")
            shutil.copy(EXAMPLES / "approved-vendors.list.yaml", tmp_path)
            files.append(copy)
    rules = load_files(files, activate=False)
    assert len(rules) >= 8
    for rule in rules:
        variables = typecheck.variables(rule.each_path)
        for source in rule.sources:
            assert str(typecheck.check(source, variables, "bool")) in ("bool", "dyn")


def test_an_expression_the_checker_does_not_understand_is_left_to_the_library() -> None:
    # an optional field selection (`.?`): outside the subset the checker parses
    found = typecheck.check("declaration.?purpose", typecheck.variables(None), "bool")
    assert found == typecheck.DYN


def test_the_check_runs_once_per_expression_not_once_per_declaration(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    original = typecheck.check

    def counting(source: str, variables: object, want: str | None = None) -> typecheck.Type:
        calls.append(source)
        return original(source, variables, want)  # type: ignore[arg-type]

    monkeypatch.setattr(typecheck, "check", counting)
    (project / "p.yaml").write_text(
        HEAD + "    each: data\n    assert: 'item.category != \"x\"'\n"
        "    message: 'shares {item.item}'\n",
        encoding="utf-8",
    )
    for index in range(20):
        text = DECLARATION.replace("id: adsco", f"id: ads{index}")
        (project / "decl" / f"ads{index}.yaml").write_text(text, encoding="utf-8")
    code, _out, err = run("check", "decl", "--select", "ACME")
    assert code in (0, 1), err
    assert sorted(calls) == ['item.category != "x"', "item.item"]


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("'''a\nb'''", "string"),
        ('r"\\d+" + R"x"', "string"),
        ('b"x" + B"y"', "bytes"),
        ("0x1F + -3", "int"),
        ("1u * 2u", "uint"),
        ("1e3 / .5", "double"),
        ("// a comment\ntrue", "bool"),
        ("[1, 2,].map(x, x * 2)", "list(int)"),
        ("{'a': [1]}", "map(string, list(int))"),
        ("declaration.data.filter(d, has(d.consent))[0]", "map"),
        ("declaration.sharing_modes[1]", "string"),
        ("declaration.purpose", "string or map(string, string)"),
        ("context.today - duration('1h')", "timestamp"),
        ("context.today - context.today", "duration"),
        ("true ? 1 : 'a'", "int or string"),
        ("declaration.data.exists_one(d, d.item == 'x')", "bool"),
        ("!!true && !(1 < 2)", "bool"),
        ("google.protobuf.Duration{seconds: 1}", "dyn"),
        ("lists.vendors", "dyn"),
        ("type(1)", "type"),
    ],
)
def test_the_type_of_each_kind_of_expression(expression: str, expected: str) -> None:
    assert str(typecheck.check(expression, typecheck.variables(None))) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *("declaration", "item", "context", "lists", "x", "purpose", "data", "size"),
                *("has", "all", "map", "filter", "startsWith", "1", "2u", "1.5", "'a'", '"b"'),
                *("true", "null", "in", ".", ",", "(", ")", "[", "]", "{", "}", ":", "?"),
                *("!", "-", "+", "*", "%", "==", "<", "&&", "||", " "),
            ]
        ),
        max_size=25,
    )
)
def test_any_text_is_typed_refused_or_left_alone_never_a_crash(words: list[str]) -> None:
    source = " ".join(words)
    try:
        typecheck.check(source, typecheck.variables(("data",)), "bool")
    except typecheck.TypeProblem as problem:
        assert 0 <= problem.offset <= len(source)
