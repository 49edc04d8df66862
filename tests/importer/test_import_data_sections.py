"""A YAML data file holding more than its list of recipients: only the section whose key names
the list is read."""

from __future__ import annotations

from disclosurelint.importer.data_sections import recipient_sections
from disclosurelint.importer.parse import parse_page

TRUST = """# The trust site renders its pages from this file.
meta:
  name: Northwind
  updatedAt: "2026-03-01"

subprocessors:
  - name: Quill Hosting GmbH
    shortName: Quill
    purpose: Hosting and backups
    location: Germany
  - name: Larch Mail, Inc.
    shortName: Larch
    purpose: Transactional email
    location: United States

subprocessorChangelog:
  - date: "2026-03-01"
    title: Initial public list

documents:
  - name: Terms of Service
    description: The agreement governing hosted use
    href: https://northwind.example/terms
  - name: Privacy Statement
    description: What we collect and why
    href: https://northwind.example/privacy
"""

BARE = """- name: Quill Hosting
  purpose: Hosting
- name: Larch Mail
  purpose: Email
"""


def test_only_the_section_named_for_the_recipients_is_read() -> None:
    entries = parse_page(TRUST, "trust.yaml").entries
    assert [(entry.fields.get("company"), entry.line) for entry in entries] == [
        ("Quill Hosting GmbH", 7),
        ("Larch Mail, Inc.", 11),
    ]


def test_a_file_without_such_a_key_is_read_whole() -> None:
    lines = BARE.splitlines()
    assert recipient_sections(lines) == lines
    entries = parse_page(BARE, "subprocessors.yml").entries
    assert [entry.fields.get("company") for entry in entries] == ["Quill Hosting", "Larch Mail"]
