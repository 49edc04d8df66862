"""A real LSP session over stdio: the server as an editor starts and talks to it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.lsp.stdio_client import StdioClient

ENTRY = """\
disclosure: 1
id: {id}
recipient:
  name: ACME Ltd.
  relationship: {relationship}
  contact: privacy@acme.example
product: ACME SDK
data:
  - item: phone number
purpose: Provide the service.
scenario: You sign in.
sharing_modes: [backend_api]
privacy_policy:
  url: https://www.acme.com/privacy
legal_basis:
  pipl: contract
processing_method: Stores the number to sign the user in.
"""


def entry(id: str = "acme", relationship: str = "third_party") -> str:
    return ENTRY.format(id=id, relationship=relationship)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    folder = tmp_path / "declarations" / "app"
    folder.mkdir(parents=True)
    (folder / "acme.yaml").write_text(entry(), encoding="utf-8")
    (tmp_path / ".disclosurelint.yaml").write_text("paths: [declarations]\n", encoding="utf-8")
    return tmp_path


@pytest.fixture
def client(repo: Path) -> Iterator[StdioClient]:
    session = StdioClient(repo, "--debounce", "0.01")
    capabilities = session.initialize(repo)["capabilities"]
    assert capabilities["hoverProvider"]
    assert capabilities["completionProvider"]
    assert capabilities["codeActionProvider"]
    yield session
    assert session.close() == 0


def test_open_and_change_publish_diagnostics_with_code_page_severity_and_exact_range(
    client: StdioClient, repo: Path
) -> None:
    path = repo / "declarations" / "app" / "other.yaml"
    client.open(path, entry(id="other", relationship="Third party"))
    [problem] = client.diagnostics(path.as_uri())
    assert problem["code"] == "DL104"
    assert problem["source"] == "disclosurelint"
    # a rule page is linked when `rule-docs-url` says where the pages are published
    assert "codeDescription" not in problem
    assert problem["severity"] == 1  # error
    # "  relationship: Third party": the value, columns 16 to 27 of line 5 (0-based: 4)
    assert problem["range"] == {
        "start": {"line": 4, "character": 16},
        "end": {"line": 4, "character": 27},
    }
    client.change(path, entry(id="other"), version=2)
    assert client.diagnostics(path.as_uri()) == []


def test_repository_rules_see_the_files_on_disk_and_the_open_buffers(
    client: StdioClient, repo: Path
) -> None:
    first = repo / "declarations" / "app" / "copy.yaml"
    client.open(first, entry(id="acme"))  # the id of declarations/app/acme.yaml on disk
    [duplicate] = client.diagnostics(first.as_uri())
    assert duplicate["code"] == "DL401"
    assert "declarations/app/acme.yaml:2" in duplicate["message"]
    second = repo / "declarations" / "app" / "unsaved.yaml"
    client.open(second, entry(id="fresh"))
    assert client.diagnostics(second.as_uri()) == []
    client.change(first, entry(id="fresh"), version=2)  # now clashes with the open buffer only
    [clash] = client.diagnostics(first.as_uri())
    assert clash["code"] == "DL401"
    assert "unsaved.yaml" in clash["message"]


def test_waived_problems_are_hints(client: StdioClient, repo: Path) -> None:
    path = repo / "declarations" / "app" / "waived.yaml"
    text = (
        entry(id="waived")
        .replace("  contact: privacy@acme.example\n", "")
        .replace(
            "recipient:\n",
            '# disclosurelint: allow DL305 reason="The list gives no contact"\nrecipient:\n',
        )
    )
    client.open(path, text)
    [hint] = client.diagnostics(path.as_uri())
    assert hint["code"] == "DL305"
    assert hint["severity"] == 4
    assert "The list gives no contact" in hint["message"]


def test_configuration_and_other_yaml_files_are_diagnosed(client: StdioClient, repo: Path) -> None:
    config = repo / ".disclosurelint.yaml"
    client.open(config, "paths: [declarations]\nregimes: [pipl, mars]\n")
    [problem] = client.diagnostics(config.as_uri())
    assert "mars" in problem["message"]
    assert problem["range"]["start"]["line"] == 1
    policy = repo / "policies" / "acme.yaml"
    client.open(policy, "policy: 1\nrules: [\n")
    [syntax] = client.diagnostics(policy.as_uri())
    assert syntax["code"] == "DL001"
    workflow = repo / ".github" / "workflows" / "ci.yaml"
    client.open(workflow, "on: push\njobs: {}\n")  # not a declaration: nothing to say
    assert client.diagnostics(workflow.as_uri()) == []
    stray = repo / "elsewhere" / "partner.yaml"
    client.open(stray, "disclosure: 1\nid: stray\n")  # outside the folders, but says so
    assert "DL101" in {d["code"] for d in client.diagnostics(stray.as_uri())}


POLICY = """\
policy: 1
rules:
  - code: ACME101
    name: no-ads-location
    severity: error
    summary: Advertising partners never receive precise location.
    assert: 'declaration.purpose.contains("ads") &&'
    message: an advertising partner receives precise location
"""


def test_a_policy_file_is_diagnosed_by_the_policy_loader(client: StdioClient, repo: Path) -> None:
    """What `check` would refuse in a policy file (here a CEL syntax error, then a reserved
    code) shows in the editor at its line, from the buffer's unsaved text."""
    policy = repo / "policies" / "ads.yaml"
    client.open(policy, POLICY)
    [broken] = client.diagnostics(policy.as_uri())
    assert broken["code"] == "policy"
    assert "syntax error" in broken["message"]
    assert broken["range"]["start"]["line"] == 6  # the `assert:` line, 0-based
    fixed = POLICY.replace(" &&'", "'").replace("ACME101", "DL901")
    client.change(policy, fixed, 2)
    [reserved] = client.diagnostics(policy.as_uri())
    assert "reserved" in reserved["message"] and reserved["range"]["start"]["line"] == 2
    client.change(policy, fixed.replace("DL901", "ACME101"), 3)
    assert client.diagnostics(policy.as_uri()) == []
    mistyped = fixed.replace("DL901", "ACME101").replace('contains("ads")', 'size() > "x"')
    client.change(policy, mistyped, 4)
    [types] = client.diagnostics(policy.as_uri())
    assert "`>` is not defined for" in types["message"]
    assert types["range"]["start"] == {"line": 6, "character": 40}  # at `>`


def test_hover_on_a_key_and_on_a_data_item(client: StdioClient, repo: Path) -> None:
    path = repo / "declarations" / "app" / "acme.yaml"
    client.open(path, entry())
    client.diagnostics(path.as_uri())
    uri = {"uri": path.as_uri()}
    key = client.request(
        "textDocument/hover", {"textDocument": uri, "position": {"line": 4, "character": 4}}
    )
    assert key["contents"]["value"].startswith("**Relationship**")
    item = client.request(
        "textDocument/hover", {"textDocument": uri, "position": {"line": 8, "character": 14}}
    )
    value = item["contents"]["value"]
    assert "`phone_number`" in value
    assert "inferred from the words" in value
    assert "pipl:" in value


def test_completion_of_enum_values_and_keys(client: StdioClient, repo: Path) -> None:
    path = repo / "declarations" / "app" / "typing.yaml"
    text = entry(id="typing").replace("relationship: third_party", "relationship: ")
    text = text.replace("sharing_modes: [backend_api]", "sharing_modes: [backend_api, ")
    text += "cross_border:\n  mech"
    client.open(path, text)
    uri = {"uri": path.as_uri()}

    def labels(line: int, character: int) -> list[str]:
        result = client.request(
            "textDocument/completion",
            {"textDocument": uri, "position": {"line": line, "character": character}},
        )
        return [item["label"] for item in result["items"]]

    assert "entrusted_processor" in labels(4, 16)
    assert "online_service" in labels(11, 29)
    mech = text.splitlines().index("  mech")
    assert "mechanism" in labels(mech, 6)
    assert "justification" in labels(8, 4)


def test_code_actions_fix_and_add_a_waiver_that_asks_for_the_reason(
    client: StdioClient, repo: Path
) -> None:
    path = repo / "declarations" / "app" / "fixme.yaml"
    client.open(path, entry(id="fixme").replace("[backend_api]", "[background API transmission]"))
    diagnostics = client.diagnostics(path.as_uri())
    [mode] = [d for d in diagnostics if d["code"] == "DL104"]
    actions = client.request(
        "textDocument/codeAction",
        {
            "textDocument": {"uri": path.as_uri()},
            "range": mode["range"],
            "context": {"diagnostics": [mode]},
        },
    )
    titles = [a["title"] for a in actions]
    fix = actions[titles.index("Replace 'background API transmission' with 'backend_api'")]
    [edit] = fix["edit"]["changes"][path.as_uri()]
    assert edit["newText"] == "backend_api"
    assert edit["range"] == mode["range"]
    waiver = next(a for a in actions if a["title"].startswith("Add an inline waiver for DL104"))
    [insert] = waiver["edit"]["changes"][path.as_uri()]
    assert insert["newText"] == '# disclosurelint: allow DL104 reason=""\n'
    assert insert["range"]["start"] == {"line": 11, "character": 0}
    assert waiver["command"]["command"] == "disclosurelint.selectWaiverReason"
    assert waiver["command"]["arguments"][1:] == [11, len('# disclosurelint: allow DL104 reason="')]


def test_saving_the_configuration_rechecks_the_open_declarations(
    client: StdioClient, repo: Path
) -> None:
    path = repo / "declarations" / "app" / "other.yaml"
    client.open(path, entry(id="other", relationship="Third party"))
    assert [d["code"] for d in client.diagnostics(path.as_uri())] == ["DL104"]
    config = repo / ".disclosurelint.yaml"
    config.write_text("paths: [declarations]\nignore: [DL104]\n", encoding="utf-8")
    client.notify("textDocument/didSave", {"textDocument": {"uri": config.as_uri()}})
    assert client.diagnostics(path.as_uri()) == []


def test_ranges_count_utf16_code_units(client: StdioClient, repo: Path) -> None:
    path = repo / "declarations" / "app" / "wide.yaml"
    wide = "\U0001d4b3"  # one character outside the BMP: two UTF-16 code units
    client.open(path, entry(id="wide", relationship=f"数{wide} party"))
    [problem] = client.diagnostics(path.as_uri())
    assert problem["range"]["start"] == {"line": 4, "character": 16}
    assert problem["range"]["end"] == {"line": 4, "character": 16 + 1 + 2 + len(" party")}


def test_the_waiver_command_puts_the_cursor_in_the_reason(client: StdioClient, repo: Path) -> None:
    path = repo / "declarations" / "app" / "acme.yaml"
    client.open(path, entry())
    client.diagnostics(path.as_uri())
    client.request(
        "workspace/executeCommand",
        {"command": "disclosurelint.selectWaiverReason", "arguments": [path.as_uri(), 11, 38]},
    )
    [show] = [m for m in client.notifications if m.get("method") == "window/showDocument"]
    assert show["params"]["uri"] == path.as_uri()
    assert show["params"]["selection"]["start"] == {"line": 11, "character": 38}


def test_formatting_the_buffer_is_fmt(client: StdioClient, repo: Path) -> None:
    path = repo / "declarations" / "app" / "acme.yaml"
    messy = "id: acme\n" + entry().replace("id: acme\n", "").replace("  name:", "    name:")
    messy = messy.replace("  relationship", "    relationship").replace("  contact", "    contact")
    client.open(path, messy)
    client.diagnostics(path.as_uri())
    params = {
        "textDocument": {"uri": path.as_uri()},
        "options": {"tabSize": 2, "insertSpaces": True},
    }
    [edit] = client.request("textDocument/formatting", params)
    assert edit["newText"] == entry()
    assert edit["range"]["start"] == {"line": 0, "character": 0}
    client.change(path, entry(), version=2)
    client.diagnostics(path.as_uri())
    assert client.request("textDocument/formatting", params) == []
