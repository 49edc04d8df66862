"""The fast reader of simple YAML gives exactly what libyaml's path gives, or steps aside.

Every text is read twice: by :func:`disclosurelint.load.parse` (the fast reader when the text's
shapes allow it) and by :func:`disclosurelint.load.parse_with_libyaml`. The data (values and
their types), the node tree with every start and end mark, and the load findings must be equal.
Texts come from every YAML file in the repository and from generated declarations in the
shapes the fast reader handles and in many it leaves to libyaml.

Each test runs with the pure-Python reader and, where it was built, with the one mypyc compiled
from the same source (the test ids say which); with ``DISCLOSURELINT_REQUIRE_COMPILED=1``
(``.ci/run`` sets it) a missing compiled reader fails the run.
"""

from __future__ import annotations

import json
import math
import os
import random
import re
import sys
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclosurelint import load, simple_yaml
from disclosurelint.cli import main

ROOT = Path(__file__).resolve().parent.parent
COMPILED = load.compiled_simple_reader()
READERS = {"pure": simple_yaml.read} | ({"compiled": COMPILED} if COMPILED else {})
each_reader = pytest.mark.parametrize("reader", sorted(READERS))


def _typed(value: Any) -> Any:
    """``value`` with every scalar's type spelt out (``1``, ``1.0`` and ``True`` differ)."""
    if isinstance(value, dict):
        return {"dict": [(k, _typed(v)) for k, v in value.items()]}
    if isinstance(value, list):
        return {"list": [_typed(v) for v in value]}
    if isinstance(value, float) and math.isnan(value):
        return ("float", "nan")
    return (type(value).__name__, value)


def _tree(document: Any) -> Any:
    source = document.source
    return source._root if source is not None else None


def same_reading(text: str, reader: str) -> bool:
    """Assert the fast reader (``reader``: ``pure`` or ``compiled``) and libyaml agree on
    ``text``; True when the fast reader read it itself."""
    with mock.patch.object(load, "read_simple", READERS[reader]):
        fast, fast_issues = load.parse(text, "x.yaml")
    slow, slow_issues = load.parse_with_libyaml(text, "x.yaml")
    assert fast_issues == slow_issues, text
    if slow is None:
        assert fast is None, text
        return False
    assert fast is not None, text
    assert _typed(fast.data) == _typed(slow.data), text
    assert _tree(fast) == _tree(slow), text
    return READERS[reader](text, load._plain_scalar) is not None


def _repository_yaml() -> list[Path]:
    found = []
    for folder in ("declarations", "examples", "tests", "docs", "bench", "src", "schema"):
        found.extend(sorted((ROOT / folder).rglob("*.yaml")))
        found.extend(sorted((ROOT / folder).rglob("*.yml")))
    return found


@each_reader
def test_every_yaml_file_in_the_repository_reads_the_same(reader: str) -> None:
    files = _repository_yaml()
    assert len(files) > 50
    fast = []
    for file in files:
        try:
            text = file.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        if same_reading(text, reader):
            fast.append(file.relative_to(ROOT).parts[0])
    # the fast reader does read the repository's own declarations, in their real shapes
    declarations = list((ROOT / "declarations").rglob("*.yaml"))
    assert fast.count("declarations") == len(declarations) > 0


# -- generated texts ---------------------------------------------------------------------------

_KEYS = ["id", "data", "item", "purpose", "a", "b", "1", "yes", "null", "a-b", "x.y", "k/v", "é"]
_KEYS += ["键", "_", "on", "x y", "a:b", "-a", "'q'", '"q"', "? k", "&a k", "!t k"]
_CLEAN_KEYS = ["id", "data", "item", "purpose", "a", "b", "1", "yes", "null", "a-b", "x.y", "é"]
_CLEAN_WORDS = ["yes", "No", "on", "1", "-1", "0x1F", "0o17", "1.5", "1e3", ".inf", "-.inf", ".nan"]
_CLEAN_WORDS += ["null", "~", "True", "2026-11-01", "1_000", "a#b", "-x", "http://x.y/z", "é"]
_CLEAN_WORDS += ["a, b", "a [b]", "😀", "Partner 3 Co., Ltd.", "a  b", "a\\b", "it's", "007"]
_WORDS = ["yes", "no", "on", "off", "1", "-1", "+1", "0", "007", "0x1F", "0o17", "1.5", "1e3"]
_WORDS += [".inf", "-.inf", ".nan", "null", "Null", "~", "true", "False", "2026-11-01", "1_000"]
_WORDS += ["a: b", "a #c", "a#b", "#c", "-", "- x", "-x", "[a]", "{a}", "&a", "*a", "!x", "%x"]
_WORDS += ["@x", "`x", "x:", "http://x.y/z", "a, b", "a [b]", "é", "😀", "a\\b", "it's", 'say "hi"']
_WORDS += ["Partner 3 Co., Ltd.", "---", "...", "?x", ":x", "|", ">", "a  b", "  "]
_ALPHABET = "ab xyz01:#-[]{},&*!|>'\"%@`\\.?/é"


def _odd(rng: random.Random, chance: float) -> bool:
    """Whether to write something outside the fast reader's shapes (never in a clean text)."""
    return not _CLEAN[0] and rng.random() < chance


def _word(rng: random.Random) -> str:
    if _CLEAN[0]:
        return rng.choice(_CLEAN_WORDS)
    if rng.random() < 0.6:
        return rng.choice(_WORDS)
    return "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 8)))


def _scalar(rng: random.Random, indent: int) -> str:
    """A value written in one of the styles, sometimes a malformed one."""
    word = _word(rng)
    style = rng.random()
    if style < 0.45:
        return word
    if style < 0.6:
        return "'" + word.replace("'", "''") + "'"
    if style < 0.72:
        return '"' + word + '"'
    if style < 0.84:
        words = [rng.choice(["form", "backend_api", "x", "1", "yes", "a.b", "é", "-1"])]
        words += [_word(rng) if rng.random() < 0.1 else "api" for _ in range(rng.randint(0, 3))]
        inside = rng.choice([", ", ",", " , "]).join(words) if rng.random() < 0.9 else ""
        return "[" + rng.choice(["", " "]) + inside + rng.choice(["", " "]) + "]"
    if style < 0.9:
        keys = rng.sample(_CLEAN_KEYS if _CLEAN[0] else _KEYS, k=rng.randint(0, 3))
        values = ["A dialog of its own.", "yes", "1.5", "'q''s'", '"r"', "[a, b]", "x  "]
        if not _CLEAN[0]:
            values += [_word(rng), "{c: 1}", "", "a: b", "a, b"]
        inside = rng.choice([", ", ",", " , "]).join(f"{k}: {rng.choice(values)}" for k in keys)
        return "{" + rng.choice(["", " "]) + inside + rng.choice(["", " ", ","]) + "}"
    header = rng.choice([">-", ">", "|", "|-", ">-  # note"])
    if _odd(rng, 0.2):
        header = rng.choice([">+", "|2", "|-1", ">#"])
    pad = " " * (indent + rng.choice([2, 2, 2, 1, 4]))
    body = []
    for _ in range(rng.randint(1, 3)):
        if _odd(rng, 0.1):
            body.append("")
        line = pad + (_word(rng) if rng.random() < 0.3 else "some words here")
        if _odd(rng, 0.1):
            line = " " + line  # more indented
        body.append(line)
    return header + "\n" + "\n".join(body)


def _comment(rng: random.Random, indent: int) -> str:
    return " " * rng.choice([0, indent, indent + 2, max(indent - 1, 0)]) + "# " + _word(rng)


def _mapping(rng: random.Random, indent: int, depth: int, first: str = "") -> list[str]:
    lines: list[str] = []
    keys = rng.sample(_CLEAN_KEYS if _CLEAN[0] else _KEYS, k=rng.randint(1, 5))
    if rng.random() < 0.05 and not _CLEAN[0]:
        keys.append(keys[0])  # a duplicate key
    for number, key in enumerate(keys):
        lead = first if number == 0 and first else " " * indent
        if rng.random() < 0.1:
            lines.append(_comment(rng, indent))
        if rng.random() < 0.05:
            lines.append("")
        if _odd(rng, 0.02):
            lead = " " * (indent + rng.choice([-1, 1]))  # odd indentation
        choice = rng.random()
        if depth < 3 and choice < 0.2:
            step = rng.choice([2, 2, 4, 1])
            lines.append(f"{lead}{key}:" + rng.choice(["", " ", "  # c"]))
            lines.extend(_mapping(rng, indent + step, depth + 1))
        elif depth < 3 and choice < 0.35:
            step = rng.choice([2, 2, 4, 0] if not _CLEAN[0] else [2, 4])
            lines.append(f"{lead}{key}:")
            lines.extend(_sequence(rng, indent + step, depth + 1))
        elif choice < 0.4:
            lines.append(f"{lead}{key}:" + rng.choice(["", " ", " # empty"]))
        else:
            sep = rng.choice([": ", ": ", ":  ", ":"] if not _CLEAN[0] else [": ", ":  "])
            tail = rng.choice(["", "", " # note", "  ", "#x"] if not _CLEAN[0] else ["", " # n"])
            lines.append(f"{lead}{key}{sep}{_scalar(rng, indent)}{tail}")
            if _odd(rng, 0.03):
                lines.append(" " * (indent + 2) + "continued words")
    return lines


def _sequence(rng: random.Random, indent: int, depth: int) -> list[str]:
    lines: list[str] = []
    for _ in range(rng.randint(1, 4)):
        dash = " " * indent + rng.choice(["- ", "- ", "-  "] + ([] if _CLEAN[0] else ["-"]))
        choice = rng.random()
        if rng.random() < 0.1:
            lines.append(_comment(rng, indent))
        if depth < 3 and choice < 0.4 and dash.endswith(" "):
            lines.extend(_mapping(rng, len(dash), depth + 1, first=dash))
        elif choice < 0.45 and not _CLEAN[0]:
            lines.append(dash.rstrip())
        else:
            lines.append(dash + _scalar(rng, indent))
    return lines


_CLEAN = [False]  # whether the text being generated keeps to the fast reader's shapes


def generated(rng: random.Random) -> str:
    """A declaration-like text; about half keep to clean words and keys (their other shapes
    still vary), the rest draw from words and keys libyaml reads differently or refuses."""
    _CLEAN[0] = rng.random() < 0.5
    lines = _mapping(rng, 0, 0) if not _odd(rng, 0.1) else _sequence(rng, 0, 0)
    if rng.random() < 0.3:
        lines.insert(0, "# yaml-language-server: $schema=../schema.json")
    text = "\n".join(lines)
    ending = rng.random()
    if ending < 0.7:
        text += "\n"
    elif ending < 0.8:
        text += "\n\n# the end\n"
    elif ending < 0.85 and not _CLEAN[0]:
        text += "\n  "
    if _odd(rng, 0.08):
        at = rng.randrange(len(text) + 1)
        text = text[:at] + rng.choice(["\t", "\r\n", "\ufeff", "\x85", "\x07", "---\n"]) + text[at:]
    return text


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms(use_true_random=False))
@each_reader
def test_generated_texts_read_the_same(reader: str, rng: random.Random) -> None:
    same_reading(generated(rng), reader)


@each_reader
def test_the_generated_texts_exercise_the_fast_reader(reader: str) -> None:
    """The differential test above is not vacuous: many generated texts take the fast path,
    and many are left to libyaml."""
    rng = random.Random(3)
    outcomes = [same_reading(generated(rng), reader) for _ in range(600)]
    assert 100 < sum(outcomes) < 500


# The definition of a line's parts that :func:`disclosurelint.simple_yaml.lines` gives by string
# methods: indentation, a list entry's dash, a key and its colon, the rest.
_LINE = re.compile(r"^( *)(- +)?(?:(\w[\w.\-/]*)(:(?: +|$)))?(.*)$", re.MULTILINE)
LINE_SPLITTERS = {"pure": simple_yaml.lines} | (
    {"compiled": sys.modules["disclosurelint._simple_yaml_compiled"].lines} if COMPILED else {}
)
# the characters the parts turn on, a few of every kind \w includes or leaves out
_LINE_ALPHABET = " \n-:_./#'\"[{azAZ09é中²Ⅻ\u0300\u00a0!,"


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=_LINE_ALPHABET, max_size=40))
@pytest.mark.parametrize("splitter", sorted(LINE_SPLITTERS))
def test_lines_split_as_the_pattern_defines(splitter: str, text: str) -> None:
    assert LINE_SPLITTERS[splitter](text) == _LINE.findall(text)


@pytest.mark.parametrize(
    "line",
    ["a: b", "  - a: b", "-  a:   b", "a:", "a:b", "-a: b", "- - a: b", "_a.b-c/d: e", ".a: b",
     "a b: c", "é中²: x", "a\u0300: b", "a:: b", "  -", "- ", "-", "", "   ", "# a: b", "a.: b"],
)  # fmt: skip
@pytest.mark.parametrize("splitter", sorted(LINE_SPLITTERS))
def test_lines_split_keys_dashes_and_values(splitter: str, line: str) -> None:
    for text in (line, line + "\n", f"x: 1\n{line}\ny: 2"):
        assert LINE_SPLITTERS[splitter](text) == _LINE.findall(text)


@pytest.mark.parametrize("character", ["\x00", "\x1b", "\x7f", "\x85", "\u2028", "\ufeff", "\r"])
@each_reader
def test_texts_with_characters_libyaml_refuses_are_left_to_it(character: str, reader: str) -> None:
    for text in (f"a: b{character}c\n", f"a: 中{character}\n", f"{character}a: b\n"):
        assert READERS[reader](text, load._plain_scalar) is None
        same_reading(text, reader)
    assert READERS[reader]("a: b c ~é中\n", load._plain_scalar) is not None


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\nb:\n# c\n\nc:\n  d: x # y\n  e: [p, q]\n# z\n",
        "a: >-\n  x\n  y\n\n# c\nb: |\n  p\n  q\n\nc: 'x'",
        "l:\n  - k: v\n    j: w\n  - x\n  -  y\nm: 1",
        "a: |\n  x\n",
        "a: |\n  x\n\n\n",
        "a: >\n  x\n # c\nb: 1\n",
        "a: 'it''s'\nb: \"q\"   # c\n",
        "a: {kind: separate, how: A dialog of its own., n: [x, y], q: 'it''s'}  # c\n",
        "a: {}\n",
    ],
)
@each_reader
def test_shapes_the_fast_reader_reads(text: str, reader: str) -> None:
    assert same_reading(text, reader)


@pytest.mark.parametrize(
    "text",
    [
        "a: &x 1\nb: *x\n",  # anchors and aliases
        "a: !!str 1\n",  # a tag
        "a: {b: {c: 1}}\n",  # a flow mapping inside a flow mapping
        "a: {b: 1,}\n",  # a trailing comma
        "a: b\n  c\n",  # a multi-line plain scalar
        "a: 1\na: 2\n",  # a duplicate key: libyaml's path reports it
        "a:\n- x\n",  # a sequence at its key's indentation
        'a: "x\\ny"\n',  # an escape
        "a:\tb\n",  # a tab
        "a: b: c\n",  # a syntax error
        "%YAML 1.1\n---\na: 1\n",  # a directive
        "a: 1\n---\nb: 2\n",  # two documents
        "- a\n- b\n",  # not a mapping
        "- a: 1\n",  # a list of mappings
        "a: |+\n  x\n\n",  # keep chomping
        "a:\n    b: 1\n  ",  # an unended last line of spaces: libyaml closes the block there
        "a:\n    b: 1\n# c",  # the same with a comment
        "a: x",  # fine: the fast reader reads it (checked below)
    ],
)
@each_reader
def test_shapes_left_to_libyaml_read_the_same(text: str, reader: str) -> None:
    fast = same_reading(text, reader)
    assert fast is (text == "a: x")


_DECLARATION = """\
# yaml-language-server: $schema=../schema/partner-disclosure.schema.json
disclosure: 1
id: partner-{n}
recipient:
  name: Partner {n} Information Technology Co., Ltd.
  relationship: third_party
  contact: {contact}
  country: CN
product: Partner{n} SDK
data:
{data}
purpose: {purpose}
scenario: You use the Partner{n} SDK feature in the app.
sharing_modes: [{modes}]
privacy_policy:
  url: {url}
review:
  owner: Legal
  last_reviewed: {reviewed}
"""
_ITEMS = [
    "name",
    "email address",
    "ID card number",
    "precise location",
    "通讯录",
    "bank card number",
]


def _declaration(number: int, rng: random.Random) -> str:
    """A declaration in the shape of the project's own, often with a problem in it."""
    items = rng.sample(_ITEMS, k=rng.randint(1, 4))
    return _DECLARATION.format(
        n=number % 7,  # some ids repeat: the duplicate-id rule speaks
        contact=rng.choice(["https://p.example/contact", "'privacy@p.example'", "TBD"]),
        data="\n".join(
            f"  - item: {item}" + rng.choice(["", "\n    category: x"]) for item in items
        ),
        purpose=rng.choice(["Provide the service #1 to you.", "TBD # later", '"Provide it."']),
        modes=rng.choice(["backend_api", "form, carrier_pigeon", ""]),
        url=rng.choice(["https://p.example/privacy", "http://p.example/privacy"]),
        reviewed=rng.choice(["2026-11-01", '"2026-11-01"', "2019-01-01"]),
    )


def _findings(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: list[Path]) -> Any:
    code = main(["check", "--no-cache", "--jobs", "1", "--format", "json", *map(str, files)])
    return code, json.loads(capsys.readouterr().out)


@each_reader
def test_check_gives_the_same_findings_with_either_reader(
    reader: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = random.Random(5)
    files = []
    waiver = (
        '# disclosurelint: allow DL301 reason="agreed" approved-by="Legal" expires=2099-01-01\n'
    )
    for number in range(160):
        if number % 2:
            text = generated(rng)
        else:  # a declaration like the project's own, with problems, waivers, '#' in values
            text = _declaration(number, rng)
            text = waiver + text if number % 3 else text
        file = tmp_path / f"d{number:03d}.yaml"
        file.write_text(text, encoding="utf-8")
        files.append(file)
    files.extend(sorted((ROOT / "declarations").rglob("*.yaml")))
    files.extend(sorted((ROOT / "tests" / "examples").rglob("*.yaml")))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(load, "read_simple", READERS[reader])
    fast = _findings(tmp_path, capsys, files)
    monkeypatch.setattr(load, "read_simple", lambda text, resolve: None)
    slow = _findings(tmp_path, capsys, files)
    assert fast == slow
    found = json.dumps(fast[1])
    # findings to compare: positions of values, keys, list entries, ids found twice, waivers
    for code in ("DL001", "DL002", "DL204", "DL401", "DL301"):
        assert code in found, code


# -- which reader runs -------------------------------------------------------------------------


def test_check_uses_the_compiled_reader_where_it_was_built() -> None:
    """A build with a C compiler gives the compiled reader, and ``check`` uses it."""
    if os.environ.get("DISCLOSURELINT_REQUIRE_COMPILED") == "1":
        assert COMPILED is not None, "the compiled reader was not built: see setup.py's warning"
    assert load.read_simple is (COMPILED or simple_yaml.read)
    print("simple_yaml reader in use:", "compiled" if COMPILED else "pure")


def test_an_edited_reader_is_not_shadowed_by_the_compiled_copy(tmp_path: Path) -> None:
    """After an edit of simple_yaml.py (before any rebuild) the pure-Python module is used."""
    source = Path(simple_yaml.__file__).read_text(encoding="utf-8")
    unchanged = tmp_path / "simple_yaml.py"
    unchanged.write_text(source, encoding="utf-8")
    assert load.simple_reader(unchanged) is (COMPILED or simple_yaml.read)
    edited = tmp_path / "edited" / "simple_yaml.py"
    edited.parent.mkdir()
    assert "_MAX_DEPTH: Final = 48" in source
    edited.write_text(
        source.replace("_MAX_DEPTH: Final = 48", "_MAX_DEPTH: Final = 40"), encoding="utf-8"
    )
    assert load.compiled_simple_reader(edited) is None
    assert load.simple_reader(edited) is simple_yaml.read
    assert load.simple_reader(tmp_path / "missing.py") is simple_yaml.read
