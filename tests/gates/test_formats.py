"""Every output format from one run, the same exit code in every format, and the default
format inside GitHub Actions."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from io import StringIO
from pathlib import Path

import pytest

from disclosurelint.cli import main
from disclosurelint.formats import FORMATS
from tests.gates.common import sample_tree
from tests.reporters.sample import validate_sarif

EXPECTED = {  # (path, line, column, code) of every problem in the sample tree
    ("declarations/other/copy.yaml", 2, 5, "DL401"),
    ("declarations/welink/camcard.yaml", 2, 5, "DL401"),
    ("declarations/welink/no-purpose.yaml", 1, 1, "DL201"),
}


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    sample_tree(tmp_path)
    return tmp_path


def run(*args: str) -> tuple[int, str]:
    out = StringIO()
    code = main(["check", *args], out=out, err=out)
    return code, out.getvalue()


def test_every_format_from_one_run(tree: Path) -> None:
    code, text = run(
        "-f",
        "text",
        "-f",
        "json:a.json",
        "-f",
        "sarif:b.sarif",
        "-f",
        "junit:c.xml",
        "-f",
        "gitlab:d.json",
        "-f",
        "markdown:e.md",
        "-f",
        "github:f.txt",
        "-f",
        "concise:g.txt",
    )
    assert code == 1
    assert "declarations/welink/no-purpose.yaml:1:1: DL201 purpose" in text
    assert "Checked 4 files: 3 errors" in text

    problems = json.loads((tree / "a.json").read_text())["problems"]
    assert {(p["path"], p["line"], p["column"], p["code"]) for p in problems} == EXPECTED

    sarif = json.loads((tree / "b.sarif").read_text())
    validate_sarif(sarif)
    assert {
        (
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
            r["locations"][0]["physicalLocation"]["region"]["startColumn"],
            r["ruleId"],
        )
        for r in sarif["runs"][0]["results"]
    } == EXPECTED

    junit = ET.parse(tree / "c.xml").getroot()
    assert junit.get("failures") == "3" and junit.get("tests") == "4"
    assert {
        (c.get("classname"), int(c.get("line", 0)), c.get("name", "").split()[0])
        for c in junit.iter("testcase")
        if c.find("failure") is not None
    } == {(p, line, code) for p, line, _, code in EXPECTED}

    gitlab = json.loads((tree / "d.json").read_text())
    assert {
        (i["location"]["path"], i["location"]["lines"]["begin"], i["check_name"]) for i in gitlab
    } == {(p, line, code) for p, line, _, code in EXPECTED}

    markdown = (tree / "e.md").read_text()
    assert "**Failed**" in markdown and "| error | 3 |" in markdown
    assert "declarations/welink/no-purpose.yaml:1:1" in markdown

    commands = re.findall(
        r"^::error file=([^,]+),line=(\d+),col=(\d+),.*title=(DL\d+) ",
        (tree / "f.txt").read_text(),
        re.M,
    )
    assert {(p, int(line), int(col), code) for p, line, col, code in commands} == EXPECTED

    concise = re.findall(
        r"^(.+?):(\d+):(\d+): (DL\d+) \[error\]", (tree / "g.txt").read_text(), re.M
    )
    assert {(p, int(line), int(col), code) for p, line, col, code in concise} == EXPECTED


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((), 1),
        (("--fail-on", "error"), 1),
        (("--select", "DL205"), 0),
        (("--exit-zero",), 0),
        (("declarations/welink/camcard.yaml", "--ignore", "DL401"), 0),
        (("missing-folder",), 2),
    ],
)
def test_every_format_gives_the_same_exit_code(
    tree: Path, args: tuple[str, ...], expected: int
) -> None:
    codes = {fmt: run("-f", f"{fmt}:{fmt}.out", *args)[0] for fmt in FORMATS}
    assert codes == dict.fromkeys(FORMATS, expected)


def test_github_is_the_default_inside_github_actions(
    tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    code, out = run()
    assert code == 1
    assert out.splitlines()[0].startswith("::error file=declarations/other/copy.yaml,line=2,")
    assert all(line.startswith("::") for line in out.splitlines())
    _, text = run("-f", "text")
    assert text.startswith("declarations/other/copy.yaml:2:5: DL401")
    run("-o", "report.txt")  # a file named with -o gets the text a person reads
    assert (tree / "report.txt").read_text().startswith("declarations/other/copy.yaml:2:5:")
