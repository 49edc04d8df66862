"""Policy results across many declarations in one run: each declaration is judged on its own
values, whatever the declarations checked before it held."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from disclosurelint.cli import main

DECLARATION = """\
disclosure: 1
id: {id}
recipient:
  name: {name}
  relationship: third_party
  contact: https://ads.acme-partner.cn/contact
  country: CN
product: Demo
data: {data}
purpose: {purpose}
scenario: You open the app.
sharing_modes: [sdk_on_device]
privacy_policy:
  url: https://ads.acme-partner.cn/privacy
"""

POLICY = """\
policy: 1
rules:
  - code: ACME800
    name: no-location-to-ads
    severity: error
    summary: Advertising partners never receive precise location.
    when: 'has(declaration.purpose) && declaration.purpose.contains("Advertising")'
    each: data
    assert: 'item.category != "precise_location"'
    message: '{declaration.recipient.name} receives {item.item}'
    at: item.item
  - code: ACME801
    name: recipient-present
    severity: error
    summary: Every entry names its recipient.
    assert: 'has(declaration.recipient)'
    message: 'no recipient'
"""


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out, io.StringIO())
    return code, out.getvalue()


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.yaml").write_text(POLICY, encoding="utf-8")
    (tmp_path / ".disclosurelint.yaml").write_text("policies: [p.yaml]\n", encoding="utf-8")
    (tmp_path / "decl").mkdir()
    return tmp_path


def declare(project: Path, file: str, **values: str) -> None:
    fields = {
        "id": file,
        "name": "Ads Co., Ltd.",
        "data": "[{item: name}, {item: precise location}]",
        "purpose": "Advertising measurement.",
        **values,
    }
    text = DECLARATION.format(**fields)
    (project / "decl" / f"{file}.yaml").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_each_declaration_is_judged_on_its_own_values(project: Path, jobs: str) -> None:
    # a and b read the same values (they differ only in what the conditions do not read);
    # c differs in the purpose the `when` reads, d in the items; e's data is not a list
    declare(project, "a")
    declare(project, "b", name="Other Ads Ltd.")
    declare(project, "c", purpose="Maps.")
    declare(project, "d", data="[{item: name}]")
    declare(project, "e", data="precise location")
    for index in range(60):  # enough files for the parallel path to fan out
        declare(project, f"z{index:02}", data="[{item: name}]")
    code, out = run("check", "decl", "--select", "ACME", "--no-source", "--jobs", jobs)
    assert code == 1
    lines = sorted(line for line in out.splitlines() if "ACME" in line)
    assert lines[0].startswith("decl/a.yaml:")
    assert "ACME800 no-location-to-ads: Ads Co., Ltd. receives precise location" in lines[0]
    assert lines[1].startswith("decl/b.yaml:")
    assert "Other Ads Ltd. receives precise location" in lines[1]
    assert lines[2].startswith("decl/e.yaml:")
    assert "could not be evaluated on this declaration" in lines[2]
    assert len(lines) == 3


def test_a_field_read_only_by_has_is_there_or_not(project: Path) -> None:
    declare(project, "a", purpose="Maps.")
    text = DECLARATION.format(id="b", name="x", data="[{item: name}]", purpose="Maps.")
    (project / "decl" / "b.yaml").write_text(
        "\n".join(line for line in text.splitlines() if not line.startswith(("recipient", "  ")))
        + "\n",
        encoding="utf-8",
    )
    code, out = run("check", "decl", "--select", "ACME801", "--no-source", "--jobs", "1")
    assert code == 1
    lines = [line for line in out.splitlines() if "ACME801" in line]
    assert len(lines) == 1 and lines[0].startswith("decl/b.yaml:"), out
