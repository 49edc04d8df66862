"""The common YAML mistakes are named at the line of the mistake, with the fix: every key line
typed with a full-width colon, every indented line with a tab, every text value with ': ' in it,
every reserved first character, an unclosed quote."""

# ruff: noqa: RUF001, RUF003  (full-width punctuation is what these tests write)

from __future__ import annotations

import json

import pytest

from tests.conftest import Project, declaration

TEXT = declaration("alpha", policy="url: https://alpha-analytics.cn/privacy")
LINES = TEXT.splitlines()


def one(project: Project, text: str, code: str) -> dict[str, object]:
    """The one problem of ``text`` checked through the command line, which must be ``code``."""
    project.write("declarations/a.yaml", text)
    exit_code, out, err = project.cli("check", "declarations", "-f", "json")
    assert (exit_code, err) == (1, "")
    (problem,) = json.loads(out)["problems"]
    assert problem["code"] == code
    return {k: problem[k] for k in ("line", "column", "message", "fix")}


def dl001(project: Project, text: str) -> dict[str, object]:
    return one(project, text, "DL001")


def variants(change: str) -> list[tuple[int, str]]:
    """(1-based line, file text) for each line the change applies to."""
    found = []
    for index, line in enumerate(LINES):
        changed = {
            "colon": line.replace(": ", "：", 1) if ": " in line else None,
            "tab": "\t" + line.lstrip() if line.startswith("  ") else None,
        }[change]
        if changed is not None:
            found.append((index + 1, "\n".join([*LINES[:index], changed, *LINES[index + 1 :]])))
    return found


@pytest.mark.parametrize(("line", "text"), variants("colon"))
def test_a_full_width_colon_after_any_key_is_named_on_its_line(
    project: Project, line: int, text: str
) -> None:
    typed = text.splitlines()[line - 1]
    if typed.lstrip(" -").split("：")[0] in ("item", "url"):
        # `- item：name` and `url：...` are valid YAML: text where a mapping belongs
        found = one(project, text, "DL103")
        assert found["line"] == line
        assert str(found["message"]).endswith(
            f"; the full-width colon after `{typed.lstrip(' -').split('：')[0]}` (U+FF1A, typed "
            "in Chinese input mode) makes it text: write ':' and a space"
        )
        return
    found = dl001(project, text)

    assert found["line"] == line
    assert found["column"] == typed.index("：") + 1
    assert found["message"] == (
        "YAML syntax error: a full-width '：' (U+FF1A) where YAML needs ':'; "
        "Chinese input mode types it instead"
    )
    assert found["fix"] == f"Type the ASCII character instead: `{LINES[line - 1].strip()}`."


@pytest.mark.parametrize(("line", "text"), variants("tab"))
def test_a_tab_on_any_indented_line_is_named(project: Project, line: int, text: str) -> None:
    found = dl001(project, text)

    assert (found["line"], found["column"]) == (line, 1)
    assert (
        found["message"]
        == "YAML syntax error: a tab indents this line; YAML indents with spaces only"
    )


@pytest.mark.parametrize("key", ["purpose", "scenario", "product"])
@pytest.mark.parametrize("value", ["Note: see the terms", "见附件: 第 3 条", "A: b: c"])
def test_a_colon_and_space_inside_a_value_says_to_quote_it(
    project: Project, key: str, value: str
) -> None:
    start = next(i for i, line in enumerate(LINES) if line.startswith(f"{key}: "))
    text = TEXT.replace(LINES[start], f"{key}: {value}")

    found = dl001(project, text)

    assert found["line"] == start + 1
    assert found["message"] == (
        f"YAML syntax error: the value of `{key}` holds ': ', which YAML reads as the start of "
        "another key"
    )
    assert found["fix"] == f'Quote the whole value: `{key}: "{value}"`.'


@pytest.mark.parametrize("first", ["@", "`", "%"])
def test_a_value_starting_with_a_reserved_character_says_to_quote_it(
    project: Project, first: str
) -> None:
    found = dl001(project, TEXT.replace("purpose: Provide", f"purpose: {first}Provide"))

    assert found["message"] == (
        f"YAML syntax error: a plain value cannot start with {first!r}, which YAML reserves"
    )
    assert str(found["fix"]).startswith(f'Quote the value: `purpose: "{first}Provide')


MODES = next(line for line in LINES if line.startswith("sharing_modes: ["))
ITEM = next(line for line in LINES if line.startswith("  - item: "))


@pytest.mark.parametrize(
    ("original", "typed", "char"),
    [
        (ITEM, f"{ITEM}\n  －item: phone", "－"),
        (MODES, MODES.replace("]", "，form"), "，"),
    ],
)
def test_other_full_width_syntax_is_named(
    project: Project, original: str, typed: str, char: str
) -> None:
    found = dl001(project, TEXT.replace(original, typed))

    assert f"a full-width {char!r}" in str(found["message"])


def test_an_unclosed_quote_points_at_where_it_opens(project: Project) -> None:
    found = dl001(project, TEXT.replace("purpose: Provide the service.", 'purpose: "Provide'))

    assert found["message"] == "YAML syntax error: the quote opened on line 9 is never closed"
