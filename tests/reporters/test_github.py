from __future__ import annotations

import re

from disclosurelint.formats.github import escape_data, escape_property
from tests.reporters.sample import PROBLEMS, render

COMMAND = re.compile(r"^::(?P<level>error|warning|notice) (?P<props>[^:]*)::(?P<message>.*)$")


def _unescape(text: str) -> str:
    for code, char in (("%3A", ":"), ("%2C", ","), ("%0D", "\r"), ("%0A", "\n"), ("%25", "%")):
        text = text.replace(code, char)
    return text


def _commands() -> list[tuple[str, dict[str, str], str]]:
    parsed = []
    for line in render("github").splitlines():
        match = COMMAND.match(line)
        assert match, line
        props = dict(item.split("=", 1) for item in match["props"].split(","))
        parsed.append(
            (
                match["level"],
                {k: _unescape(v) for k, v in props.items()},
                _unescape(match["message"]),
            )
        )
    return parsed


def test_escaping_follows_the_actions_toolkit() -> None:
    assert escape_data("100%\r\n: ,") == "100%25%0D%0A: ,"
    assert escape_property("a%b\r\n:c,d") == "a%25b%0D%0A%3Ac%2Cd"


def test_every_problem_is_one_command_that_round_trips() -> None:
    commands = _commands()
    assert len(commands) == len(PROBLEMS)
    level, props, message = commands[0]
    assert level == "error"
    assert props == {
        "file": "declarations/p/a,b.yaml",
        "line": "1",
        "col": "1",
        "endLine": "1",
        "endColumn": "13",
        "title": "DL201 purpose",
    }
    assert message == "50% done: purpose is missing,\nsee line 2\nhelp: Add `purpose:`."


def test_levels_follow_severity_and_waivers() -> None:
    by_title = {props["title"]: (level, props, message) for level, props, message in _commands()}
    assert by_title["DL104 invalid-value"][0] == "warning"
    assert by_title["DL205 recipient-chosen-at-runtime"][0] == "notice"
    level, _, message = by_title["DL204 policy-url (waived)"]
    assert level == "notice"
    assert (
        "waived: The list names the page | there is no URL; approved by legal@example.com; "
        "in force through 2099-12-31"
    ) in message
    assert "help:" not in message
    level, props, message = by_title["DL204 policy-url"]
    assert level == "error"
    assert "waiver expired: Vendor promised a link" in message
    assert "endColumn" not in props  # the span runs to the next line
