"""The bundled taxonomy's tables made ahead of time stand for what the phrases give.

A check reads ``categories.yaml`` as read and the matcher's forms from ``matcher_tables.json``
instead of working them out at start-up; the file must be current, a matcher made from it must
classify every text as one made from the phrases does, and a file made from other data or code
must be left unused.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from disclosurelint.taxonomy import load_taxonomy, loader, tables
from disclosurelint.taxonomy.matcher import Matcher

ROOT = Path(__file__).resolve().parents[2]


def test_the_shipped_tables_are_current() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "generate_matcher_tables.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, (
        f"{proc.stderr}categories.yaml, traditional.json or the matcher changed since "
        "src/disclosurelint/taxonomy/matcher_tables.json was made: run `make generate`"
    )
    assert tables.bundled() is not None  # and this installation reads it


def test_the_data_in_the_tables_is_the_yaml_as_read() -> None:
    current = tables.bundled()
    assert current is not None
    assert current["data"] == loader.parsed_data()


def test_a_matcher_from_the_tables_classifies_as_one_from_the_phrases() -> None:
    taxonomy = load_taxonomy()
    current = tables.bundled()
    from_tables = Matcher(taxonomy.categories, current)
    from_phrases = Matcher(taxonomy.categories)
    phrases = sorted({p for c in taxonomy.categories.values() for p in (*c.phrases, *c.excludes)})
    # every phrase alone, and phrases joined as published lists join them (in either order,
    # negated, qualified)
    texts = [
        *phrases,
        *(f"{a}、{b}" for a, b in zip(phrases, reversed(phrases), strict=True)),
        *(f"{a} (not collected); {b}" for a, b in zip(phrases[::7], phrases[3::7], strict=False)),
        "绑定银行卡的手机号码",
        "country/region of residence",
        "GPS定位（本版本未采集）",  # noqa: RUF001 - as lists write it
    ]
    for text in texts:
        left, right = from_tables.classify(text), from_phrases.classify(text)
        assert left.categories == right.categories, text
        assert [(m.category, m.phrase) for m in left.matches] == [
            (m.category, m.phrase) for m in right.matches
        ], text


def test_tables_made_from_other_data_are_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    tables.bundled.cache_clear()
    monkeypatch.setattr(tables, "made_from", lambda: "categories.yaml 00000000")
    try:
        assert tables.bundled() is None
        matcher = tables.bundled_matcher(load_taxonomy().categories)
        # built from the phrases instead: the same reading
        assert matcher.classify("身份证号码").categories == ("government_id",)
        assert loader.parsed_data() == loader._bundled_data()
    finally:
        tables.bundled.cache_clear()


def test_a_taxonomy_extended_by_configuration_reads_its_own_phrases() -> None:
    extended = load_taxonomy(
        {"categories": {"loyalty_card": {"label": "Loyalty card", "phrases_en": ["club card"]}}}
    )
    assert extended.classify("club card number").categories == ("loyalty_card",)
    assert load_taxonomy().classify("club card number").categories != ("loyalty_card",)
