"""Generated inputs and the invariants every input must keep; shared by the bounded fuzz test in
the suite and the long run in ``bench/fuzz.py``.

Inputs come in three kinds: declarations with random values of any JSON shape put at, added to or
removed from random places (``documents``); YAML-looking text built from the characters YAML's
syntax is made of, full-width look-alikes and control characters (``yaml_texts``); and small
changes to a real declaration's text (``mangled_texts``). For each, :func:`violations` names
every invariant broken:

* no exception escapes ``check_text``, and no rule fails ("could not check");
* whatever jsonschema itself rejects in the loaded data is reported, on the same top-level key;
* a file the loader could not read is a problem, never a pass;
* every output format renders, and the machine-readable ones stay valid (JSON, SARIF, GitLab
  parse as JSON; JUnit parses as XML).
"""

# ruff: noqa: RUF001  (full-width punctuation is part of what is generated)

from __future__ import annotations

import io
import json
from typing import Any
from xml.etree import ElementTree

from hypothesis import strategies as st

from disclosurelint import check_text
from disclosurelint.config import Settings
from disclosurelint.formats import FORMATS, ReportOptions, get
from disclosurelint.load import parse
from disclosurelint.model import Result, format_json_path
from tests.robust.documents import (
    CHOSEN,
    FULL,
    dump,
    paths,
    replaced,
    schema_errors,
    top_key,
    uncovered,
)

SETTINGS = Settings(regimes=("pipl", "gb35273", "gdpr", "cpra"))
MACHINE_READABLE = {"json", "sarif", "gitlab"}
KEYS = sorted(
    {str(p[-1]) for base in (FULL, CHOSEN) for p in paths(base) if isinstance(p[-1], str)}
)
WORDS = [
    "",
    " ",
    "TBD",
    "N/A",
    "待定",
    "third_party",
    "separate",
    "other",
    "CN",
    "US",
    "cn",
    "China",
    "2026-02-30",
    "https://alpha-analytics.cn/p",
    "http://[::1",
    "https://[::g]/",
    "javascript:alert(1)",
    "https://p\u0430ypal.com/",
    "详见https://alpha.cn：隐私政策",
    "ID card number",
    "precise location and fingerprint",
    "child's face photo",
    "a\x00b",
    "\x1b[31mred",
    "line\nbreak",
    "`code` | pipe",
    "<script>",
]
SYNTAX = list(":-[]{},#&*!|>'\"%@` \n\t?") + list("：－，［］｛｝　\u200b\x00\x1b")

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(WORDS),
    st.text(max_size=12),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=6), inner, max_size=3),
    ),
    max_leaves=8,
)


@st.composite
def documents(draw: st.DrawFn) -> Any:
    """A declaration with one to three random changes: a value replaced, a key removed or added."""
    document = draw(st.sampled_from([FULL, CHOSEN]))
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        places = list(paths(document))
        path = draw(st.sampled_from(places))
        action = draw(st.sampled_from(["replace", "replace", "remove", "add"]))
        if action == "replace":
            document = replaced(document, path, draw(values))
            continue
        parent = document
        for part in path[:-1]:
            parent = parent[part]
        if action == "remove" and isinstance(parent, dict):
            document = (
                replaced(document, path[:-1], {k: v for k, v in parent.items() if k != path[-1]})
                if path[:-1]
                else {k: v for k, v in document.items() if k != path[-1]}
            )
        elif action == "add" and isinstance(parent, dict):
            key = draw(st.sampled_from(KEYS) | st.text(min_size=1, max_size=8))
            added = {**parent, key: draw(values)}
            document = replaced(document, path[:-1], added) if path[:-1] else added
    return document


yaml_texts = st.lists(st.sampled_from([*SYNTAX, *KEYS, "a", "1", "é", "中"]), max_size=40).map(
    "".join
)


@st.composite
def mangled_texts(draw: st.DrawFn) -> str:
    """A real declaration's text with a few characters inserted, deleted or replaced."""
    text = dump(draw(st.sampled_from([FULL, CHOSEN])))
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        at = draw(st.integers(min_value=0, max_value=len(text)))
        new = draw(st.sampled_from(SYNTAX) | st.sampled_from(WORDS))
        cut = draw(st.integers(min_value=0, max_value=3))
        text = text[:at] + new + text[at + cut :]
    return text


inputs = st.one_of(documents().map(dump), yaml_texts, mangled_texts())


def violations(text: str, *, formats: bool = True) -> list[str]:
    """The invariants ``text`` breaks, each named in a few words (empty when none is broken)."""
    return judge(text, formats=formats)[1]


def judge(text: str, *, formats: bool = True) -> tuple[Result | None, list[str]]:
    """The result of checking ``text`` (None when an exception escaped) and the invariants it
    breaks; ``formats`` also renders every output format."""
    try:
        result = check_text(text, "fuzz.yaml", SETTINGS)
    except Exception as exc:  # the invariant under test: nothing escapes
        return None, [f"exception in check_text: {type(exc).__name__}: {exc}"]
    broken = [
        f"a rule failed: {p.message}" for p in result.problems if "could not check" in p.message
    ]
    document, issues = parse(text, "fuzz.yaml")
    if document is None or issues:
        if not result.active:
            broken.append("a file the loader could not read passed")
    elif isinstance(document.data, dict):
        reported = {top_key(format_json_path(p.json_path)) for p in result.problems}
        # a misspelt key's "did you mean" also reports the key it names as missing
        reported |= {
            str(p.details["rename_to"])
            for p in result.problems
            if len(p.json_path) == 1 and "rename_to" in p.details
        }
        missed = uncovered(schema_errors(document.data), reported)
        if missed:
            broken.append(f"schema errors not reported at {sorted(map(str, missed))[:3]}")
    if formats:
        broken += _format_violations(result)
    return result, broken


def _format_violations(result: Result) -> list[str]:
    broken = []
    for name in FORMATS:
        out = io.StringIO()
        try:
            get(name)(result, out, ReportOptions())
            written = out.getvalue()
            written.encode("utf-8")
            if name in MACHINE_READABLE:
                json.loads(written)
            elif name == "junit":
                ElementTree.fromstring(written.encode("utf-8"))
        except Exception as exc:
            broken.append(f"{name} output: {type(exc).__name__}: {str(exc)[:80]}")
    return broken
