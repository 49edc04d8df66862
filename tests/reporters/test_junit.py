from __future__ import annotations

import xml.etree.ElementTree as ET

from disclosurelint.model import Severity
from tests.reporters.sample import FILES, PROBLEMS, render, sample_result


def _parse(fail_on: Severity = Severity.WARNING) -> ET.Element:
    return ET.fromstring(render("junit", fail_on=fail_on))


def test_one_suite_per_file_and_one_case_per_problem() -> None:
    root = _parse()
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == sorted(FILES)
    cases = root.findall("testsuite/testcase")
    assert len(cases) == len(PROBLEMS) + 1  # the clean file has one passing case
    clean = root.find("testsuite[@name='declarations/p/clean.yaml']/testcase")
    assert clean is not None and clean.get("name") == "no problems" and len(clean) == 0


def test_counts_agree_with_the_elements_and_the_gate() -> None:
    for fail_on, failures in ((Severity.WARNING, 3), (Severity.ERROR, 2), (Severity.INFO, 4)):
        root = _parse(fail_on)
        assert root.get("failures") == str(failures)
        assert len(root.findall(".//failure")) == failures
        assert root.get("skipped") == "1" and len(root.findall(".//skipped")) == 1
        assert root.get("tests") == str(len(PROBLEMS) + 1)
        for suite in root.findall("testsuite"):
            assert suite.get("tests") == str(len(suite.findall("testcase")))
            assert suite.get("failures") == str(len(suite.findall(".//failure")))
        assert (failures > 0) == (sample_result().exit_code(fail_on) == 1)


def test_failure_text_and_waiver_message() -> None:
    root = _parse()
    failure = root.find(".//failure")
    assert failure is not None
    assert failure.get("type") == "DL201 purpose"
    assert failure.get("message") == "50% done: purpose is missing,\r\nsee line 2"
    assert (failure.text or "").startswith("declarations/p/a,b.yaml:1:1: DL201 purpose [error]")
    assert "help: Add `purpose:`." in (failure.text or "")
    skipped = root.find(".//skipped")
    assert skipped is not None
    assert skipped.get("message") == (
        "waived: The list names the page | there is no URL; approved by legal@example.com; "
        "in force through 2099-12-31"
    )
    info = root.find(".//testcase[@line='5']/system-out")
    assert info is not None and "[info]" in (info.text or "")


def test_control_characters_do_not_break_the_xml() -> None:
    from dataclasses import replace

    result = sample_result()
    bad = replace(result.problems[0], message="bell \x07 and nul \x00")
    root = ET.fromstring(render("junit", replace(result, problems=(bad,))))
    failure = root.find(".//failure")
    assert failure is not None and failure.get("message") == "bell \ufffd and nul \ufffd"
