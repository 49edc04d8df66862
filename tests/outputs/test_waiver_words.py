"""A waiver's date is the last day it holds, and every output says so in the same words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.common import BASE
from tests.outputs.common import project, run

IN_FORCE = '# disclosurelint: allow DL204 reason="No link" approved-by="Legal" expires=2027-11-30'
EXPIRED = '# disclosurelint: allow DL201 reason="Later" approved-by="Legal" expires=2026-01-31'
UNUSED = '# disclosurelint: allow DL202 reason="Not needed" approved-by="Legal" expires=2027-11-30'


def _declaration() -> str:
    text = BASE.replace(
        "purpose: Provide the cloud business card service.", f"{EXPIRED}\npurpose: TBD"
    )
    text = text.replace(
        "  url: https://cc-dl.camcard.com/download/PP_CamCard_zh-cn_Android.html",
        f"  {IN_FORCE}\n  reference: See the app details page.",
    )
    return text.replace("sharing_modes:", f"{UNUSED}\nsharing_modes:")


OUTPUTS = {
    "report markdown": ["report", "-f", "markdown", "--date", "2026-11-29"],
    "report html": ["report", "-f", "html", "--date", "2026-11-29"],
    "check concise": ["check", "-f", "concise"],
    "check markdown": ["check", "-f", "markdown"],
    "check junit": ["check", "-f", "junit"],
    "check sarif": ["check", "-f", "sarif"],
}


@pytest.mark.parametrize("output", sorted(OUTPUTS))
def test_every_output_words_the_dates_alike(output: str, tmp_path: Path) -> None:
    root = project(tmp_path, {"a.yaml": _declaration()})
    text = run(OUTPUTS[output], root).out.lower()
    assert "in force through 2027-11-30" in text
    assert "held through 2026-01-31" in text
    assert not re.search(r"expire[sd]? (on )?20\d\d", text), "another wording of the same date"
    assert "the whole file" not in text  # no problem here is about the whole file
