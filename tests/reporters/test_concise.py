from __future__ import annotations

from tests.reporters.sample import PROBLEMS, render


def test_one_line_per_problem_in_the_documented_shape() -> None:
    lines = render("concise").splitlines()
    assert len(lines) == len(PROBLEMS)
    assert lines[0] == (
        "declarations/p/a,b.yaml:1:1: DL201 [error] purpose: "
        "50% done: purpose is missing,␍␊see line 2"  # line breaks shown, never obeyed
    )
    assert lines[1].startswith("declarations/p/a,b.yaml:7:3: DL104 [warning] invalid-value: ")


def test_waived_and_expired_waivers_are_marked_with_reason_approver_and_expiry() -> None:
    lines = render("concise").splitlines()
    waived = next(line for line in lines if ":14:14:" in line)
    assert waived.endswith(
        "[waived: The list names the page | there is no URL; approved by legal@example.com; "
        "in force through 2099-12-31]"
    )
    expired = next(line for line in lines if "c.yaml" in line)
    assert expired.endswith(
        "[waiver expired: Vendor promised a link; approved by privacy-office; "
        "held through 2020-01-31 and has expired]"
    )
