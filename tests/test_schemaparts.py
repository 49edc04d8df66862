"""A declaration the fast check refuses is validated against the schema narrowed to its wrong
keys: the findings are those of the whole schema, in the same order."""

from __future__ import annotations

from typing import Any

from disclosurelint import schemaparts
from disclosurelint.schema import SchemaValidator, fast_valid, load_schema
from tests.test_fast_schema import documents


def _findings(validator: SchemaValidator, data: Any) -> list[Any]:
    deferred: list[Any] = []
    return [*validator.findings(data, deferred), *deferred]


def test_narrowed_schema_gives_the_whole_schemas_findings() -> None:
    narrowing = SchemaValidator(owned=("purpose", "scenario"))
    whole = SchemaValidator(load_schema(), owned=("purpose", "scenario"))  # never narrowed
    compared = 0
    for n, doc in enumerate(documents()):
        if n % 10 or fast_valid(doc):
            continue
        compared += 1
        assert _findings(narrowing, doc) == _findings(whole, doc), doc
    assert compared > 200


def test_only_keys_whose_values_the_fast_check_accepts_are_narrowed() -> None:
    schema = load_schema()
    example = schemaparts.template(schema, fast_valid)
    assert example is not None
    doc = {**example, "sharing_modes": ["carrier_pigeon"], "unknown": 1}
    doc.pop("purpose")
    valid = schemaparts.valid_keys(doc, schema, example, fast_valid)
    assert "sharing_modes" not in valid
    assert "unknown" not in valid  # not the schema's: additionalProperties reports it
    assert {"id", "recipient", "data"} <= valid
    narrowed = schemaparts.narrowed(schema, valid)
    assert list(narrowed["properties"]) == list(schema["properties"])
    assert narrowed["properties"]["sharing_modes"] is schema["properties"]["sharing_modes"]
    assert narrowed["properties"]["purpose"] is schema["properties"]["purpose"]  # missing: kept
    assert "type" not in narrowed["properties"]["recipient"]


def test_a_schema_whose_top_level_ties_keys_together_is_not_narrowed() -> None:
    schema = {**load_schema(), "allOf": [{"required": ["review"]}]}
    assert schemaparts.template(schema, fast_valid) is None
