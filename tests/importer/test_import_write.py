"""Declarations -> YAML text and files."""

from __future__ import annotations

from pathlib import Path

import yaml

from disclosurelint.importer import ImportedEntry, build_declarations
from disclosurelint.importer.write import SCHEMA_COMMENT, render, write_declarations


def test_strings_a_yaml_11_reader_would_misread_are_quoted() -> None:
    entry = ImportedEntry(
        fields={
            "company": "yes",
            "product": "@foo",
            "data": "on, off, null, 1.0",
            "purpose": "2024-05-01",
            "scenario": "key: value # not a comment",
        },
        line=3,
    )
    (declaration,) = build_declarations([entry], folder="acme", source="list.txt")
    text = render(declaration)
    assert "  name: 'yes'\n" in text
    data = yaml.safe_load(text)
    assert data["recipient"]["name"] == "yes"
    assert [item["item"] for item in data["data"]] == ["on", "off", "null", "1.0"]
    assert data["purpose"] == "2024-05-01"
    assert data["scenario"] == "key: value # not a comment"


def test_header_comments_name_the_source_and_what_is_missing() -> None:
    entry = ImportedEntry(
        fields={"company": "Acme", "website": "https://acme.example"},
        line=12,
        unmapped=(("Data retention", "30 days"),),
        incomplete=True,
        labels={"company": "Company", "website": "Website"},
        field_lines={"company": 12, "website": 13},
    )
    (declaration,) = build_declarations([entry], folder="acme", source="lists/acme.txt")
    lines = render(declaration).splitlines()
    assert lines[:3] == [
        SCHEMA_COMMENT,
        "# imported from lists/acme.txt:12",
        "# incomplete: the source stops inside this entry; complete it from the published page",
    ]
    assert "# not mapped: label 'Data retention' (value '30 days')" in lines
    assert any(line.startswith("# not mapped: 'Website': https://acme.example") for line in lines)


def test_write_never_overwrites_without_force(tmp_path: Path) -> None:
    entry = ImportedEntry(fields={"company": "Acme", "purpose": "Hosting"}, line=1)
    declarations = build_declarations([entry], folder="acme", source="list.txt")
    first = write_declarations(declarations, tmp_path)
    path = tmp_path / "acme" / "acme.yaml"
    assert (first.written, first.skipped) == ((path,), ())
    path.write_text("kept\n", encoding="utf-8")
    second = write_declarations(declarations, tmp_path)
    assert (second.written, second.skipped) == ((), (path,))
    assert path.read_text(encoding="utf-8") == "kept\n"
    third = write_declarations(declarations, tmp_path, force=True)
    assert third.written == (path,)
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["purpose"] == "Hosting"
