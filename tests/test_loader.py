"""Every kind of bad input is a finding with a code and a position, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from disclosurelint.api import check_paths, check_text
from disclosurelint.config import Settings
from disclosurelint.load import load_file, parse
from disclosurelint.model import Target
from tests.common import BASE, codes, problems


def test_valid_declaration_has_no_problems() -> None:
    assert problems(BASE) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("id: [camcard\npurpose: x\n", (2, 8, "DL001")),
        ("purpose: a: b\n", (1, 11, "DL001")),
        ("a:\n\tb: 1\n", (2, 1, "DL001")),
        ("", (1, 1, "DL003")),
        ("# a comment only\n", (1, 1, "DL003")),
        ("id: a\n---\nid: b\n", (3, 1, "DL004")),
        ("- camcard\n- calendar\n", (1, 1, "DL005")),
        ("just words\n", (1, 1, "DL005")),
    ],
)
def test_unreadable_yaml_is_one_finding_at_its_position(
    text: str, expected: tuple[int, int, str]
) -> None:
    assert problems(text) == [expected]


def test_duplicate_key_names_the_first_line() -> None:
    text = BASE + "purpose: Improve advertising.\n"
    result = problems(text)
    assert result == [(18, 1, "DL002")]
    document, issues = parse(text, "x")
    assert "first defined at line 11" in issues[0].finding.message
    assert document is not None and document.data["purpose"].startswith("Provide")


@pytest.mark.parametrize("word", ["yes", "no", "on", "off", "y", "n", "NO", "Yes", "OFF"])
def test_yaml_11_booleans_stay_strings(word: str) -> None:
    document, issues = parse(f"country: {word}\n", "x")
    assert issues == [] and document is not None
    assert document.data == {"country": word}


def test_dates_stay_strings_and_core_types_resolve() -> None:
    document, _ = parse(
        "d: 2026-11-01\nt: 2026-11-01T10:00:00Z\ni: 1\nf: 1.5\nb: true\nn: null\ne:\nq: '1'\n"
        "o: 0o17\nx: 0x1F\n",
        "x",
    )
    assert document is not None
    assert document.data == {
        "d": "2026-11-01",
        "t": "2026-11-01T10:00:00Z",
        "i": 1,
        "f": 1.5,
        "b": True,
        "n": None,
        "e": None,
        "q": "1",
        "o": 15,
        "x": 31,
    }


def test_country_no_is_norway() -> None:
    text = BASE.replace("  contact:", "  country: NO\n  contact:")
    result = check_text(text, "t.yaml")
    assert [(p.code, p.message) for p in result.problems] == [
        (
            "DL307",
            "personal information goes outside China (to NO) but the entry names no PIPL "
            "Art. 38 mechanism",
        ),
        (
            "DL307",
            "for an overseas recipient (in NO) PIPL Art. 39 asks how to exercise rights against "
            "it (`cross_border.rights_exercise`), and the entry gives none",
        ),
    ]


def test_explicit_standard_tags_are_accepted() -> None:
    document, issues = parse("a: !!str 123\nb: !!int '7'\n", "x")
    assert issues == [] and document is not None
    assert document.data == {"a": "123", "b": 7}


@pytest.mark.parametrize(
    "value",
    [
        "!!python/object/apply:os.system [echo pwned]",
        "!!python/object:os.system x",
        "!custom thing",
        "!!binary aGVsbG8=",
    ],
)
def test_unknown_tags_are_findings_and_nothing_is_constructed(value: str) -> None:
    text = BASE.replace("scenario: You share", f"note: {value}\nscenario: You share")
    found = problems(text)
    assert (12, 7, "DL010") in found
    document, _ = parse(text, "x")
    assert document is not None and document.data["note"] is None


def test_billion_laughs_is_refused() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[i]
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    found = problems("\n".join(lines) + "\n")
    assert found == [(1, 1, "DL009")]


def test_recursive_alias_is_refused() -> None:
    assert codes("a: &a [1, *a]\n") == ["DL009"]


def test_deep_nesting_is_refused() -> None:
    assert "DL009" in codes("a: " + "[" * 200 + "]" * 200 + "\n")


def test_small_aliases_are_fine() -> None:
    document, issues = parse("a: &x [1, 2]\nb: *x\n", "x")
    assert issues == [] and document is not None and document.data["b"] == [1, 2]


def test_complex_key_is_a_finding() -> None:
    assert ("DL011") in codes("? [a, b]\n: c\n")


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_invalid_utf8_gives_line_and_column(tmp_path: Path) -> None:
    path = _write(tmp_path, "gbk.yaml", "id: a\npurpose: 提供服务\n".encode("gbk"))
    document, issues, _ = load_file(path, "gbk.yaml")
    assert document is None
    assert [
        (i.code, i.finding.span.start.line, i.finding.span.start.column)  # type: ignore[union-attr]
        for i in issues
    ] == [("DL006", 2, 10)]
    assert "invalid UTF-8" in issues[0].finding.message


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = _write(tmp_path, "bom.yaml", b"\xef\xbb\xbf" + BASE.encode())
    result = check_paths([path], jobs=1)
    assert result.problems == ()


def test_utf16_is_a_finding(tmp_path: Path) -> None:
    path = _write(tmp_path, "u16.yaml", BASE.encode("utf-16"))
    result = check_paths([path], jobs=1)
    assert [(p.code, p.line) for p in result.problems] == [("DL006", 1)]


def test_binary_file_is_a_finding(tmp_path: Path) -> None:
    path = _write(tmp_path, "img.yaml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = check_paths([path], jobs=1)
    assert [p.code for p in result.problems] == ["DL007"]


def test_file_over_the_size_limit_is_not_read(tmp_path: Path) -> None:
    path = _write(tmp_path, "big.yaml", BASE.encode() + b"# " + b"x" * 2000 + b"\n")
    assert [p.code for p in check_paths([path], Settings(max_file_size=1000), jobs=1).problems] == [
        "DL008"
    ]
    assert check_paths([path], Settings(), jobs=1).problems == ()


def test_default_size_limit_is_one_mebibyte(tmp_path: Path) -> None:
    path = _write(tmp_path, "huge.yaml", b"a: " + b"x" * (1024 * 1024) + b"\n")
    assert [p.code for p in check_paths([path], jobs=1).problems] == ["DL008"]


def test_unreadable_file_is_a_finding(tmp_path: Path) -> None:
    link = tmp_path / "gone.yaml"
    link.symlink_to(tmp_path / "missing-target.yaml")
    result = check_paths([tmp_path], jobs=1)
    assert [p.code for p in result.problems] == ["DL012"]


def test_other_files_are_still_checked(tmp_path: Path) -> None:
    _write(tmp_path, "a-broken.yaml", b"id: [\n")
    _write(tmp_path, "b-binary.yaml", b"\x00\x01")
    _write(tmp_path, "c-valid.yaml", BASE.encode())
    _write(
        tmp_path,
        "d-gap.yaml",
        BASE.replace("purpose:", "purpse:").replace("id: camcard", "id: gap").encode(),
    )
    result = check_paths([tmp_path], jobs=1)
    assert [(Path(p.path).name, p.code) for p in result.problems] == [
        ("a-broken.yaml", "DL001"),
        ("b-binary.yaml", "DL007"),
        ("d-gap.yaml", "DL102"),
    ]
    assert len(result.files) == 4


def test_positions_are_one_based_characters_for_keys_and_values() -> None:
    text = "名称: 通讯录\nrecipient:\n  name: 上海\n"
    document, _ = parse(text, "x")
    assert document is not None and document.source is not None
    span, exact = document.source.span(("名称",))
    assert exact and (span.start.line, span.start.column, span.end.column) == (1, 5, 8)
    key, _ = document.source.span(("recipient", "name"), Target.KEY)
    assert (key.start.line, key.start.column) == (3, 3)
    missing, exact = document.source.span(("recipient", "country"))
    assert not exact and (missing.start.line, missing.start.column) == (2, 1)


@pytest.mark.parametrize(
    "text",
    [
        "id: camcard\nproduct: P\n",
        "product: P\nid: 'camcard'\n",
        'product: P\nid:   "名片-1"   # the id\n',
        "id:\nproduct: P\n",
        "id:\n  - a\n  - b\n",
        "id: {a: b}\n",
    ],
)
def test_a_top_level_value_is_placed_as_its_span_places_it(text: str) -> None:
    # what the duplicate-id rule keeps of every file, without making a span
    document, _ = parse(text, "x")
    assert document is not None and document.source is not None
    span, _ = document.source.span(("id",))
    assert document.source.top_bounds("id") == (
        span.start.line,
        span.start.column,
        span.end.line,
        span.end.column,
    )
    assert document.source.top_bounds("missing") is None
