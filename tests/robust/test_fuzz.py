"""Fuzzing, bounded so that the suite stays fast: generated declarations and YAML-looking text
keep every invariant of ``tests/robust/fuzzing.py``. ``bench/fuzz.py`` runs the same generators
on 100,000 inputs."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclosurelint import check_text
from disclosurelint.load import parse
from disclosurelint.model import format_json_path
from tests.robust.documents import dump, schema_errors, top_key, uncovered
from tests.robust.fuzzing import SETTINGS, documents, mangled_texts, violations, yaml_texts

BOUNDED = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@BOUNDED
@given(documents())
def test_whatever_jsonschema_rejects_in_a_generated_declaration_is_reported_in_every_format(
    document: object,
) -> None:
    text = dump(document)
    loaded, issues = parse(text, "fuzz.yaml")
    assert loaded is not None and not issues  # generated data always dumps to readable YAML

    result = check_text(text, "fuzz.yaml", SETTINGS)

    rejected = schema_errors(loaded.data)
    reported = {top_key(format_json_path(p.json_path)) for p in result.problems}
    reported |= {str(p.details["rename_to"]) for p in result.problems if "rename_to" in p.details}
    assert uncovered(rejected, reported) == []
    assert not rejected or result.exit_code() == 1
    assert violations(text) == []  # no rule failed, and every format stays valid


@BOUNDED
@given(st.one_of(yaml_texts, mangled_texts()))
def test_no_text_makes_check_text_raise_and_every_format_stays_valid(text: str) -> None:
    assert violations(text) == []
