"""Whatever a declaration or its file name holds, no output lets it act on a terminal, and the
JSON outputs stay valid UTF-8 (file names that are not UTF-8 included)."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclosurelint.printable import printable
from tests.outputs.common import BASE, FAILING, FORMATS, TERMINAL_FORMATS, project, run

# what may not reach a terminal: C0 but tab and line feed, DEL, C1, bidi controls, separators,
# lone surrogates
UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"
)
HOSTILE = st.text(
    alphabet=st.one_of(
        st.sampled_from("\x1b[31m\x07\x08\r\x0b\x0c\x7f\x85\x9b\u202e\u2066\u2028\t"),
        st.characters(codec="utf-8", exclude_characters="\n"),
    ),
    min_size=1,
    max_size=20,
)
FILE_NAME = st.text(
    alphabet=st.characters(codec="utf-8", exclude_characters="/\x00"), min_size=1, max_size=12
)
EXAMPLES = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _declaration(text: str) -> str:
    """A declaration that puts ``text`` in a key, a value and a comment that reach messages."""
    quoted = json.dumps(text)  # a JSON string is a YAML double-quoted scalar
    return (
        BASE.replace("relationship: third_party", f"relationship: {quoted}")
        + f"{quoted}: x\n"
        + f"# {text}\n"
    )


def _assert_safe(output: str, where: str) -> None:
    found = UNSAFE.search(output)
    assert found is None, f"{where}: {found.group()!r} in {output!r}"


@EXAMPLES
@given(text=HOSTILE, name=FILE_NAME)
def test_terminal_outputs_show_control_characters_escaped(
    text: str, name: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    root = tmp_path_factory.mktemp("escape")
    project(root, {f"{name}.yaml": _declaration(text)})
    for fmt in TERMINAL_FORMATS:
        result = run(["check", "-f", fmt, "--statistics"], root)
        assert result.code in (0, 1), result.err
        _assert_safe(result.out, fmt)
        _assert_safe(result.err, f"{fmt} (standard error)")
    page = run(["render", "declarations/p", "-f", "text"], root)
    _assert_safe(page.out + page.err, "render --format text")


@pytest.mark.parametrize("raw", ["\x1b]0;pwned\x07", "\x1b[2Kgone", "\u202eevil", "\x9b31m"])
def test_raw_control_characters_in_the_file_are_shown_as_ruff_shows_them(
    raw: str, tmp_path: Path
) -> None:
    """Bytes YAML itself refuses still reach the source line under the finding: escaped."""
    # on the first line (where a file YAML refuses is reported) and beside a finding
    declaration = BASE.replace(
        "purpose: Provide the cloud business card service.", f"purpose: TBD  # {raw}"
    )
    root = project(tmp_path, {"a.yaml": f"# {raw}\n{declaration}"})
    text = run(["check"], root).out
    _assert_safe(text, "text")
    assert printable(raw) in text


def test_diff_shows_control_characters_escaped(tmp_path: Path) -> None:
    root = project(tmp_path, {"a.yaml": BASE})
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    subprocess.run(["git", "add", "."], cwd=root, check=True)
    subprocess.run([*git, "commit", "-qm", "one"], cwd=root, check=True)
    changed = BASE.replace(
        "purpose: Provide the cloud business card service.",
        'purpose: "Provide \\e[2J\\e[31mall data\\r"',
    )
    (root / "declarations" / "p" / "a.yaml").write_text(changed, encoding="utf-8")
    for fmt in ("text", "markdown"):
        result = run(["diff", "HEAD", "-f", fmt], root)
        assert "all data" in result.out
        _assert_safe(result.out, f"diff {fmt}")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_file_name_that_is_not_utf8_gives_valid_output(fmt: str, tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9-\xff.yaml")
    root = project(tmp_path, {name: FAILING})
    result = run(["check", "-f", f"{fmt}:out"], root)
    assert result.code == 1, result.err
    data = (root / "out").read_bytes().decode("utf-8")  # strict: valid UTF-8
    shown = "declarations/p/caf\\xe9-\\xff.yaml"  # each byte that is not UTF-8 as \xNN
    if fmt == "json":
        assert json.loads(data)["problems"][0]["path"] == shown
    elif fmt == "gitlab":
        assert json.loads(data)[0]["location"]["path"] == shown
    elif fmt == "sarif":
        location = json.loads(data)["runs"][0]["results"][0]["locations"][0]
        uri = location["physicalLocation"]["artifactLocation"]["uri"]
        assert uri == "declarations/p/caf%E9-%FF.yaml"  # the bytes, percent-encoded
    elif fmt == "junit":
        assert "declarations/p/caf\ufffd-\ufffd.yaml" in data  # XML: replacement characters
    elif fmt == "markdown":
        assert shown.replace("\\", "\\\\") in data  # Markdown escapes the backslash
    else:
        assert shown in data


def test_error_messages_are_one_line_whatever_the_path(tmp_path: Path) -> None:
    result = run(["check", "missing\x1b[31m\nfile.yaml"], project(tmp_path))
    assert result.code == 2
    assert len(result.err.splitlines()) == 1
    _assert_safe(result.err, "error")


def test_every_character_a_terminal_would_act_on_is_escaped_on_its_own_too() -> None:
    # each one alone, and between printable letters: none reaches the output raw
    for code in range(0x110000):
        char = chr(code)
        if UNSAFE.match(char):
            for text in (char, f"a{char}b", f"名{char}称"):
                assert UNSAFE.search(printable(text)) is None, hex(code)
                assert UNSAFE.search(printable(text, newlines=True)) is None, hex(code)
    assert printable("已审核 policy: https://例子.cn/隐私") == "已审核 policy: https://例子.cn/隐私"
    assert printable("a\tb") == "a\tb"  # a tab stays a tab
