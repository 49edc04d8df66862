"""A declaration the fast check refuses is walked without its keys known valid: the errors are
those of the whole walk, in the same order (``tests/test_schemaerrors.py`` compares them with
jsonschema's on generated documents)."""

from __future__ import annotations

from disclosurelint import schemaparts
from disclosurelint.schema import fast_valid, load_schema
from disclosurelint.schemaerrors import Interpreter
from tests.test_fast_schema import documents


def test_skipping_the_keys_known_valid_gives_the_whole_walks_errors() -> None:
    schema = load_schema()
    example = schemaparts.template(schema, fast_valid)
    assert example is not None
    interpreter = Interpreter(schema)
    compared = skipped = 0
    for n, doc in enumerate(documents()):
        if n % 10 or fast_valid(doc) or type(doc) is not dict:
            continue
        compared += 1
        valid = schemaparts.valid_keys(doc, schema, example, fast_valid)
        skipped += len(valid)
        assert interpreter.errors(doc, valid) == interpreter.errors(doc), doc
    assert compared > 200
    assert skipped > 10 * compared


def test_only_keys_whose_values_the_fast_check_accepts_are_skipped() -> None:
    schema = load_schema()
    example = schemaparts.template(schema, fast_valid)
    assert example is not None
    doc = {**example, "sharing_modes": ["carrier_pigeon"], "unknown": 1}
    doc.pop("purpose")
    valid = schemaparts.valid_keys(doc, schema, example, fast_valid)
    assert "sharing_modes" not in valid
    assert "unknown" not in valid  # not the schema's: additionalProperties reports it
    assert {"id", "recipient", "data"} <= valid


def test_a_schema_whose_top_level_ties_keys_together_skips_nothing() -> None:
    schema = {**load_schema(), "allOf": [{"required": ["review"]}]}
    assert schemaparts.template(schema, fast_valid) is None
