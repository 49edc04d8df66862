"""The three formats: JSON parsed back, the Markdown tables and the text lines checked."""

from __future__ import annotations

import json
from pathlib import Path

from tests.diff.common import CALENDAR, CAMCARD, URL, Repo, partner, run

KEYS = ["partner", "kind", "field", "old", "new", "class", "message", "path", "sensitive"]


def _changed(repo: Repo) -> tuple[str, str]:
    """A commit with a risk, a neutral change and a lowered risk; returns both shas."""
    base = repo.git("rev-parse", "HEAD").strip()
    repo.edit(CAMCARD, purpose="Cards | contacts <b>sync</b>", privacy_policy={"reference": "x"})
    repo.edit(
        CALENDAR, data=[{"item": "meeting schedule"}, {"item": "ID card number"}], sharing_modes=[]
    )
    repo.git("mv", CALENDAR, "declarations/welink/default-calendar.yaml")
    head = repo.commit()
    return base, head


def test_json_round_trip(repo: Repo) -> None:
    base, head = _changed(repo)
    code, out, err = run(base, head, "-f", "json")
    assert (code, err) == (0, "")
    document = json.loads(out)
    assert list(document) == ["version", "tool", "base", "head", "regimes", "changes", "summary"]
    assert document["version"] == 1
    assert document["base"] == {"revision": base, "commit": base}
    assert document["head"] == {"revision": head, "commit": head}
    assert document["regimes"] == ["pipl", "gb35273"]
    assert all(list(change) == KEYS for change in document["changes"])
    assert [(c["partner"], c["kind"], c["class"]) for c in document["changes"]] == [
        ("calendar", "file-moved", "neutral"),
        ("calendar", "sensitive-item-added", "raises-risk"),
        ("calendar", "sharing-mode-removed", "lowers-risk"),
        ("camcard", "purpose-changed", "raises-risk"),
        ("camcard", "policy-url-removed", "raises-risk"),
    ]
    assert document["changes"][4]["old"] == URL
    assert document["summary"] == {
        "changes": 5,
        "partners": 2,
        "raises-risk": 3,
        "neutral": 1,
        "lowers-risk": 1,
        "needs_review": ["calendar", "camcard"],
    }


def test_json_for_the_working_tree(repo: Repo) -> None:
    repo.write("declarations/welink/new.yaml", partner("new", data=[{"item": "通讯录"}]))
    document = json.loads(run("HEAD", "-f", "json")[1])
    assert document["head"] == {"revision": None, "commit": None}
    sensitive = document["changes"][1]
    assert (sensitive["kind"], sensitive["new"]) == ("sensitive-item-added", "通讯录")
    assert sensitive["sensitive"]["categories"] == ["contacts_list"]
    assert sensitive["sensitive"]["regimes"] == ["pipl", "gb35273"]


def test_markdown_tables(repo: Repo) -> None:
    base, head = _changed(repo)
    code, out, _ = run(base, head, "-f", "markdown", "--fail-on-risk")
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == f"## Declaration changes: {base} ({base[:12]}) → {head} ({head[:12]})"
    assert "5 changes to 2 partners: 3 raise risk, 1 neutral, 1 lower risk." in lines
    assert lines.count("| Class | Change | Field | Old | New | Meaning |") == 2
    assert "### calendar" in lines and "### camcard" in lines
    row = next(line for line in lines if "purpose-changed" in line)
    assert row == (
        "| **raises-risk** | purpose-changed | purpose | Provide the cloud business card "
        "service. | Cards \\| contacts &lt;b&gt;sync&lt;/b&gt; | the purpose changed |"
    )
    for line in lines:
        if line.startswith("| "):  # an escaped | never adds a column
            assert line.replace("\\|", "").count("|") == 7, line


def test_markdown_without_changes(repo: Repo) -> None:
    out = run("HEAD", "-f", "markdown")[1]
    assert out.endswith("\n\nNo change in meaning.\n")


def test_text_lines(repo: Repo) -> None:
    base, head = _changed(repo)
    out = run(base, head)[1].splitlines()
    assert out[0] == f"Comparing {base} ({base[:12]}) with {head} ({head[:12]})"
    assert out[2] == "calendar (declarations/welink/default-calendar.yaml)"
    assert out[3] == (
        "  neutral      file-moved  path: 'declarations/welink/calendar.yaml' → "
        "'declarations/welink/default-calendar.yaml'"
    )
    assert out[4].startswith("               moved from declarations/welink/calendar.yaml to ")
    assert "  raises-risk  sensitive-item-added  data[ID card number]: - → 'ID card number'" in out
    assert "  lowers-risk  sharing-mode-removed  sharing_modes: 'local_api' → -" in out
    assert out[-2] == "5 changes to 2 partners: 3 raise risk, 1 neutral, 1 lower risk."


def test_output_file(repo: Repo) -> None:
    repo.edit(CAMCARD, purpose="Another purpose.")
    code, out, err = run("HEAD", "-f", "markdown", "-o", "diff.md", "--fail-on-risk")
    assert (code, out, err) == (1, "", "")
    assert (repo.root / "diff.md").read_text("utf-8").startswith("## Declaration changes: HEAD")
    code, _, err = run("HEAD", "-o", str(Path("no-such-folder") / "diff.md"))
    assert code == 2
    assert err.startswith("disclosurelint: error: no-such-folder/diff.md: cannot write")
